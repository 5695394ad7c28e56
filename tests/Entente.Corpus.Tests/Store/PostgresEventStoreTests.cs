using Entente.Core.Reading;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Store;

public sealed class PostgresEventStoreTests
{
    private static PostgresEventStore Open(PostgresTestDatabase db)
        => PostgresEventStore.Open(db.ConnectionString, TestKit.Merger, Entente.Core.Pipeline.Analyzer.Version, TestKit.Knowledge.Hash);

    /// <summary>Ingests (or, with <paramref name="enqueue"/>, only registers) documents, as the CLI does: a second connection answers "already stored?".</summary>
    private static IngestSummary IngestInto(PostgresTestDatabase db, IEnumerable<ReadResult> inputs, bool enqueue = false, int batchSize = 50)
    {
        using var store = Open(db);
        using var reader = Open(db);
        return TestKit.Ingest.Run(inputs, store, reader.KnownDocuments, new IngestOptions(BatchSize: batchSize, Enqueue: enqueue));
    }

    private static string SqliteSnapshot(IEnumerable<ReadResult> inputs)
    {
        using var tmp = new TempDir();
        TestKit.IngestInto(tmp.File("s.db"), inputs);
        using var sqlite = TestKit.OpenSqlite(tmp.File("s.db"));
        return StoreSnapshot.Of(sqlite);
    }

    private static List<ReadResult> Samples()
        => [.. new DocumentReader().Read([Path.Combine(TestKit.RepoRoot(), "samples")], ReaderOptions.Default)];

    /// <summary>What a worker does with its claimed jobs: analyse each; a document whose analysis throws becomes a failure.</summary>
    private static IngestBatch Analyze(IReadOnlyList<ClaimedJob> jobs)
    {
        var items = new List<IngestItem>();
        var failures = new List<ReadError>();
        foreach (var job in jobs)
        {
            try { items.Add(TestKit.Ingest.Analyze(job.Document, job.Identity)); }
            catch (InvalidOperationException ex) { failures.Add(new ReadError(job.Document.Path, job.Document.Line, ex.Message, "see the message")); }
        }
        return new IngestBatch(items, failures);
    }

    private static int Drain(PostgresEventStore store, string worker, int max = 4, Action<IReadOnlyList<ClaimedJob>>? observe = null)
    {
        int total = 0, n;
        while ((n = store.ProcessJobs(worker, max, jobs => { observe?.Invoke(jobs); return Analyze(jobs); })) > 0) total += n;
        return total;
    }

    [PostgresFact]
    public void PostgresStore_HoldsSameDataAsSqlite_WhenSamplesIngested()
    {
        using var db = new PostgresTestDatabase();
        var summary = IngestInto(db, Samples());
        Assert.Equal(29, summary.Stored); // every sample document, samples/iran-russia included
        using var pg = Open(db);
        var snapshot = StoreSnapshot.Of(pg);
        Assert.Contains("\nM ", snapshot);
        Assert.Equal(SqliteSnapshot(Samples()), snapshot);
        Assert.Equal(summary.Mentions, pg.Stats().Mentions);
    }

    [PostgresFact]
    public void PostgresStore_StoresNothing_WhenSamplesIngestedAgain()
    {
        using var db = new PostgresTestDatabase();
        var first = IngestInto(db, Samples());
        string before;
        using (var pg = Open(db)) before = StoreSnapshot.Of(pg);
        var second = IngestInto(db, Samples());
        Assert.Equal(0, second.Stored);
        Assert.Equal(first.Stored, second.Unchanged);
        using var after = Open(db);
        Assert.Equal(before, StoreSnapshot.Of(after));
    }

    [PostgresFact]
    public void PostgresStore_HoldsSameDataAsSqlite_WhenRepeatedEventsWrittenInSmallBatches()
    {
        // a corpus with many repeated events, written batch by batch: merges across transactions equal one SQLite run
        using var db = new PostgresTestDatabase();
        IngestInto(db, GeneratedCorpus.Documents(30), batchSize: 7);
        using var pg = Open(db);
        Assert.Equal(SqliteSnapshot(GeneratedCorpus.Documents(30)), StoreSnapshot.Of(pg));
    }

    [PostgresFact]
    public void PostgresStore_RefusesDatabase_WhenSchemaIsNewer()
    {
        using var db = new PostgresTestDatabase();
        using (Open(db)) { }
        db.Exec("UPDATE schema_info SET value = '99' WHERE name = 'version'");
        var ex = Assert.Throws<StoreException>(() => Open(db));
        Assert.Contains("schema version 99", ex.Message);
        Assert.Contains("newer Entente", ex.Message);
        Assert.Contains("upgrade entente", ex.Hint);
    }

