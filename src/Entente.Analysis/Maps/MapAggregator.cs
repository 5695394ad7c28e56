namespace Entente.Analysis.Maps;

/// <summary>One event to put on a map: where it happened and its QuadClass.</summary>
/// <param name="PlaceId">The gazetteer's id of the place when known: events of one place group together whatever their rounding.</param>
/// <param name="Count">How many events this stands for (a store can count events by place and QuadClass in its query).</param>
public readonly record struct MapEvent(double Lat, double Lon, string Name, int QuadClass, string? PlaceId = null, int Count = 1);

/// <summary>A latitude/longitude box in degrees.</summary>
public readonly record struct GeoBox(double South, double West, double North, double East)
{
    public bool Contains(double lat, double lon) => lat >= South && lat <= North && lon >= West && lon <= East;
}

/// <summary>One point of the map with what it groups: the place id (when one place), the box of its events' positions and how many places.</summary>
public sealed record MapCluster(string Key, MapPoint Point, string? PlaceId, GeoBox Box, int Places);

/// <summary>
/// Groups events into map points so that a map of 100,000 events draws at most <see cref="MaxPoints"/> circles: events
/// group by place id, else by a grid cell of <see cref="CellDegrees"/>; while there are more groups than
/// <see cref="MaxPoints"/>, groups merge into cells twice as large. A point stands where most of its events are
/// (ties: the southern-, then western-most position) and bears the most frequent name ("Kharkiv and 2 other places").
/// The result does not depend on the order of the events.
/// </summary>
public sealed class MapAggregator(double cellDegrees = 0.25, int maxPoints = 2000)
{
    public double CellDegrees { get; } = cellDegrees > 0 ? cellDegrees : throw new ArgumentOutOfRangeException(nameof(cellDegrees), "a cell must be larger than 0°");
    public int MaxPoints { get; } = maxPoints >= 1 ? maxPoints : throw new ArgumentOutOfRangeException(nameof(maxPoints), "at least one point");

    /// <summary>What a group is keyed by: a place id, else a grid cell.</summary>
    private readonly record struct GroupKey(string? Place, double Cell, long LatCell, long LonCell)
    {
        public static GroupKey Of(double lat, double lon, double cell) => new(null, cell, (long)Math.Floor(lat / cell), (long)Math.Floor(lon / cell));

        public override string ToString() => Place is not null ? "place:" + Place : FormattableString.Invariant($"cell:{Cell:0.######}:{LatCell}:{LonCell}");
    }

    private sealed class Group(GroupKey key)
    {
        public GroupKey Id { get; } = key;
        public string Key { get; } = key.ToString();
        public int Count;
        public QuadCounts Quad;
        public double South = 90, West = 180, North = -90, East = -180;
        public readonly Dictionary<(double Lat, double Lon), int> Positions = [];
        public readonly Dictionary<string, int> Names = new(StringComparer.Ordinal);
        public string? PlaceId;
        public bool OnePlace = true;

        public void Add(double lat, double lon, string name, int count, QuadCounts quad)
        {
            Count += count;
            Quad = Quad.Add(quad);
            South = Math.Min(South, lat); North = Math.Max(North, lat); West = Math.Min(West, lon); East = Math.Max(East, lon);
            Positions[(lat, lon)] = Positions.GetValueOrDefault((lat, lon)) + count;
            Names[name] = Names.GetValueOrDefault(name) + count;
        }

        public void Merge(Group other)
        {
            Count += other.Count;
            Quad = Quad.Add(other.Quad);
            South = Math.Min(South, other.South); North = Math.Max(North, other.North); West = Math.Min(West, other.West); East = Math.Max(East, other.East);
            foreach (var (p, n) in other.Positions) Positions[p] = Positions.GetValueOrDefault(p) + n;
            foreach (var (s, n) in other.Names) Names[s] = Names.GetValueOrDefault(s) + n;
            OnePlace = false;
        }
    }

    /// <summary>The points of the events, most events first (then by key); events with a position outside ±90/±180 or not a number are left out.</summary>
    /// <param name="href">The link of a point (e.g. the dashboard's events within <see cref="MapCluster.Box"/> or of <see cref="MapCluster.PlaceId"/>); null: no links.</param>
    public IReadOnlyList<MapCluster> Aggregate(IEnumerable<MapEvent> events, Func<MapCluster, string?>? href = null)
    {
        var groups = new Dictionary<GroupKey, Group>();
        foreach (var e in events)
        {
            if (!double.IsFinite(e.Lat) || !double.IsFinite(e.Lon) || e.Lat is < -90 or > 90 || e.Lon is < -180 or > 180 || e.Count < 1) continue;
            var key = e.PlaceId is { Length: > 0 } id ? new GroupKey(id, 0, 0, 0) : GroupKey.Of(e.Lat, e.Lon, CellDegrees);
            if (!groups.TryGetValue(key, out var g)) groups[key] = g = new Group(key) { PlaceId = key.Place };
            g.Add(e.Lat, e.Lon, e.Name, e.Count, default(QuadCounts).Add(e.QuadClass, e.Count));
        }
        for (double cell = CellDegrees * 2; groups.Count > MaxPoints; cell *= 2)
        {
            var merged = new Dictionary<GroupKey, Group>();
            foreach (var g in groups.Values.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var (lat, lon) = Position(g);
                var key = GroupKey.Of(lat, lon, cell);
                if (merged.TryGetValue(key, out var m)) m.Merge(g);
                else merged[key] = Rekey(g, key);
            }
            groups = merged;
        }
        return [.. groups.Values
            .Select(g => ToCluster(g, href))
            .OrderByDescending(c => c.Point.Count).ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    /// <summary>A group under a coarser key, keeping whether it is one place.</summary>
    private static Group Rekey(Group g, GroupKey key)
    {
        var copy = new Group(key);
        copy.Merge(g);
        copy.OnePlace = g.OnePlace;
        copy.PlaceId = g.PlaceId;
        return copy;
    }

    private static MapCluster ToCluster(Group g, Func<MapCluster, string?>? href)
    {
        var (lat, lon) = Position(g);
        string top = "";
        int most = 0;
        foreach (var (candidate, n) in g.Names)
            if (n > most || (n == most && string.CompareOrdinal(candidate, top) < 0)) { top = candidate; most = n; }
        int others = g.Names.Count - 1;
        var name = others == 0 ? top : $"{top} and {others} other place{(others == 1 ? "" : "s")}";
        var cluster = new MapCluster(g.Key, new MapPoint(lat, lon, name, g.Count, g.Quad), g.OnePlace ? g.PlaceId : null,
            new GeoBox(g.South, g.West, g.North, g.East), g.Names.Count);
        return href?.Invoke(cluster) is { } link ? cluster with { Point = cluster.Point with { Href = link } } : cluster;
    }

    /// <summary>Where most of a group's events are; ties: the southern-, then western-most (one pass, no sort).</summary>
    private static (double Lat, double Lon) Position(Group g)
    {
        (double Lat, double Lon) best = default;
        int most = 0;
        foreach (var (p, n) in g.Positions)
            if (n > most || (n == most && (p.Lat < best.Lat || (p.Lat == best.Lat && p.Lon < best.Lon)))) { best = p; most = n; }
        return best;
    }
}
