using System.Data.Common;
using Entente.Corpus.Merge;
using Microsoft.Data.Sqlite;

namespace Entente.Corpus.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, so readers query while an ingest writes. Writes are
/// <c>BEGIN IMMEDIATE</c> transactions (one writer at a time; others wait up to the busy timeout).
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private readonly string _path;

    private SqliteEventStore(SqliteConnection connection, EventMerger merger, string path) : base(connection, merger) { _path = path; }

    public override string Engine => "sqlite";

    public override string Location => _path;

    public static SqliteEventStore Open(string path, EventMerger merger, string? analyzerVersion = null, string? dictionaryHash = null, bool readOnly = false)
    {
        var full = Path.GetFullPath(path);
        if (readOnly && !File.Exists(full))
            throw new StoreException($"{path}: no such store", "run entente ingest first, or pass --db with the store's path");
        var dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
            throw new StoreException($"{path}: the folder {dir} does not exist", "create the folder, or pass another --db path");
        if (File.Exists(full) && !LooksLikeSqlite(full))
            throw new StoreException($"{path}: not an SQLite database", "pass the path of an Entente store, or a new file name");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 60000; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536;";
                cmd.ExecuteNonQuery();
            }
            var store = new SqliteEventStore(connection, merger, path) { AnalyzerVersion = analyzerVersion, DictionaryHash = dictionaryHash };
            if (readOnly) store.CheckVersion();
            else store.Migrate(Schema.Sqlite);
            return store;
        }
        catch (SqliteException ex) when (readOnly && ex.SqliteErrorCode == 1)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not an Entente store ({ex.Message})", "run entente ingest first, or point --db at an Entente store", ex);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open the store: {ex.Message}", "check the file is an Entente store and not locked by another program", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool LooksLikeSqlite(string path)
    {
        var info = new FileInfo(path);
        if (info.Length == 0) return true;
        Span<byte> header = stackalloc byte[16];
        using var f = File.OpenRead(path);
        int n = f.Read(header);
        return n == 16 && header.SequenceEqual("SQLite format 3\0"u8);
    }

    /// <summary>
    /// "+date_start" keeps SQLite from walking the whole start-date index to avoid a sort: with a filter on the end date
    /// (<c>--since</c>) it then uses the end-date index and sorts the few rows found (3 s → milliseconds on a million events).
    /// </summary>
    protected override string EventOrder => "+date_start, event_id";

    protected override bool AggregateInDatabase => false;

    /// <summary>FTS5 over the external-content table mentions_fts (see <see cref="Schema.Sqlite"/>), ranked by bm25.</summary>
    protected override SearchResult SearchCore(SearchQuery query, int limit)
    {
        var match = query.Fts5();
        try
        {
            int total = (int)(Scalar<long?>(null, "SELECT COUNT(*) FROM mentions_fts WHERE mentions_fts MATCH @q", ("q", match)) ?? 0);
            var hits = Query(null,
                "SELECT m.event_id, m.mention_key, m.quote, snippet(mentions_fts, 0, @open, @close, '…', 40), " + HitColumns + " " +
                "FROM mentions_fts JOIN mentions m ON m.rowid = mentions_fts.rowid JOIN documents d ON d.id = m.document_id " +
                "WHERE mentions_fts MATCH @q ORDER BY mentions_fts.rank, m.mention_key LIMIT @limit",
                ReadHit, ("q", match), ("open", SearchQuery.HitStart.ToString()), ("close", SearchQuery.HitEnd.ToString()), ("limit", limit));
            return new SearchResult(hits, total);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1 && ex.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase))
        {
            // the terms are quoted, so this should not happen; if FTS5 still refuses the expression, it is the query's fault, not the store's
            throw new SearchQueryException($"the search query cannot be run: {ex.Message}", "search for plain words");
        }
    }

    protected override DbTransaction BeginWrite() => ((SqliteConnection)Connection).BeginTransaction(deferred: false);
}
