using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Entente.Analysis.Charts;

namespace Entente.Analysis.Maps;

/// <summary>A country as drawn: its rings in pixels (outer rings and holes), an SVG path of them, and whether it is highlighted.</summary>
public sealed record SceneCountry(string Code, string Name, ImmutableArray<ImmutableArray<(double X, double Y)>> Outer,
    ImmutableArray<ImmutableArray<(double X, double Y)>> Holes, string PathData, bool Highlighted);

/// <summary>A point as drawn: centre and radius in pixels, fill colour, tooltip and link.</summary>
public sealed record SceneCircle(double X, double Y, double Radius, string Color, string Tooltip, string? Href, MapPoint Point);

/// <summary>
/// A map laid out in pixels, ready for the SVG and PNG writers: the outline of the globe, the countries inside the view
/// (Equal Earth projection, <see cref="EqualEarth"/>) and the points as circles (area ∝ count, largest drawn first so
/// that small ones stay on top, colour of the dominant QuadClass). Building it twice from the same input gives the same scene.
/// </summary>
public sealed class MapScene
{
    public MapOptions Options { get; }
    /// <summary>The edge of the globe in pixels (the map's sea).</summary>
    public ImmutableArray<(double X, double Y)> Sphere { get; }
    public string SpherePath { get; }
    public ImmutableArray<SceneCountry> Countries { get; }
    public ImmutableArray<SceneCircle> Circles { get; }
    /// <summary>Points drawn and events they hold; points left out because they fall outside the view.</summary>
    public int Events { get; }
    public int PointsOutside { get; }
    /// <summary>The largest count of a drawn point (the size key's reference).</summary>
    public int MaxCount { get; }
    /// <summary>Projected units to pixels: pixel = centre + (projected − window centre) × Scale (y flipped).</summary>
    public double Scale { get; }
    private readonly double _cx, _cy;

    public const double MinSpan = 0.12; // projected units, about 7° at the equator: a single point does not zoom into nothing
    private const double Padding = 0.06, WorldPadding = 0.015;

    private MapScene(MapOptions o, double cx, double cy, double scale, IEnumerable<CountryOutline> countries, IReadOnlyList<MapPoint> points)
    {
        Options = o; _cx = cx; _cy = cy; Scale = scale;
        Sphere = [.. SphereOutline().Select(p => FromProjected(p.X, p.Y))];
        SpherePath = PathData([Sphere]);
        var highlight = new HashSet<string>(o.Highlight ?? (o.Extent is { Kind: MapExtent.Kinds.Countries } e ? e.Countries : []), StringComparer.OrdinalIgnoreCase);
        Countries = [.. countries.Select(c => Country(c, highlight.Contains(c.Code))).OfType<SceneCountry>()];
        var visible = new List<SceneCircle>();
        int outside = 0;
        var drawable = points.Where(p => p.Count > 0 && double.IsFinite(p.Lat) && double.IsFinite(p.Lon)).ToList();
        var inView = new List<(MapPoint P, double X, double Y)>();
        foreach (var p in drawable)
        {
            var (px, py) = Pixel(p.Lat, p.Lon);
            if (px < 0 || px > o.Width || py < 0 || py > o.Height) { outside++; continue; }
            inView.Add((p, px, py));
        }
        MaxCount = inView.Count == 0 ? 0 : inView.Max(v => v.P.Count);
        foreach (var (p, px, py) in inView)
            visible.Add(new SceneCircle(Round(px), Round(py), Radius(p.Count), QuadClassPalette.Color(p.Quad.Dominant), p.Tooltip(), p.Href, p));
        Circles = [.. visible.OrderByDescending(c => c.Point.Count).ThenBy(c => c.Point.Lat).ThenBy(c => c.Point.Lon).ThenBy(c => c.Point.Name, StringComparer.Ordinal)];
        Events = inView.Sum(v => v.P.Count);
        PointsOutside = outside;
    }

