using Entente.Corpus.Store;
using Entente.Web.Api;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The search page's data (Slices/Search.cshtml): the query, or why there are no results, or the hits grouped by event.</summary>
public sealed record SearchModel(PageFrame Frame, string? Query, string? Hint, AlertModel? Error, int Total, int Shown, int EventCount, IReadOnlyList<HitGroup> Groups)
{
    public const string Help = "Every word must appear in the sentence (drones also finds drone); end a word with * to match its beginning (dron*).";
}

/// <summary>The sentences of one event (<see cref="EventId"/> null: a sentence that reports no event, alone).</summary>
public sealed record HitGroup(string? EventId, string? EventUrl, IReadOnlyList<SearchHitView> Hits);

/// <summary>A sentence found: its snippet with the words found marked, outlet, date and document.</summary>
public sealed record SearchHitView(IReadOnlyList<MarkedSpan> Snippet, bool NoEvent, string Outlet, string Published, ExternalLink Document);

/// <summary>
/// /search?q=: the store's full-text search over the evidence sentences (<see cref="IEventStore.Search"/>: FTS5 on SQLite,
/// PostgreSQL full-text; the same as GET /api/search), best first, each hit's snippet with the words found marked
/// (<see cref="SearchFormat.Markup"/>), its outlet, date and document, grouped under the event they report (a link to it).
/// </summary>
internal static class SearchPage
{
    public const int Limit = 100;

    public static IResult Render(HttpRequest req, DashboardContext ctx)
    {
        var q = Q(req, "q");
        var frame = new PageFrame(q is null ? "Search" : $"Search: {q}", "/search");
        SearchModel Page(string? hint = null, AlertModel? error = null) => new(frame with { Title = "Search" }, q, hint, error, 0, 0, 0, []);
        using var store = ctx.OpenStore();
        if (store is null) return PageResult.Of(Slices.Search.Create(Page(hint: ctx.EmptyStoreHint)));
        if (q is null) return PageResult.Of(Slices.Search.Create(Page()));
        SearchResult result;
        try { result = store.Search(SearchQuery.Parse(q), Limit); }
        catch (SearchQueryException ex) { return PageResult.Of(Slices.Search.Create(Page(error: new AlertModel(ex.Message, ex.Hint)))); }
        // grouped by event, each group where its best sentence ranks: a merged event reported by several articles is one result
        var groups = result.Hits.Select((h, rank) => (h, rank)).GroupBy(x => x.h.EventId ?? "\u0000" + x.rank, StringComparer.Ordinal)
            .Select(g => g.Select(x => x.h).ToList())
            .Select(g => new HitGroup(g[0].EventId, g[0].EventId is { } id ? "/events/" + Uri.EscapeDataString(id) : null, [.. g.Select(Hit)]))
            .ToList();
        return PageResult.Of(Slices.Search.Create(new SearchModel(groups.Count == 0 ? frame with { Title = "Search" } : frame, q, null, null, result.Total, result.Hits.Count,
            groups.Count(g => g.EventId != null), groups)));
    }

    private static SearchHitView Hit(SearchHit h)
    {
        var (_, text, hits) = SearchFormat.Markup(h.Snippet);
        return new SearchHitView(Highlighter.Spans(text, hits.Select(x => new Mark(x.Start, x.End, "hit"))), h.EventId is null, h.Outlet ?? "unknown outlet",
            D(h.Published) is { Length: > 0 } p ? p : "date unknown", External(h.Url, h.Title ?? Path.GetFileName(h.Path)));
    }
}
