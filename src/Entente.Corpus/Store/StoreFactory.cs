using Entente.Corpus.Merge;

namespace Entente.Corpus.Store;

/// <summary>Opens the store a <c>--db</c> value (or <c>ENTENTE_DB</c>) names: a PostgreSQL connection string ("Host=…;Database=…"), else an SQLite file path.</summary>
public static class StoreFactory
{
    public const string DefaultPath = "entente.db";
    public const string EnvironmentVariable = "ENTENTE_DB";

    /// <summary>The value given, else ENTENTE_DB, else entente.db in the working directory.</summary>
    public static string Resolve(string? db)
    {
        if (!string.IsNullOrWhiteSpace(db)) return db;
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(env) ? DefaultPath : env;
    }

    /// <summary>True when the value is a PostgreSQL connection string (it has "Host=" or "Server=" and a ';'), or a postgres:// URL.</summary>
    public static bool IsPostgres(string db)
        => db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
           || (db.Contains('=') && (db.Contains("host=", StringComparison.OrdinalIgnoreCase) || db.Contains("server=", StringComparison.OrdinalIgnoreCase)));

    public static IEventStore Open(string db, EventMerger merger, string? analyzerVersion = null, string? dictionaryHash = null, bool mustExist = false)
        => IsPostgres(db)
            ? PostgresEventStore.Open(db, merger, analyzerVersion, dictionaryHash)
            : SqliteEventStore.Open(db, merger, analyzerVersion, dictionaryHash, mustExist);
}
