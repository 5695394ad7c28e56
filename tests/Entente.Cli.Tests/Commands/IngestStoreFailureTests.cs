using Microsoft.Data.Sqlite;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente ingest</c> on a store whose writes start failing part-way: one line with a hint, exit 2, no hang,
/// the batches committed before kept, and the same command continues once the cause is gone.</summary>
public sealed class IngestStoreFailureTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() { SqliteConnection.ClearAllPools(); _dir.Dispose(); }

    private static string Article(int i) => $"---\npublished: 2024-03-{i:00}\noutlet: Reuters\n---\nIran shipped {i * 10} drones to Russia on {i} March 2024.\n";

    private void Sql(string db, string sql)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void Ingest_ExitsTwoWithOneLineAndHint_WhenTheStoreFailsPartWay()
    {
        var db = _dir.File("store.db");
        _dir.Write("first/a.md", Article(1));
        Assert.Equal(0, EntenteProcess.Run(_dir.Path, "ingest", _dir.File("first"), "--db", db, "--no-language-check", "-q").Code);
        // from the fourth document on, every insert fails as a full disk would
        Sql(db, "CREATE TRIGGER full_disk BEFORE INSERT ON documents WHEN (SELECT count(*) FROM documents) >= 3 BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;");
        for (int i = 2; i <= 12; i++) _dir.Write($"more/{i:00}.md", Article(i));

        var (code, stdout, stderr) = EntenteProcess.Run(_dir.Path, "ingest", _dir.File("more"), "--db", db, "--no-language-check", "--batch", "1", "--parallel", "1", "-q");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("entente: error: ", line);
        Assert.Contains("database or disk is full", line);
        Assert.Contains("hint:", line);
        Assert.Contains("run the same command again", line);

        Sql(db, "DROP TRIGGER full_disk;");
        var (again, _, err) = EntenteProcess.Run(_dir.Path, "ingest", _dir.File("more"), "--db", db, "--no-language-check");
        Assert.Equal(0, again);
        Assert.Contains("stored 9, unchanged 2,", err);
    }
}
