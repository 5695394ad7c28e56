using System.Text;
using Entente.Corpus.Model;
using Entente.Web.Api;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>
/// /events: every stored event, filtered by period, actor, type, status, outlet and minimum grade (the parameters of
/// <see cref="EventListQuery"/>, the names of GET /api/events), newest first, with download buttons that hand the same
/// filters to GET /api/export (CSV, JSON lines, Parquet, GDELT), so a download holds exactly the events listed.
/// </summary>
internal static class EventsPage
{
    public static IResult Render(HttpRequest req, DashboardContext ctx)
    {
        var sb = new StringBuilder(65536).Append("<h1>Events</h1>");
        using var store = ctx.OpenStore();
        if (store is null)
            return Layout.Page("Events", "/events", sb.Append($"<div class=\"empty\"><p>There is no store yet.</p><p>{E(ctx.EmptyStoreHint)}</p></div>").ToString());
        EventListQuery query;
        try { query = EventListQuery.Parse(req.Query, ctx.Corpus); }
        catch (ApiRequestException ex)
        {
            sb.Append(Form(req, ctx, store.DyadCounts()));
            return Layout.Page("Events", "/events", sb.Append($"<div class=\"error\" role=\"alert\"><p>{E(ex.Message)}</p>{(ex.Hint is null ? "" : $"<p><strong>What to do:</strong> {E(ex.Hint)}</p>")}</div>").ToString(), 400);
        }
        var events = query.Events(store, ctx.Corpus)
            .OrderByDescending(e => e.DateEnd ?? e.DateStart ?? e.LastSeen ?? DateOnly.MinValue).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        sb.Append(Form(req, ctx, store.DyadCounts()));
        sb.Append($"<p id=\"events-count\"><strong>{events.Count}</strong> event{(events.Count == 1 ? "" : "s")} match.</p>");
        sb.Append(Downloads(req, events.Count));
        sb.Append(events.Count == 0
            ? "<div class=\"empty\"><p>No events match these filters: clear a filter or widen the dates.</p></div>"
            : EventRows.Table(events, ctx));
        return Layout.Page("Events", "/events", sb.ToString());
    }

    /// <summary>The download buttons: GET /api/export with the page's own filters and each format.</summary>
    private static string Downloads(HttpRequest req, int count)
    {
        var filters = EventListQuery.Parameters.Select(p => (p, Q(req, p))).ToArray();
        return EventDownloads(count, format => Url("/api/export", [("format", format), .. filters]));
    }

    private static string Form(HttpRequest req, DashboardContext ctx, IReadOnlyList<Entente.Corpus.Store.PairCount> pairs)
    {
        var names = ctx.Analysis.Knowledge.Actors;
        var actors = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal)
            .Select(c => (Code: c, Name: names.NameOf(c))).OrderBy(x => x.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var sb = new StringBuilder(8192).Append("<form class=\"bar filters\" id=\"event-filters\" method=\"get\" action=\"/events\">")
            .Append($"<label>From <input type=\"date\" name=\"since\" value=\"{E(Q(req, "since"))}\"></label>")
            .Append($"<label>To <input type=\"date\" name=\"until\" value=\"{E(Q(req, "until"))}\"></label>")
            .Append("<label>Actor <select name=\"actor\"><option value=\"\">any</option>");
        var actor = Q(req, "actor")?.ToUpperInvariant();
        foreach (var (code, name) in actors) sb.Append(Option(code, $"{name} ({code})", actor));
        sb.Append("</select></label><label>Type <select name=\"type\"><option value=\"\">any</option>");
        foreach (var t in ctx.Corpus.Knowledge.Cameo.Types.Keys.Order(StringComparer.Ordinal)) sb.Append(Option(t, EventRows.TypeLabel(t), Q(req, "type")));
        sb.Append("</select></label><label>Status <select name=\"status\"><option value=\"\">any</option>");
        foreach (var s in Enum.GetValues<ReconciledStatus>()) sb.Append(Option(s.ToString().ToLowerInvariant(), s.ToString().ToLowerInvariant(), Q(req, "status")?.ToLowerInvariant()));
        sb.Append("</select></label>")
          .Append($"<label>Outlet <input type=\"text\" name=\"outlet\" size=\"14\" value=\"{E(Q(req, "outlet"))}\" placeholder=\"any part of the name\"></label>")
          .Append("<label title=\"Admiralty reliability of the best reporting outlet: A reliable … F cannot be judged\">Reliability at least <select name=\"min_reliability\"><option value=\"\">any</option>");
        foreach (var (v, l) in new[] { ("A", "A reliable"), ("B", "B usually reliable"), ("C", "C fairly reliable"), ("D", "D not usually reliable"), ("E", "E unreliable") })
            sb.Append(Option(v, l, Q(req, "min_reliability")?.ToUpperInvariant()));
        sb.Append("</select></label><label title=\"Admiralty credibility of the event: 1 confirmed … 6 cannot be judged\">Credibility at least <select name=\"min_credibility\"><option value=\"\">any</option>");
        foreach (var (v, l) in new[] { ("1", "1 confirmed"), ("2", "2 probably true"), ("3", "3 possibly true"), ("4", "4 doubtful"), ("5", "5 improbable") })
            sb.Append(Option(v, l, Q(req, "min_credibility")));
        sb.Append("</select></label>");
        // filters set by links from other pages (a dyad, a CAMEO prefix …) are kept
        foreach (var hidden in new[] { "dyad", "cameo", "min_sources", "one_sided", "embargo" })
            if (Q(req, hidden) is { } v) sb.Append($"<input type=\"hidden\" name=\"{hidden}\" value=\"{E(v)}\">");
        return sb.Append("<button type=\"submit\">Filter</button> <a href=\"/events\">Clear</a></form>").ToString();
    }
}
