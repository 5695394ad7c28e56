using Entente.Core.Reading;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;
using Microsoft.Data.Sqlite;

namespace Entente.Corpus.Tests.Store;

/// <summary>Paging and full-text search of the store, on SQLite (and on PostgreSQL when a server is given).</summary>
public sealed class StoreSearchTests
{
    private const string Url = "https://example.org/news/7";

    private static ReadResult Delivery(string town, string? url = Url)
        => TestKit.Doc("d.txt", $"Iran delivered Shahed drones to Russia at {town} on March 3, 2024, officials said.", "Reuters", "2024-03-05", url);

    private static List<ReadResult> Samples()
        => [.. new DocumentReader().Read([Path.Combine(TestKit.RepoRoot(), "samples")], ReaderOptions.Default)];

    // ---------------------------------------------------------------- shared checks, run on each engine

    private static void CheckPaging(IEventStore store)
    {
        var filter = new EventFilter(Dyad: ("IRN", "RUS"));
        var all = store.Events(filter);
        Assert.True(all.Count > 12);
        var one = store.EventsPage(filter, 0, 5);
        var two = store.EventsPage(filter, 5, 5);
        Assert.Equal(all.Count, one.Total);
        Assert.Equal(all.Take(5).Select(e => e.Id), one.Items.Select(e => e.Id));
        Assert.Equal(all.Skip(5).Take(5).Select(e => e.Id), two.Items.Select(e => e.Id));
        Assert.Empty(store.EventsPage(filter, all.Count, 5).Items);
        Assert.Equal(all.Count % 5 == 0 ? 5 : all.Count % 5, store.EventsPage(filter, (all.Count - 1) / 5 * 5, 5).Items.Count);
        Assert.Equal(store.Events(new EventFilter(Cameo: "07")).Count, store.EventsPage(new EventFilter(Cameo: "07", Limit: 1), 0, 1).Total);
        // a dyad with more filters, read page by page (both directions merged in order), equals the list
        var narrow = new EventFilter(Dyad: ("RUS", "IRN"), Since: new DateOnly(2022, 1, 1), Cameo: "0");
        var expected = store.Events(narrow).Select(e => e.Id).ToList();
        Assert.True(expected.Count > 6);
        var paged = Enumerable.Range(0, (expected.Count + 2) / 3).SelectMany(p => store.EventsPage(narrow, p * 3, 3).Items).Select(e => e.Id).ToList();
        Assert.Equal(expected, paged);
    }

    private static void CheckSearch(IEventStore store)
    {
        var result = store.Search(SearchQuery.Parse("drones"), 5);
        Assert.True(result.Total >= 5);
        Assert.Equal(5, result.Hits.Count);
        Assert.All(result.Hits, h =>
        {
            Assert.Contains(SearchQuery.HitStart, h.Snippet);
            Assert.Contains(SearchQuery.HitEnd, h.Snippet);
            Assert.Contains("drone", h.Quote, StringComparison.OrdinalIgnoreCase);
            Assert.NotNull(h.EventId);
        });
        Assert.Equal(0, store.Search(SearchQuery.Parse("\"unbalanced AND OR *"), 5).Total);
        Assert.True(store.Search(SearchQuery.Parse("Alabuga drones"), 5).Total < result.Total);
    }

    private static void CheckReplacement(Func<IEventStore> open)
    {
        using (var store = open()) store.Write(Batch(Delivery("Kazan")));
        using (var store = open())
        {
            Assert.Equal(1, store.Search(SearchQuery.Parse("kazan"), 5).Total);
            store.Write(Batch(Delivery("Samara")));
        }
        using (var store = open())
        {
            Assert.Equal(0, store.Search(SearchQuery.Parse("kazan"), 5).Total);
            var hit = Assert.Single(store.Search(SearchQuery.Parse("samara"), 5).Hits);
            Assert.Equal(2, hit.Version);
            Assert.Equal(Url, hit.Url);
            Assert.Equal(store.DocumentEvents(DocumentIdentity.Of(Delivery("Samara").Document!).Key), [hit.EventId!]);
            Assert.Empty(store.DocumentEvents(DocumentIdentity.Of(Delivery("Kazan").Document!).Key));
        }
    }

    private static IngestBatch Batch(ReadResult r)
        => new([TestKit.Ingest.Analyze(r.Document!, DocumentIdentity.Of(r.Document!))], []);

    // ---------------------------------------------------------------- SQLite

    [Fact]
    public void SqliteStore_PagesEvents_WithTotal()
    {
        using var tmp = new TempDir();
        TestKit.IngestInto(tmp.File("s.db"), Samples());
        using var store = TestKit.OpenSqlite(tmp.File("s.db"));
        CheckPaging(store);
    }

    [Fact]
    public void SqliteStore_FindsEvidenceSentences_WithMarkedHits()
    {
        using var tmp = new TempDir();
        TestKit.IngestInto(tmp.File("s.db"), Samples());
        using var store = TestKit.OpenSqlite(tmp.File("s.db"));
        CheckSearch(store);
    }

    [Fact]
    public void SqliteStore_KeepsSearchInSync_WhenDocumentIsReplaced()
    {
        using var tmp = new TempDir();
        CheckReplacement(() => TestKit.OpenSqlite(tmp.File("s.db")));
    }

