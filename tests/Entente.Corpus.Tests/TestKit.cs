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
    private static readonly Lazy<Analyzer> LazyAnalyzer = new(() => new Analyzer(KnowledgeBase.Default));

    public static KnowledgeBase Knowledge => KnowledgeBase.Default;
    public static Analyzer Analyzer => LazyAnalyzer.Value;
    public static SourceGrader Grader { get; } = new(KnowledgeBase.Default.Outlets, KnowledgeBase.Default.Reliability);
    public static MergeRules Rules { get; } = new(isGeneric: KnowledgeBase.Default.Equipment.IsGeneric);
    public static EventMerger Merger { get; } = new(Rules, new EventAggregator(Grader));
    public static MentionBuilder Mentions { get; } = new(KnowledgeBase.Default.Cameo, Grader, Rules);
    public static IngestService Ingest { get; } = new(Analyzer, Mentions);

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
