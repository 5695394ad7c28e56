using Entente.Core.Knowledge;
using Entente.Core.Pipeline;

namespace Entente.Core.Tests;

/// <summary>Shared fixtures: the shipped knowledge (copied to the test output with the build) and paths inside the test project.</summary>
public static class TestData
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => KnowledgeBase.Load(System.IO.Path.Combine(AppContext.BaseDirectory, "data"), []));
    private static readonly Lazy<Analyzer> SharedAnalyzer = new(() => new Analyzer(Kb.Value, new AnalyzerOptions(DetectLanguage: false)));

    public static KnowledgeBase Knowledge => Kb.Value;
    public static Analyzer Analyzer => SharedAnalyzer.Value;

    /// <summary>Analyzes one text of a test, published 2024-03-01 (a date that makes the tests' relative dates concrete).</summary>
    public static AnalyzedDocument Analyze(string text)
        => Analyzer.Analyze(new Entente.Core.Text.SourceDocument("t.txt", text, "text", Published: new DateOnly(2024, 3, 1)));

    /// <summary>A file copied next to the test assembly (fixtures are copied with their folder structure).</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);

    /// <summary>The repository root (the folder holding Entente.sln), for suites that read tests/gold.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Entente.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Entente.sln not found above " + AppContext.BaseDirectory);
    }
}
