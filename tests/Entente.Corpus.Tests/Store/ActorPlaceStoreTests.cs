using Entente.Core.Reading;
using Entente.Corpus.Store;
using Microsoft.Data.Sqlite;

namespace Entente.Corpus.Tests.Store;

/// <summary>Each actor's own place through the store (schema 8) on both engines, and the upgrade of a version 7 store.</summary>
public sealed class ActorPlaceStoreTests
{
    private static readonly ReadResult Arrest =
        TestKit.Doc("a.md", "Police in Lagos arrested twelve opposition activists on March 3, 2024.", "Reuters", "2024-03-05");
    private static readonly ReadResult Accusation =
        TestKit.Doc("b.md", "Tehran accused Washington of sabotage on March 4, 2024.", "Reuters", "2024-03-05");

    private static void AssertPlaces(IEventStore store)
    {
        var all = store.Events(new EventFilter());
        var arrest = Assert.Single(all, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        var police = Assert.IsType<Entente.Core.Events.EventLocation>(arrest.SourcePlace);
        Assert.Equal(("Lagos", "city", "NGA", "phrase"), (police.Name, police.Kind, police.Country, police.Basis));
        Assert.InRange(police.Lat!.Value, 6.3, 6.7);
        Assert.NotNull(police.GeoNamesId);
        Assert.Null(arrest.TargetPlace); // the activists are tied to no place
        var accusation = Assert.Single(all, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal(("city", "IRN", "name"), (accusation.SourcePlace?.Kind, accusation.SourcePlace?.Country, accusation.SourcePlace?.Basis));
        Assert.Equal(("USA", "name"), (accusation.TargetPlace?.Country, accusation.TargetPlace?.Basis));
        var m = Assert.Single(store.Event(arrest.Id)!.Mentions).Mention;
        Assert.Equal(police, m.SourcePlace);
        Assert.Null(m.TargetPlace);
    }

    [Fact]
    public void SqliteStore_KeepsEachActorsPlace_WhenTheTextTiesActorsToPlaces()
    {
        using var tmp = new TempDir();
        TestKit.IngestInto(tmp.File("s.db"), [Arrest, Accusation]);
        using var store = TestKit.OpenSqlite(tmp.File("s.db"));
        AssertPlaces(store);
    }

    [PostgresFact]
    public void PostgresStore_KeepsEachActorsPlace_WhenTheTextTiesActorsToPlaces()
    {
        using var db = new PostgresTestDatabase();
        PostgresEventStoreTests.IngestInto(db, [Arrest, Accusation]);
        using var store = PostgresEventStoreTests.Open(db);
        AssertPlaces(store);
    }

    [Fact]
    public void SqliteStore_UpgradesToVersion8_WhenOpenedAtVersion7()
    {
        using var tmp = new TempDir();
        var path = tmp.File("s.db");
        TestKit.IngestInto(path, [Arrest]);
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = TestKit.UndoVersion8 + "UPDATE schema_info SET value = '7' WHERE name = 'version'";
            cmd.ExecuteNonQuery();
        }
        AssertUpgraded(() => TestKit.OpenSqlite(path), () => TestKit.IngestInto(path, [Accusation]));
    }

    [PostgresFact]
    public void PostgresStore_UpgradesToVersion8_WhenOpenedAtVersion7()
    {
        using var db = new PostgresTestDatabase();
        PostgresEventStoreTests.IngestInto(db, [Arrest]);
        db.Exec(TestKit.UndoVersion8 + "UPDATE schema_info SET value = '7' WHERE name = 'version'");
        AssertUpgraded(() => PostgresEventStoreTests.Open(db), () => PostgresEventStoreTests.IngestInto(db, [Accusation]));
    }

    /// <summary>The stored event survives without places (stored before version 8); a new report stores its actors' places.</summary>
    private static void AssertUpgraded(Func<IEventStore> open, Action ingestMore)
    {
        using (var store = open())
        {
            var old = Assert.Single(store.Events(new EventFilter()));
            Assert.Null(old.SourcePlace);
            Assert.Equal("Lagos", old.Location?.Name);
        }
        ingestMore();
        using var upgraded = open();
        var accusation = Assert.Single(upgraded.Events(new EventFilter()), e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal("IRN", accusation.SourcePlace?.Country);
    }
}
