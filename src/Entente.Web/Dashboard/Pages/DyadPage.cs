using Entente.Analysis;
using System.Text;
using Entente.Analysis.Series;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using Entente.Web.Dashboard.Svg;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>
/// /dyad?a=IRN&amp;b=RUS&amp;by=quarter&amp;since&amp;until[&amp;period=2024-Q1&amp;type&amp;status&amp;cred]: the dyad series
/// (alignment index with change points, QuadClass counts, a per-period table) and the dyad's events, filtered by the
/// period clicked, type, status and credibility.
/// </summary>
internal static class DyadPage
{
    public static IResult Render(HttpRequest req, DashboardContext ctx)
    {
        using var store = ctx.OpenStore();
        if (store is null) return Layout.Problem("Dyad", "/dyad", $"There is no store at {ctx.Options.Db} yet.", ctx.EmptyStoreHint, 200);
        var pairs = store.DyadCounts();
        if (pairs.Count == 0) return Layout.Problem("Dyad", "/dyad", "The store has no events between two actors yet.", ctx.EmptyStoreHint, 200);

        var names = ctx.Analysis.Knowledge.Actors;
        var actors = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal)
            .Select(c => (Code: c, Name: names.NameOf(c))).OrderBy(x => x.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var (a, b) = (Q(req, "a")?.ToUpperInvariant(), Q(req, "b")?.ToUpperInvariant());
        if (a is null || b is null)
        {
            // no dyad asked: the busiest one, so the page is never blank
            var top = pairs[0];
            a ??= top.A;
            b ??= a == top.B ? top.A : top.B;
        }
        var unitText = Q(req, "by") ?? "quarter";
        PeriodUnit unit;
        try { unit = Period.ParseUnit(unitText); } catch (ArgumentException) { unit = PeriodUnit.Quarter; }
        var (since, until) = (ParseDate(Q(req, "since")), ParseDate(Q(req, "until")));
        var by = unit.ToString().ToLowerInvariant();

        var sb = new StringBuilder(65536);
        sb.Append($"<h1>{E(names.NameOf(a))} and {E(names.NameOf(b))}</h1>");
        sb.Append(Picker(actors, a, b, by, since, until));
        if (a == b)
        {
            sb.Append("<div class=\"empty\"><p>Pick two different actors to see their relationship.</p></div>");
            return Layout.Page("Dyad", "/dyad", sb.ToString());
        }

        // one_sided=include|only: the one-actor events of a and b (and acts within one of them) are read, counted and listed too
        var oneSided = Q(req, "one_sided")?.Trim().ToLowerInvariant() switch { "include" => OneSidedFilter.Include, "only" => OneSidedFilter.Only, _ => OneSidedFilter.Exclude };
        var query = new DyadQuery(a, b, unit, since, until,
            oneSided == OneSidedFilter.Exclude ? null : Analysis.Selection.EventSelection.Default with { IncludeOneSided = true });
        var oneSidedValue = oneSided == OneSidedFilter.Exclude ? null : oneSided.ToString().ToLowerInvariant();
        // the dyad's stored events (all statuses): the series counts some of them, the events table lists them all
        var dyadEvents = AnalysisServices.Events(store, query);
        var series = ctx.Analysis.Dyad(store, query, dyadEvents);
        string PageUrl(string? period, string? type = null, string? status = null, string? cred = null)
            => Url("/dyad", ("a", a), ("b", b), ("by", by), ("since", D(since)), ("until", D(until)), ("period", period), ("type", type), ("status", status), ("cred", cred), ("one_sided", oneSidedValue)) + (period is null ? "" : "#events-section");
        sb.Append("<p class=\"links\">").Append(A(Url("/brief", ("a", a), ("b", b), ("since", D(since)), ("until", D(until))), "Brief on this dyad →", "button"))
          .Append(' ').Append(A(Url("/events", ("dyad", $"{a},{b}"), ("since", D(since)), ("until", D(until))), "Its events in the events list", "small")).Append("</p>");
        var c = series.Coverage;
        sb.Append($"<p class=\"muted\">{c.Stored} events of the dyad in the store; {c.Counted} counted in the series ({E(series.Selection.Describe())})")
          .Append(c.NotSelected > 0 ? $"; {c.NotSelected} not counted (denied, hypothetical, planned or improbable)" : "")
          .Append(c.Undated > 0 ? $"; {c.Undated} undated" : "").Append(".</p>");
        if (series.Periods.IsEmpty)
        {
            sb.Append($"<div class=\"empty\"><p>No counted events between {E(names.NameOf(a))} and {E(names.NameOf(b))}{(since is null && until is null ? "" : " in this span")}.</p>" +
                      "<p>Pick another pair (the home page lists the busiest dyads), widen the dates, or ingest more articles.</p></div>");
        }
        else
        {
            sb.Append("<div class=\"cols charts\"><figure><figcaption>Alignment index (−1 conflict … +1 cooperation); dashed lines mark change points</figcaption>")
              .Append(DyadSvgCharts.Alignment(series, p => PageUrl(p)))
              .Append("</figure><figure><figcaption>Merged events per QuadClass</figcaption>")
              .Append(DyadSvgCharts.QuadClass(series, p => PageUrl(p)))
              .Append("</figure></div>");
            if (!series.ChangePoints.IsEmpty)
                sb.Append("<p><strong>Change points:</strong> ").AppendJoin("; ", series.ChangePoints.Select(cp =>
                    $"{E(cp.Label)}: mean index {F(cp.MeanBefore, "+0.00;−0.00;0.00")} → {F(cp.MeanAfter, "+0.00;−0.00;0.00")}")).Append("</p>");
        }

        // the events table: the dyad's stored events (all statuses), filtered
        var period = Q(req, "period") is { } pl ? series.Periods.Select(p => p.Period).Where(p => p.Label == pl).Cast<Period?>().FirstOrDefault() : null;
        var type = Q(req, "type");
        var status = Enum.TryParse<ReconciledStatus>(Q(req, "status"), true, out var st) ? st : (ReconciledStatus?)null;
        var cred = ParseInt(Q(req, "cred")) is int cr and >= 1 and <= 6 ? cr : (int?)null;
        var shown = EventRows.Ordered(dyadEvents.Where(e =>
            (type is null || e.Type == type) && (status is null || e.Status == status) && (cred is null || e.Credibility <= cred)
            && (period is not Period p || Overlaps(e, p)) && (oneSided != OneSidedFilter.Only || !e.IsDyadic)));

        sb.Append("<figure class=\"timeline\"><figcaption>Events over time by QuadClass (the events listed below): ")
          .Append("<span class=\"swatch dot\"></span> reported or confirmed, <span class=\"swatch ring\"></span> denied, planned or hypothetical, ")
          .Append("<span class=\"swatch ring dashed\"></span> contested or assessed; a bar spans a date range. Click an event to open it.</figcaption>")
          .Append(DyadTimelineSvg.Draw(shown, period is Period tp ? tp.Start : since, period is Period tq ? tq.End : until)).Append("</figure>");
        sb.Append(MapPage.Small(ctx, shown, a, b));
        sb.Append("<div class=\"cols tables\"><section><h2>Per period</h2>").Append(PeriodTable(series, p => PageUrl(p, type, status?.ToString().ToLowerInvariant(), cred?.ToString()), period))
          .Append("</section><section id=\"events-section\"><h2>Events")
          .Append(period is Period pp ? $" in {E(pp.Label)} <a class=\"small\" href=\"{E(PageUrl(null, type, status?.ToString().ToLowerInvariant(), cred?.ToString()))}\">(show every period)</a>" : "")
          .Append($" <span class=\"muted\">{shown.Count} of {dyadEvents.Count}</span></h2>");
        sb.Append(Filters(a, b, by, since, until, period?.Label, dyadEvents.Select(e => e.Type).Distinct().Order(StringComparer.Ordinal), type, status, cred, oneSided));
        sb.Append(Downloads(a, b, period is Period dp ? dp.Start : since, period is Period dq ? dq.End : until, type, status, cred, oneSided, shown.Count));
        sb.Append(shown.Count == 0
            ? "<div class=\"empty\"><p>No events match these filters: clear a filter or pick another period.</p></div>"
            : EventRows.Table(shown, ctx));
        sb.Append("</section></div>");
        return Layout.Page($"{a}–{b}", "/dyad", sb.ToString());
    }

