using Entente.Core.Reading;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Store;

public sealed class PostgresEventStoreTests
{
    internal static PostgresEventStore Open(PostgresTestDatabase db)
        => PostgresEventStore.Open(db.ConnectionString, TestKit.Merger, Entente.Core.Pipeline.Analyzer.Version, TestKit.Knowledge.Hash);

    /// <summary>Ingests (or, with <paramref name="enqueue"/>, only registers) documents, as the CLI does: a second connection answers "already stored?".</summary>
    internal static IngestSummary IngestInto(PostgresTestDatabase db, IEnumerable<ReadResult> inputs, bool enqueue = false, int batchSize = 50)
    {
        using var store = Open(db);
        using var reader = Open(db);
        return TestKit.Ingest.Run(inputs, store, reader.KnownDocuments, new IngestOptions(BatchSize: batchSize, Enqueue: enqueue));
    }

    internal static string SqliteSnapshot(IEnumerable<ReadResult> inputs)
    {
        using var tmp = new TempDir();
        TestKit.IngestInto(tmp.File("s.db"), inputs);
        using var sqlite = TestKit.OpenSqlite(tmp.File("s.db"));
        return StoreSnapshot.Of(sqlite);
    }

    private static List<ReadResult> Samples()
        => [.. new DocumentReader().Read([Path.Combine(TestKit.RepoRoot(), "samples")], ReaderOptions.Default)];

    /// <summary>What a worker does with its claimed jobs: analyse each; a document whose analysis throws becomes a failure.</summary>
    internal static IngestBatch Analyze(IReadOnlyList<ClaimedJob> jobs)
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

    internal static int Drain(PostgresEventStore store, string worker, int max = 4, Action<IReadOnlyList<ClaimedJob>>? observe = null)
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
}
