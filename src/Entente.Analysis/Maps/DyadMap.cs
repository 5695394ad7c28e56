using Entente.Corpus.Model;

namespace Entente.Analysis.Maps;

/// <summary>A small map of some events of a dyad: its points (one per place or group of nearby places), how many events
/// have a place, and the options to draw it with.</summary>
public sealed record DyadMapLayout(IReadOnlyList<MapCluster> Clusters, int Located, int Events, MapOptions Options)
{
    public IReadOnlyList<MapPoint> Points => [.. Clusters.Select(c => c.Point)];
}

/// <summary>
/// The small map of a dyad's events (the dashboard's dyad page, the brief): the events' places located by
/// <see cref="EventLocators.Default"/>, grouped by <see cref="MapAggregator"/>, fitted to the two actors' countries when
/// both have an outline (else to the points), without a legend.
/// </summary>
public static class DyadMap
{
    /// <summary>The layout of the map, or null when none of the events has a place.</summary>
    /// <param name="href">The link of a point (the dashboard's events in its box); null: no links (a brief stands alone).</param>
    public static DyadMapLayout? Layout(CountryOutlines outlines, IReadOnlyList<StoredEvent> events, string a, string b,
        Func<MapCluster, string?>? href = null, int width = 480, int height = 300, string idPrefix = "dyadmap", string? title = null)
    {
        var located = new List<MapEvent>();
        foreach (var e in events) if (EventLocators.Default.Locate(e) is { } m) located.Add(m);
        if (located.Count == 0) return null;
        var extent = outlines.Find(a) != null && outlines.Find(b) != null ? MapExtent.OfCountriesAndPoints(a, b) : MapExtent.Points;
        var clusters = new MapAggregator().Aggregate(located, href);
        var options = new MapOptions(width, height, extent, title ?? $"Where the events of {a} and {b} happened", Legend: false, IdPrefix: idPrefix);
        return new DyadMapLayout(clusters, located.Count, events.Count, options);
    }

    /// <summary>The map as SVG (see <see cref="Layout"/>).</summary>
    public static string Svg(CountryOutlines outlines, DyadMapLayout layout) => MapRenderer.Svg(outlines, layout.Points, layout.Options);
}
