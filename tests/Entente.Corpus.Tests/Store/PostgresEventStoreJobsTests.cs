using Entente.Core.Reading;
using Entente.Corpus.Store;
using static Entente.Corpus.Tests.Store.PostgresEventStoreTests;

namespace Entente.Corpus.Tests.Store;

/// <summary>The job queue of the PostgreSQL store: leases, interruptions charged to begun documents only, attempts, retry.</summary>
public sealed class PostgresEventStoreJobsTests
{
    /// <summary>A lease short enough for a test to wait out, for a worker that dies before it would renew it.</summary>
    private static readonly TimeSpan ShortLease = TimeSpan.FromMilliseconds(400);

    /// <summary>A lease a living worker keeps by renewal even on a busy machine, still short enough to wait out.</summary>
    private static readonly TimeSpan RenewedLease = TimeSpan.FromSeconds(2);

    /// <summary>Waits until every lease of this length taken so far has expired on the server's clock.</summary>
    private static void Outwait(TimeSpan lease) => Thread.Sleep(lease + TimeSpan.FromMilliseconds(200));

    [PostgresFact]
    public void Workers_ProcessEveryJobOnceAndMatchSqlite_WhenTwoRunAtOnce()
    {
        using var db = new PostgresTestDatabase();
        var docs = GeneratedCorpus.Documents(64);
        Assert.Equal(64, IngestInto(db, docs, enqueue: true).Stored);

        // both workers hold a claim at the same moment before either goes on, so they really run side by side
        using var bothClaimed = new Barrier(2);
        var counts = new int[2];
        var met = new bool[2];
        var workers = Enumerable.Range(0, 2).Select(w => Task.Factory.StartNew(() =>
        {
            using var store = Open(db);
            bool first = true;
            int n;
            while ((n = store.ProcessJobs($"w{w}", 3, jobs =>
                   {
                       if (first) { met[w] = bothClaimed.SignalAndWait(TimeSpan.FromSeconds(60)); first = false; }
                       return Analyze(jobs);
                   })) > 0)
                counts[w] += n;
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);

        Assert.True(met[0] && met[1], "the two workers never held claims at the same time");
        Assert.Equal(64, counts[0] + counts[1]);
        Assert.True(counts[0] > 0 && counts[1] > 0, $"jobs per worker: {counts[0]}, {counts[1]}");
        var jobs = db.Rows("SELECT j.state, j.attempts, j.interruptions, j.worker, d.state FROM jobs j JOIN documents d ON d.id = j.document_id");
        Assert.Equal(64, jobs.Count);
        Assert.All(jobs, r => Assert.Equal(new object?[] { "done", 0, 0, r[3], "done" }, r));
        Assert.Equal(2, jobs.Select(r => r[3]).Distinct().Count());

        using var pg = Open(db);
        var snapshot = StoreSnapshot.Of(pg);
        Assert.Equal(SqliteSnapshot(GeneratedCorpus.Documents(64)), snapshot);
        var stats = pg.Stats();
        Assert.Equal(0, stats.PendingJobs);
        Assert.True(stats.Events < stats.Mentions / 2, $"{stats.Events} events from {stats.Mentions} mentions: the corpus should repeat its events");
    }

    /// <summary>A worker that dies (its connections gone, nothing committed) while analysing the second of its three jobs,
    /// the first analysed: the others take the rest at once and its three when the lease expires; only the one it was
    /// analysing is charged an interruption.</summary>
    [PostgresFact]
    public void Workers_TakeOverJobsChargingOnlyTheOneBeingAnalysed_WhenClaimingWorkerDies()
    {
        using var db = new PostgresTestDatabase();
        Assert.Equal(10, IngestInto(db, GeneratedCorpus.Documents(10), enqueue: true).Stored);
        using var survivor = Open(db);
        var doomed = Open(db);
        int othersDone = 0;
        List<long> doomedJobs = [];
        var ex = Assert.Throws<IOException>(() => doomed.ProcessJobs("doomed", 3, RenewedLease, claim =>
        {
            doomedJobs = [.. claim.Jobs.Select(j => j.DocumentId)];
            claim.Begin(claim.Jobs[0]);
            claim.End(claim.Jobs[0]); // analysed: not to blame if the worker dies later
            claim.Begin(claim.Jobs[1]);
            // while the lease is held, another worker sees only the other jobs
            othersDone = Drain(survivor, "survivor", max: 100);
            doomed.Dispose(); // the connections go away without a commit, as in a kill -9
            throw new IOException("worker killed");
        }));
        Assert.Equal("worker killed", ex.Message);
        Assert.Equal(3, doomedJobs.Count);
        Assert.Equal(7, othersDone);
        Assert.Equal(0, Drain(survivor, "survivor")); // still leased
        Assert.Equal(3, db.Rows("SELECT 1 FROM jobs WHERE state = 'leased' AND worker = 'doomed'").Count);

        Outwait(RenewedLease);
        Assert.Equal(3, Drain(survivor, "survivor"));
        var rows = db.Rows("SELECT document_id, state, attempts, interruptions, worker FROM jobs ORDER BY document_id");
        Assert.All(rows, r => Assert.Equal(new object?[] { "done", 0, (long)r[0]! == doomedJobs[1] ? 1 : 0, "survivor" }, r[1..]));
        Assert.Equal(SqliteSnapshot(GeneratedCorpus.Documents(10)), StoreSnapshot.Of(survivor));
    }

    /// <summary>A worker's own error (it lives on): its jobs are back in the queue at once, the begun one charged.</summary>
    [PostgresFact]
    public void Workers_HandJobsBackAtOnce_WhenProcessingThrows()
    {
        using var db = new PostgresTestDatabase();
        IngestInto(db, GeneratedCorpus.Documents(3), enqueue: true);
        using var store = Open(db);
        Assert.Throws<InvalidOperationException>(() => store.ProcessJobs("w", 3, JobLease.Default, claim =>
        {
            claim.Begin(claim.Jobs[1]);
            throw new InvalidOperationException("bug in the worker");
        }));
        var rows = db.Rows("SELECT state, interruptions FROM jobs ORDER BY document_id");
        Assert.Equal(["pending 0", "pending 1", "pending 0"], rows.Select(r => $"{r[0]} {r[1]}"));
        Assert.Equal(3, Drain(store, "w"));
    }

    /// <summary>A worker whose lease expired and was taken over stores nothing for those jobs: the new holder does, once.</summary>
    [PostgresFact]
    public void Workers_DropResults_WhenTheirLeaseWasTakenOver()
    {
        using var db = new PostgresTestDatabase();
        IngestInto(db, GeneratedCorpus.Documents(4), enqueue: true);
        using var slow = Open(db);
        using var other = Open(db);
        int takenOver = 0;
        Assert.Equal(4, slow.ProcessJobs("slow", 4, JobLease.Default, claim =>
        {
            var results = Analyze(claim.Jobs);
            db.Exec("UPDATE jobs SET lease_until = 0"); // the lease runs out (a paused process, a lost network)
            takenOver = Drain(other, "other");
            return results;
        }));
        Assert.Equal(4, takenOver);
        Assert.All(db.Rows("SELECT state, worker FROM jobs"), r => Assert.Equal(new object?[] { "done", "other" }, r));
        Assert.Equal(SqliteSnapshot(GeneratedCorpus.Documents(4)), StoreSnapshot.Of(other));
    }

    [PostgresFact]
    public void Workers_GiveUpOnDocument_WhenItInterruptedItsWorkersThreeTimes()
    {
        using var db = new PostgresTestDatabase();
        IngestInto(db, GeneratedCorpus.Documents(2), enqueue: true);
        for (int attempt = 1; attempt <= PostgresEventStore.MaxInterruptions; attempt++)
        {
            var dying = Open(db);
            Assert.Throws<IOException>(() => dying.ProcessJobs("dying", 1, ShortLease, claim =>
            {
                claim.Begin(claim.Jobs);
                dying.Dispose(); // killed mid-analysis: nothing committed
                throw new IOException("killed");
            }));
            Outwait(ShortLease);
        }
        using var store = Open(db);
        var seen = new List<string>();
        int n = Drain(store, "healthy", observe: jobs => seen.AddRange(jobs.Select(j => j.Identity.Locator)));
        Assert.Equal(2, n);
        Assert.Single(seen); // the poisoned document is not handed to the worker again
        var failed = Assert.Single(db.Rows("SELECT attempts, interruptions, error FROM jobs WHERE state = 'failed'"));
        Assert.Equal(new object?[] { 0, PostgresEventStore.MaxInterruptions }, failed[..2]);
        Assert.Contains("stopped while analysing this document 3 times", (string)failed[2]!);
        Assert.Contains(store.Failures(), f => f.Message.Contains("stopped while analysing"));
    }

    [PostgresFact]
    public void Workers_MarkJobFailedWithOneAttempt_WhenAnalysisFails()
    {
        using var db = new PostgresTestDatabase();
        IngestInto(db, GeneratedCorpus.Documents(4), enqueue: true);
        using var store = Open(db);
        int n = store.ProcessJobs("w", 10, jobs =>
        {
            var ok = Analyze([.. jobs.Skip(1)]);
            var bad = jobs[0].Document;
            return new IngestBatch(ok.Items, [new ReadError(bad.Path, bad.Line, "analysis failed: test failure", "none")]);
        });
        Assert.Equal(4, n);
        Assert.Equal(0, store.ProcessJobs("w", 10, Analyze));
        var rows = db.Rows("SELECT j.state, j.attempts, j.error, d.state FROM jobs j JOIN documents d ON d.id = j.document_id ORDER BY j.document_id");
        Assert.Equal(new object?[] { "failed", 1, "analysis failed: test failure", "failed" }, rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Equal(new object?[] { "done", 0, null, "done" }, r));
        var failure = Assert.Single(store.Failures());
        Assert.Equal("gen/report-000.txt", failure.Path);
        Assert.Equal(3, store.Stats().Documents);
    }

    [PostgresFact]
    public void Workers_RecordFailure_WhenWorkerReturnsNothingForAJob()
    {
        using var db = new PostgresTestDatabase();
        IngestInto(db, GeneratedCorpus.Documents(2), enqueue: true);
        using var store = Open(db);
        Assert.Equal(2, store.ProcessJobs("w", 10, jobs => new IngestBatch([], [])));
        Assert.Equal(2, db.Rows("SELECT 1 FROM jobs WHERE state = 'failed' AND error LIKE '%returned no result%'").Count);
        Assert.Equal(2, store.Failures().Count);
    }

    /// <summary>Failed documents re-queued: the workers finish them and the store equals a run where nothing failed.</summary>
    [PostgresFact]
    public void RetryFailures_RequeuesFailedJobs_AndTheStoreEndsAsIfNothingFailed()
    {
        using var db = new PostgresTestDatabase();
        IngestInto(db, GeneratedCorpus.Documents(6), enqueue: true);
        using var store = Open(db);
        store.ProcessJobs("w", 10, jobs =>
        {
            var ok = Analyze([.. jobs.Skip(2)]);
            return new IngestBatch(ok.Items, [.. jobs.Take(2).Select(j => new ReadError(j.Document.Path, j.Document.Line, "analysis failed: transient", "none"))]);
        });
        Assert.Equal(2, store.Stats().Failures);
        Assert.Equal(0, store.Stats().PendingJobs);

        Assert.Equal(new RetryResult(Requeued: 2, Cleared: 2), store.RetryFailures());
        Assert.Equal(2, store.Stats().PendingJobs);
        Assert.Equal(2, Drain(store, "w"));
        Assert.Empty(store.Failures());
        Assert.All(db.Rows("SELECT j.state, d.state FROM jobs j JOIN documents d ON d.id = j.document_id"), r => Assert.Equal(new object?[] { "done", "done" }, r));
        Assert.Equal(SqliteSnapshot(GeneratedCorpus.Documents(6)), StoreSnapshot.Of(store));
        Assert.Equal(new RetryResult(0, 0), store.RetryFailures());
    }
}