    /// <summary>Download buttons for the events listed: GET /api/export with the dyad, the period (or the page's dates) and the filters.</summary>
    private static string Downloads(string a, string b, DateOnly? since, DateOnly? until, string? type, ReconciledStatus? status, int? cred, OneSidedFilter oneSided, int count)
        => EventDownloads(count, format => Url("/api/export", ("format", format), ("dyad", $"{a},{b}"), ("since", D(since)), ("until", D(until)),
            ("type", type), ("status", status?.ToString().ToLowerInvariant()), ("min_credibility", cred?.ToString()), ("one_sided", oneSided.ToString().ToLowerInvariant())));

    /// <summary>An event belongs to a period when its date range overlaps it (undated events: their first report).</summary>
    private static bool Overlaps(StoredEvent e, Period p)
    {
        var start = e.DateStart ?? e.FirstSeen;
        var end = e.DateEnd ?? e.DateStart ?? e.LastSeen ?? e.FirstSeen;
        return start is DateOnly s && end is DateOnly en && s <= p.End && en >= p.Start;
    }

    private static string Picker(IReadOnlyList<(string Code, string Name)> actors, string a, string b, string by, DateOnly? since, DateOnly? until)
    {
        var sb = new StringBuilder(4096).Append("<form class=\"bar\" method=\"get\" action=\"/dyad\">");
        foreach (var (name, label, value) in new[] { ("a", "First actor", a), ("b", "Second actor", b) })
        {
            sb.Append($"<label>{label} <select name=\"{name}\" data-autosubmit>");
            if (!actors.Any(x => x.Code == value)) sb.Append(Option(value, value, value));
            foreach (var (code, n) in actors) sb.Append(Option(code, $"{n} ({code})", value));
            sb.Append("</select></label>");
        }
        sb.Append("<label>Period <select name=\"by\" data-autosubmit>").Append(Option("month", "Month", by)).Append(Option("quarter", "Quarter", by)).Append(Option("year", "Year", by)).Append("</select></label>")
          .Append($"<label>From <input type=\"date\" name=\"since\" value=\"{E(D(since))}\"></label>")
          .Append($"<label>To <input type=\"date\" name=\"until\" value=\"{E(D(until))}\"></label>")
          .Append("<button type=\"submit\">Show</button></form>");
        return sb.ToString();
    }

