using Entente.Core.Reading;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Ingest;

public sealed class IngestServiceTests
{
    [Fact]
    public void IngestService_StoresSamplesOnce_WhenRunTwice()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        var samples = Path.Combine(TestKit.RepoRoot(), "samples");
        var first = TestKit.IngestInto(db, new DocumentReader().Read([samples], ReaderOptions.Default));
        // 8 documents in the top-level samples (4 files, 4 wire items) and 21 in samples/iran-russia (14 files, 7 wire items).
        Assert.Equal(29, first.Stored);
        Assert.True(first.Mentions > 100, $"mentions {first.Mentions}");
        var second = TestKit.IngestInto(db, new DocumentReader().Read([samples], ReaderOptions.Default));
        Assert.Equal(0, second.Stored);
        Assert.Equal(first.Stored, second.Unchanged);
        using var store = TestKit.OpenSqlite(db);
        var stats = store.Stats();
        Assert.Equal(first.Mentions, stats.Mentions);
        Assert.True(stats.Events > 0 && stats.Events <= stats.Mentions);
    }
}

public sealed class IngestServiceStoreFailureTests
{
    private static IEnumerable<ReadResult> Articles(int n) => Enumerable.Range(1, n).Select(i =>
        TestKit.Doc($"wire/{i}.txt", $"Iran shipped {i * 10} drones to Russia on {i} March 2024, according to Reuters.", "Reuters", "2024-03-20"));

    [Fact]
    public void IngestService_FailsWithHintAndKeepsCommittedBatches_WhenTheThirdWriteFails()
    {
        using var tmp = new TempDir();
        var db = tmp.File("full.db");
        using (var real = TestKit.OpenSqlite(db))
        using (var reader = TestKit.OpenSqlite(db))
        {
            var store = FailingStore.Wrap(real, failOnWrite: 3, new IOException("No space left on device"));
            // one document per batch and more batches than the queue holds: the reader is blocked on the full queue when the write fails
            var run = Task.Run(() => TestKit.Ingest.Run(Articles(12), store, reader.KnownDocuments, new IngestOptions(BatchSize: 1, Parallelism: 1)));

            Assert.True(Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))).Result == run, "ingest hung after the store write failed");
            var ex = Assert.IsType<StoreException>(run.Exception!.InnerException);
            Assert.Contains("No space left on device", ex.Message);
            Assert.Contains("batch 3", ex.Message);
            Assert.Contains("run the same command again", ex.Hint);
            Assert.Contains("2 documents", ex.Hint);
            Assert.DoesNotContain('\n', ex.Message + ex.Hint);
        }
        using (var check = TestKit.OpenSqlite(db)) Assert.Equal(2, check.Stats().Documents);

        // the run resumes: the two committed documents are unchanged, the rest are stored
        var again = TestKit.IngestInto(db, Articles(12), batchSize: 1);
        Assert.Equal((10, 2), (again.Stored, again.Unchanged));
    }

    [Fact]
    public void IngestService_RethrowsReaderFailure_WhenReadingInputsThrows()
    {
        using var tmp = new TempDir();
        static IEnumerable<ReadResult> Broken()
        {
            yield return TestKit.Doc("a.txt", "Iran shipped drones to Russia.", "Reuters", "2024-03-20");
            throw new InvalidDataException("input source broke");
        }
        var ex = Assert.Throws<InvalidDataException>(() => TestKit.IngestInto(tmp.File("r.db"), Broken(), batchSize: 1));
        Assert.Equal("input source broke", ex.Message);
    }
}
