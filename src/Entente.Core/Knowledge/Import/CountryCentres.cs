using System.Text.Json;

namespace Entente.Core.Knowledge.Import;

/// <summary>
/// The centre point of every country of a Natural Earth admin-0 GeoJSON file: the area centroid of its largest polygon
/// (mainland France, not French Guiana), keyed by <c>ADM0_A3</c> (Natural Earth writes -99 in <c>ISO_A3</c> for France and Norway).
/// </summary>
internal static class CountryCentres
{
    public static Dictionary<string, (double Lat, double Lon)> Read(string path)
    {
        using var reader = GeoNamesImporter.OpenText(path);
        using var json = JsonDocument.Parse(reader.ReadToEnd());
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var f in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var props = f.GetProperty("properties");
            string? code = props.TryGetProperty("ADM0_A3", out var a) ? a.GetString() : null;
            if (code is null || code.Length != 3) continue;
            var geometry = f.GetProperty("geometry");
            var coords = geometry.GetProperty("coordinates");
            IEnumerable<JsonElement> polygons = geometry.GetProperty("type").GetString() == "MultiPolygon" ? coords.EnumerateArray() : [coords];
            double bestArea = -1, lat = 0, lon = 0;
            foreach (var polygon in polygons)
            {
                var (area, cx, cy) = Centroid(polygon[0]);
                if (Math.Abs(area) > bestArea) { bestArea = Math.Abs(area); lon = cx; lat = cy; }
            }
            if (bestArea > 0) result[code] = (lat, lon);
        }
        return result;
    }

    /// <summary>The signed area and centroid of a ring of [lon, lat] points (planar; fine for a label point).</summary>
    private static (double Area, double X, double Y) Centroid(JsonElement ring)
    {
        var pts = ring.EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToList();
        double a = 0, cx = 0, cy = 0;
        for (int i = 0; i < pts.Count; i++)
        {
            var (x0, y0) = pts[i];
            var (x1, y1) = pts[(i + 1) % pts.Count];
            double cross = x0 * y1 - x1 * y0;
            a += cross; cx += (x0 + x1) * cross; cy += (y0 + y1) * cross;
        }
        if (Math.Abs(a) < 1e-12) return (0, pts.Average(p => p.X), pts.Average(p => p.Y));
        a /= 2;
        return (a, cx / (6 * a), cy / (6 * a));
    }
}
