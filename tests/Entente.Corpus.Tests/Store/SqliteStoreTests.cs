using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Store;

public sealed class SqliteStoreTests
{
    private static string Stories => Path.Combine(AppContext.BaseDirectory, "Fixtures", "stories");

    private static List<ReadResult> ReadStories() => [.. new DocumentReader().Read([Stories], ReaderOptions.Default)];

    [Fact]
    public void Store_MergesReportsOfOneDelivery_AcrossOutletsAndWireCopy()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        TestKit.IngestInto(db, ReadStories());
        using var store = TestKit.OpenSqlite(db);
        var transfers = store.Events(new EventFilter(Dyad: ("RUS", "IRN"), Type: "arms_transfer"));
        Assert.Equal(2, transfers.Count);
        var feb = transfers[0];
        Assert.Equal(4, feb.NumMentions);
        Assert.Equal(4, feb.NumSources);
        Assert.Equal(2, feb.NumIndependent); // The Moscow Times reprinted Reuters word for word
        Assert.Equal(ReconciledStatus.Contested, feb.Status);
        Assert.Equal(["IRNA"], feb.DeniedBy.ToArray());
        Assert.Equal(400, feb.Quantity);
        Assert.Equal(new DateOnly(2024, 2, 21), feb.FirstSeen);
        Assert.Equal(new DateOnly(2024, 2, 22), feb.LastSeen);
        Assert.Equal("B3", feb.Grade); // two independent B reports, one step down for the denial
        var sept = transfers[1];
        Assert.Equal(1, sept.NumMentions);
        Assert.Equal(ReconciledStatus.Reported, sept.Status);
    }

    [Fact]
    public void Store_MergesSymmetricEvent_WhateverTheActorOrder()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        TestKit.IngestInto(db, ReadStories());
        using var store = TestKit.OpenSqlite(db);
        var agreements = store.Events(new EventFilter(Dyad: ("BLR", "RUS"), Type: "agreement"));
        var one = Assert.Single(agreements);
        Assert.Equal(2, one.NumMentions); // "Russia and Belarus signed" and "Belarus and Russia signed"
        Assert.Equal("BLR", one.SourceCode);
        Assert.Equal("B2", one.Grade);
    }

    public static IEnumerable<object[]> Orders()
    {
        yield return [new[] { 0, 1, 2, 3, 4, 5 }, 50];
        yield return [new[] { 5, 4, 3, 2, 1, 0 }, 50];
        yield return [new[] { 2, 0, 5, 3, 1, 4 }, 1];
        yield return [new[] { 3, 5, 1, 4, 0, 2 }, 2];
        yield return [new[] { 1, 3, 0, 2, 5, 4 }, 4];
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Store_GivesSameEvents_WhateverTheIngestOrderAndBatchSize(int[] order, int batch)
    {
        var docs = ReadStories();
        Assert.Equal(6, docs.Count);
        using var tmp = new TempDir();
        TestKit.IngestInto(tmp.File("a.db"), docs, batchSize: 50);
        TestKit.IngestInto(tmp.File("b.db"), order.Select(i => docs[i]), batchSize: batch);
        using var a = TestKit.OpenSqlite(tmp.File("a.db"));
        using var b = TestKit.OpenSqlite(tmp.File("b.db"));
        Assert.Equal(StoreSnapshot.Of(a).Split('\n').Where(l => !l.StartsWith("D ")), StoreSnapshot.Of(b).Split('\n').Where(l => !l.StartsWith("D ")));
        Assert.Equal(4, a.Stats().Events);
    }

    [Fact]
    public void Store_ReplacesMentions_WhenDocumentAtSameUrlChanges()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        const string url = "https://example.org/news/1";
        TestKit.IngestInto(db, [TestKit.Doc("one.md", "Iran delivered Shahed-136 drones to Russia on March 3, 2024.", "Reuters", "2024-03-05", url)]);
        TestKit.IngestInto(db, [TestKit.Doc("one.md", "Iran delivered Shahed-136 drones to Russia on March 3, 2024. Russia and Iran signed a trade agreement on March 4, 2024.", "Reuters", "2024-03-06", url)]);
        using var store = TestKit.OpenSqlite(db);
        var docs = store.Documents();
        Assert.Equal(2, docs.Count);
        Assert.Equal(DocumentState.Superseded, docs.Single(d => d.Version == 1).State);
        Assert.Equal(DocumentState.Done, docs.Single(d => d.Version == 2).State);
        var stats = store.Stats();
        Assert.Equal(2, stats.Mentions); // the old version's mention is gone, not counted twice
        Assert.Equal(2, stats.Events);
        Assert.All(store.Events(new EventFilter()), e => Assert.Equal(1, e.NumMentions));
    }

    [Fact]
    public void Store_SplitsEvent_WhenNewVersionDropsTheBridgingReport()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        // undated reports match the week before publication: A (Feb 23–Mar 1) and C (Mar 4–11) only meet through B (Feb 28–Mar 6)
        TestKit.IngestInto(db,
        [
            TestKit.Doc("a.md", "Iran has delivered Shahed-136 drones to Russia, officials said.", "Reuters", "2024-03-01", "https://example.org/a"),
            TestKit.Doc("c.md", "Tehran has supplied Shahed-136 drones to Moscow, a Ukrainian spokesman claimed.", "BBC", "2024-03-11", "https://example.org/c"),
            TestKit.Doc("b.md", "Russia has received more Shahed-136 drones from Iran, according to a Western diplomat.", "Associated Press", "2024-03-06", "https://example.org/b"),
        ]);
        using (var store = TestKit.OpenSqlite(db))
            Assert.Equal(1, store.Stats().Events);
        TestKit.IngestInto(db, [TestKit.Doc("b.md", "The weather in Tehran was mild.", "Associated Press", "2024-03-21", "https://example.org/b")]);
        using (var store = TestKit.OpenSqlite(db))
        {
            var events = store.Events(new EventFilter());
            Assert.Equal(2, events.Count);
            Assert.All(events, e => Assert.Equal(1, e.NumMentions));
        }
    }

    [Fact]
    public void Store_FiltersEvents_ByDateStatusAndSources()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        TestKit.IngestInto(db, ReadStories());
        using var store = TestKit.OpenSqlite(db);
        Assert.Single(store.Events(new EventFilter(Status: ReconciledStatus.Contested)));
        Assert.Equal(2, store.Events(new EventFilter(MinSources: 2)).Count);
        var sept = Assert.Single(store.Events(new EventFilter(Since: new DateOnly(2024, 9, 1))));
        Assert.Equal("072", sept.Cameo);
        Assert.Single(store.Events(new EventFilter(Until: new DateOnly(2023, 12, 31))));
        Assert.Equal(2, store.Events(new EventFilter(Cameo: "07")).Count);
        Assert.Equal(3, store.Events(new EventFilter(Actor: "IRN")).Count);
        Assert.Empty(store.Events(new EventFilter(Dyad: ("IRN", "BLR"))));
    }

    [Fact]
    public void Store_ShowsEveryMention_ForOneEvent()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        TestKit.IngestInto(db, ReadStories());
        using var store = TestKit.OpenSqlite(db);
        var contested = store.Events(new EventFilter(Status: ReconciledStatus.Contested)).Single();
        var detail = store.Event(contested.Id)!;
        Assert.Equal(4, detail.Mentions.Count);
        Assert.Contains(detail.Mentions, v => v.Mention.Status == Core.Events.EventStatus.Denied && v.Mention.Outlet == "IRNA");
        Assert.All(detail.Mentions, v => Assert.StartsWith("https://example.org/", v.Url));
        Assert.Null(store.Event("E0000000000000000"));
    }

    [Fact]
    public void Store_RecordsFailures_OnceEach_WhenSameBadInputIngestedTwice()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        var bad = ReadResult.Failure("broken.jsonl", 3, "not valid JSON", "fix the line");
        TestKit.IngestInto(db, [bad, ReadStories()[0]]);
        TestKit.IngestInto(db, [bad]);
        using var store = TestKit.OpenSqlite(db);
        var f = Assert.Single(store.Failures());
        Assert.Equal("broken.jsonl", f.Path);
        Assert.Equal(3, f.Line);
        Assert.Equal(1, store.Stats().Documents);
    }

    [Fact]
    public void Store_RefusesFile_ThatIsNotSqlite()
    {
        using var tmp = new TempDir();
        var path = tmp.File("notes.db");
        File.WriteAllText(path, "these are my notes, not a database");
        var ex = Assert.Throws<StoreException>(() => TestKit.OpenSqlite(path));
        Assert.Contains("not an SQLite database", ex.Message);
        Assert.Contains("notes.db", ex.Message);
    }

    [Fact]
    public void Store_LetsReadersQuery_WhileAWriteTransactionIsOpen()
    {
        using var tmp = new TempDir();
        var db = tmp.File("s.db");
        TestKit.IngestInto(db, ReadStories().Take(2));
        using var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        writer.Open();
        using var tx = writer.BeginTransaction(deferred: false);
        using (var cmd = writer.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "DELETE FROM events";
            cmd.ExecuteNonQuery();
        }
        using var reader = TestKit.OpenSqliteReader(db);
        Assert.NotEmpty(reader.Events(new EventFilter())); // WAL: the reader sees the last committed state
        tx.Rollback();
    }
}
