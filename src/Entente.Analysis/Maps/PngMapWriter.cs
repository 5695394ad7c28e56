using ScottPlot;

namespace Entente.Analysis.Maps;

/// <summary>
/// Draws a <see cref="MapScene"/> as a PNG with ScottPlot (headless, as the dyad charts): the same layout as the SVG, in a
/// frameless plot whose axes are the scene's pixels. Holes are painted in the sea's colour and countries lying inside a
/// hole are painted again over it (Lesotho inside South Africa). The title is written at the top left.
/// </summary>
public static class PngMapWriter
{
    public static void Save(MapScene scene, string path) => File.WriteAllBytes(path, Bytes(scene));

    public static byte[] Bytes(MapScene scene)
    {
        var o = scene.Options;
        var plot = Plot(scene);
        return plot.GetImageBytes(o.Width, o.Height, ImageFormat.Png);
    }

    internal static Plot Plot(MapScene scene)
    {
        var o = scene.Options;
        var plot = new Plot();
        plot.Layout.Frameless();
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        Polygon(plot, scene.Sphere, SvgMapWriter.SeaColor, null);
        var holes = scene.Countries.SelectMany(c => c.Holes).ToList();
        foreach (var c in scene.Countries)
            foreach (var ring in c.Outer) Polygon(plot, ring, c.Highlighted ? SvgMapWriter.HighlightColor : SvgMapWriter.LandColor, SvgMapWriter.BorderColor);
        foreach (var hole in holes) Polygon(plot, hole, SvgMapWriter.SeaColor, SvgMapWriter.BorderColor);
        foreach (var c in scene.Countries)
            foreach (var ring in c.Outer.Where(r => holes.Any(h => Inside(r, h))))
                Polygon(plot, ring, c.Highlighted ? SvgMapWriter.HighlightColor : SvgMapWriter.LandColor, SvgMapWriter.BorderColor);
        foreach (var c in scene.Circles)
        {
            var circle = plot.Add.Circle(c.X, c.Y, c.Radius);
            circle.FillColor = Color.FromHex(c.Color).WithAlpha(0.8);
            circle.LineColor = Colors.White;
            circle.LineWidth = 0.8f;
        }
        if (o.Legend && MapLegend.Layout(scene) is { } items)
        {
            var (bx, by, bw, bh) = MapLegend.Box(items);
            var box = plot.Add.Rectangle(bx, bx + bw, by, by + bh);
            box.FillColor = Colors.White.WithAlpha(0.85);
            box.LineWidth = 0;
            foreach (var item in items)
            {
                var swatch = plot.Add.Circle(item.X, item.Y, item.Radius);
                swatch.FillColor = item.Outline ? Colors.Transparent : Color.FromHex(item.Color);
                swatch.LineColor = item.Outline ? Color.FromHex(MapLegend.TextColor) : Colors.Transparent;
                swatch.LineWidth = item.Outline ? 1 : 0;
                Label(plot, item.Label, item.TextX, item.TextY, MapLegend.FontSize, bold: false);
            }
        }
        Label(plot, o.Title, 12, 20, 15, bold: true);
        // y grows downwards, as in the SVG
        plot.Axes.SetLimits(0, o.Width, o.Height, 0);
        return plot;
    }

    private static void Polygon(Plot plot, IReadOnlyList<(double X, double Y)> ring, string fill, string? line)
    {
        var poly = plot.Add.Polygon(ring.Select(p => new Coordinates(p.X, p.Y)).ToArray());
        poly.FillColor = Color.FromHex(fill);
        poly.LineColor = line is null ? Colors.Transparent : Color.FromHex(line);
        poly.LineWidth = line is null ? 0 : 0.6f;
    }

    private static void Label(Plot plot, string text, double x, double y, float size, bool bold)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontSize = size;
        label.LabelFontColor = Color.FromHex(MapLegend.TextColor);
        label.LabelBold = bold;
        label.LabelAlignment = ScottPlot.Alignment.LowerLeft;
    }

    /// <summary>Whether a ring's bounding box lies within another's (a country inside a hole).</summary>
    private static bool Inside(IReadOnlyList<(double X, double Y)> ring, IReadOnlyList<(double X, double Y)> hole)
        => ring.Min(p => p.X) >= hole.Min(p => p.X) && ring.Max(p => p.X) <= hole.Max(p => p.X)
           && ring.Min(p => p.Y) >= hole.Min(p => p.Y) && ring.Max(p => p.Y) <= hole.Max(p => p.Y);
}
