using Entente.Core.Reading;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Store;

/// <summary><see cref="IEventStore.Pairs"/>, <see cref="IEventStore.Places"/>, <see cref="IEventStore.DyadCounts"/> and <see cref="IEventStore.LatestEvents"/>: the store's aggregations equal adding up <see cref="IEventStore.Events"/> by hand, on both engines.</summary>
public sealed class PairsTests
{
    private static readonly CountingRule Default = new([ReconciledStatus.Reported, ReconciledStatus.Confirmed, ReconciledStatus.Contested, ReconciledStatus.Assessed], 4, true);

    private static List<ReadResult> Samples()
        => [.. new DocumentReader().Read([Path.Combine(TestKit.RepoRoot(), "samples")], ReaderOptions.Default)];

    /// <summary>The rule applied to events one by one, then summed: what Pairs must return.</summary>
    private static string Expected(IEventStore store, EventFilter filter, CountingRule rule)
    {
        var rows = store.Events(filter)
            .Where(e => Counts(rule, e))
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

        // DyadCounts: the events of each unordered pair, busiest first
        var all = store.Events(new EventFilter());
        // (one-actor events, actors without a code and one actor on both sides are no dyad)
        var expectedDyads = all.Where(e => e.IsDyadic)
            .GroupBy(e => string.CompareOrdinal(e.SourceCode, e.TargetCode) < 0 ? (e.SourceCode, e.TargetCode) : (e.TargetCode, e.SourceCode))
            .Select(g => new PairCount(g.Key.Item1, g.Key.Item2, g.Count()))
            .OrderByDescending(p => p.Events).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal).ToList();
        Assert.Equal(expectedDyads, store.DyadCounts());
        Assert.Equal(("IRN", "RUS"), (store.DyadCounts()[0].A, store.DyadCounts()[0].B));

        // LatestEvents: the latest reported events by the end of the date range, latest first; a window that ends after
        // the event's last report (a planned visit, "in the coming months") is not the latest event
        var latest = store.LatestEvents(7);
        Assert.Equal(7, latest.Count);
        static bool Reported(Entente.Corpus.Model.StoredEvent e) => e.DateEnd != null && (e.LastSeen == null || e.DateEnd <= e.LastSeen);
        Assert.Contains(all, e => e.DateEnd != null && !Reported(e));
        Assert.All(latest, e => Assert.True(Reported(e), $"{e.Id} ends {e.DateEnd} after its last report {e.LastSeen}"));
        Assert.Equal(all.Where(Reported).Max(e => e.DateEnd), latest[0].DateEnd);
        Assert.Equal(latest.Select(e => e.DateEnd).OrderByDescending(d => d), latest.Select(e => e.DateEnd));
        Assert.Empty(store.Pairs(new EventFilter(), new CountingRule([], null, true)).Rows);
    }

    private static bool Counts(CountingRule rule, Entente.Corpus.Model.StoredEvent e)
        => (rule.Statuses is null || rule.Statuses.Contains(e.Status))
           && (rule.MaxCredibility is not int max || e.Credibility <= max || (rule.IncludeUnjudged && e.Credibility == 6))
           && (rule.IncludeUnjudged || e.Credibility != 6);

    /// <summary>Places: the counted events with a point added up by point and QuadClass, and the counted ones without a point.</summary>
    private static void AssertPlacesMatch(IEventStore store)
    {
        static string Render(IEnumerable<PlaceTotal> rows, int counted, int without)
            => $"{counted} {without}\n" + string.Join("\n", rows.Select(p => $"{p.Lat:0.####}|{p.Lon:0.####}|{p.Name}|{p.GeoNamesId}|{p.Country}|{p.QuadClass}|{p.Events}").Order(StringComparer.Ordinal));
        foreach (var filter in new[] { new EventFilter(), new EventFilter(Actor: "RUS"), new EventFilter(Since: new DateOnly(2023, 1, 1), Country: "UKR") })
            foreach (var rule in new[] { Default, CountingRule.Everything, new CountingRule([], null, true) })
            {
                var counted = store.Events(filter).Where(e => Counts(rule, e)).ToList();
                var located = counted.Where(e => e.Location is { Lat: not null, Lon: not null }).ToList();
                var expected = located.GroupBy(e => (e.Location!.Lat!.Value, e.Location.Lon!.Value, e.Location.Name, e.Location.GeoNamesId, e.Location.Country, e.QuadClass))
                    .Select(g => new PlaceTotal(g.Key.Item1, g.Key.Item2, g.Key.Name, g.Key.GeoNamesId, g.Key.Country, g.Key.QuadClass, g.Count()));
                var places = store.Places(filter, rule);
                Assert.Equal(Render(expected, counted.Count, counted.Count - located.Count), Render(places.Rows, places.EventsCounted, places.WithoutLocation));
            }
        var all = store.Places(new EventFilter(), CountingRule.Everything);
        Assert.True(all.Rows.Count >= 10, $"only {all.Rows.Count} places in the samples");
        Assert.True(all.WithoutLocation > 0 && all.Rows.Any(r => r.Events > 1));
    }

    [Fact]
    public void SqliteStore_Pairs_EqualEventsAddedUp()
    {
        using var tmp = new TempDir();
        TestKit.IngestInto(tmp.File("s.db"), Samples());
        using var store = TestKit.OpenSqliteReader(tmp.File("s.db"));
        AssertPairsMatch(store);
        AssertPlacesMatch(store);
    }

    [Fact]
    public void SqliteStore_Places_ReadsTheCoveringIndex_NotTheRows()
    {
        using var tmp = new TempDir();
        using (TestKit.OpenSqlite(tmp.File("s.db"))) { }
        using var conn = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={tmp.File("s.db")}");
        conn.Open();
        using var cmd = conn.CreateCommand();
        // the located half of Places for a date filter, as SqlEventStore writes it
        cmd.CommandText = "EXPLAIN QUERY PLAN SELECT location_lat, location_lon, location_name, location_geonames, location_country, quad_class FROM events " +
                          "WHERE date_end >= '2025-01-01' AND date_start <= '2025-06-30' AND location_lat IS NOT NULL AND location_lon IS NOT NULL";
        using var r = cmd.ExecuteReader();
        var plan = new List<string>();
        while (r.Read()) plan.Add(r.GetString(3));
        Assert.Contains(plan, p => p.Contains("COVERING INDEX events_map", StringComparison.Ordinal));
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
        AssertPlacesMatch(pg);
    }
}
