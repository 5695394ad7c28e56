using System.Collections.Concurrent;
using Entente.Corpus;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;

namespace Entente.Web.Api;

/// <summary>
/// Opens the store for one request: <see cref="IEventStore"/> instances hold one connection and are not thread-safe, so
/// every request gets its own and disposes it. Disposed stores go back to a small pool of idle open stores (at most
/// <see cref="MaxIdle"/>) instead of being closed, so a request does not pay for opening the file, reading the schema
/// and warming SQLite's page cache again. The first open creates the store or upgrades its schema (once per process);
/// later ones only check the version.
/// </summary>
public sealed class StoreAccess(CorpusServices corpus, WebOptions options)
{
    private readonly Lock _gate = new();
    private volatile bool _ready;
    private readonly ConcurrentBag<IEventStore> _idle = [];
    private int _idleCount;

    public int MaxIdle { get; } = Math.Max(4, Environment.ProcessorCount * 4);

    public string Db => options.Db;

    public IEventStore Open()
    {
        if (_idle.TryTake(out var pooled))
        {
            Interlocked.Decrement(ref _idleCount);
            return new PooledStore(pooled, this);
        }
        if (!_ready)
            lock (_gate)
                if (!_ready)
                {
                    // creates an empty SQLite store when there is none, and migrates an older schema (e.g. builds the full-text index)
                    var store = corpus.Open(options.Db, mustExist: false);
                    _ready = true;
                    return new PooledStore(store, this);
                }
        return new PooledStore(corpus.Open(options.Db, mustExist: true), this);
    }

    private void Return(IEventStore store, bool healthy)
    {
        if (healthy && Interlocked.Increment(ref _idleCount) <= MaxIdle) { _idle.Add(store); return; }
        if (healthy) Interlocked.Decrement(ref _idleCount);
        store.Dispose();
    }

    /// <summary>A store from the pool: every call goes to the open store; Dispose gives it back (closed instead when a call failed).</summary>
    private sealed class PooledStore(IEventStore inner, StoreAccess owner) : IEventStore
    {
        private IEventStore? _inner = inner;
        private bool _failed;

        private IEventStore S => _inner ?? throw new ObjectDisposedException(nameof(IEventStore));

        private T Call<T>(Func<IEventStore, T> f)
        {
            try { return f(S); }
            catch { _failed = true; throw; }
        }

        public string Engine => S.Engine;
        public string Location => S.Location;
        public IReadOnlySet<string> KnownDocuments(IReadOnlyCollection<string> keys) => Call(s => s.KnownDocuments(keys));
        public BatchResult Write(IngestBatch batch) => Call(s => s.Write(batch));
        public int Enqueue(IReadOnlyList<IngestItem> documents, IReadOnlyList<Entente.Core.Reading.ReadError> failures) => Call(s => s.Enqueue(documents, failures));
        public int ProcessJobs(string worker, int max, TimeSpan lease, Func<JobClaim, IngestBatch> process) => Call(s => s.ProcessJobs(worker, max, lease, process));
        public RetryResult RetryFailures() => Call(s => s.RetryFailures());
        public IReadOnlyList<Entente.Corpus.Model.StoredEvent> Events(EventFilter filter) => Call(s => s.Events(filter));
        public PairTotals Pairs(EventFilter filter, CountingRule rule) => Call(s => s.Pairs(filter, rule));
        public PlaceTotals Places(EventFilter filter, CountingRule rule) => Call(s => s.Places(filter, rule));
        public EventPage EventsPage(EventFilter filter, int offset, int limit, int? knownTotal = null) => Call(s => s.EventsPage(filter, offset, limit, knownTotal));
        public StoreStamp Stamp() => Call(s => s.Stamp());
        public IReadOnlyList<PairCount> DyadCounts() => Call(s => s.DyadCounts());
        public IReadOnlyList<Corpus.Model.StoredEvent> LatestEvents(int limit) => Call(s => s.LatestEvents(limit));
        public IReadOnlyList<string> DocumentEvents(string documentKey) => Call(s => s.DocumentEvents(documentKey));
        public SearchResult Search(SearchQuery query, int limit) => Call(s => s.Search(query, limit));
        public IReadOnlyList<MentionView> Mentions(EventFilter filter) => Call(s => s.Mentions(filter));
        public EventDetail? Event(string id) => Call(s => s.Event(id));
        public IReadOnlyList<Entente.Corpus.Model.StoredDocument> Documents(int limit = int.MaxValue) => Call(s => s.Documents(limit));
        public IReadOnlyList<Entente.Corpus.Model.FailureRecord> Failures() => Call(s => s.Failures());
        public IReadOnlyList<(string? Outlet, int Documents, int Mentions, int Events, int Denials)> OutletCounts() => Call(s => s.OutletCounts());
        public StoreStats Stats() => Call(s => s.Stats());

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _inner, null) is { } store) owner.Return(store, !_failed);
        }
    }
}
