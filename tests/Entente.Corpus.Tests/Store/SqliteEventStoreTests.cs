using Entente.Corpus.Store;
using Microsoft.Data.Sqlite;

namespace Entente.Corpus.Tests.Store;

public sealed class SqliteEventStoreTests
{
    [Fact]
    public void SqliteStore_RefusesDatabase_WhenSchemaIsNewer()
    {
        using var tmp = new TempDir();
        var path = tmp.File("s.db");
        using (TestKit.OpenSqlite(path)) { }
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE schema_info SET value = '99' WHERE name = 'version'";
            Assert.Equal(1, cmd.ExecuteNonQuery());
        }
        var ex = Assert.Throws<StoreException>(() => TestKit.OpenSqlite(path));
        Assert.Contains("schema version 99", ex.Message);
        Assert.Contains("newer Entente", ex.Message);
        Assert.Contains("upgrade entente", ex.Hint);
    }

    [Fact]
    public void SqliteStore_UpgradesOlderSchema_WhenOpened()
    {
        using var tmp = new TempDir();
        var path = tmp.File("s.db");
        TestKit.IngestInto(path, [TestKit.Doc("a.md", "Iran delivered Shahed-136 drones to Russia on March 3, 2024.", "Reuters", "2024-03-05")]);
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            // back to what version 1 wrote: no job_attempts table (version 2), no full-text table (version 3), no quantity words or date basis (version 4)
            cmd.CommandText = TestKit.UndoVersion8 + TestKit.UndoVersion7 + TestKit.UndoVersion6 + TestKit.UndoVersion5 + "DROP TABLE job_attempts; DROP TRIGGER mentions_fts_insert; DROP TRIGGER mentions_fts_delete; DROP TRIGGER mentions_fts_update; " +
                              "DROP TABLE mentions_fts; " + TestKit.UndoVersion4 + "UPDATE schema_info SET value = '1' WHERE name = 'version'";
            cmd.ExecuteNonQuery();
        }
        using (var store = TestKit.OpenSqlite(path))
            Assert.Equal(1, store.Stats().Events); // the data survived the upgrade
        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using var q = check.CreateCommand();
        // version 5 replaced the claims log (job_attempts) by leases on the job rows
        q.CommandText = "SELECT (SELECT value FROM schema_info WHERE name = 'version'), (SELECT COUNT(*) FROM sqlite_master WHERE name = 'job_attempts'), " +
                        "(SELECT COUNT(*) FROM pragma_table_info('jobs') WHERE name IN ('lease', 'lease_until', 'begun', 'interruptions'))";
        using var r = q.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(Schema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), r.GetString(0));
        Assert.Equal(0, r.GetInt64(1));
        Assert.Equal(4, r.GetInt64(2));
    }

    [Fact]
    public void SqliteStore_KeepsQuantityWordsAndDateBasis_ThroughTheStore()
    {
        using var tmp = new TempDir();
        var path = tmp.File("s.db");
        TestKit.IngestInto(path, [TestKit.Doc("a.md", "Kyiv says Iran has delivered thousands of Shahed drones to Russia.", "Reuters", "2024-03-05")]);
        using var store = TestKit.OpenSqlite(path);
        var e = Assert.Single(store.Events(new EventFilter()));
        Assert.Equal(2000, e.Quantity);
        Assert.True(e.QuantityApproximate);
        Assert.Equal("thousands of", e.QuantityText);
        Assert.Equal("Shahed", e.QuantityOf);
        Assert.False(e.QuantityMoney);
        Assert.Equal("publication", e.DateBasis);
        var m = Assert.Single(store.Event(e.Id)!.Mentions);
        Assert.Equal("thousands of", m.Mention.QuantityText);
        Assert.Equal("Shahed", m.Mention.QuantityOf);
    }

    [Fact]
    public void SqliteStore_ClearsFailuresAndQueuesNothing_WhenFailuresRetried()
    {
        using var tmp = new TempDir();
        using var store = TestKit.OpenSqlite(tmp.File("s.db"));
        store.Write(new IngestBatch([], [new Entente.Core.Reading.ReadError("a.txt", null, "binary file", "give a text file"), new Entente.Core.Reading.ReadError("b.jsonl", 3, "invalid JSON at column 1", "fix the line")]));
        Assert.Equal(2, store.Failures().Count);
        Assert.Equal(new RetryResult(Requeued: 0, Cleared: 2), store.RetryFailures());
        Assert.Empty(store.Failures());
    }

    [Fact]
    public void SqliteStore_RefusesWorkers_WhenAskedForJobs()
    {
        using var tmp = new TempDir();
        using var store = TestKit.OpenSqlite(tmp.File("s.db"));
        var ex = Assert.Throws<StoreException>(() => store.ProcessJobs("w", 1, _ => new IngestBatch([], [])));
        Assert.Contains("PostgreSQL", ex.Message);
    }
}