    private static string Filters(string a, string b, string by, DateOnly? since, DateOnly? until, string? period, IEnumerable<string> types, string? type, ReconciledStatus? status, int? cred,
        OneSidedFilter oneSided)
    {
        var sb = new StringBuilder(2048).Append("<form class=\"bar filters\" method=\"get\" action=\"/dyad#events-section\">");
        foreach (var (n, v) in new[] { ("a", a), ("b", b), ("by", by), ("since", D(since)), ("until", D(until)), ("period", period ?? "") })
            if (v.Length > 0) sb.Append($"<input type=\"hidden\" name=\"{n}\" value=\"{E(v)}\">");
        sb.Append("<label>Type <select name=\"type\"><option value=\"\">any</option>");
        foreach (var t in types) sb.Append(Option(t, EventRows.TypeLabel(t), type));
        sb.Append("</select></label><label>Status <select name=\"status\"><option value=\"\">any</option>");
        foreach (var s in Enum.GetValues<ReconciledStatus>()) sb.Append(Option(s.ToString().ToLowerInvariant(), s.ToString().ToLowerInvariant(), status?.ToString().ToLowerInvariant()));
        sb.Append("</select></label><label title=\"Admiralty credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged\">Credibility at least <select name=\"cred\"><option value=\"\">any</option>");
        string[] credNames = ["1 confirmed", "2 probably true", "3 possibly true", "4 doubtful", "5 improbable"];
        for (int i = 0; i < credNames.Length; i++) sb.Append(Option((i + 1).ToString(), credNames[i], cred?.ToString()));
        sb.Append("</select></label><label title=\"One-actor events name no target (a strike, a rejection); acts within one state have it on both sides\">One-actor events <select name=\"one_sided\">")
          .Append(Option("exclude", "left out", oneSided.ToString().ToLowerInvariant())).Append(Option("include", "included", oneSided.ToString().ToLowerInvariant()))
          .Append(Option("only", "only", oneSided.ToString().ToLowerInvariant()));
        sb.Append("</select></label><button type=\"submit\">Filter</button></form>");
        return sb.ToString();
    }

    private static string PeriodTable(DyadSeries s, Func<string, string> periodUrl, Period? current)
    {
        var sb = new StringBuilder(8192).Append("<div class=\"scroll\"><table id=\"periods\" class=\"data\"><thead><tr><th>Period</th><th>Events</th>")
            .Append("<th title=\"Verbal cooperation\">VC</th><th title=\"Material cooperation\">MC</th><th title=\"Verbal conflict\">VK</th><th title=\"Material conflict\">MK</th>")
            .Append("<th title=\"Mean Goldstein score (−10 … +10)\">Goldstein</th><th title=\"Alignment index (−1 … +1)\">Index</th><th title=\"Smoothed alignment index\">Smoothed</th>")
            .Append("<th title=\"Reciprocity of directed cooperation (0 … 1)\">Recip.</th><th title=\"Transfers inside an embargo in force\">Embargo</th></tr></thead><tbody>");
        foreach (var p in s.Periods)
        {
            bool on = current is Period c && c.Label == p.Period.Label;
            sb.Append(on ? "<tr class=\"current\">" : "<tr>")
              .Append($"<td>{A(periodUrl(p.Period.Label), p.Period.Label)}</td><td class=\"num\">{p.Events}</td>")
              .Append($"<td class=\"num\">{p.Quad.VerbalCooperation}</td><td class=\"num\">{p.Quad.MaterialCooperation}</td><td class=\"num\">{p.Quad.VerbalConflict}</td><td class=\"num\">{p.Quad.MaterialConflict}</td>")
              .Append($"<td class=\"num\">{(p.GoldsteinMean is double g ? F(g, "0.0") : "–")}</td>")
              .Append($"<td class=\"num\">{F(p.Alignment.Index, "+0.00;−0.00;0.00")}</td><td class=\"num\">{F(p.Alignment.Smoothed, "+0.00;−0.00;0.00")}</td>")
              .Append($"<td class=\"num\">{(p.Reciprocity is double r ? F(r) : "–")}</td><td class=\"num\">{(p.EmbargoFlagged > 0 ? p.EmbargoFlagged.ToString() : "")}</td></tr>");
        }
        return sb.Append("</tbody></table></div>").ToString();
    }
}
