using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Store;

/// <summary>Event locations through the store (schema 6) on both engines, and the location filters (country, box).</summary>
public sealed class LocationStoreTests
{
    private static readonly Entente.Core.Reading.ReadResult[] Docs =
    [
        TestKit.Doc("a.md", "Russian missiles struck Kharkiv on March 3, 2024.", "Reuters", "2024-03-05"),
        TestKit.Doc("b.md", "Iranian gunboats seized a British tanker in the Strait of Hormuz on March 4, 2024.", "Reuters", "2024-03-05"),
    ];

    private static void AssertLocations(IEventStore store)
    {
        var all = store.Events(new EventFilter());
        var kharkiv = Assert.Single(all, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        var l = Assert.IsType<Entente.Core.Events.EventLocation>(kharkiv.Location);
        Assert.Equal(("Kharkiv", "city", "UKR", "clause", "706483", "UA.07"), (l.Name, l.Kind, l.Country, l.Basis, l.GeoNamesId, l.Admin1Code));
        Assert.InRange(l.Lat!.Value, 49.9, 50.1);
        var m = Assert.Single(store.Event(kharkiv.Id)!.Mentions);
        Assert.Equal("Kharkiv", m.Mention.Location?.Name);
        // --in UKR, and a box around eastern Ukraine: the strike only; the sea has no country
        Assert.Equal([kharkiv.Id], store.Events(new EventFilter(Country: "UKR")).Select(e => e.Id));
        Assert.Equal([kharkiv.Id], store.Events(new EventFilter(Box: new GeoBox(30, 44, 41, 53))).Select(e => e.Id));
        Assert.Contains(all, e => e.Location is { Kind: "sea", Country: null, Name: "Strait of Hormuz" });
        Assert.Empty(store.Events(new EventFilter(Country: "FRA")));
    }

    [Fact]
    public void SqliteStore_KeepsLocationsAndFiltersByThem_WhenEventsAreLocated()
    {
        using var tmp = new TempDir();
        TestKit.IngestInto(tmp.File("s.db"), Docs);
        using var store = TestKit.OpenSqlite(tmp.File("s.db"));
        AssertLocations(store);
    }

    [PostgresFact]
    public void PostgresStore_KeepsLocationsAndFiltersByThem_WhenEventsAreLocated()
    {
        using var db = new PostgresTestDatabase();
        PostgresEventStoreTests.IngestInto(db, Docs);
        using var store = PostgresEventStoreTests.Open(db);
        AssertLocations(store);
    }

    [Fact]
    public void GeoBox_HoldsThePointsWithinTheRadius_AroundAPlace()
    {
        var box = GeoBox.Around(49.98, 36.25, 50);
        Assert.InRange(box.MaxLat - box.MinLat, 0.85, 0.95);
        Assert.InRange(GeoBox.DistanceKm(49.98, 36.25, 50.45, 30.52), 400, 420); // Kharkiv to Kyiv
        Assert.Null(GeoBox.Parse("41,44,30,53", out var error));
        Assert.Contains("minimum", error);
    }

    [Theory]
    [InlineData(-18.14, 178.44, -16.5, -179.9)] // Suva, Fiji: Labasa's neighbour across the antimeridian, ~250 km
    [InlineData(64.73, -177.51, 65.0, 179.0)] // Anadyr's hinterland from the west of Chukotka
    public void GeoBox_HoldsThePointsAcrossTheAntimeridian_WithinTheRadius(double lat, double lon, double otherLat, double otherLon)
    {
        double km = GeoBox.DistanceKm(lat, lon, otherLat, otherLon);
        Assert.InRange(km, 50, 300);
        var box = GeoBox.Around(lat, lon, 300);
        Assert.True(otherLon >= box.MinLon && otherLon <= box.MaxLon && otherLat >= box.MinLat && otherLat <= box.MaxLat,
            $"{otherLat},{otherLon} ({km:0} km away) is outside {box}");
        Assert.True(box.MinLon <= box.MaxLon);
        var near = GeoBox.Around(49.98, 36.25, 300);
        Assert.True(near.MaxLon - near.MinLon < 10, "a circle far from the antimeridian keeps its narrow box");
    }
}
