using Entente.Corpus.Store;

namespace Entente.Web.Dashboard;

/// <summary>One search hit: a mention (with its document) whose sentence or title holds every term.</summary>
internal sealed record SearchHit(MentionView Mention);

/// <summary>Finds mentions by the words of their evidence sentence.</summary>
internal interface IMentionSearch
{
    IReadOnlyList<SearchHit> Search(IEventStore store, IReadOnlyList<string> terms, int limit);
}

/// <summary>
/// The fallback search: every term must occur (case-insensitive substring, as SQL LIKE '%term%') in the mention's
/// sentence or its document's title; newest reports first. It scans the store's mentions, which is fine for the
/// thousands of mentions a desk keeps.
/// TODO(webapi): use the store's FTS5 search once the API branch adds it (GET /api/search), for ranking and large stores.
/// </summary>
internal sealed class ScanMentionSearch : IMentionSearch
{
    public IReadOnlyList<SearchHit> Search(IEventStore store, IReadOnlyList<string> terms, int limit)
    {
        if (terms.Count == 0) return [];
        return [.. store.Mentions(new EventFilter())
            .Where(m => terms.All(t => m.Mention.Quote.Contains(t, StringComparison.OrdinalIgnoreCase) || (m.Title?.Contains(t, StringComparison.OrdinalIgnoreCase) ?? false)))
            .OrderByDescending(m => m.Mention.Published ?? DateOnly.MinValue).ThenBy(m => m.Mention.Key, StringComparer.Ordinal)
            .Take(limit).Select(m => new SearchHit(m))];
    }

    /// <summary>The terms of a query: words, or "quoted phrases"; at most 8.</summary>
    public static IReadOnlyList<string> Terms(string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return [];
        var terms = new List<string>();
        var parts = q.Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1) { if (parts[i].Trim() is { Length: > 0 } phrase) terms.Add(phrase); }
            else terms.AddRange(parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
        return [.. terms.Distinct(StringComparer.OrdinalIgnoreCase).Take(8)];
    }
}
