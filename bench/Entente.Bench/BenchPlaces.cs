using System.Globalization;
using Entente.Core.Knowledge;

namespace Entente.Bench;

/// <summary>
/// Plausible places for the synthetic events of <c>query</c>, <c>serve-load</c> and <c>map</c>, from the gazetteer
/// (data/places/places.tsv): an event happens in its target's state (60 %) or its source's, at one of that state's 30
/// largest cities (weighted by population) or, one time in five, at the state's centre point (precision country); one
/// event in eight has no place. About 5,000 distinct points over 190 states.
/// </summary>
internal sealed class BenchPlaces
{
    /// <summary>The events table's location columns, in the order of <see cref="Values"/>.</summary>
    public const string Columns = "location_name, location_kind, location_country, location_admin1, location_lat, location_lon, location_basis, " +
                                  "location_start, location_end, location_geonames, location_adm1";

    private sealed record Spot(string Name, string Kind, string Country, string? Admin1, double Lat, double Lon, string? GeoNamesId);

    private readonly Dictionary<string, (Spot[] Cities, double[] Cumulative, Spot? Centre)> _byState;
    private static readonly string[] Bases = ["clause", "clause", "sentence", "dateline"];

    private BenchPlaces(Dictionary<string, (Spot[], double[], Spot?)> byState) => _byState = byState;

    public static BenchPlaces Load(string dataDir, IEnumerable<string> states)
    {
        var wanted = states.ToHashSet(StringComparer.Ordinal);
        var table = DataTable.Load(Path.Combine(dataDir, "places", "places.tsv"), "places", "name", "country", "kind", "population", "lat", "lon");
        var cities = new Dictionary<string, List<(Spot Spot, long Population)>>(StringComparer.Ordinal);
        var centres = new Dictionary<string, Spot>(StringComparer.Ordinal);
        foreach (var r in table.Rows)
        {
            var country = r["country"];
            if (!wanted.Contains(country) || r.Optional("lat") is not { } lat || r.Optional("lon") is not { } lon) continue;
            double Num(string v) => double.Parse(v, CultureInfo.InvariantCulture);
            var kind = r["kind"];
            if (kind == "country") centres[country] = new Spot(r["name"], "country", country, null, Num(lat), Num(lon), null);
            else if (kind == "city")
                (cities.TryGetValue(country, out var list) ? list : cities[country] = [])
                    .Add((new Spot(r["name"], "city", country, r.Optional("admin1"), Num(lat), Num(lon), r.Optional("geonames")), long.Parse(r["population"], CultureInfo.InvariantCulture)));
        }
        var byState = new Dictionary<string, (Spot[], double[], Spot?)>(StringComparer.Ordinal);
        foreach (var code in wanted)
        {
            var top = (cities.GetValueOrDefault(code) ?? []).OrderByDescending(c => c.Population).ThenBy(c => c.Spot.Name, StringComparer.Ordinal).Take(30).ToArray();
            double sum = top.Sum(c => (double)c.Population), acc = 0;
            var cumulative = top.Select(c => acc += c.Population / sum).ToArray();
            if (cumulative.Length > 0) cumulative[^1] = 1;
            byState[code] = ([.. top.Select(c => c.Spot)], cumulative, centres.GetValueOrDefault(code));
        }
        return new BenchPlaces(byState);
    }

    /// <summary>The location column values of an event between <paramref name="source"/> and <paramref name="target"/> (all null: no place).</summary>
    public object?[] Values(Random rng, string source, string target)
    {
        var none = new object?[11];
        if (rng.Next(8) == 0) return none;
        var state = rng.Next(10) < 6 ? target : source;
        if (!_byState.TryGetValue(state, out var p)) return none;
        Spot? spot;
        if (p.Cities.Length == 0 || rng.Next(5) == 0) spot = p.Centre;
        else
        {
            int i = Array.BinarySearch(p.Cumulative, rng.NextDouble());
            spot = p.Cities[Math.Min(i < 0 ? ~i : i, p.Cities.Length - 1)];
        }
        if (spot is null) return none;
        return [spot.Name, spot.Kind, spot.Country, spot.Admin1, spot.Lat, spot.Lon, Bases[rng.Next(Bases.Length)], null, null, spot.GeoNamesId, null];
    }
}
