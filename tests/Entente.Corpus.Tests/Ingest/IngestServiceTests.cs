using Entente.Core.Reading;

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
