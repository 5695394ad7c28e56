using System.Collections.Immutable;
using System.Globalization;
using Entente.Core.Knowledge;

namespace Entente.Analysis.Maps;

/// <summary>One ring of a country's outline: longitude/latitude pairs in degrees, the last point joined to the first.</summary>
/// <param name="Hole">A hole in the polygon before it (a state enclosed by another, a lake), drawn with the even-odd rule.</param>
public sealed record OutlineRing(ImmutableArray<(double Lon, double Lat)> Points, bool Hole);

/// <summary>A country's outline: its polygons' rings, in file order.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 as in actors/states.tsv where the country is a state there, else Natural Earth's own code (GRL, ESH, ATA, …).</param>
public sealed record CountryOutline(string Code, string Name, ImmutableArray<ImmutableArray<OutlineRing>> Polygons);

/// <summary>
/// The world's country outlines for drawing maps, loaded from a <c>country-outlines</c> file (data/maps/countries-110m.tsv,
/// made by <c>entente dictionary import-naturalearth</c>): one row a ring, with the country's code and name, the polygon's
/// number within the country, whether the ring is the outer edge or a hole, and its points as <c>lon,lat</c> pairs
/// separated by spaces. Every error names file:line.
/// </summary>
public sealed class CountryOutlines
{
    public const string Kind = "country-outlines";
    /// <summary>The shipped outlines, under the data folder.</summary>
    public const string DefaultFile = "maps/countries-110m.tsv";
    public static readonly string[] Columns = ["code", "name", "polygon", "ring", "points"];

    public ImmutableArray<CountryOutline> Countries { get; }
    private readonly ImmutableDictionary<string, CountryOutline> _byCode;

    public CountryOutlines(IEnumerable<CountryOutline> countries)
    {
        Countries = [.. countries];
        _byCode = Countries.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
            .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The outline of a country by its code (case-insensitive), or null.</summary>
    public CountryOutline? Find(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>The shipped outlines of <paramref name="dataDirectory"/> (see <see cref="DefaultFile"/>).</summary>
    public static CountryOutlines LoadFrom(string dataDirectory)
        => Load(Path.Combine(dataDirectory, DefaultFile), "data/" + DefaultFile);

    /// <summary>The shipped outlines of <paramref name="dataDirectory"/>, or why they cannot be read (the error with its file, line
    /// and hint) when the file is missing, unreadable or wrong.</summary>
    public static (CountryOutlines? Outlines, string? Problem) TryLoadFrom(string dataDirectory)
    {
        try { return (LoadFrom(dataDirectory), null); }
        catch (Exception ex) when (ex is DataFileException or IOException or UnauthorizedAccessException) { return (null, ex.Message); }
    }

    /// <summary>Loads a <c>country-outlines</c> file; <paramref name="displayPath"/> names it in errors.</summary>
    /// <exception cref="DataFileException">The file is missing, of another kind, or a row is wrong (file:line).</exception>
    public static CountryOutlines Load(string path, string? displayPath = null)
    {
        var table = DataTable.LoadAs(path, displayPath ?? path, Kind, Columns);
        var countries = new List<(string Code, string Name, SortedDictionary<int, List<OutlineRing>> Polygons)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = row.Required("code");
            var name = row.Required("name");
            int polygon = row.RequiredInt("polygon");
            if (polygon < 1) throw row.Error($"polygon number {polygon} is not 1 or more", "number a country's polygons 1, 2, 3, …");
            var ring = row.Required("ring");
            if (ring is not ("outer" or "hole")) throw row.Error($"ring '{ring}' is neither 'outer' nor 'hole'", "write outer for a polygon's edge, hole for a hole in it");
            var points = ParsePoints(row);
            if (!index.TryGetValue(code, out var i))
            {
                index[code] = i = countries.Count;
                countries.Add((code, name, new SortedDictionary<int, List<OutlineRing>>()));
            }
            var rings = countries[i].Polygons.TryGetValue(polygon, out var list) ? list : countries[i].Polygons[polygon] = [];
            if (ring == "hole" && rings.Count == 0)
                throw row.Error($"a hole of polygon {polygon} comes before its outer ring", "write the outer ring's row first");
            if (ring == "outer" && rings.Count > 0)
                throw row.Error($"polygon {polygon} of {code} has a second outer ring", "give each outer ring its own polygon number");
            rings.Add(new OutlineRing(points, ring == "hole"));
        }
        return new CountryOutlines(countries.Select(c => new CountryOutline(c.Code, c.Name,
            [.. c.Polygons.Values.Select(r => r.ToImmutableArray())])));
    }

    private static ImmutableArray<(double Lon, double Lat)> ParsePoints(DataRow row)
    {
        var cell = row.Required("points");
        var pairs = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var points = ImmutableArray.CreateBuilder<(double, double)>(pairs.Length);
        foreach (var pair in pairs)
        {
            int comma = pair.IndexOf(',');
            if (comma <= 0
                || !double.TryParse(pair.AsSpan(0, comma), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || !double.TryParse(pair.AsSpan(comma + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
                throw row.Error($"point '{pair}' is not 'lon,lat'", "write each point as two decimal numbers with a dot, joined by a comma, points separated by spaces");
            if (lon is < -180 or > 180 || lat is < -90 or > 90)
                throw row.Error($"point '{pair}' is outside longitude ±180 / latitude ±90", "write longitude first, then latitude");
            points.Add((lon, lat));
        }
        if (points.Count < 3) throw row.Error($"a ring needs 3 points or more, found {points.Count}", "leave out rings that collapse to a line or a point");
        return points.MoveToImmutable();
    }
}
