using System.Diagnostics;
using Entente.Core.Knowledge;
using Entente.Core.Pipeline;
using Entente.Corpus;
using Entente.Corpus.Ingest;
using Entente.Corpus.Merge;
using Entente.Corpus.Store;
using Npgsql;

namespace Entente.Bench;

/// <summary>The corpus-store services wired as the CLI and the tests wire them (KnowledgeBase → SourceGrader → MergeRules → EventMerger → MentionBuilder → IngestService).</summary>
internal sealed class StoreServices
{
    public KnowledgeBase Knowledge { get; }
    public Analyzer Analyzer { get; }
    public EventMerger Merger { get; }
    public MentionBuilder Mentions { get; }
    public IngestService Ingest { get; }

    private StoreServices(CorpusServices services)
    {
        Knowledge = services.Knowledge;
        Analyzer = services.Analyzer;
        Merger = services.Merger;
        Mentions = services.Mentions;
        Ingest = services.Ingest;
    }

    public static StoreServices Load(BenchArgs a)
    {
        string dataDir = a.Text("data", Path.Combine(AppContext.BaseDirectory, "data"));
        var sw = Stopwatch.StartNew();
        var kb = KnowledgeBase.Load(dataDir, Array.Empty<string>());
        var services = new CorpusServices(kb, new AnalyzerOptions(DetectLanguage: !a.Has("no-language")));
        Console.WriteLine($"knowledge base load + services: {sw.Elapsed.TotalMilliseconds:F0} ms (from {dataDir}); language detection {(a.Has("no-language") ? "off" : "on")}");
        return new StoreServices(services);
    }

    public SqliteEventStore OpenSqlite(string path) => SqliteEventStore.Open(path, Merger, Entente.Core.Pipeline.Analyzer.Version, Knowledge.Hash);
}

/// <summary>Times the store's <see cref="IEventStore.Write"/> calls (where merging against the stored mentions happens); everything else is passed through.</summary>
internal sealed class TimedStore(IEventStore inner) : IEventStore
{
    private readonly Stopwatch _write = new();

    public TimeSpan WriteTime => _write.Elapsed;
    public int Writes { get; private set; }

    public void Reset() { _write.Reset(); Writes = 0; }

    public string Engine => inner.Engine;
    public string Location => inner.Location;
    public IReadOnlySet<string> KnownDocuments(IReadOnlyCollection<string> keys) => inner.KnownDocuments(keys);

    public BatchResult Write(IngestBatch batch)
    {
        _write.Start();
        try { return inner.Write(batch); }
        finally { _write.Stop(); Writes++; }
    }

    public int Enqueue(IReadOnlyList<IngestItem> documents, IReadOnlyList<Entente.Core.Reading.ReadError> failures) => inner.Enqueue(documents, failures);
    public int ProcessJobs(string worker, int max, TimeSpan lease, Func<JobClaim, IngestBatch> process) => inner.ProcessJobs(worker, max, lease, process);
    public RetryResult RetryFailures() => inner.RetryFailures();
    public IReadOnlyList<Entente.Corpus.Model.StoredEvent> Events(EventFilter filter) => inner.Events(filter);
    public EventPage EventsPage(EventFilter filter, int offset, int limit, int? knownTotal = null) => inner.EventsPage(filter, offset, limit, knownTotal);
    public StoreStamp Stamp() => inner.Stamp();
    public IReadOnlyList<PairCount> DyadCounts() => inner.DyadCounts();
    public IReadOnlyList<Entente.Corpus.Model.StoredEvent> LatestEvents(int limit) => inner.LatestEvents(limit);
    public IReadOnlyList<string> DocumentEvents(string documentKey) => inner.DocumentEvents(documentKey);
    public SearchResult Search(SearchQuery query, int limit) => inner.Search(query, limit);
    public EventDetail? Event(string id) => inner.Event(id);
    public IReadOnlyList<MentionView> Mentions(EventFilter filter) => inner.Mentions(filter);
    public PairTotals Pairs(EventFilter filter, CountingRule rule) => inner.Pairs(filter, rule);
    public PlaceTotals Places(EventFilter filter, CountingRule rule) => inner.Places(filter, rule);
    public IReadOnlyList<Entente.Corpus.Model.StoredDocument> Documents(int limit = int.MaxValue) => inner.Documents(limit);
    public IReadOnlyList<Entente.Corpus.Model.FailureRecord> Failures() => inner.Failures();
    public IReadOnlyList<(string? Outlet, int Documents, int Mentions, int Events, int Denials)> OutletCounts() => inner.OutletCounts();
    public StoreStats Stats() => inner.Stats();
    public void Dispose() => inner.Dispose();
}

/// <summary>A fresh PostgreSQL database for one bench run, created from the <c>--pg</c> connection string and dropped afterwards (unless --keep).</summary>
internal sealed class FreshPgDatabase : IDisposable
{
    private readonly string _admin;
    private readonly bool _keep;

    public string Name { get; }
    public string ConnectionString { get; }

    public FreshPgDatabase(string adminConnectionString, string purpose, bool keep)
    {
        _admin = adminConnectionString;
        _keep = keep;
        Name = $"entente_bench_{purpose}_{DateTime.UtcNow:yyyyMMddHHmmss}";
        using (var c = new NpgsqlConnection(adminConnectionString))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {Name}", c);
            cmd.ExecuteNonQuery();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = Name }.ToString();
    }

    public void Dispose()
    {
        if (_keep) { Console.WriteLine($"kept PostgreSQL database {Name}"); return; }
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(_admin);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", c);
        cmd.ExecuteNonQuery();
    }
}

/// <summary>Median and 95th percentile of repeated timings.</summary>
internal static class Stats
{
    public static (double Median, double P95, double Min) Of(IReadOnlyList<double> ms)
    {
        var s = ms.Order().ToArray();
        double At(double q) => s[Math.Min(s.Length - 1, (int)Math.Ceiling(q * s.Length) - 1)];
        return (s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2, At(0.95), s[0]);
    }
}
