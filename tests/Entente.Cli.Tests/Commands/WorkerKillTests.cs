using System.Diagnostics;
using System.Globalization;
using Entente.Corpus.Tests.Store;
using Npgsql;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// Worker processes on PostgreSQL killed with SIGKILL at random moments (claiming, analysing, storing) and started
/// again: the store they end with equals a clean SQLite ingest of the same corpus, every job done once, none failed and
/// none charged an attempt.
/// </summary>
public sealed class WorkerKillTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int Documents = 90;
    private const int Kills = 4;

    private readonly TempFolder _tmp = new();

    public void Dispose() => _tmp.Dispose();

    private static long Scalar(string connectionString, string sql)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private Process StartWorker(string db)
    {
        // a short lease, so that a killed worker's jobs come back within three seconds; small batches, so that kills land in
        // every phase of a claim (claiming, analysing, storing)
        var p = Process.Start(EntenteProcess.StartInfo(_tmp.Path,
            ["worker", "--db", db, "--batch", "3", "--parallel", "1", "--lease", "3", "--quiet", "--no-language-check"]))!;
        p.StandardInput.Close();
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    /// <summary>Whether the worker process holds a lease now (worker names are host:pid).</summary>
    private static bool HoldsLease(string db, Process worker)
        => Scalar(db, $"SELECT COUNT(*) FROM jobs WHERE state = 'leased' AND worker LIKE '%:{worker.Id.ToString(CultureInfo.InvariantCulture)}'") > 0;

    [PostgresFact]
    public void Workers_EndWithTheStoreOfACleanRun_WhenKilledAtRandomMoments()
    {
        using var db = new PostgresTestDatabase();
        var corpus = CorpusWriter.Write(_tmp.File("corpus"), Documents);
        Assert.Equal(Documents, InProcessCorpus.Ingest(corpus, db.ConnectionString, enqueue: true).Stored);

        var random = new Random(20261206);
        var clock = Stopwatch.StartNew();
        int kills = 0;
        var workers = new List<Process> { StartWorker(db.ConnectionString), StartWorker(db.ConnectionString) };
        try
        {
            // two workers at all times; whichever holds a claim first is killed a random moment later (SIGKILL: no handler
            // runs, nothing is handed back) and replaced
            while (kills < Kills && clock.Elapsed < TimeSpan.FromSeconds(90))
            {
                var victim = workers.FirstOrDefault(w => HoldsLease(db.ConnectionString, w));
                if (victim is null)
                {
                    Assert.All(workers, w => Assert.False(w.HasExited, $"a worker ended by itself (exit {(w.HasExited ? w.ExitCode : 0)})"));
                    Thread.Sleep(20);
                    continue;
                }
                Thread.Sleep(random.Next(0, 300));
                victim.Kill();
                Assert.True(victim.WaitForExit(10_000));
                victim.Dispose();
                workers.Remove(victim);
                kills++;
                output.WriteLine($"kill {kills} at {clock.Elapsed.TotalSeconds:0.0} s");
                workers.Add(StartWorker(db.ConnectionString));
            }
            Assert.Equal(Kills, kills);
            // the rest, with the jobs the killed workers held once their leases expire
            while (Scalar(db.ConnectionString, "SELECT COUNT(*) FROM jobs WHERE state IN ('pending', 'leased')") > 0 && clock.Elapsed < TimeSpan.FromSeconds(120))
                Thread.Sleep(100);
            output.WriteLine($"queue empty after {clock.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            foreach (var w in workers)
            {
                if (!w.HasExited) w.Kill();
                w.WaitForExit(10_000);
                w.Dispose();
            }
        }

        // every job done once: none failed, none charged an attempt (the kills are interruptions, not failed analyses)
        Assert.Equal((long)Documents, Scalar(db.ConnectionString, "SELECT COUNT(*) FROM jobs WHERE state = 'done' AND attempts = 0"));
        Assert.Equal(0L, Scalar(db.ConnectionString, "SELECT COUNT(*) FROM failures"));
        InProcessCorpus.Ingest(corpus, _tmp.File("clean.db"));
        var clean = InProcessCorpus.Snapshot(_tmp.File("clean.db"));
        Assert.Contains("\nM ", clean);
        Assert.Equal(clean, InProcessCorpus.Snapshot(db.ConnectionString));
    }
}
