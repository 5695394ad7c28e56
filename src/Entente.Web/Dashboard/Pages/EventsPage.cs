using Entente.Web.Api;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The events list's data (Slices/Events.cshtml). <see cref="Hint"/>: no store; <see cref="Error"/>: a filter cannot be read.</summary>
public sealed record EventsModel(PageFrame Frame, string? Hint, EventFiltersModel? Filters, AlertModel? Error, int Count, DownloadsModel? Downloads, EventTableModel? Events);

/// <summary>
/// /events: every stored event, filtered by period, actor, type, status, outlet and minimum grade (the parameters of
/// <see cref="EventListQuery"/>, the names of GET /api/events), newest first, with download buttons that hand the same
/// filters to GET /api/export (CSV, JSON lines, Parquet, GDELT), so a download holds exactly the events listed.
/// </summary>
internal static class EventsPage
{
    public static IResult Render(HttpRequest req, DashboardContext ctx)
    {
        var frame = new PageFrame("Events", "/events");
        using var store = ctx.OpenStore();
        if (store is null) return PageResult.Of(Slices.Events.Create(new EventsModel(frame, ctx.EmptyStoreHint, null, null, 0, null, null)));
        var filters = EventFilters.Of(req, ctx, store.DyadCounts());
        EventListQuery query;
        try { query = EventListQuery.Parse(req.Query, ctx.Corpus); }
        catch (ApiRequestException ex)
        {
            return PageResult.Of(Slices.Events.Create(new EventsModel(frame, null, filters, new AlertModel(ex.Message, ex.Hint), 0, null, null)), 400);
        }
        var events = query.Events(store, ctx.Corpus)
            .OrderByDescending(e => e.DateEnd ?? e.DateStart ?? e.LastSeen ?? DateOnly.MinValue).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var downloads = EventListQuery.Parameters.Select(p => (p, Q(req, p))).ToArray();
        return PageResult.Of(Slices.Events.Create(new EventsModel(frame, null, filters, null, events.Count,
            EventDownloads(events.Count, format => Url("/api/export", [("format", format), .. downloads])),
            events.Count == 0 ? null : EventRows.Table(events, ctx))));
    }
}