    /// <summary>The radius of a point of <paramref name="count"/> events: its area is proportional to the count
    /// (<see cref="MapOptions.MaxRadius"/> for the largest), never under <see cref="MapOptions.MinRadius"/>.</summary>
    public double Radius(int count)
        => MaxCount <= 0 ? Options.MinRadius : Round(Math.Max(Options.MinRadius, Options.MaxRadius * Math.Sqrt((double)count / MaxCount)));

    /// <summary>Lays out a map of <paramref name="points"/> over <paramref name="outlines"/>.</summary>
    public static MapScene Build(CountryOutlines outlines, IReadOnlyList<MapPoint> points, MapOptions? options = null)
    {
        var o = options ?? new MapOptions();
        if (o.Width < 50 || o.Height < 50) throw new ArgumentOutOfRangeException(nameof(options), $"a map of {o.Width}×{o.Height} pixels is too small (at least 50×50)");
        var (x0, y0, x1, y1, whole) = Window(outlines, points, o.Extent ?? MapExtent.World);
        double w = Math.Max(x1 - x0, MinSpan), h = Math.Max(y1 - y0, MinSpan);
        double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
        double padding = whole ? WorldPadding : Padding;
        w *= 1 + 2 * padding; h *= 1 + 2 * padding;
        double scale = Math.Min(o.Width / w, o.Height / h);
        return new MapScene(o, cx, cy, scale, outlines.Countries, points);
    }

    /// <summary>Projects a latitude/longitude to pixels.</summary>
    public (double X, double Y) Pixel(double lat, double lon)
    {
        var (x, y) = EqualEarth.Project(lat, lon);
        return FromProjected(x, y);
    }

    private (double X, double Y) FromProjected(double x, double y)
        => (Options.Width / 2.0 + (x - _cx) * Scale, Options.Height / 2.0 - (y - _cy) * Scale);

    /// <summary>The projected window to show, and whether it is the whole world.</summary>
    private static (double X0, double Y0, double X1, double Y1, bool World) Window(CountryOutlines outlines, IReadOnlyList<MapPoint> points, MapExtent extent)
    {
        var world = (-EqualEarth.MaxX, -EqualEarth.MaxY, EqualEarth.MaxX, EqualEarth.MaxY, true);
        IEnumerable<(double Lat, double Lon)> geo;
        switch (extent.Kind)
        {
            case MapExtent.Kinds.Points:
                geo = PointsOf(points);
                break;
            case MapExtent.Kinds.Countries:
                geo = extent.Countries.Select(outlines.Find).OfType<CountryOutline>().SelectMany(MainPolygons)
                    .SelectMany(ring => ring.Points).Select(p => (p.Lat, p.Lon));
                if (extent.AndPoints) geo = geo.Concat(PointsOf(points));
                break;
            case MapExtent.Kinds.Box when extent.Box is GeoBox b:
                geo = BoxEdge(b);
                break;
            default:
                return world;
        }
        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        foreach (var (lat, lon) in geo)
        {
            var (x, y) = EqualEarth.Project(lat, lon);
            x0 = Math.Min(x0, x); y0 = Math.Min(y0, y); x1 = Math.Max(x1, x); y1 = Math.Max(y1, y);
        }
        return x0 > x1 ? world : (x0, y0, x1, y1, false);
    }

    private static IEnumerable<(double Lat, double Lon)> PointsOf(IReadOnlyList<MapPoint> points)
        => points.Where(p => p.Count > 0 && double.IsFinite(p.Lat) && double.IsFinite(p.Lon))
            .Select(p => (p.Lat, p.Lon));

    /// <summary>The outer rings of a country's polygons of at least a quarter of its largest's projected area.</summary>
    private static IEnumerable<OutlineRing> MainPolygons(CountryOutline c)
    {
        var outer = c.Polygons.Select(p => p[0]).Select(r => (Ring: r, Area: Math.Abs(ProjectedArea(r)))).ToList();
        if (outer.Count == 0) return [];
        double largest = outer.Max(r => r.Area);
        return outer.Where(r => r.Area >= largest / 4).Select(r => r.Ring);
    }

