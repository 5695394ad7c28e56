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
/// per document locator and per merge block; a job table whose jobs are leased to workers (see PostgresEventStore.Jobs.cs).
/// </summary>
public sealed partial class PostgresEventStore : SqlEventStore
{
    private readonly string _location;

    private readonly string _connectionString;

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

    /// <summary>The types of a place's eleven columns (location, source_place, target_place).</summary>
    private static readonly NpgsqlDbType[] PlaceTypes =
    [
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Text,
        NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text,
    ];

    private static readonly NpgsqlDbType[] MentionTypes =
    [
        NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Integer,
        NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Double, NpgsqlDbType.Integer, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Text,
        NpgsqlDbType.Double, NpgsqlDbType.Double, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Integer,
        .. PlaceTypes, // location
        .. PlaceTypes, // source_place
        .. PlaceTypes, // target_place
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
}
