using System.Data.Common;
using Entente.Corpus.Merge;
using Npgsql;

namespace Entente.Corpus.Store;

/// <summary>The PostgreSQL store (scale-out): same schema and queries as SQLite; advisory locks per merge block; a job table for workers.</summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private readonly string _location;

    private PostgresEventStore(NpgsqlConnection connection, EventMerger merger, string location) : base(connection, merger) { _location = location; }

    public override string Engine => "postgresql";

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
        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = new PostgresEventStore(connection, merger, location) { AnalyzerVersion = analyzerVersion, DictionaryHash = dictionaryHash };
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

    protected override DbTransaction BeginWrite() => Connection.BeginTransaction(System.Data.IsolationLevel.ReadCommitted);

    protected override void LockForMigration(DbTransaction tx) => Exec(tx, "SELECT pg_advisory_xact_lock(7405112)");

    protected override void LockBlocks(DbTransaction tx, IReadOnlyList<string> sortedBlocks)
    {
        if (sortedBlocks.Count == 0) return;
        // one lock per block, taken in the order of the lock ids so that concurrent workers can never wait on each other in a cycle
        Exec(tx, "SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(b, 0) AS h FROM unnest(@blocks) AS b ORDER BY h) AS locks",
            ("blocks", sortedBlocks.ToArray()));
    }
}
