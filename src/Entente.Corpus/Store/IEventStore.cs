using Entente.Core.Reading;
using Entente.Corpus.Model;

namespace Entente.Corpus.Store;

/// <summary>
/// The corpus store: documents, mentions, merged events, failures and (PostgreSQL) the job table. One schema for
/// SQLite and PostgreSQL; open one with <see cref="StoreFactory.Open"/>. An instance holds one connection and is not
/// thread-safe; open one per thread or process.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Engine { get; }

    /// <summary>Where the store is, for messages (file path, or host/database without the password).</summary>
    string Location { get; }

    /// <summary>Which of these document keys are stored already (in any state).</summary>
    IReadOnlySet<string> KnownDocuments(IReadOnlyCollection<string> keys);

    /// <summary>Stores a batch in one transaction: documents, their mentions merged into events, and failures.</summary>
    BatchResult Write(IngestBatch batch);

    /// <summary>Registers documents for workers without analysing them (PostgreSQL). Returns how many were new.</summary>
    int Enqueue(IReadOnlyList<IngestItem> documents, IReadOnlyList<ReadError> failures);

    /// <summary>
    /// Leases up to <paramref name="max"/> pending jobs (or jobs whose lease expired) to <paramref name="worker"/> for
    /// <paramref name="lease"/>, renewed while <paramref name="process"/> runs; then stores its results for the jobs whose
    /// lease it still holds, in one transaction. A worker that dies leaves its jobs to others once the lease expires,
    /// charging an interruption only to the documents it was analysing (<see cref="JobClaim.Begin"/>, <see cref="JobClaim.End"/>); a job's attempts count
    /// its failed analyses only. Returns the number of jobs claimed (0: queue empty).
    /// </summary>
    int ProcessJobs(string worker, int max, TimeSpan lease, Func<JobClaim, IngestBatch> process);

    /// <summary>
    /// Gives the failed documents another chance: failed jobs go back to the queue (PostgreSQL), and the failure records
    /// are cleared so that the next ingest of the same inputs tries them again and records only what fails again.
    /// </summary>
    RetryResult RetryFailures();

    IReadOnlyList<StoredEvent> Events(EventFilter filter);

    /// <summary>
    /// Counted events aggregated per actor pair, type and QuadClass in the database (for networks over millions of
    /// events without reading them): the events <paramref name="filter"/> selects (its limit is ignored) that <paramref name="rule"/> counts.
    /// </summary>
    PairTotals Pairs(EventFilter filter, CountingRule rule);

    /// <summary>
    /// Counted events aggregated per point (latitude, longitude, place name, GeoNames id, state) and QuadClass in the database,
    /// for maps over hundreds of thousands of events without reading them: the events <paramref name="filter"/> selects (its
    /// limit is ignored) that <paramref name="rule"/> counts, and how many of those have no point.
    /// </summary>
    PlaceTotals Places(EventFilter filter, CountingRule rule);

    /// One page of the events <paramref name="filter"/> selects (its limit is ignored), in the order of <see cref="Events"/>,
    /// and the number it selects in all.
    /// </summary>
    /// <param name="knownTotal">The number the filter selects when the caller knows it already (cached under the same <see cref="Stamp"/>): the count is then not run.</param>
    EventPage EventsPage(EventFilter filter, int offset, int limit, int? knownTotal = null);

    /// <summary>The store's <see cref="StoreStamp"/>: three index lookups, cheap enough to read on every request.</summary>
    StoreStamp Stamp();

    /// <summary>Events per unordered actor pair (codes in ordinal order; events with one actor on both sides, one-actor events and actors without a code left out), busiest first.</summary>
    IReadOnlyList<PairCount> DyadCounts();

    /// <summary>The <paramref name="limit"/> latest reported events: those whose date range ends last, leaving out undated events and
    /// windows that end after the event's last report (planned or future), latest first.</summary>
    IReadOnlyList<StoredEvent> LatestEvents(int limit);

    /// <summary>The ids of the events the mentions of one document belong to (its key: <see cref="Ingest.DocumentIdentity.Key"/>), sorted.</summary>
    IReadOnlyList<string> DocumentEvents(string documentKey);

    /// <summary>
    /// Full-text search over the evidence sentences (mention quotes): the best <paramref name="limit"/> hits, best first,
    /// each with a snippet whose hits are marked (see <see cref="SearchQuery"/>), and the number of matching sentences.
    /// </summary>
    SearchResult Search(SearchQuery query, int limit);

    /// <summary>Every mention of the events <paramref name="filter"/> selects (its limit is ignored), with its document, ordered by event id, then publication date.</summary>
    IReadOnlyList<MentionView> Mentions(EventFilter filter);

    /// <summary>One event with all its mentions; null when no event has this id.</summary>
    EventDetail? Event(string id);

    IReadOnlyList<StoredDocument> Documents(int limit = int.MaxValue);

    IReadOnlyList<FailureRecord> Failures();

    /// <summary>Per outlet: documents, mentions, events and denials (grades are added by the caller from the outlet table).</summary>
    IReadOnlyList<(string? Outlet, int Documents, int Mentions, int Events, int Denials)> OutletCounts();

    StoreStats Stats();
}

/// <summary>Lease lengths of the job queue, and the simple way to process jobs.</summary>
public static class JobLease
{
    /// <summary><see cref="IEventStore.ProcessJobs"/> with the default lease, every job marked begun at once.</summary>
    public static int ProcessJobs(this IEventStore store, string worker, int max, Func<IReadOnlyList<ClaimedJob>, IngestBatch> process)
        => store.ProcessJobs(worker, max, Default, claim =>
        {
            claim.Begin(claim.Jobs);
            return process(claim.Jobs);
        });

    /// <summary>How long a claim is held without renewal (renewed every third of it while the worker lives): a killed worker's jobs wait this long.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(60);

    /// <summary>The shortest lease accepted.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(300);
}
