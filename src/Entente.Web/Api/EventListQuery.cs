using Entente.Corpus;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Web.Api;

/// <summary>
/// The filters of an events list, read from a query string with the names of <c>GET /api/events</c> — dyad, actor, type,
/// cameo, since, until, status, min_sources, one_sided, embargo, country (where the event happened) and bbox — plus three that the store does not index and are applied
/// to the selected events: outlet (an outlet that reported the event, any part of its name), min_reliability (A–F: the
/// best reporting outlet at least this reliable) and min_credibility (1–6: the event at least this credible). Shared by
/// <c>GET /api/export</c> and the dashboard's events page, so a download holds exactly the events the page lists.
/// </summary>
public sealed record EventListQuery(EventFilter Filter, bool Embargo, string? Outlet, char? MinReliability, int? MinCredibility)
{
    /// <summary>The query parameters this reads, in the order the dashboard writes them.</summary>
    public static readonly string[] Parameters =
        ["since", "until", "actor", "dyad", "type", "cameo", "status", "outlet", "min_reliability", "min_credibility", "min_sources", "one_sided", "embargo", "country", "bbox"];

    /// <summary>Reads the filters; a bad value is an <see cref="ApiRequestException"/> (400) naming the parameter.</summary>
    public static EventListQuery Parse(IQueryCollection q, CorpusServices corpus)
    {
        string? V(string name) => q.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrWhiteSpace(v[0]) ? v[0]!.Trim() : null;
        var (from, to) = ApiArgs.Span(V("since"), V("until"));
        int? minSources = V("min_sources") is { } ms ? int.TryParse(ms, out var n) ? n : throw ApiArgs.Bad($"min_sources '{ms}' is not a number", "a whole number, e.g. 2") : null;
        var filter = new EventFilter(ApiArgs.Dyad(V("dyad")), ApiArgs.OptionalCode(V("actor"), "actor"), ApiArgs.Type(V("type"), corpus), ApiArgs.Cameo(V("cameo")),
            from, to, ApiArgs.Status(V("status")), ApiArgs.Range(minSources, "min_sources", 0, 0, 10_000), OneSided: ApiArgs.OneSided(V("one_sided")),
            Country: ApiArgs.OptionalCode(V("country"), "country"), Box: ApiArgs.Box(V("bbox")));
        char? reliability = V("min_reliability") is { } r
            ? r.Length == 1 && char.ToUpperInvariant(r[0]) is >= 'A' and <= 'F' ? char.ToUpperInvariant(r[0]) : throw ApiArgs.Bad($"min_reliability '{r}' is not an Admiralty reliability", "a letter from A (reliable) to F (cannot be judged)")
            : null;
        int? credibility = V("min_credibility") is { } c
            ? int.TryParse(c, out var k) && k is >= 1 and <= 6 ? k : throw ApiArgs.Bad($"min_credibility '{c}' is not an Admiralty credibility", "a digit from 1 (confirmed) to 6 (cannot be judged)")
            : null;
        return new EventListQuery(filter, ApiArgs.Flag(V("embargo"), "embargo"), V("outlet"), reliability, credibility);
    }

    /// <summary>Whether the filters beyond the store's own (outlet, grade, embargo) are set.</summary>
    public bool FiltersInMemory => Embargo || Outlet is not null || MinReliability is not null || MinCredibility is not null;

    /// <summary>The events that pass every filter, in the store's order.</summary>
    public IEnumerable<StoredEvent> Events(IEventStore store, CorpusServices corpus)
        => store.Events(Filter).Where(e => Passes(e, corpus));

    public bool Passes(StoredEvent e, CorpusServices corpus)
        => (Outlet is null || e.ReportedBy.Any(o => o.Contains(Outlet, StringComparison.OrdinalIgnoreCase)))
           && (MinReliability is not char r || e.Reliability <= r)
           && (MinCredibility is not int c || e.Credibility <= c)
           && (!Embargo || corpus.Embargo.IsFlagged(e));
}
