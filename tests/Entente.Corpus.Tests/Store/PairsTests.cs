using Entente.Core.Reading;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Store;

/// <summary><see cref="IEventStore.Pairs"/>: the store's aggregation equals adding up <see cref="IEventStore.Events"/> by hand, on both engines.</summary>
public sealed class PairsTests
{
    private static readonly CountingRule Default = new([ReconciledStatus.Reported, ReconciledStatus.Confirmed, ReconciledStatus.Contested, ReconciledStatus.Assessed], 4, true);

    private static List<ReadResult> Samples()
        => [.. new DocumentReader().Read([Path.Combine(TestKit.RepoRoot(), "samples")], ReaderOptions.Default)];

    /// <summary>The rule applied to events one by one, then summed: what Pairs must return.</summary>
    private static string Expected(IEventStore store, EventFilter filter, CountingRule rule)
    {
        var rows = store.Events(filter)
            .Where(e => (rule.Statuses is null || rule.Statuses.Contains(e.Status))
                        && (rule.MaxCredibility is not int max || e.Credibility <= max || (rule.IncludeUnjudged && e.Credibility == 6))
                        && (rule.IncludeUnjudged || e.Credibility != 6))
            .GroupBy(e => (e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.Type, e.QuadClass))
            .Select(g => new PairTotal(g.Key.SourceCode, g.Key.SourceName, g.Key.TargetCode, g.Key.TargetName, g.Key.Type, g.Key.QuadClass, g.Count(), g.Sum(e => e.Goldstein)));
        return Render(rows, store.Events(filter).Count);
    }

    private static string Render(IEnumerable<PairTotal> rows, int matched)
        => matched + "\n" + string.Join("\n", rows.Select(p => $"{p.SourceCode}|{p.SourceName}|{p.TargetCode}|{p.TargetName}|{p.Type}|{p.QuadClass}|{p.Events}|{p.Goldstein:0.######}").Order(StringComparer.Ordinal));

    private static void AssertPairsMatch(IEventStore store)
    {
        foreach (var filter in new[] { new EventFilter(), new EventFilter(Actor: "IRN"), new EventFilter(Since: new DateOnly(2023, 1, 1), Type: "arms_transfer") })
            foreach (var rule in new[] { Default, CountingRule.Everything, new CountingRule([ReconciledStatus.Reported], 3, false), new CountingRule([], null, true) })
            {
                var pairs = store.Pairs(filter, rule);
                Assert.Equal(Expected(store, filter, rule), Render(pairs.Rows, pairs.EventsMatched));
            }
        Assert.True(store.Pairs(new EventFilter(), Default).Rows.Count > 20);
        Assert.Empty(store.Pairs(new EventFilter(), new CountingRule([], null, true)).Rows);
    }

    [Fact]
    public void SqliteStore_Pairs_EqualEventsAddedUp()
    {
        using var tmp = new TempDir();
        TestKit.IngestInto(tmp.File("s.db"), Samples());
        using var store = TestKit.OpenSqliteReader(tmp.File("s.db"));
        AssertPairsMatch(store);
    }

    [PostgresFact]
    public void PostgresStore_Pairs_EqualEventsAddedUp()
    {
        using var db = new PostgresTestDatabase();
        using (var store = PostgresEventStore.Open(db.ConnectionString, TestKit.Merger, Entente.Core.Pipeline.Analyzer.Version, TestKit.Knowledge.Hash))
        using (var reader = PostgresEventStore.Open(db.ConnectionString, TestKit.Merger, Entente.Core.Pipeline.Analyzer.Version, TestKit.Knowledge.Hash))
            TestKit.Ingest.Run(Samples(), store, reader.KnownDocuments, new Entente.Corpus.Ingest.IngestOptions());
        using var pg = PostgresEventStore.Open(db.ConnectionString, TestKit.Merger, Entente.Core.Pipeline.Analyzer.Version, TestKit.Knowledge.Hash);
        AssertPairsMatch(pg);
    }
}
