using Entente.Analysis.Maps;

namespace Entente.Analysis.Tests.Maps;

public sealed class MapAggregatorTests
{
    [Fact]
    public void MapAggregator_Turns100000Events_IntoAtMostMaxPoints_KeepingEveryCount()
    {
        var random = new Random(15);
        var events = Enumerable.Range(0, 100_000).Select(i => new MapEvent(random.NextDouble() * 170 - 85, random.NextDouble() * 360 - 180, $"place {i % 5000}", 1 + i % 4)).ToList();
        var clusters = new MapAggregator(cellDegrees: 0.25, maxPoints: 2000).Aggregate(events);
        Assert.InRange(clusters.Count, 100, 2000);
        Assert.Equal(100_000, clusters.Sum(c => c.Point.Count));
        for (int q = 1; q <= 4; q++) Assert.Equal(25_000, clusters.Sum(c => c.Point.Quad[q]));
        Assert.All(clusters, c => Assert.True(c.Box.Contains(c.Point.Lat, c.Point.Lon), $"{c.Key}: the point stands among its events"));
    }

    [Fact]
    public void MapAggregator_GroupsByPlaceId_ElseByCell()
    {
        var events = new[]
        {
            new MapEvent(50.00, 36.23, "Kharkiv", 4, "g706483"),
            new MapEvent(50.01, 36.25, "Kharkiv", 4, "g706483"),
            new MapEvent(49.90, 36.10, "Kharkiv Oblast", 3, "admin1:UA.07"),
            new MapEvent(48.86, 2.35, "Paris", 1),
            new MapEvent(48.87, 2.34, "Paris", 2),
        };
        var clusters = new MapAggregator(cellDegrees: 0.25).Aggregate(events, c => c.PlaceId is { } id ? "/events?place=" + id : null);
        Assert.Equal(3, clusters.Count);
        var kharkiv = clusters.Single(c => c.Point.Name == "Kharkiv");
        Assert.Equal("Kharkiv", kharkiv.Point.Name);
        Assert.Equal(2, kharkiv.Point.Count);
        Assert.Equal(2, kharkiv.Point.Quad.MaterialConflict);
        Assert.Equal("g706483", kharkiv.PlaceId);
        Assert.Equal("/events?place=g706483", kharkiv.Point.Href);
        var paris = clusters.Single(c => c.Point.Name == "Paris");
        Assert.Equal(2, paris.Point.Count);
        Assert.Null(paris.PlaceId);
        Assert.Null(paris.Point.Href);
        Assert.Equal(new GeoBox(48.86, 2.34, 48.87, 2.35), paris.Box);
    }

    [Fact]
    public void MapAggregator_NamesAMergedPoint_ByItsMostFrequentPlace()
    {
        var events = new[]
        {
            new MapEvent(10.0, 10.0, "Alpha", 4), new MapEvent(10.0, 10.0, "Alpha", 4), new MapEvent(10.1, 10.1, "Beta", 1), new MapEvent(10.2, 10.2, "Gamma", 1),
        };
        var c = Assert.Single(new MapAggregator(cellDegrees: 1).Aggregate(events));
        Assert.Equal("Alpha and 2 other places", c.Point.Name);
        Assert.Equal((10.0, 10.0), (c.Point.Lat, c.Point.Lon));
        Assert.Equal(3, c.Places);
    }

    [Fact]
    public void MapAggregator_DoesNotDependOnTheOrderOfEvents()
    {
        var random = new Random(7);
        var events = Enumerable.Range(0, 3000).Select(i => new MapEvent(random.Next(-60, 60) + random.NextDouble(), random.Next(-150, 150) + random.NextDouble(), $"p{i % 40}", 1 + i % 4, i % 3 == 0 ? $"id{i % 50}" : null)).ToList();
        var a = new MapAggregator(0.5, 200).Aggregate(events);
        var b = new MapAggregator(0.5, 200).Aggregate(Enumerable.Reverse(events));
        Assert.Equal(a.Select(c => c.Point), b.Select(c => c.Point));
        Assert.True(a.Count <= 200);
    }

    [Fact]
    public void MapAggregator_LeavesOut_PositionsThatAreNotOnEarth()
    {
        var events = new[] { new MapEvent(double.NaN, 0, "x", 1), new MapEvent(91, 0, "x", 1), new MapEvent(0, -181, "x", 1), new MapEvent(1, 1, "ok", 1) };
        Assert.Equal("ok", Assert.Single(new MapAggregator().Aggregate(events)).Point.Name);
    }

    [Fact]
    public void MapAggregator_AddsPreCountedEvents_ByTheirCount()
    {
        // a store may count events by place and QuadClass in its query and pass one row a count
        var rows = new[] { new MapEvent(5, 5, "Port", 3, "p1", Count: 5), new MapEvent(5, 5, "Port", 4, "p1", Count: 2), new MapEvent(5, 5, "Port", 1, "p1", Count: 0) };
        var point = Assert.Single(new MapAggregator().Aggregate(rows)).Point;
        Assert.Equal(7, point.Count);
        Assert.Equal(new QuadCounts(0, 0, 5, 2), point.Quad);
    }
}
