using System.Globalization;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus.Ingest;
using Npgsql;

namespace Entente.Corpus.Store;

/// <summary>
/// The job queue: <c>ingest --enqueue</c> registers documents as pending jobs; a worker leases a few at a time (a
/// committed claim with a token and an expiry on the server's clock, renewed from a second connection while the worker
/// lives), analyses them outside any transaction and stores the results of the jobs whose lease it still holds in one
/// transaction. A worker that dies (kill -9, lost machine) leaves its jobs leased until the lease expires; the next
/// claim takes them back, charging an interruption only to the documents it was analysing. A document that interrupted its
/// workers <see cref="MaxInterruptions"/> times is marked failed; a failed analysis marks its job failed and counts an attempt.
/// </summary>
public sealed partial class PostgresEventStore
{
    /// <summary>A document whose workers stopped this many times while analysing it is marked failed instead of being claimed again.</summary>
    public const int MaxInterruptions = 3;

    /// <summary>Now, in milliseconds of the server's clock: every worker compares leases on the same clock.</summary>
    private const string ServerMilliseconds = "(extract(epoch from clock_timestamp()) * 1000)::bigint";

    private static readonly IngestBatch NoResults = new([], []);

    /// <summary>The second connection that renews leases and records begun documents, committed at once beside the claim.</summary>
    private NpgsqlConnection? _leases;
    private readonly Lock _leasesLock = new();

    /// <summary>
    /// Registers documents as pending jobs in one transaction: the document row (text kept for the worker, metadata as
    /// given; the worker completes it) and a job row. A document whose key is stored already is left alone.
    /// </summary>
    public override int Enqueue(IReadOnlyList<IngestItem> documents, IReadOnlyList<ReadError> failures)
    {
        using var tx = BeginWrite();
        LockLocators(tx, [.. documents.Select(d => d.Identity.Locator).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
        int added = 0;
        foreach (var item in documents)
        {
            var d = item.Document;
            int newest = (int)(Scalar<long?>(tx, "SELECT MAX(version) FROM documents WHERE locator = @l AND state IN ('done', 'pending')",
                ("l", item.Identity.Locator)) ?? 0);
            var id = Scalar<long?>(tx,
                "INSERT INTO documents (doc_key, content_hash, locator, version, path, url, line, part, outlet, title, author, published, format, " +
                "state, mentions, body, ingested_at) VALUES (@key, @hash, @loc, @ver, @path, @url, @line, @part, @outlet, @title, @author, @pub, " +
                "@format, 'pending', 0, @body, @at) ON CONFLICT (doc_key) DO NOTHING RETURNING id",
                ("key", item.Identity.Key), ("hash", item.Identity.ContentHash), ("loc", item.Identity.Locator), ("ver", newest + 1),
                ("path", d.Path), ("url", d.Url), ("line", d.Line), ("part", d.Part), ("outlet", d.Outlet), ("title", d.Title),
                ("author", d.Author), ("pub", Iso(d.Published)), ("format", d.Format), ("body", d.Text), ("at", Now()));
            if (id is not long docId) continue;
            Exec(tx, "INSERT INTO jobs (document_id, state, attempts) VALUES (@d, 'pending', 0)", ("d", docId));
            added++;
        }
        foreach (var f in failures) InsertFailure(tx, f);
        tx.Commit();
        return added;
    }

    public override int ProcessJobs(string worker, int max, TimeSpan lease, Func<JobClaim, IngestBatch> process)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lease, JobLease.Minimum);
        var token = Guid.NewGuid().ToString("N");
        var (jobs, given) = Claim(worker, max, lease, token);
        if (jobs.Count == 0) return given;
        IngestBatch batch;
        using (var renewal = new LeaseRenewal(this, token, lease))
        {
            try
            {
                batch = process(new JobClaim(jobs, renewal.Mark));
                renewal.ThrowIfFailed();
            }
            catch
            {
                // the worker goes on living (a caught error), so it hands its jobs back now instead of at the lease's expiry,
                // charging those it was analysing; if the store cannot be reached, the lease expires and the next claim does it
                renewal.Dispose();
                ReleaseAfterError(token);
                throw;
            }
        }
        Complete(worker, token, jobs, batch);
        return given;
    }