    [Fact]
    public void SqliteStore_BuildsSearchIndex_WhenUpgradedFromVersion2()
    {
        using var tmp = new TempDir();
        var path = tmp.File("s.db");
        TestKit.IngestInto(path, [Delivery("Kazan", url: null)]);
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            // back to what version 2 wrote: no full-text table, no triggers
            cmd.CommandText = "DROP TRIGGER mentions_fts_insert; DROP TRIGGER mentions_fts_delete; DROP TRIGGER mentions_fts_update; DROP TABLE mentions_fts; " +
                              TestKit.UndoVersion8 + TestKit.UndoVersion7 + TestKit.UndoVersion6 + TestKit.UndoVersion5 + TestKit.UndoVersion4 + "UPDATE schema_info SET value = '2' WHERE name = 'version'";
            cmd.ExecuteNonQuery();
        }
        using (var reader = TestKit.OpenSqliteReader(path))
            Assert.Throws<SqliteException>(() => reader.Search(SearchQuery.Parse("kazan"), 5)); // not upgraded by a reader
        using (var store = TestKit.OpenSqlite(path))
        {
            Assert.Equal(1, store.Search(SearchQuery.Parse("kazan"), 5).Total); // backfilled
            store.Write(Batch(Delivery("Samara", url: null)));
            Assert.Equal(1, store.Search(SearchQuery.Parse("samara"), 5).Total); // and kept in sync afterwards
        }
        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        using var q = check.CreateCommand();
        q.CommandText = "SELECT value FROM schema_info WHERE name = 'version'";
        Assert.Equal(StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), q.ExecuteScalar());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*()\"")]
    [InlineData("--- ***")]
    public void SearchQuery_Refuses_WhenThereAreNoWords(string text)
    {
        var ex = Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(text));
        Assert.False(string.IsNullOrEmpty(ex.Hint));
    }

    [Theory]
    [InlineData("\"unbalanced AND OR *", "\"unbalanced\" \"and\" \"or\"", "unbalanced and or")]
    [InlineData("dron* Russia", "\"dron\"* \"russia\"", "dron russia")]
    [InlineData("quote:NEAR(a b)", "\"quote\" \"near\" \"a\" \"b\"", "quote near a b")]
    [InlineData("Ḥasan's drones", "\"ḥasan\" \"s\" \"drones\"", "ḥasan s drones")]
    public void SearchQuery_QuotesEveryTerm_WhenTextHasOperators(string text, string fts5, string plain)
    {
        var q = SearchQuery.Parse(text);
        Assert.Equal(fts5, q.Fts5());
        Assert.Equal(plain, q.Plain());
    }

    // ---------------------------------------------------------------- PostgreSQL

    private static PostgresEventStore OpenPg(PostgresTestDatabase db)
        => PostgresEventStore.Open(db.ConnectionString, TestKit.Merger, Entente.Core.Pipeline.Analyzer.Version, TestKit.Knowledge.Hash);

    private static void IngestPg(PostgresTestDatabase db, IEnumerable<ReadResult> inputs)
    {
        using var store = OpenPg(db);
        using var reader = OpenPg(db);
        TestKit.Ingest.Run(inputs, store, reader.KnownDocuments, new IngestOptions(BatchSize: 50));
    }

    [PostgresFact]
    public void PostgresStore_PagesEvents_WithTotal()
    {
        using var db = new PostgresTestDatabase();
        IngestPg(db, Samples());
        using var store = OpenPg(db);
        CheckPaging(store);
    }

    [PostgresFact]
    public void PostgresStore_FindsEvidenceSentences_WithMarkedHits()
    {
        using var db = new PostgresTestDatabase();
        IngestPg(db, Samples());
        using var store = OpenPg(db);
        CheckSearch(store);
        Assert.Contains(db.Rows("SELECT indexname FROM pg_indexes WHERE tablename = 'mentions'"), r => (string)r[0]! == "mentions_quote_fts");
    }

    [PostgresFact]
    public void PostgresStore_KeepsSearchInSync_WhenDocumentIsReplaced()
    {
        using var db = new PostgresTestDatabase();
        CheckReplacement(() => OpenPg(db));
    }

    [PostgresFact]
    public void PostgresStore_BuildsSearchIndex_WhenUpgradedFromVersion2()
    {
        using var db = new PostgresTestDatabase();
        IngestPg(db, [Delivery("Kazan", url: null)]);
        db.Exec("DROP INDEX mentions_quote_fts; " + TestKit.UndoVersion8 + TestKit.UndoVersion7 + TestKit.UndoVersion6 + TestKit.UndoVersion5 + TestKit.UndoVersion4 + "UPDATE schema_info SET value = '2' WHERE name = 'version'");
        using var store = OpenPg(db);
        Assert.Equal(1, store.Search(SearchQuery.Parse("kazan"), 5).Total);
        Assert.Single(db.Rows("SELECT 1 FROM pg_indexes WHERE indexname = 'mentions_quote_fts'"));
        Assert.Equal(StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), db.Rows("SELECT value FROM schema_info WHERE name = 'version'").Single()[0]);
    }
}
