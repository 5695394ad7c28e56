using System.Diagnostics;
using Entente.Corpus.Tests.Store;
using Npgsql;

namespace Entente.Cli.Tests.Commands;

/// <summary>Scale-out with real processes: <c>ingest --enqueue</c> into PostgreSQL, then two <c>entente worker</c> processes at once; a worker stopped with SIGTERM.</summary>
public sealed class WorkerCommandTests : IDisposable
{
    private readonly TempFolder _tmp = new();

    public void Dispose() => _tmp.Dispose();

    [PostgresFact]
    public async Task Worker_TwoProcessesStoreSameEventsAsSqliteIngest_EachDocumentOnce()
    {
        using var db = new PostgresTestDatabase();
        var corpus = CorpusWriter.Write(_tmp.File("corpus"), 300);

        var enqueue = EntenteProcess.Run(_tmp.Path, "ingest", corpus, "--db", db.ConnectionString, "--enqueue", "--quiet");
        Assert.True(enqueue.Code == 0, enqueue.Err);

        // two worker processes at once, small batches so that they interleave
        var workers = Enumerable.Range(0, 2).Select(_ =>
        {
            var p = Process.Start(EntenteProcess.StartInfo(_tmp.Path, ["worker", "--db", db.ConnectionString, "--batch", "2", "--idle-exit", "--quiet"]))!;
            p.StandardInput.Close();
            return (Process: p, Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync());
        }).ToList();
        foreach (var (p, _, err) in workers)
        {
            Assert.True(p.WaitForExit(300_000), "a worker did not finish within five minutes");
            Assert.True(p.ExitCode == 0, await err);
            p.Dispose();
        }

        using (var c = new NpgsqlConnection(db.ConnectionString))
        {
            c.Open();
            using var cmd = new NpgsqlCommand("SELECT COUNT(*), COUNT(*) FILTER (WHERE state = 'done' AND attempts = 1), COUNT(DISTINCT worker) FROM jobs", c);
            using var r = cmd.ExecuteReader();
            Assert.True(r.Read());
            Assert.Equal(300L, r.GetInt64(0));
            Assert.Equal(300L, r.GetInt64(1)); // every document processed exactly once
            Assert.Equal(2L, r.GetInt64(2)); // and both workers took part
        }

        var sqlite = EntenteProcess.Run(_tmp.Path, "ingest", corpus, "--db", _tmp.File("one.db"), "--quiet");
        Assert.True(sqlite.Code == 0, sqlite.Err);
        var fromPg = EntenteProcess.Run(_tmp.Path, "events", "--db", db.ConnectionString, "--format", "jsonl");
        var fromSqlite = EntenteProcess.Run(_tmp.Path, "events", "--db", _tmp.File("one.db"), "--format", "jsonl");
        Assert.Equal(0, fromPg.Code);
        Assert.True(fromSqlite.Out.Split('\n').Length > 20, fromSqlite.Out);
        Assert.Equal(fromSqlite.Out, fromPg.Out);
    }

    private static long Scalar(string connectionString, string sql)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    /// <summary>SIGTERM: the worker stores the batch it holds and exits 0; no job is failed or charged an attempt it did not
    /// make, and another worker finishes the queue.</summary>
    [PostgresFact]
    public async Task Worker_StoresItsBatchAndExitsZero_WhenItReceivesSigterm()
    {
        using var db = new PostgresTestDatabase();
        var corpus = CorpusWriter.Write(_tmp.File("corpus"), 120);
        Assert.Equal(0, EntenteProcess.Run(_tmp.Path, "ingest", corpus, "--db", db.ConnectionString, "--enqueue", "--quiet").Code);

        using var worker = Process.Start(EntenteProcess.StartInfo(_tmp.Path, ["worker", "--db", db.ConnectionString, "--batch", "4", "--parallel", "1"]))!;
        worker.StandardInput.Close();
        var err = worker.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (Scalar(db.ConnectionString, "SELECT COUNT(*) FROM jobs WHERE state = 'done'") == 0 && clock.Elapsed < TimeSpan.FromMinutes(2) && !worker.HasExited)
            await Task.Delay(100);
        Assert.False(worker.HasExited, "the worker ended before it was stopped");
        using (var kill = Process.Start("kill", ["-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();

        Assert.True(worker.WaitForExit(120_000), "the worker did not stop within two minutes of SIGTERM");
        Assert.True(worker.ExitCode == 0, $"exit {worker.ExitCode}: {await err}");
        Assert.Contains("SIGTERM received: stopping after the current batch", await err);
        Assert.Equal(0L, Scalar(db.ConnectionString, "SELECT COUNT(*) FROM jobs WHERE state = 'failed' OR (state = 'pending' AND attempts > 0)"));

        var rest = EntenteProcess.Run(_tmp.Path, "worker", "--db", db.ConnectionString, "--idle-exit", "--quiet");
        Assert.True(rest.Code == 0, rest.Err);
        Assert.Equal(120L, Scalar(db.ConnectionString, "SELECT COUNT(*) FROM jobs WHERE state = 'done' AND attempts = 1"));
    }
}
