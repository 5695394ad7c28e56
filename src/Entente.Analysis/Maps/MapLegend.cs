using Entente.Analysis.Charts;

namespace Entente.Analysis.Maps;

/// <summary>One entry of a map's legend: a swatch circle and its label, in pixels.</summary>
public sealed record LegendItem(double X, double Y, double Radius, string Color, bool Outline, double TextX, double TextY, string Label);

/// <summary>The legend of a map, laid out once for both writers: the four QuadClass colours, then the size of the largest point.</summary>
public static class MapLegend
{
    public const int FontSize = 11;
    public const string TextColor = "#333333";

    public static IReadOnlyList<LegendItem> Layout(MapScene scene)
    {
        var items = new List<LegendItem>();
        double x = 14, y = scene.Options.Height - 14 - 4 * 16 - (scene.MaxCount > 0 ? 2 * scene.Options.MaxRadius + 6 : 0);
        for (int q = 1; q <= 4; q++, y += 16)
            items.Add(new LegendItem(x, y, 5, QuadClassPalette.Color(q), false, x + 10, y + 4, Capitalised(QuadClassPalette.Name(q))));
        if (scene.MaxCount > 0)
        {
            double r = scene.Radius(scene.MaxCount);
            items.Add(new LegendItem(x - 5 + r, y + r - 6, r, "#ffffff", true, x + 2 * r + 2, y + r - 2,
                $"{scene.MaxCount} event{(scene.MaxCount == 1 ? "" : "s")} (circle areas ∝ count)"));
        }
        return items;
    }

    /// <summary>The legend's background box (x, y, width, height), around its items with a margin; text is reckoned at 0.52 em a character.</summary>
    public static (double X, double Y, double Width, double Height) Box(IReadOnlyList<LegendItem> items)
    {
        if (items.Count == 0) return (0, 0, 0, 0);
        double x0 = items.Min(i => i.X - i.Radius) - 6, y0 = items.Min(i => i.Y - i.Radius) - 6;
        double x1 = items.Max(i => i.TextX + i.Label.Length * FontSize * 0.52) + 6, y1 = items.Max(i => i.Y + i.Radius) + 6;
        return (x0, y0, x1 - x0, y1 - y0);
    }

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
