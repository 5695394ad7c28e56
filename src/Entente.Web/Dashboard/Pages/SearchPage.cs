using Entente.Corpus.Model;
using Entente.Corpus.Store;
using Entente.Web.Api;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The search page's data (Slices/Search.cshtml): the query and the event filters, or why there are no results, or
/// the hits grouped by event. <see cref="Total"/>: sentences with the words; <see cref="Passing"/> (null without event
/// filters): those among the best <see cref="SearchPage.ScanLimit"/> whose event passes the filters (sentences that report no
/// event are then left out); <see cref="Events"/>: the events list with the same filters and its downloads (null without filters).</summary>
public sealed record SearchModel(PageFrame Frame, string? Query, EventFiltersModel? Filters, string? Hint, AlertModel? Error, int Total, int Shown, int EventCount,
    IReadOnlyList<HitGroup> Groups, int? Passing = null, string? Events = null)
{
    public const string Help = "Every word must appear in the sentence (drones also finds drone); end a word with * to match its beginning (dron*).";
}

/// <summary>The sentences of one event (<see cref="EventId"/> null: a sentence that reports no event, alone), under a heading
/// with the event's type, actors and date (null when the event cannot be read).</summary>
public sealed record HitGroup(string? EventId, string? EventUrl, EventHeading? Heading, IReadOnlyList<SearchHitView> Hits);

/// <summary>What an event group's heading says: type, the two sides (as the events table shows them), date or range, status.</summary>
public sealed record EventHeading(string Type, string Source, string Target, string When, string Status);

/// <summary>A sentence found: its snippet with the words found marked, outlet, date and document.</summary>
public sealed record SearchHitView(IReadOnlyList<MarkedSpan> Snippet, bool NoEvent, string Outlet, string Published, ExternalLink Document);

/// <summary>
/// /search?q=&amp;since=&amp;until=&amp;actor=&amp;type=&amp;status=&amp;outlet=&amp;min_reliability=&amp;min_credibility=: the store's
/// full-text search over the evidence sentences (<see cref="IEventStore.Search"/>: FTS5 on SQLite, PostgreSQL full-text;
/// the same as GET /api/search), best first, each hit's snippet with the words found marked (<see cref="SearchFormat.Markup"/>),
/// its outlet, date and document, grouped under the event they report. The event filters are the events list's
/// (<see cref="EventListQuery"/>, the same form fields as <see cref="EventFilters"/>): when one is set, a sentence is kept
/// only when its event passes them, so the best <see cref="ScanLimit"/> sentences are read to fill <see cref="Limit"/>.
/// </summary>
internal static class SearchPage
{
    /// <summary>Sentences shown at most.</summary>
    public const int Limit = 100;

    /// <summary>Sentences read from the index when event filters are set (the filters then keep the best <see cref="Limit"/>).</summary>
    public const int ScanLimit = 2000;

    public static IResult Render(HttpRequest req, DashboardContext ctx)
    {
        var q = Q(req, "q");
        var frame = new PageFrame(q is null ? "Search" : $"Search: {q}", "/search");
        using var store = ctx.OpenStore();
        if (store is null) return PageResult.Of(Slices.Search.Create(new SearchModel(frame with { Title = "Search" }, q, null, ctx.EmptyStoreHint, null, 0, 0, 0, [])));
        var filters = EventFilters.Of(req, ctx, store.DyadCounts());
        bool filtered = EventListQuery.Parameters.Any(p => Q(req, p) is not null);
        SearchModel Page(AlertModel? error = null) => new(frame with { Title = "Search" }, q, filters, null, error, 0, 0, 0, []);
        if (q is null) return PageResult.Of(Slices.Search.Create(Page()));
        EventListQuery query;
        SearchResult result;
        try
        {
            query = EventListQuery.Parse(req.Query, ctx.Corpus);
            result = store.Search(SearchQuery.Parse(q), filtered ? ScanLimit : Limit);
        }
        catch (ApiRequestException ex) { return PageResult.Of(Slices.Search.Create(Page(new AlertModel(ex.Message, ex.Hint))), 400); }
        catch (SearchQueryException ex) { return PageResult.Of(Slices.Search.Create(Page(new AlertModel(ex.Message, ex.Hint)))); }
        // the events of the hits: with filters, those the filters select (as the events list does); else each group's own
        var events = filtered
            ? query.Events(store, ctx.Corpus).ToDictionary(e => e.Id, StringComparer.Ordinal)
            : result.Hits.Select(h => h.EventId).OfType<string>().Distinct(StringComparer.Ordinal)
                .Select(id => store.Event(id)?.Event).OfType<StoredEvent>().ToDictionary(e => e.Id, StringComparer.Ordinal);
        var hits = (filtered ? result.Hits.Where(h => h.EventId is { } id && events.ContainsKey(id)) : result.Hits).Take(Limit).ToList();
        // grouped by event, each group where its best sentence ranks: a merged event reported by several articles is one result
        var groups = hits.Select((h, rank) => (h, rank)).GroupBy(x => x.h.EventId ?? "\u0000" + x.rank, StringComparer.Ordinal)
            .Select(g => g.Select(x => x.h).ToList())
            .Select(g => g[0].EventId is { } id
                ? new HitGroup(id, EventRows.EventUrl(id), events.TryGetValue(id, out var e) ? Heading(e) : null, [.. g.Select(Hit)])
                : new HitGroup(null, null, null, [.. g.Select(Hit)]))
            .ToList();
        var eventsLink = filtered ? Url("/events", [.. EventListQuery.Parameters.Select(p => (p, Q(req, p)))]) : null;
        int? passing = filtered ? result.Hits.Count(h => h.EventId is { } id && events.ContainsKey(id)) : null;
        return PageResult.Of(Slices.Search.Create(new SearchModel(groups.Count == 0 ? frame with { Title = "Search" } : frame, q, filters, null, null,
            result.Total, hits.Count, groups.Count(g => g.EventId != null), groups, passing, eventsLink)));
    }

    private static EventHeading Heading(StoredEvent e)
    {
        var (source, target, _) = EventRows.Actors(e);
        return new EventHeading(EventRows.TypeLabel(e.Type), source, target, Range(e.DateStart, e.DateEnd), EventRows.StatusName(e.Status));
    }

    private static SearchHitView Hit(SearchHit h)
    {
        var (_, text, hits) = SearchFormat.Markup(h.Snippet);
        return new SearchHitView(Highlighter.Spans(text, hits.Select(x => new Mark(x.Start, x.End, "hit"))), h.EventId is null, h.Outlet ?? "unknown outlet",
            D(h.Published) is { Length: > 0 } p ? p : "date unknown", External(h.Url, h.Title ?? Path.GetFileName(h.Path)));
    }
}
