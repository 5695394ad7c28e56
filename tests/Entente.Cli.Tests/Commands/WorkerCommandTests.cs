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
            using var cmd = new NpgsqlCommand("SELECT COUNT(*), COUNT(*) FILTER (WHERE state = 'done' AND attempts = 0), COUNT(DISTINCT worker) FROM jobs", c);
            using var r = cmd.ExecuteReader();
            Assert.True(r.Read());
            Assert.Equal(300L, r.GetInt64(0));
            Assert.Equal(300L, r.GetInt64(1)); // every document processed, none charged a failed attempt
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
        Assert.Equal(0L, Scalar(db.ConnectionString, "SELECT COUNT(*) FROM jobs WHERE state = 'failed' OR attempts > 0 OR interruptions > 0"));

        var rest = EntenteProcess.Run(_tmp.Path, "worker", "--db", db.ConnectionString, "--idle-exit", "--quiet");
        Assert.True(rest.Code == 0, rest.Err);
        Assert.Equal(120L, Scalar(db.ConnectionString, "SELECT COUNT(*) FROM jobs WHERE state = 'done' AND attempts = 0"));
    }

    /// <summary>
    /// Documents marked failed (as the old claim counting did to documents a killed worker never touched) stay failed and
    /// "unchanged" through ingest and workers until <c>entente failures --retry</c> queues them again; the workers then
    /// finish them and the store equals a clean ingest.
    /// </summary>
    [PostgresFact]
    public void FailuresRetry_QueuesFailedDocumentsAgain_AndWorkersFinishThem()
    {
        using var db = new PostgresTestDatabase();
        var corpus = CorpusWriter.Write(_tmp.File("corpus"), 30);
        Assert.Equal(30, InProcessCorpus.Ingest(corpus, db.ConnectionString, enqueue: true).Stored);
        using (var c = new NpgsqlConnection(db.ConnectionString))
        {
            c.Open();
            using var cmd = new NpgsqlCommand(
                "UPDATE jobs SET state = 'failed', error = 'a worker stopped' WHERE document_id IN (SELECT document_id FROM jobs ORDER BY document_id LIMIT 5); " +
                "UPDATE documents SET state = 'failed' WHERE id IN (SELECT document_id FROM jobs WHERE state = 'failed'); " +
                "INSERT INTO failures (path, line, message, hint, at) SELECT d.path, 0, 'a worker stopped', 'none', '2026-01-01' FROM documents d WHERE d.state = 'failed'", c);
            cmd.ExecuteNonQuery();
        }
        var first = EntenteProcess.Run(_tmp.Path, "worker", "--db", db.ConnectionString, "--idle-exit", "--quiet", "--no-language-check");
        Assert.True(first.Code == 0, first.Err);
        Assert.Equal(25L, Scalar(db.ConnectionString, "SELECT COUNT(*) FROM jobs WHERE state = 'done'"));
        Assert.Equal(30, InProcessCorpus.Ingest(corpus, db.ConnectionString, enqueue: true).Unchanged);

        var retry = EntenteProcess.Run(_tmp.Path, "failures", "--retry", "--db", db.ConnectionString);
        Assert.True(retry.Code == 0, retry.Err);
        Assert.Contains("5 failed documents queued again for the workers, 5 failure records cleared", retry.Err);
        var rest = EntenteProcess.Run(_tmp.Path, "worker", "--db", db.ConnectionString, "--idle-exit", "--quiet", "--no-language-check");
        Assert.True(rest.Code == 0, rest.Err);
        Assert.Equal(30L, Scalar(db.ConnectionString, "SELECT COUNT(*) FROM jobs WHERE state = 'done'"));

        InProcessCorpus.Ingest(corpus, _tmp.File("clean.db"));
        Assert.Equal(InProcessCorpus.Snapshot(_tmp.File("clean.db")), InProcessCorpus.Snapshot(db.ConnectionString));
    }
}
