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
        Assert.True(first.Stored >= 5, $"stored {first.Stored}");
        Assert.True(first.Mentions > 20, $"mentions {first.Mentions}");
        var second = TestKit.IngestInto(db, new DocumentReader().Read([samples], ReaderOptions.Default));
        Assert.Equal(0, second.Stored);
        Assert.Equal(first.Stored, second.Unchanged);
        using var store = TestKit.OpenSqlite(db);
        var stats = store.Stats();
        Assert.Equal(first.Mentions, stats.Mentions);
        Assert.True(stats.Events > 0 && stats.Events <= stats.Mentions);
    }
}
