using Entente.Analysis;
using Entente.Analysis.Series;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using Entente.Web.Dashboard.Svg;
using Microsoft.AspNetCore.Html;
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
        if (store is null) return PageResult.Problem("Dyad", "/dyad", $"There is no store at {ctx.Options.Db} yet.", ctx.EmptyStoreHint, 200);
        var pairs = store.DyadCounts();
        if (pairs.Count == 0) return PageResult.Problem("Dyad", "/dyad", "The store has no events between two actors yet.", ctx.EmptyStoreHint, 200);

        var names = ctx.Analysis.Knowledge.Actors;
        var (a, b) = (Q(req, "a")?.ToUpperInvariant(), Q(req, "b")?.ToUpperInvariant());
        if (a is null || b is null)
        {
            // no dyad asked: the busiest one, so the page is never blank
            var top = pairs[0];
            a ??= top.A;
            b ??= a == top.B ? top.A : top.B;
        }
        PeriodUnit unit;
        try { unit = Period.ParseUnit(Q(req, "by") ?? "quarter"); } catch (ArgumentException) { unit = PeriodUnit.Quarter; }
        var (since, until) = (ParseDate(Q(req, "since")), ParseDate(Q(req, "until")));
        var by = unit.ToString().ToLowerInvariant();
        var actors = EventFilters.ActorChoices(ctx, pairs);
        OptionList Choices(string value) => new(actors.Any(x => x.Value == value) ? actors : [(value, value), .. actors], value);
        var picker = new DyadPickerModel(Choices(a), Choices(b), new OptionList([("month", "Month"), ("quarter", "Quarter"), ("year", "Year")], by), D(since), D(until));
        var heading = $"{names.NameOf(a)} and {names.NameOf(b)}";
        var view = a == b ? null : View(req, ctx, store, a, b, unit, since, until);
        return PageResult.Of(Slices.Dyad.Create(new DyadModel(new PageFrame(a == b ? "Dyad" : $"{a}–{b}", "/dyad"), heading, picker, view)));
    }

    private static DyadView View(HttpRequest req, DashboardContext ctx, IEventStore store, string a, string b, PeriodUnit unit, DateOnly? since, DateOnly? until)
    {
        var names = ctx.Analysis.Knowledge.Actors;
        var by = unit.ToString().ToLowerInvariant();
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
        var c = series.Coverage;
        var coverage = $"{c.Stored} events of the dyad in the store; {c.Counted} counted in the series ({series.Selection.Describe()})"
            + (c.NotSelected > 0 ? $"; {c.NotSelected} not counted (denied, hypothetical, planned or improbable)" : "") + (c.Undated > 0 ? $"; {c.Undated} undated" : "") + ".";
        bool empty = series.Periods.IsEmpty;

        // the events table: the dyad's stored events (all statuses), filtered
        var period = Q(req, "period") is { } pl ? series.Periods.Select(p => p.Period).Where(p => p.Label == pl).Cast<Period?>().FirstOrDefault() : null;
        var type = Q(req, "type");
        var status = Enum.TryParse<ReconciledStatus>(Q(req, "status"), true, out var st) ? st : (ReconciledStatus?)null;
        var cred = ParseInt(Q(req, "cred")) is int cr and >= 1 and <= 6 ? cr : (int?)null;
        var shown = EventRows.Ordered(dyadEvents.Where(e =>
            (type is null || e.Type == type) && (status is null || e.Status == status) && (cred is null || e.Credibility <= cred)
            && (period is not Period p || Overlaps(e, p)) && (oneSided != OneSidedFilter.Only || !e.IsDyadic)));
        var (statusValue, credValue) = (status is null ? null : EventRows.StatusName(status), cred?.ToString());
        var (from, to) = period is Period pp ? (pp.Start, pp.End) : (since, until);

        return new DyadView(Url("/brief", ("a", a), ("b", b), ("since", D(since)), ("until", D(until))),
            Url("/events", ("dyad", $"{a},{b}"), ("since", D(since)), ("until", D(until))), coverage,
            empty ? $"No counted events between {names.NameOf(a)} and {names.NameOf(b)}{(since is null && until is null ? "" : " in this span")}." : null,
            empty ? null : new HtmlString(DyadSvgCharts.Alignment(series, p => PageUrl(p))),
            empty ? null : new HtmlString(DyadSvgCharts.QuadClass(series, p => PageUrl(p))),
            empty || series.ChangePoints.IsEmpty ? null : string.Join("; ", series.ChangePoints.Select(cp =>
                $"{cp.Label}: mean index {F(cp.MeanBefore, "+0.00;−0.00;0.00")} → {F(cp.MeanAfter, "+0.00;−0.00;0.00")}")),
            new HtmlString(DyadTimelineSvg.Draw(shown, from, to)), MapPage.Small(ctx, shown, a, b),
            [.. series.Periods.Select(p => Row(p, PageUrl(p.Period.Label, type, statusValue, credValue), period))],
            period?.Label, period is null ? null : PageUrl(null, type, statusValue, credValue), shown.Count, dyadEvents.Count,
            Filters(a, b, by, since, until, period?.Label, dyadEvents.Select(e => e.Type).Distinct().Order(StringComparer.Ordinal), type, statusValue, credValue, oneSided),
            EventDownloads(shown.Count, format => Url("/api/export", ("format", format), ("dyad", $"{a},{b}"), ("since", D(from)), ("until", D(to)),
                ("type", type), ("status", statusValue), ("min_credibility", credValue), ("one_sided", oneSided.ToString().ToLowerInvariant()))),
            shown.Count == 0 ? null : EventRows.Table(shown, ctx));
    }

    /// <summary>An event belongs to a period when its date range overlaps it (undated events: their first report).</summary>
    private static bool Overlaps(StoredEvent e, Period p)
    {
        var start = e.DateStart ?? e.FirstSeen;
        var end = e.DateEnd ?? e.DateStart ?? e.LastSeen ?? e.FirstSeen;
        return start is DateOnly s && end is DateOnly en && s <= p.End && en >= p.Start;
    }

    private static DyadFiltersModel Filters(string a, string b, string by, DateOnly? since, DateOnly? until, string? period, IEnumerable<string> types, string? type,
        string? status, string? cred, OneSidedFilter oneSided)
        => new([.. new[] { ("a", a), ("b", b), ("by", by), ("since", D(since)), ("until", D(until)), ("period", period ?? "") }.Where(f => f.Item2.Length > 0).Select(f => new HiddenField(f.Item1, f.Item2))],
            new OptionList([.. types.Select(t => (t, EventRows.TypeLabel(t)))], type), EventFilters.StatusChoices(status),
            new OptionList(EventFilters.CredibilityChoices, cred),
            new OptionList([("exclude", "left out"), ("include", "included"), ("only", "only")], oneSided.ToString().ToLowerInvariant()));

    private static PeriodRow Row(DyadPeriod p, string url, Period? current)
        => new(url, p.Period.Label, current is Period c && c.Label == p.Period.Label, p.Events,
            p.Quad.VerbalCooperation, p.Quad.MaterialCooperation, p.Quad.VerbalConflict, p.Quad.MaterialConflict,
            p.GoldsteinMean is double g ? F(g, "0.0") : "–", F(p.Alignment.Index, "+0.00;−0.00;0.00"), F(p.Alignment.Smoothed, "+0.00;−0.00;0.00"),
            p.Reciprocity is double r ? F(r) : "–", p.EmbargoFlagged > 0 ? p.EmbargoFlagged.ToString() : "");
}
