using System.Diagnostics;
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

    /// <summary>Exit 2, nothing on standard output, one error line naming the cause with a hint to run the command again.</summary>
    private static void AssertFullDiskError(int code, string stdout, string stderr)
    {
        Assert.True(code == 2, $"exit {code}: {stderr}");
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("entente: error: ", line);
        Assert.Contains("database or disk is full", line);
        Assert.Contains("hint:", line);
        Assert.Contains("run the same command again", line);
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

        AssertFullDiskError(code, stdout, stderr);

        Sql(db, "DROP TRIGGER full_disk;");
        var (again, _, err) = EntenteProcess.Run(_dir.Path, "ingest", _dir.File("more"), "--db", db, "--no-language-check");
        Assert.Equal(0, again);
        Assert.Contains("stored 9, unchanged 2,", err);
    }

    /// <summary>
    /// A real full disk: the store on a 1 MB tmpfs mounted in a user and mount namespace of its own (no root needed), so
    /// SQLite's writes fail with ENOSPC part-way through the ingest. The store is copied out before the namespace ends.
    /// </summary>
    [FullDiskFact]
    public void Ingest_ExitsTwoWithOneLineAndHint_WhenTheDiskIsReallyFull()
    {
        var corpus = CorpusWriter.Write(_dir.File("corpus"), 400);
        var small = Directory.CreateDirectory(_dir.File("small")).FullName;
        var saved = Directory.CreateDirectory(_dir.File("saved")).FullName;
        var entente = Path.Combine(AppContext.BaseDirectory, "entente.dll");
        var script = $"mount -t tmpfs -o size=1m none '{small}' || exit 99; " +
                     $"dotnet '{entente}' ingest '{corpus}' --db '{small}/store.db' --batch 10 --no-language-check -q; code=$?; " +
                     $"cp '{small}'/store.db* '{saved}/'; exit $code";
        var (code, stdout, stderr) = FullDisk.Run(_dir.Path, script);

        AssertFullDiskError(code, stdout, stderr);

        // the batches committed before the disk filled are kept, whole, and the same command continues on a disk with room
        var db = Path.Combine(saved, "store.db");
        long kept = StoreDump.DocumentCount(db);
        Assert.InRange(kept, 10, 390);
        Assert.Equal(0, kept % 10);
        var (again, _, err) = EntenteProcess.Run(_dir.Path, "ingest", corpus, "--db", db, "--batch", "10", "--no-language-check");
        Assert.True(again == 0, err);
        Assert.Contains($"stored {400 - kept}, unchanged {kept},", err);
    }
}

/// <summary>Runs a shell script as root of a user and mount namespace of its own (<c>unshare -rm</c>), where it may mount a small tmpfs.</summary>
internal static class FullDisk
{
    public static (int Code, string Out, string Err) Run(string workingDirectory, string script)
    {
        var psi = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        psi.Environment.Remove("ENTENTE_DB");
        foreach (var a in new[] { "--user", "--map-root-user", "--mount", "sh", "-c", script }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(180_000), "the script did not finish within three minutes");
        return (p.ExitCode, output.Result, error.Result);
    }

    /// <summary>Whether this machine lets an unprivileged process mount a tmpfs in a namespace of its own.</summary>
    public static bool Available { get; } = Probe();

    private static bool Probe()
    {
        var dir = Directory.CreateTempSubdirectory("entente-fulldisk-").FullName;
        try
        {
            return Run(dir, $"mount -t tmpfs -o size=64k none '{dir}' && touch '{dir}/probe'").Code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no unshare program
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}

/// <summary>A test that needs a real full disk (a tmpfs in a namespace of its own); skipped where the platform does not allow it.</summary>
public sealed class FullDiskFactAttribute : FactAttribute
{
    public FullDiskFactAttribute()
    {
        if (!FullDisk.Available)
            Skip = "this machine does not let an unprivileged process mount a tmpfs in its own namespace (unshare --user --mount); the store failure is covered by a trigger instead";
    }
}
