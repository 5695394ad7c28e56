using System.Text;
using Entente.Corpus.Model;
using static Entente.Web.Dashboard.Html;
using static Entente.Web.Dashboard.Svg.SvgText;

namespace Entente.Web.Dashboard.Svg;

/// <summary>
/// The dyad page's event timeline as inline SVG (no script): one lane per QuadClass (verbal and material cooperation,
/// verbal and material conflict), each event a mark at its date — a dot for a dated day, a bar over its date range — in
/// its QuadClass colour, its status visible in the mark (filled: reported or confirmed; hollow: denied, planned,
/// hypothetical; dashed ring: contested or assessed), and a link to the event's page with a tooltip (date, type,
/// actors, status, grade). Undated events are left out and counted in the caption.
/// </summary>
internal static class DyadTimelineSvg
{
    private const int W = 1300, Left = 150, Right = 16, Top = 24, Lane = 32, Bottom = 28;

    public static string Draw(IReadOnlyList<StoredEvent> events, DateOnly? since, DateOnly? until)
    {
        var dated = events.Where(e => e.DateStart is not null || e.DateEnd is not null).ToList();
        int h = Top + 4 * Lane + Bottom;
        var sb = new StringBuilder(dated.Count * 320 + 4096)
            .Append($"<svg class=\"chart chart-timeline\" viewBox=\"0 0 {W} {h}\" role=\"img\" aria-label=\"Events over time by QuadClass\" xmlns=\"http://www.w3.org/2000/svg\"><title>Events over time by QuadClass; click an event to open it</title>");
        if (dated.Count == 0) return sb.Append($"<text x=\"{W / 2}\" y=\"{h / 2}\" text-anchor=\"middle\" class=\"tick\">No dated events</text></svg>").ToString();
        var first = since ?? dated.Min(e => e.DateStart ?? e.DateEnd)!.Value;
        var last = until ?? dated.Max(e => e.DateEnd ?? e.DateStart)!.Value;
        if (last <= first) last = first.AddDays(30);
        double span = last.DayNumber - first.DayNumber;
        double X(DateOnly d) => Left + Math.Clamp((d.DayNumber - first.DayNumber) / span, 0, 1) * (W - Left - Right);
        double LaneY(int quad) => Top + (quad - 1) * Lane + Lane / 2.0;

        for (int q = 1; q <= 4; q++)
        {
            var (label, color) = DyadSvgCharts.QuadLegend[q - 1];
            sb.Append($"<line x1=\"{Left}\" x2=\"{W - Right}\" y1=\"{F(LaneY(q), "0.#")}\" y2=\"{F(LaneY(q), "0.#")}\" class=\"grid\"/>")
              .Append($"<rect x=\"4\" y=\"{F(LaneY(q) - 6, "0.#")}\" width=\"10\" height=\"12\" fill=\"{color}\"/>")
              .Append($"<text x=\"18\" y=\"{F(LaneY(q) + 4, "0.#")}\" class=\"tick\">{E(label)}</text>");
        }
        // year ticks (or a few evenly spread dates when the span is short)
        var ticks = Enumerable.Range(first.Year, last.Year - first.Year + 2).Select(y => new DateOnly(y, 1, 1)).Where(d => d >= first && d <= last).ToList();
        if (ticks.Count < 2) ticks = [.. Enumerable.Range(0, 5).Select(i => first.AddDays((int)(span * i / 4)))];
        foreach (var t in ticks)
            sb.Append($"<line x1=\"{F(X(t), "0.#")}\" x2=\"{F(X(t), "0.#")}\" y1=\"{Top - 4}\" y2=\"{h - Bottom}\" class=\"grid\"/>")
              .Append($"<text x=\"{F(X(t), "0.#")}\" y=\"{h - Bottom + 16}\" text-anchor=\"middle\" class=\"tick\">{E(t.Month == 1 && t.Day == 1 ? t.Year.ToString() : D(t))}</text>");

        foreach (var e in dated.OrderBy(e => e.DateStart ?? e.DateEnd))
        {
            int q = Math.Clamp(e.QuadClass, 1, 4);
            var color = DyadSvgCharts.QuadLegend[q - 1].Color;
            var (start, end) = (e.DateStart ?? e.DateEnd!.Value, e.DateEnd ?? e.DateStart!.Value);
            double x1 = X(start), x2 = X(end), y = LaneY(q) + Jitter(e.Id);
            var status = e.Status.ToString().ToLowerInvariant();
            var tip = $"{Range(e.DateStart, e.DateEnd)}: {Pages.EventRows.TypeLabel(e.Type)} (CAMEO {e.Cameo}), {Pages.EventRows.Actor(e.SourceCode, e.SourceName, true)} → {Pages.EventRows.Actor(e.TargetCode, e.TargetName)}, {status}, grade {e.Grade} — click to open";
            sb.Append($"<a href=\"{E(Pages.EventRows.EventUrl(e.Id))}\" class=\"event status-{E(status)}\"><title>{E(tip)}</title>");
            if (x2 - x1 >= 4)
                sb.Append($"<line x1=\"{F(x1, "0.#")}\" x2=\"{F(x2, "0.#")}\" y1=\"{F(y, "0.#")}\" y2=\"{F(y, "0.#")}\" stroke=\"{color}\" stroke-width=\"3\" stroke-opacity=\"0.45\"/>");
            double cx = x2 - x1 >= 4 ? x2 : (x1 + x2) / 2;
            sb.Append(status switch
            {
                "reported" or "confirmed" => $"<circle cx=\"{F(cx, "0.#")}\" cy=\"{F(y, "0.#")}\" r=\"5\" fill=\"{color}\" stroke=\"#1d2a35\" stroke-width=\"0.6\"/>",
                "contested" or "assessed" => $"<circle cx=\"{F(cx, "0.#")}\" cy=\"{F(y, "0.#")}\" r=\"5\" fill=\"#fff\" stroke=\"{color}\" stroke-width=\"2\" stroke-dasharray=\"2 2\"/>",
                _ => $"<circle cx=\"{F(cx, "0.#")}\" cy=\"{F(y, "0.#")}\" r=\"5\" fill=\"#fff\" stroke=\"{color}\" stroke-width=\"2\"/>",
            });
            sb.Append("</a>");
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>A small fixed vertical offset per event (from its id), so events on one day stay apart.</summary>
    private static double Jitter(string id)
    {
        uint h = 2166136261;
        foreach (char c in id) h = (h ^ c) * 16777619;
        return (h % 9) * 2.0 - 8;
    }
}
