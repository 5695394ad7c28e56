namespace Entente.Analysis.Maps;

/// <summary>
/// The one call to draw a map: lays out <see cref="MapScene"/> and writes it as SVG or PNG.
/// <code>
/// var outlines = CountryOutlines.LoadFrom(dataDirectory);                      // once, at start-up
/// var points = new MapAggregator().Aggregate(events, c => link(c)).Select(c => c.Point).ToList();
/// string svg = MapRenderer.Svg(outlines, points, new MapOptions(Extent: MapExtent.OfCountries("IRN", "RUS")));
/// </code>
/// </summary>
public static class MapRenderer
{
    /// <summary>The map as an SVG string (inline in HTML, or saved).</summary>
    public static string Svg(CountryOutlines outlines, IReadOnlyList<MapPoint> points, MapOptions? options = null)
        => SvgMapWriter.ToSvg(MapScene.Build(outlines, points, options));

    /// <summary>The map as PNG bytes.</summary>
    public static byte[] Png(CountryOutlines outlines, IReadOnlyList<MapPoint> points, MapOptions? options = null)
        => PngMapWriter.Bytes(MapScene.Build(outlines, points, options));

    /// <summary>Writes the map to <paramref name="path"/>, as SVG or PNG by its extension; returns the scene drawn.</summary>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    public static MapScene Save(CountryOutlines outlines, IReadOnlyList<MapPoint> points, string path, MapOptions? options = null)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".svg" or ".png"))
            throw new ArgumentException($"'{path}' is neither .svg nor .png; maps are written as SVG or PNG, chosen by the extension");
        var scene = MapScene.Build(outlines, points, options);
        if (ext == ".png") PngMapWriter.Save(scene, path);
        else using (var f = File.Create(path)) SvgMapWriter.Write(scene, f);
        return scene;
    }
}
