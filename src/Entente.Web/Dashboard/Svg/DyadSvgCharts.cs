using System.Text;
using Entente.Analysis.Series;
using static Entente.Web.Dashboard.Html;
using static Entente.Web.Dashboard.Svg.SvgText;

namespace Entente.Web.Dashboard.Svg;

/// <summary>
/// The dyad page's charts as inline SVG (no script): the alignment index per period with its smoothed line and change
/// points, and the merged events per QuadClass as stacked bars. Every period is a link (<paramref name="periodUrl"/>)
/// that filters the events table to it, with a tooltip giving its figures. Sized by viewBox, so they scale to the page.
/// </summary>
internal static class DyadSvgCharts
{
    private const int W = 900, H = 280, Left = 48, Right = 16, Top = 34, Bottom = 44;

    public static readonly (string Label, string Color)[] QuadLegend =
    [
        ("Verbal cooperation", "#8fd19e"), ("Material cooperation", "#2e8b57"), ("Verbal conflict", "#f4a261"), ("Material conflict", "#c0392b"),
    ];

    public static string Alignment(DyadSeries s, Func<string, string> periodUrl)
    {
        var periods = s.Periods;
        int n = periods.Length;
        double step = (W - Left - Right) / (double)Math.Max(n, 1);
        double Y(double v) => Top + (1 - Math.Clamp(v, -1, 1)) / 2 * (H - Top - Bottom);
        var sb = Open("Alignment index per period, from −1 (conflict) to +1 (cooperation)", "chart-alignment");
        // grid and y axis
        foreach (var v in new[] { -1.0, -0.5, 0, 0.5, 1 })
            sb.Append($"<line x1=\"{Left}\" x2=\"{W - Right}\" y1=\"{F(Y(v), "0.#")}\" y2=\"{F(Y(v), "0.#")}\" class=\"{(v == 0 ? "axis" : "grid")}\"/>")
              .Append($"<text x=\"{Left - 6}\" y=\"{F(Y(v) + 4, "0.#")}\" text-anchor=\"end\" class=\"tick\">{F(v, "+0.0;−0.0;0")}</text>");
        Legend(sb, [("Index per period (bar)", "#2e8b57", "bar"), ("Smoothed", "#1d3557", "line"), ("Change point", "#6c3483", "dash")]);
        for (int i = 0; i < n; i++)
        {
            var p = periods[i];
            double x = Left + i * step, v = p.Alignment.Index, y0 = Y(0), y1 = Y(v);
            var tip = $"{p.Period.Label}: index {F(v, "+0.00;−0.00;0.00")}, smoothed {F(p.Alignment.Smoothed, "+0.00;−0.00;0.00")}, {p.Events} events — click to list them";
            sb.Append($"<a href=\"{E(periodUrl(p.Period.Label))}\" class=\"period\"><title>{E(tip)}</title>")
              .Append($"<rect x=\"{F(x, "0.#")}\" y=\"{Top}\" width=\"{F(step, "0.#")}\" height=\"{H - Top - Bottom}\" class=\"hit\"/>");
            if (p.Events > 0)
                sb.Append($"<rect x=\"{F(x + step * 0.2, "0.#")}\" y=\"{F(Math.Min(y0, y1), "0.#")}\" width=\"{F(step * 0.6, "0.#")}\" height=\"{F(Math.Max(1, Math.Abs(y1 - y0)), "0.#")}\" fill=\"{(v >= 0 ? "#2e8b57" : "#c0392b")}\" opacity=\"0.75\"/>");
            else
                sb.Append($"<circle cx=\"{F(x + step / 2, "0.#")}\" cy=\"{F(y0, "0.#")}\" r=\"2\" fill=\"#aaa\"/>");
            sb.Append("</a>");
        }
        if (n > 0)
        {
            sb.Append("<polyline fill=\"none\" stroke=\"#1d3557\" stroke-width=\"2\" pointer-events=\"none\" points=\"");
            for (int i = 0; i < n; i++) sb.Append(F(Left + (i + 0.5) * step, "0.#")).Append(',').Append(F(Y(periods[i].Alignment.Smoothed), "0.#")).Append(' ');
            sb.Append("\"/>");
        }
        foreach (var cp in s.ChangePoints)
        {
            double x = Left + cp.Index * step;
            sb.Append($"<line x1=\"{F(x, "0.#")}\" x2=\"{F(x, "0.#")}\" y1=\"{Top}\" y2=\"{H - Bottom}\" stroke=\"#6c3483\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\" pointer-events=\"none\"/>")
              .Append($"<text x=\"{F(x + 3, "0.#")}\" y=\"{Top + 12}\" class=\"cp\">{E(cp.Label)} ({F(cp.Shift, "+0.00;−0.00")})</text>");
        }
        XLabels(sb, s, step);
        return sb.Append("</svg>").ToString();
    }

    public static string QuadClass(DyadSeries s, Func<string, string> periodUrl)
    {
        var periods = s.Periods;
        int n = periods.Length;
        double step = (W - Left - Right) / (double)Math.Max(n, 1);
        int max = Math.Max(1, periods.IsEmpty ? 1 : periods.Max(p => p.Quad.VerbalCooperation + p.Quad.MaterialCooperation + p.Quad.VerbalConflict + p.Quad.MaterialConflict));
        int tickStep = Math.Max(1, (int)Math.Ceiling(max / 4.0));
        int top = (int)Math.Ceiling(max / (double)tickStep) * tickStep;
        double Y(double v) => H - Bottom - v / top * (H - Top - Bottom);
        var sb = Open("Merged events per QuadClass and period (stacked)", "chart-quad");
        for (int v = 0; v <= top; v += tickStep)
            sb.Append($"<line x1=\"{Left}\" x2=\"{W - Right}\" y1=\"{F(Y(v), "0.#")}\" y2=\"{F(Y(v), "0.#")}\" class=\"{(v == 0 ? "axis" : "grid")}\"/>")
              .Append($"<text x=\"{Left - 6}\" y=\"{F(Y(v) + 4, "0.#")}\" text-anchor=\"end\" class=\"tick\">{v}</text>");
        Legend(sb, [.. QuadLegend.Select(q => (q.Label, q.Color, "bar"))]);
        for (int i = 0; i < n; i++)
        {
            var p = periods[i];
            double x = Left + i * step, acc = 0;
            var tip = $"{p.Period.Label}: {p.Quad.VerbalCooperation} verbal cooperation, {p.Quad.MaterialCooperation} material cooperation, {p.Quad.VerbalConflict} verbal conflict, {p.Quad.MaterialConflict} material conflict — click to list them";
            sb.Append($"<a href=\"{E(periodUrl(p.Period.Label))}\" class=\"period\"><title>{E(tip)}</title>")
              .Append($"<rect x=\"{F(x, "0.#")}\" y=\"{Top}\" width=\"{F(step, "0.#")}\" height=\"{H - Top - Bottom}\" class=\"hit\"/>");
            for (int q = 1; q <= 4; q++)
            {
                int c = p.Quad[q];
                if (c == 0) continue;
                sb.Append($"<rect x=\"{F(x + step * 0.15, "0.#")}\" y=\"{F(Y(acc + c), "0.#")}\" width=\"{F(step * 0.7, "0.#")}\" height=\"{F(Y(acc) - Y(acc + c), "0.#")}\" fill=\"{QuadLegend[q - 1].Color}\"/>");
                acc += c;
            }
            sb.Append("</a>");
        }
        XLabels(sb, s, step);
        return sb.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title, string cls)
        => new StringBuilder(8192).Append($"<svg class=\"chart {cls}\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{E(title)}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{E(title)}</title>");

    private static void Legend(StringBuilder sb, IReadOnlyList<(string Label, string Color, string Kind)> items)
    {
        double x = Left;
        foreach (var (label, color, kind) in items)
        {
            sb.Append(kind switch
            {
                "line" => $"<line x1=\"{F(x, "0.#")}\" x2=\"{F(x + 18, "0.#")}\" y1=\"12\" y2=\"12\" stroke=\"{color}\" stroke-width=\"2\"/>",
                "dash" => $"<line x1=\"{F(x, "0.#")}\" x2=\"{F(x + 18, "0.#")}\" y1=\"12\" y2=\"12\" stroke=\"{color}\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>",
                _ => $"<rect x=\"{F(x, "0.#")}\" y=\"6\" width=\"18\" height=\"12\" fill=\"{color}\"/>",
            });
            sb.Append($"<text x=\"{F(x + 24, "0.#")}\" y=\"16\" class=\"legend\">{E(label)}</text>");
            x += 44 + label.Length * 7.2;
        }
    }

    private static void XLabels(StringBuilder sb, DyadSeries s, double step)
    {
        int n = s.Periods.Length, every = Math.Max(1, (int)Math.Ceiling(n / 12.0));
        for (int i = 0; i < n; i += every)
            sb.Append($"<text x=\"{F(Left + (i + 0.5) * step, "0.#")}\" y=\"{H - Bottom + 16}\" text-anchor=\"middle\" class=\"tick\">{E(s.Periods[i].Period.Label)}</text>");
        sb.Append($"<text x=\"{(W + Left) / 2}\" y=\"{H - 6}\" text-anchor=\"middle\" class=\"axis-title\">{E(s.Unit.ToString().ToLowerInvariant())} (click a period to list its events)</text>");
    }
}
