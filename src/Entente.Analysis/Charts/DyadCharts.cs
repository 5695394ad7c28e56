using Entente.Analysis.Series;
using ScottPlot;

namespace Entente.Analysis.Charts;

/// <summary>Which chart of a dyad.</summary>
public enum DyadChartKind { Alignment, QuadClass, Types }

/// <summary>
/// The charts of a dyad series, drawn headless with ScottPlot (no window, no display server):
/// the alignment index over time with its change points marked, QuadClass counts stacked per period, and the event
/// types of the whole span. PNG or SVG, chosen by the file extension.
/// Reads: DyadSeries. Writes: image files.
/// </summary>
public sealed class DyadCharts
{
    public const int Width = 900;
    public const int Height = 420;

    private static readonly Color[] QuadColors =
    [
        Color.FromHex("#7fb3d5"), // verbal cooperation
        Color.FromHex("#1f618d"), // material cooperation
        Color.FromHex("#f5b041"), // verbal conflict
        Color.FromHex("#c0392b"), // material conflict
    ];

    private static readonly string[] QuadNames = ["Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];

    /// <summary>Writes one chart; the format follows the extension (.png or .svg).</summary>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg.</exception>
    public void Save(DyadSeries series, DyadChartKind kind, string path)
    {
        var plot = kind switch
        {
            DyadChartKind.Alignment => AlignmentPlot(series),
            DyadChartKind.QuadClass => QuadPlot(series),
            _ => TypesPlot(series),
        };
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".png": plot.SavePng(path, Width, Height); break;
            case ".svg": plot.SaveSvg(path, Width, Height); break;
            default: throw new ArgumentException($"'{path}' is neither .png nor .svg; charts are written as PNG or SVG, chosen by the extension");
        }
    }

    /// <summary>The three charts of a dyad, next to <paramref name="path"/>: NAME.ext (alignment), NAME-quadclass.ext and NAME-types.ext.</summary>
    public IReadOnlyList<string> SaveAll(DyadSeries series, string path)
    {
        var dir = Path.GetDirectoryName(path) ?? "";
        var stem = Path.GetFileNameWithoutExtension(path);
        var ext = Path.GetExtension(path);
        var files = new List<string>
        {
            path,
            Path.Combine(dir, $"{stem}-quadclass{ext}"),
            Path.Combine(dir, $"{stem}-types{ext}"),
        };
        Save(series, DyadChartKind.Alignment, files[0]);
        Save(series, DyadChartKind.QuadClass, files[1]);
        Save(series, DyadChartKind.Types, files[2]);
        return files;
    }

    private static string Title(DyadSeries s, string what) => $"{s.NameA} – {s.NameB}: {what}";

    private static double X(DyadPeriod p) => p.Period.Start.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static double BarWidth(DyadSeries s) => s.Unit switch { PeriodUnit.Month => 24, PeriodUnit.Quarter => 75, _ => 300 };

    internal static Plot AlignmentPlot(DyadSeries s)
    {
        var plot = new Plot();
        plot.Title(Title(s, "alignment index"));
        plot.YLabel("index (−1 conflict … +1 alignment)");
        if (s.Periods.Length > 0)
        {
            var xs = s.Periods.Select(X).ToArray();
            var bars = plot.Add.Bars(xs, s.Periods.Select(p => p.Alignment.Index).ToArray());
            foreach (var b in bars.Bars)
            {
                b.Size = BarWidth(s);
                b.FillColor = b.Value >= 0 ? Color.FromHex("#aed6f1") : Color.FromHex("#f5b7b1");
                b.LineWidth = 0;
            }
            bars.LegendText = "index per period";
            var line = plot.Add.Scatter(xs, s.Periods.Select(p => p.Alignment.Smoothed).ToArray());
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.Color = Color.FromHex("#1a5276");
            line.LegendText = "smoothed";
            foreach (var cp in s.ChangePoints)
            {
                var v = plot.Add.VerticalLine(xs[cp.Index]);
                v.Color = Color.FromHex("#922b21");
                v.LinePattern = LinePattern.Dashed;
                v.LineWidth = 1.5f;
                var label = plot.Add.Text($"{cp.Label} ({cp.Shift:+0.00;−0.00})", xs[cp.Index], -0.92);
                label.LabelFontColor = Color.FromHex("#922b21");
                label.LabelFontSize = 12;
                label.LabelBold = true;
                label.LabelAlignment = ScottPlot.Alignment.LowerLeft;
                label.OffsetX = 4;
            }
            DateTicks(plot, s);
            plot.ShowLegend(ScottPlot.Alignment.LowerRight);
        }
        plot.Add.HorizontalLine(0, 1, Color.FromHex("#555555"));
        plot.Axes.SetLimitsY(-1.05, 1.05);
        return plot;
    }

    /// <summary>Date ticks labelled the way the series labels its periods (ISO months, never a locale's day/month order).</summary>
    private static void DateTicks(Plot plot, DyadSeries s)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic auto)
            auto.LabelFormatter = d => s.Unit == PeriodUnit.Year ? d.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture)
                : d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static Plot QuadPlot(DyadSeries s)
    {
        var plot = new Plot();
        plot.Title(Title(s, "events per QuadClass"));
        plot.YLabel("merged events");
        var bars = new List<Bar>();
        foreach (var p in s.Periods)
        {
            double baseValue = 0;
            for (int q = 1; q <= 4; q++)
            {
                var n = p.Quad[q];
                if (n == 0) continue;
                bars.Add(new Bar { Position = X(p), ValueBase = baseValue, Value = baseValue + n, FillColor = QuadColors[q - 1], Size = BarWidth(s), LineWidth = 0 });
                baseValue += n;
            }
        }
        plot.Add.Bars(bars);
        for (int q = 0; q < 4; q++) plot.Legend.ManualItems.Add(new LegendItem { LabelText = QuadNames[q], FillColor = QuadColors[q] });
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        if (s.Periods.Length > 0) DateTicks(plot, s);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(bottom: 0);
        return plot;
    }

    internal static Plot TypesPlot(DyadSeries s, int top = 10)
    {
        var plot = new Plot();
        plot.Title(Title(s, "event types, whole span"));
        var types = (s.Total?.Types ?? System.Collections.Immutable.ImmutableSortedDictionary<string, int>.Empty).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top).Reverse().ToList();
        if (types.Count > 0)
        {
            var bars = plot.Add.Bars(types.Select(kv => (double)kv.Value).ToArray());
            bars.Horizontal = true;
            foreach (var b in bars.Bars) { b.FillColor = Color.FromHex("#2e86c1"); b.LineWidth = 0; }
            plot.Axes.Left.SetTicks(Enumerable.Range(0, types.Count).Select(i => (double)i).ToArray(), types.Select(kv => kv.Key.Replace('_', ' ')).ToArray());
            plot.Axes.Margins(left: 0);
        }
        plot.XLabel("merged events");
        return plot;
    }
}
