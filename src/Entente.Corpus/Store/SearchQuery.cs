using System.Text.RegularExpressions;

namespace Entente.Corpus.Store;

/// <summary>A full-text query that cannot be searched (no words in it, or too long): the message says why, the hint what to do.</summary>
public sealed class SearchQueryException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}

/// <summary>
/// A full-text search over evidence sentences, reduced to its words so that any text is safe to search: every run of
/// letters and digits is one term, each term is quoted (so AND, OR, NEAR, quotes, parentheses and column filters typed by
/// the user are plain words), all terms must occur (in any order; stemmed, so "drones" finds "drone"), and a term written
/// with a trailing '*' matches as a prefix (SQLite; PostgreSQL matches it as a word).
/// </summary>
public sealed partial class SearchQuery
{
    /// <summary>Marks the start of a hit in <see cref="SearchHit.Snippet"/>.</summary>
    public const char HitStart = '\u0001';

    /// <summary>Marks the end of a hit in <see cref="SearchHit.Snippet"/>.</summary>
    public const char HitEnd = '\u0002';

    public const int MaxLength = 500;
    public const int MaxTerms = 32;

    [GeneratedRegex(@"[\p{L}\p{N}]+(\*)?", RegexOptions.CultureInvariant)]
    private static partial Regex Term();

    private SearchQuery(IReadOnlyList<(string Word, bool Prefix)> terms) { Terms = terms; }

    public IReadOnlyList<(string Word, bool Prefix)> Terms { get; }

    /// <summary>The terms of <paramref name="text"/>; throws <see cref="SearchQueryException"/> when there are none or too many.</summary>
    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new SearchQueryException("the search query is empty", "give some words to look for, e.g. q=drone deliveries");
        if (text.Length > MaxLength)
            throw new SearchQueryException($"the search query has {text.Length} characters; at most {MaxLength} are searched", "shorten the query to a few words");
        var terms = Term().Matches(text).Select(m => (m.Value.TrimEnd('*').ToLowerInvariant(), m.Groups[1].Success)).ToList();
        if (terms.Count == 0)
            throw new SearchQueryException($"the search query '{text}' has no words (only punctuation or operators)", "search for words or numbers, e.g. q=Shahed drones");
        if (terms.Count > MaxTerms)
            throw new SearchQueryException($"the search query has {terms.Count} words; at most {MaxTerms} are searched", "search for fewer words");
        return new SearchQuery(terms);
    }

    /// <summary>The FTS5 MATCH expression: each term a quoted string (a '"' cannot occur in a term), prefix terms starred.</summary>
    public string Fts5() => string.Join(" ", Terms.Select(t => "\"" + t.Word + "\"" + (t.Prefix ? "*" : "")));

    /// <summary>The words, space-separated, for PostgreSQL's plainto_tsquery (which ANDs them and never fails on syntax).</summary>
    public string Plain() => string.Join(" ", Terms.Select(t => t.Word));
}
