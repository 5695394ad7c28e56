using System.Data.Common;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus.Ingest;
using Entente.Corpus.Merge;
using Entente.Corpus.Model;
using Npgsql;
using NpgsqlTypes;

namespace Entente.Corpus.Store;

/// <summary>
/// The PostgreSQL store (scale-out): same schema and queries as SQLite; mentions loaded with binary COPY; advisory locks
/// per document locator and per merge block; a job table that workers claim with <c>FOR UPDATE SKIP LOCKED</c>. A claim,
/// the analysis results and the merge are one transaction: a worker that dies releases its jobs to the others.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private readonly string _location;

    /// <summary>A job whose worker died this many times while holding it is marked failed instead of being claimed again.</summary>
    public const int MaxAttempts = 3;

    private readonly string _connectionString;
    private NpgsqlConnection? _attemptLog;

    private PostgresEventStore(NpgsqlConnection connection, EventMerger merger, string location, string connectionString) : base(connection, merger)
    {
        _location = location;
        _connectionString = connectionString;
    }

    public override string Engine => "postgresql";

    protected override bool ReuseCommands => false;

    public override string Location => _location;

    public static PostgresEventStore Open(string connectionString, EventMerger merger, string? analyzerVersion = null, string? dictionaryHash = null)
    {
        NpgsqlConnectionStringBuilder builder;
        try { builder = new NpgsqlConnectionStringBuilder(connectionString); }
        catch (ArgumentException ex)
        {
            throw new StoreException($"the PostgreSQL connection string is not valid: {ex.Message}", "write it as Host=127.0.0.1;Port=5432;Database=entente;Username=…", ex);
        }
        var location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        // the writer repeats a few statements thousands of times: let Npgsql prepare them on the server
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = new PostgresEventStore(connection, merger, location, builder.ToString()) { AnalyzerVersion = analyzerVersion, DictionaryHash = dictionaryHash };
            store.Migrate(Schema.Postgres);
            return store;
        }
        catch (NpgsqlException ex)
        {
            connection.Dispose();
            throw new StoreException($"{location}: cannot open the store: {ex.Message}", "check that the server runs and the connection string is right", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Records a claim of these jobs on a second connection, committed at once (it survives the worker dying), and
    /// returns how many claims each job had before this one.
    /// </summary>
    private Dictionary<long, int> LogAttempts(string worker, long[] ids)
    {
        if (_attemptLog is null)
        {
            _attemptLog = new NpgsqlConnection(_connectionString);
            _attemptLog.Open();
        }
        var counts = new Dictionary<long, int>();
        using (var count = new NpgsqlCommand("SELECT document_id, COUNT(*) FROM job_attempts WHERE document_id = ANY(@ids) GROUP BY document_id", _attemptLog))
        {
            count.Parameters.AddWithValue("ids", ids);
            using var r = count.ExecuteReader();
            while (r.Read()) counts[r.GetInt64(0)] = (int)r.GetInt64(1);
        }
        using var insert = new NpgsqlCommand("INSERT INTO job_attempts (document_id, worker, at) SELECT unnest(@ids), @w, @at", _attemptLog);
        insert.Parameters.AddWithValue("ids", ids);
        insert.Parameters.AddWithValue("w", worker);
        insert.Parameters.AddWithValue("at", Now());
        insert.ExecuteNonQuery();
        return counts;
    }

    public override void Dispose()
    {
        _attemptLog?.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// to_tsvector('english', quote) against plainto_tsquery (the GIN index of <see cref="Schema.Postgres"/> serves it),
    /// ranked by ts_rank, snippets by ts_headline.
    /// </summary>
    protected override SearchResult SearchCore(SearchQuery query, int limit)
    {
        var words = query.Plain();
        int total = (int)(Scalar<long?>(null, "SELECT COUNT(*) FROM mentions WHERE to_tsvector('english', quote) @@ plainto_tsquery('english', @q)", ("q", words)) ?? 0);
        var hits = Query(null,
            "SELECT m.event_id, m.mention_key, m.quote, ts_headline('english', m.quote, q.query, @options), " + HitColumns + " " +
            "FROM (SELECT plainto_tsquery('english', @q) AS query) q JOIN mentions m ON to_tsvector('english', m.quote) @@ q.query " +
            "JOIN documents d ON d.id = m.document_id " +
            "ORDER BY ts_rank(to_tsvector('english', m.quote), q.query) DESC, m.mention_key LIMIT @limit",
            ReadHit, ("q", words), ("options", $"StartSel={SearchQuery.HitStart}, StopSel={SearchQuery.HitEnd}, MaxWords=40, MinWords=15, HighlightAll=false"),
            ("limit", limit));
        return new SearchResult(hits, total);
    }

    protected override DbTransaction BeginWrite() => Connection.BeginTransaction(System.Data.IsolationLevel.ReadCommitted);

    protected override void LockForMigration(DbTransaction tx) => Exec(tx, "SELECT pg_advisory_xact_lock(7405112)");

    protected override void LockBlocks(DbTransaction tx, IReadOnlyList<string> sortedBlocks)
    {
        if (sortedBlocks.Count == 0) return;
        // one lock per block, taken in the order of the lock ids so that concurrent workers can never wait on each other in a cycle
        Exec(tx, "SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(b, 0) AS h FROM unnest(@blocks) AS b ORDER BY h) AS locks",
            ("blocks", sortedBlocks.ToArray()));
    }

    protected override void LockLocators(DbTransaction tx, IReadOnlyList<string> sortedLocators)
    {
        if (sortedLocators.Count == 0) return;
        // a second key space (seed 1) so that locator locks and block locks are distinct; always taken before the block locks
        Exec(tx, "SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(l, 1) AS h FROM unnest(@locators) AS l ORDER BY h) AS locks",
            ("locators", sortedLocators.ToArray()));
    }

    // ---------------------------------------------------------------- bulk load

    private static readonly NpgsqlDbType[] MentionTypes =
    [
        NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Integer,
        NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Double, NpgsqlDbType.Integer, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Text,
        NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer,
    ];

    /// <summary>Mention rows by binary COPY: one round trip per batch instead of one per row.</summary>
    protected override void InsertMentions(DbTransaction tx, IReadOnlyList<(long DocumentId, StoredMention Mention)> rows)
    {
        if (rows.Count == 0) return;
        using var import = ((NpgsqlConnection)Connection).BeginBinaryImport($"COPY mentions ({MentionInsertColumns}) FROM STDIN (FORMAT BINARY)");
        foreach (var (docId, m) in rows)
        {
            import.StartRow();
            var values = MentionValues(docId, m);
            for (int i = 0; i < values.Length; i++)
            {
                switch (values[i])
                {
                    case null: import.WriteNull(); break;
                    case string s: import.Write(s, MentionTypes[i]); break;
                    case int n: import.Write(n, MentionTypes[i]); break;
                    case long l: import.Write(l, MentionTypes[i]); break;
                    case double d: import.Write(d, MentionTypes[i]); break;
                    case var other:
                        throw new StoreException($"{Location}: mention column {i} has a value of type {other.GetType().Name}, which the bulk load does not know",
                            "report this as a bug");
                }
            }
        }
        import.Complete();
    }

    protected override void AssignEvents(DbTransaction tx, IReadOnlyList<(string MentionKey, string EventId)> assignments)
        => Exec(tx, "UPDATE mentions AS m SET event_id = a.e FROM unnest(@keys, @events) AS a(k, e) WHERE m.mention_key = a.k",
            ("keys", assignments.Select(a => a.MentionKey).ToArray()), ("events", assignments.Select(a => a.EventId).ToArray()));

    // ---------------------------------------------------------------- jobs

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

    /// <summary>
    /// In one transaction: claims up to <paramref name="max"/> pending jobs that no other transaction holds
    /// (<c>FOR UPDATE SKIP LOCKED</c>), hands them to <paramref name="process"/>, stores its results (completing the
    /// pending document rows and marking the jobs done) and marks the jobs it returned no result for as failed.
    /// </summary>
    public override int ProcessJobs(string worker, int max, Func<IReadOnlyList<ClaimedJob>, IngestBatch> process)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        using var tx = BeginWrite();
        var jobs = Query(tx,
            "SELECT j.document_id, d.doc_key, d.content_hash, d.locator, d.path, d.body, d.format, d.title, d.published, d.outlet, d.url, " +
            "d.author, d.line, d.part FROM jobs j JOIN documents d ON d.id = j.document_id WHERE j.state = 'pending' " +
            "ORDER BY j.document_id LIMIT @max FOR UPDATE OF j SKIP LOCKED",
            r => new ClaimedJob(r.GetInt64(0),
                new SourceDocument(r.GetString(4), r.GetString(5), r.GetString(6), Title: NullableString(r, 7), Published: ParseDate(NullableString(r, 8)),
                    Outlet: NullableString(r, 9), Url: NullableString(r, 10), Author: NullableString(r, 11), Line: r.IsDBNull(12) ? null : r.GetInt32(12),
                    Part: r.GetInt32(13)),
                new DocumentIdentity(r.GetString(1), r.GetString(2), r.GetString(3))),
            ("max", max));
        if (jobs.Count == 0)
        {
            tx.Commit();
            return 0;
        }
        var ids = jobs.Select(j => j.DocumentId).ToArray();
        var earlier = LogAttempts(worker, ids);
        // attempts = claims so far, this one included
        Exec(tx, "UPDATE jobs SET attempts = a.n, worker = @w FROM unnest(@ids, @ns) AS a(d, n) WHERE document_id = a.d",
            ("w", worker), ("ids", ids), ("ns", ids.Select(id => earlier.GetValueOrDefault(id) + 1).ToArray()));

        // a document whose earlier claims all ended without a commit (the worker process died) is not tried again
        var poisoned = jobs.Where(j => earlier.GetValueOrDefault(j.DocumentId) >= MaxAttempts).ToList();
        var work = jobs.Where(j => !poisoned.Contains(j)).ToList();
        var batch = work.Count > 0 ? process(work) : new IngestBatch([], []);
        if (poisoned.Count > 0)
            batch = new IngestBatch(batch.Items, [.. batch.Failures, .. poisoned.Select(j => new ReadError(j.Document.Path, j.Document.Line,
                $"a worker stopped without finishing this document {earlier[j.DocumentId]} times (crash or kill while analysing it)",
                "look at the document (size, content) and the workers' logs; it is marked failed and will not be retried"))]);

        var claimed = jobs.ToDictionary(j => j.Identity.Key, j => j.DocumentId, StringComparer.Ordinal);
        foreach (var item in batch.Items)
            if (!claimed.ContainsKey(item.Identity.Key))
                throw new StoreException($"{Location}: worker {worker} returned document {item.Identity.Locator}, which it had not claimed",
                    "a worker must return results only for the jobs it was given; report this as a bug");
        var answered = batch.Items.Select(i => i.Identity.Key).ToHashSet(StringComparer.Ordinal);
        var failures = new List<ReadError>(batch.Failures);
        var failed = new List<(long DocumentId, ReadError Error)>();
        foreach (var job in jobs.Where(j => !answered.Contains(j.Identity.Key)))
        {
            var error = batch.Failures.FirstOrDefault(f => f.Path == job.Document.Path && f.Line == job.Document.Line);
            if (error is null)
            {
                error = new ReadError(job.Document.Path, job.Document.Line, $"worker {worker} returned no result for this document",
                    "run entente worker again after fixing the worker; the job is marked failed");
                failures.Add(error);
            }
            failed.Add((job.DocumentId, error));
        }

        WriteCore(tx, new IngestBatch(batch.Items, failures), claimed);
        foreach (var (docId, error) in failed)
        {
            Exec(tx, "UPDATE jobs SET state = 'failed', finished_at = @at, error = @e WHERE document_id = @d",
                ("at", Now()), ("e", error.Message), ("d", docId));
            Exec(tx, "UPDATE documents SET state = 'failed' WHERE id = @d", ("d", docId));
        }
        tx.Commit();
        return jobs.Count;
    }
}