    /// <summary>
    /// Leases up to <paramref name="max"/> jobs, pending or with an expired lease (those charged an interruption when their
    /// worker was analysing them), in one committed transaction; marks failed the ones interrupted <see cref="MaxInterruptions"/>
    /// times. Returns the jobs to analyse and the number claimed (the failed ones included).
    /// </summary>
    private (List<ClaimedJob> Jobs, int Claimed) Claim(string worker, int max, TimeSpan lease, string token)
    {
        using var tx = BeginWrite();
        var leased = Query(tx,
            $"WITH picked AS (SELECT document_id FROM jobs WHERE state = 'pending' OR (state = 'leased' AND lease_until < {ServerMilliseconds}) " +
            "ORDER BY document_id LIMIT @max FOR UPDATE SKIP LOCKED) " +
            "UPDATE jobs AS j SET interruptions = j.interruptions + CASE WHEN j.state = 'leased' AND j.begun = 1 THEN 1 ELSE 0 END, " +
            $"state = 'leased', lease = @token, worker = @w, begun = 0, lease_until = {ServerMilliseconds} + @ms " +
            "FROM picked WHERE j.document_id = picked.document_id RETURNING j.document_id, j.interruptions",
            r => (Id: r.GetInt64(0), Interruptions: r.GetInt32(1)),
            ("max", max), ("token", token), ("w", worker), ("ms", (long)lease.TotalMilliseconds));
        if (leased.Count == 0)
        {
            tx.Commit();
            return ([], 0);
        }
        var interruptions = leased.ToDictionary(l => l.Id, l => l.Interruptions);
        var jobs = Query(tx,
            "SELECT id, doc_key, content_hash, locator, path, body, format, title, published, outlet, url, author, line, part " +
            "FROM documents WHERE id = ANY(@ids) ORDER BY id",
            r => new ClaimedJob(r.GetInt64(0),
                new SourceDocument(r.GetString(4), r.GetString(5), r.GetString(6), Title: NullableString(r, 7), Published: ParseDate(NullableString(r, 8)),
                    Outlet: NullableString(r, 9), Url: NullableString(r, 10), Author: NullableString(r, 11), Line: r.IsDBNull(12) ? null : r.GetInt32(12),
                    Part: r.GetInt32(13)),
                new DocumentIdentity(r.GetString(1), r.GetString(2), r.GetString(3)), interruptions[r.GetInt64(0)]),
            ("ids", interruptions.Keys.ToArray()));

        // a document whose workers stopped while analysing it too often is not handed out again
        var poisoned = jobs.Where(j => j.Interruptions >= MaxInterruptions).ToList();
        foreach (var job in poisoned)
            Fail(tx, job.DocumentId, new ReadError(job.Document.Path, job.Document.Line,
                $"a worker stopped while analysing this document {job.Interruptions} times (crash or kill while analysing it)",
                "look at the document (size, content) and the workers' logs; after a fix, `entente failures --retry` queues it again"));
        tx.Commit();
        return ([.. jobs.Where(j => j.Interruptions < MaxInterruptions)], leased.Count);
    }

    /// <summary>
    /// Stores the results of the jobs whose lease this claim still holds (locked, so no other worker can take them while
    /// they are written): documents, mentions, merge, done and failed jobs. Results for jobs whose lease another worker
    /// has taken over are dropped: that worker stores them.
    /// </summary>
    private void Complete(string worker, string token, List<ClaimedJob> jobs, IngestBatch batch)
    {
        var byKey = jobs.ToDictionary(j => j.Identity.Key, StringComparer.Ordinal);
        foreach (var item in batch.Items)
            if (!byKey.ContainsKey(item.Identity.Key))
                throw new StoreException($"{Location}: worker {worker} returned document {item.Identity.Locator}, which it had not claimed",
                    "a worker must return results only for the jobs it was given; report this as a bug");

        using var tx = BeginWrite();
        var held = Query(tx, "SELECT document_id FROM jobs WHERE document_id = ANY(@ids) AND lease = @token AND state = 'leased' ORDER BY document_id FOR UPDATE",
            r => r.GetInt64(0), ("ids", jobs.Select(j => j.DocumentId).ToArray()), ("token", token)).ToHashSet();
        bool Held(ClaimedJob j) => held.Contains(j.DocumentId);
        bool OfLostJob(ReadError f) => jobs.Any(j => !Held(j) && f.Path == j.Document.Path && f.Line == j.Document.Line);

        var items = batch.Items.Where(i => Held(byKey[i.Identity.Key])).ToList();
        var answered = items.Select(i => i.Identity.Key).ToHashSet(StringComparer.Ordinal);
        var failures = batch.Failures.Where(f => !OfLostJob(f)).ToList();
        var failed = new List<(long DocumentId, ReadError Error)>();
        foreach (var job in jobs.Where(j => Held(j) && !answered.Contains(j.Identity.Key)))
        {
            var error = failures.FirstOrDefault(f => f.Path == job.Document.Path && f.Line == job.Document.Line);
            if (error is null)
            {
                error = new ReadError(job.Document.Path, job.Document.Line, $"worker {worker} returned no result for this document",
                    "run entente worker again after fixing the worker; the job is marked failed (`entente failures --retry` queues it again)");
                failures.Add(error);
            }
            failed.Add((job.DocumentId, error));
        }

        WriteCore(tx, new IngestBatch(items, []), items.ToDictionary(i => i.Identity.Key, i => byKey[i.Identity.Key].DocumentId, StringComparer.Ordinal));
        foreach (var f in failures.Where(f => !failed.Any(x => ReferenceEquals(x.Error, f)))) InsertFailure(tx, f);
        foreach (var (docId, error) in failed) Fail(tx, docId, error, attempt: true);
        tx.Commit();
    }

