using Entente.Core.Knowledge;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus.Grading;
using Entente.Corpus.Ingest;
using Entente.Corpus.Merge;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests;

/// <summary>The shipped knowledge and the services built on it, shared by the tests (all immutable).</summary>
internal static class TestKit
{
    /// <summary>SQL taking a store back from schema version 4 to 3 (both engines): no quantity words, no event date basis.</summary>
    public const string UndoVersion4 =
        "ALTER TABLE mentions DROP COLUMN quantity_text; ALTER TABLE mentions DROP COLUMN quantity_of; ALTER TABLE mentions DROP COLUMN quantity_money; " +
        "ALTER TABLE events DROP COLUMN quantity_approx; ALTER TABLE events DROP COLUMN quantity_text; ALTER TABLE events DROP COLUMN quantity_of; " +
        "ALTER TABLE events DROP COLUMN quantity_money; ALTER TABLE events DROP COLUMN date_basis; ";

    /// <summary>SQL taking a store back from schema version 8 to 7 (both engines): no actors' places.</summary>
    public static readonly string UndoVersion8 = string.Concat(
        from table in new[] { "mentions", "events" }
        from prefix in new[] { "source_place", "target_place" }
        from field in new[] { "name", "kind", "country", "admin1", "lat", "lon", "basis", "start", "end", "geonames", "adm1" }
        select $"ALTER TABLE {table} DROP COLUMN {prefix}_{field}; ");

    /// <summary>SQL taking a store back from schema version 7 to 6 (both engines): no covering index for the map.</summary>
    public const string UndoVersion7 = "DROP INDEX events_map; ";

    /// <summary>SQL taking a store back from schema version 6 to 5 (both engines): no location columns.</summary>
    public const string UndoVersion6 =
        "DROP INDEX events_location_country; DROP INDEX events_location_lat; " +
        "ALTER TABLE mentions DROP COLUMN location_name; ALTER TABLE mentions DROP COLUMN location_kind; ALTER TABLE mentions DROP COLUMN location_country; ALTER TABLE mentions DROP COLUMN location_admin1; ALTER TABLE mentions DROP COLUMN location_lat; ALTER TABLE mentions DROP COLUMN location_lon; ALTER TABLE mentions DROP COLUMN location_basis; ALTER TABLE mentions DROP COLUMN location_start; ALTER TABLE mentions DROP COLUMN location_end; ALTER TABLE mentions DROP COLUMN location_geonames; ALTER TABLE mentions DROP COLUMN location_adm1; ALTER TABLE events DROP COLUMN location_name; ALTER TABLE events DROP COLUMN location_kind; ALTER TABLE events DROP COLUMN location_country; ALTER TABLE events DROP COLUMN location_admin1; ALTER TABLE events DROP COLUMN location_lat; ALTER TABLE events DROP COLUMN location_lon; ALTER TABLE events DROP COLUMN location_basis; ALTER TABLE events DROP COLUMN location_start; ALTER TABLE events DROP COLUMN location_end; ALTER TABLE events DROP COLUMN location_geonames; ALTER TABLE events DROP COLUMN location_adm1; ";

    /// <summary>SQL taking a store back from schema version 5 to 4 (both engines): no leases on jobs, the claims log back.</summary>
    public const string UndoVersion5 =
        "ALTER TABLE jobs DROP COLUMN lease; ALTER TABLE jobs DROP COLUMN lease_until; ALTER TABLE jobs DROP COLUMN begun; " +
        "ALTER TABLE jobs DROP COLUMN interruptions; CREATE TABLE job_attempts (document_id BIGINT NOT NULL, worker TEXT NOT NULL, at TEXT NOT NULL); ";

    /// <summary>The same wiring the CLI uses.</summary>
    public static CorpusServices Services { get; } = new(KnowledgeBase.Default);

    public static KnowledgeBase Knowledge => Services.Knowledge;
    public static Analyzer Analyzer => Services.Analyzer;
    public static SourceGrader Grader => Services.Grader;
    public static MergeRules Rules => Services.Rules;
    public static EventMerger Merger => Services.Merger;
    public static MentionBuilder Mentions => Services.Mentions;
    public static IngestService Ingest => Services.Ingest;

    public static SqliteEventStore OpenSqlite(string path) => SqliteEventStore.Open(path, Merger, Analyzer.Version, Knowledge.Hash);

    public static SqliteEventStore OpenSqliteReader(string path) => SqliteEventStore.Open(path, Merger, readOnly: true);

    /// <summary>Ingests documents into an SQLite store (a second connection answers the "already stored?" question, as in the CLI).</summary>
    public static IngestSummary IngestInto(string dbPath, IEnumerable<ReadResult> inputs, int batchSize = 50)
    {
        using var store = OpenSqlite(dbPath);
        using var reader = OpenSqlite(dbPath);
        return Ingest.Run(inputs, store, reader.KnownDocuments, new IngestOptions(BatchSize: batchSize));
    }

    public static ReadResult Doc(string path, string text, string? outlet, string published, string? url = null)
        => ReadResult.Success(new SourceDocument(path, text, "text", Title: null, Published: DateOnly.Parse(published), Outlet: outlet, Url: url));

    /// <summary>The repository root (the folder with Entente.sln), for the shipped samples.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Entente.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Entente.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("entente-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
