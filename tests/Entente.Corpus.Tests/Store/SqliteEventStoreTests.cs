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
    public void SqliteStore_RefusesWorkers_WhenAskedForJobs()
    {
        using var tmp = new TempDir();
        using var store = TestKit.OpenSqlite(tmp.File("s.db"));
        var ex = Assert.Throws<StoreException>(() => store.ProcessJobs("w", 1, _ => new IngestBatch([], [])));
        Assert.Contains("PostgreSQL", ex.Message);
    }
}