    /// <summary>Marks a job and its document failed and records the failure; <paramref name="attempt"/>: a failed analysis, counted.</summary>
    private void Fail(System.Data.Common.DbTransaction tx, long documentId, ReadError error, bool attempt = false)
    {
        Exec(tx, "UPDATE jobs SET state = 'failed', finished_at = @at, error = @e, lease = NULL, attempts = attempts + @a WHERE document_id = @d",
            ("at", Now()), ("e", error.Message), ("a", attempt ? 1 : 0), ("d", documentId));
        Exec(tx, "UPDATE documents SET state = 'failed' WHERE id = @d", ("d", documentId));
        InsertFailure(tx, error);
    }

    /// <summary>Hands a claim's jobs back to the queue after the worker's own error, charging an interruption to those it was analysing.</summary>
    private void ReleaseAfterError(string token)
    {
        try
        {
            Exec(null, "UPDATE jobs SET state = 'pending', interruptions = interruptions + begun, begun = 0, lease = NULL, lease_until = NULL " +
                       "WHERE lease = @token AND state = 'leased'", ("token", token));
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ObjectDisposedException)
        {
            // the connection is gone (the caller's error is likely the same): the lease expires and the next claim takes the jobs
        }
    }

    private void OnLeaseConnection(Action<NpgsqlConnection> act)
    {
        lock (_leasesLock)
        {
            if (_leases is null)
            {
                var c = new NpgsqlConnection(_connectionString);
                c.Open();
                _leases = c;
            }
            act(_leases);
        }
    }

    public override void Dispose()
    {
        lock (_leasesLock) _leases?.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// Keeps a claim's lease alive: renews its expiry every third of the lease, and records the documents being analysed, both on the
    /// lease connection and committed at once. A renewal that fails is reported by <see cref="ThrowIfFailed"/>.
    /// </summary>
    private sealed class LeaseRenewal : IDisposable
    {
        private readonly PostgresEventStore _store;
        private readonly string _token;
        private readonly long _ms;
        private readonly Timer _timer;
        private Exception? _failure;
        private bool _disposed;

        public LeaseRenewal(PostgresEventStore store, string token, TimeSpan lease)
        {
            _store = store;
            _token = token;
            _ms = (long)lease.TotalMilliseconds;
            var every = lease / 3;
            _timer = new Timer(_ => Renew(), null, every, every);
        }

        /// <summary>Marks jobs begun (being analysed) or no longer.</summary>
        public void Mark(long[] ids, bool begun) => _store.OnLeaseConnection(c =>
        {
            using var cmd = new NpgsqlCommand("UPDATE jobs SET begun = @b WHERE document_id = ANY(@ids) AND lease = @token", c);
            cmd.Parameters.AddWithValue("b", begun ? 1 : 0);
            cmd.Parameters.AddWithValue("ids", ids);
            cmd.Parameters.AddWithValue("token", _token);
            cmd.ExecuteNonQuery();
        });

        private void Renew()
        {
            try
            {
                _store.OnLeaseConnection(c =>
                {
                    if (_disposed) return;
                    using var cmd = new NpgsqlCommand($"UPDATE jobs SET lease_until = {ServerMilliseconds} + @ms WHERE lease = @token AND state = 'leased'", c);
                    cmd.Parameters.AddWithValue("ms", _ms);
                    cmd.Parameters.AddWithValue("token", _token);
                    cmd.ExecuteNonQuery();
                });
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ObjectDisposedException)
            {
                Interlocked.CompareExchange(ref _failure, ex, null);
            }
        }

        public void ThrowIfFailed()
        {
            if (_failure is { } ex)
                throw new StoreException($"{_store.Location}: cannot renew the lease on the claimed jobs: {ex.Message}",
                    "check that the server runs; the jobs go back to the queue when the lease expires", ex);
        }

        public void Dispose()
        {
            if (_disposed) return;
            using (var done = new ManualResetEvent(false))
                if (_timer.Dispose(done)) done.WaitOne();
            lock (_store._leasesLock) _disposed = true;
        }
    }
}