    private static double ProjectedArea(OutlineRing ring)
    {
        double a = 0;
        var pts = ring.Points.Select(p => EqualEarth.Project(p.Lat, p.Lon)).ToList();
        for (int i = 0; i < pts.Count; i++)
        {
            var (x1, y1) = pts[i];
            var (x2, y2) = pts[(i + 1) % pts.Count];
            a += x1 * y2 - x2 * y1;
        }
        return a / 2;
    }

    /// <summary>Points along a box's edges (meridians and parallels curve under the projection).</summary>
    private static IEnumerable<(double Lat, double Lon)> BoxEdge(GeoBox b)
    {
        const int steps = 16;
        for (int i = 0; i <= steps; i++)
        {
            double t = (double)i / steps;
            double lat = b.South + (b.North - b.South) * t, lon = b.West + (b.East - b.West) * t;
            yield return (b.South, lon); yield return (b.North, lon);
            yield return (lat, b.West); yield return (lat, b.East);
        }
    }

    /// <summary>The edge of the Equal Earth map: the meridian +180 northwards, then −180 southwards.</summary>
    private static IEnumerable<(double X, double Y)> SphereOutline()
    {
        for (int lat = -90; lat <= 90; lat += 5) yield return EqualEarth.Project(lat, 180);
        for (int lat = 90; lat >= -90; lat -= 5) yield return EqualEarth.Project(lat, -180);
    }

    private SceneCountry? Country(CountryOutline c, bool highlighted)
    {
        var outer = new List<ImmutableArray<(double, double)>>();
        var holes = new List<ImmutableArray<(double, double)>>();
        foreach (var polygon in c.Polygons)
            foreach (var ring in polygon)
                if (PixelRing(ring) is { } px) (ring.Hole ? holes : outer).Add(px);
        if (outer.Count == 0) return null;
        return new SceneCountry(c.Code, c.Name, [.. outer], [.. holes], PathData([.. outer, .. holes]), highlighted);
    }

    /// <summary>A ring in pixels rounded to 0.1, repeated points dropped; null when it lies outside the view or collapses.</summary>
    private ImmutableArray<(double X, double Y)>? PixelRing(OutlineRing ring)
    {
        var pts = new List<(double, double)>(ring.Points.Length);
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var (lon, lat) in ring.Points)
        {
            var (x, y) = Pixel(lat, lon);
            var p = (Round(x), Round(y));
            if (pts.Count > 0 && pts[^1] == p) continue;
            pts.Add(p);
            minX = Math.Min(minX, p.Item1); maxX = Math.Max(maxX, p.Item1); minY = Math.Min(minY, p.Item2); maxY = Math.Max(maxY, p.Item2);
        }
        if (pts.Count < 3 || maxX < 0 || minX > Options.Width || maxY < 0 || minY > Options.Height) return null;
        return [.. pts];
    }

    private static double Round(double v)
    {
        var r = Math.Round(v, 1, MidpointRounding.AwayFromZero);
        return r == 0 ? 0 : r; // no "-0"
    }

    /// <summary>A number as SVG writes it: invariant, at most one decimal.</summary>
    public static string Num(double v) => Round(v).ToString("0.#", CultureInfo.InvariantCulture);

    private static string PathData(IEnumerable<ImmutableArray<(double X, double Y)>> rings)
    {
        var sb = new StringBuilder();
        foreach (var ring in rings)
        {
            sb.Append('M');
            for (int i = 0; i < ring.Length; i++)
            {
                if (i == 1) sb.Append('L');
                else if (i > 1) sb.Append(' ');
                sb.Append(Num(ring[i].X)).Append(',').Append(Num(ring[i].Y));
            }
            sb.Append('Z');
        }
        return sb.ToString();
    }
}