    [PostgresFact]
    public void PostgresStore_MigratesOnce_WhenManyOpenAtOnce()
    {
        using var db = new PostgresTestDatabase();
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        Parallel.For(0, 6, new ParallelOptions { MaxDegreeOfParallelism = 6 }, _ =>
        {
            try { using var s = Open(db); }
            catch (Exception ex) { errors.Add(ex); }
        });
        Assert.Empty(errors);
        Assert.Equal(Entente.Corpus.Store.Schema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), db.Rows("SELECT value FROM schema_info WHERE name = 'version'").Single()[0]);
    }

    [PostgresFact]
    public void PostgresStore_RegistersDocumentsOnce_WhenEnqueuedTwice()
    {
        using var db = new PostgresTestDatabase();
        var docs = GeneratedCorpus.Documents(12);
        var first = IngestInto(db, docs, enqueue: true);
        Assert.Equal(12, first.Stored);
        Assert.Equal(0, first.Mentions);
        using (var store = Open(db))
        {
            Assert.Equal(12, store.Stats().PendingJobs);
            Assert.Equal(0, store.Enqueue([.. docs.Select(r => TestKit.Ingest.Analyze(r.Document!, DocumentIdentity.Of(r.Document!)))], []));
        }
        var second = IngestInto(db, docs, enqueue: true);
        Assert.Equal(0, second.Stored);
        var rows = db.Rows("SELECT d.state, d.version, j.state, j.attempts FROM documents d JOIN jobs j ON j.document_id = d.id");
        Assert.Equal(12, rows.Count);
        Assert.All(rows, r => Assert.Equal(new object?[] { "pending", 1, "pending", 0 }, r));
    }

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
        var jobs = db.Rows("SELECT j.state, j.attempts, j.worker, d.state FROM jobs j JOIN documents d ON d.id = j.document_id");
        Assert.Equal(64, jobs.Count);
        Assert.All(jobs, r => Assert.Equal(new object?[] { "done", 1, r[2], "done" }, r));
        Assert.Equal(2, jobs.Select(r => r[2]).Distinct().Count());

        using var pg = Open(db);
        var snapshot = StoreSnapshot.Of(pg);
        Assert.Equal(SqliteSnapshot(GeneratedCorpus.Documents(64)), snapshot);
        var stats = pg.Stats();
        Assert.Equal(0, stats.PendingJobs);
        Assert.True(stats.Events < stats.Mentions / 2, $"{stats.Events} events from {stats.Mentions} mentions: the corpus should repeat its events");
    }

    [PostgresFact]
    public void Workers_TakeOverJobs_WhenClaimingWorkerDiesBeforeCommit()
    {
        using var db = new PostgresTestDatabase();
        Assert.Equal(10, IngestInto(db, GeneratedCorpus.Documents(10), enqueue: true).Stored);
        using var survivor = Open(db);
        var doomed = Open(db);
        int othersDone = 0;
        List<long> doomedJobs = [];
        var ex = Assert.Throws<IOException>(() => doomed.ProcessJobs("doomed", 3, jobs =>
        {
            doomedJobs = [.. jobs.Select(j => j.DocumentId)];
            // while the claim is held, another worker sees only the other jobs
            othersDone = Drain(survivor, "survivor", max: 100);
            doomed.Dispose(); // the connection goes away without a commit
            throw new IOException("worker killed");
        }));
        Assert.Equal("worker killed", ex.Message);
        Assert.Equal(3, doomedJobs.Count);
        Assert.Equal(7, othersDone);
        Assert.Equal(3, db.Rows("SELECT 1 FROM jobs WHERE state = 'pending' AND attempts = 0 AND worker IS NULL").Count);

        Assert.Equal(3, Drain(survivor, "survivor"));
        var rows = db.Rows("SELECT document_id, state, attempts, worker FROM jobs ORDER BY document_id");
        Assert.All(rows, r => Assert.Equal(new object?[] { "done", doomedJobs.Contains((long)r[0]!) ? 2 : 1, "survivor" }, r[1..]));
        Assert.Equal(SqliteSnapshot(GeneratedCorpus.Documents(10)), StoreSnapshot.Of(survivor));
    }

    [PostgresFact]
    public void Workers_GiveUpOnDocument_WhenItsWorkerDiedThreeTimes()
    {
        using var db = new PostgresTestDatabase();
        IngestInto(db, GeneratedCorpus.Documents(2), enqueue: true);
        for (int attempt = 1; attempt <= PostgresEventStore.MaxAttempts; attempt++)
        {
            var dying = Open(db);
            Assert.Throws<IOException>(() => dying.ProcessJobs("dying", 1, _ =>
            {
                dying.Dispose(); // killed mid-analysis: nothing committed
                throw new IOException("killed");
            }));
        }
        using var store = Open(db);
        var seen = new List<string>();
        int n = Drain(store, "healthy", observe: jobs => seen.AddRange(jobs.Select(j => j.Identity.Locator)));
        Assert.Equal(2, n);
        Assert.Single(seen); // the poisoned document is not handed to the worker again
        var failed = Assert.Single(db.Rows("SELECT attempts, error FROM jobs WHERE state = 'failed'"));
        Assert.Equal(PostgresEventStore.MaxAttempts + 1, failed[0]);
        Assert.Contains("stopped without finishing this document 3 times", (string)failed[1]!);
        Assert.Contains(store.Failures(), f => f.Message.Contains("stopped without finishing"));
    }

    [PostgresFact]
    public void Workers_MarkJobFailed_WhenAnalysisFails()
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
        var rows = db.Rows("SELECT j.state, j.error, d.state FROM jobs j JOIN documents d ON d.id = j.document_id ORDER BY j.document_id");
        Assert.Equal(new object?[] { "failed", "analysis failed: test failure", "failed" }, rows[0]);
        Assert.All(rows.Skip(1), r => Assert.Equal(new object?[] { "done", null, "done" }, r));
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
}
