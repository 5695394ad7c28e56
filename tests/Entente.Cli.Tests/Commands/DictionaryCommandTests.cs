namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente dictionary import-petrarch</c> as a child process, on small PETRARCH files written here.</summary>
public sealed class DictionaryCommandTests : IDisposable
{
    private readonly TempFolder _tmp = new();

    public void Dispose() => _tmp.Dispose();

    [Fact]
    public void ImportPetrarch_WritesFilesAndReport_ThatAnalyzeLoads()
    {
        _tmp.Write("src/Phoenix.Countries.actors.txt",
            "# invented rows\nJANE_EXAMPLE_  # CountryInfo.txt\n\t[IRNGOV 920801-970803]\n\t[IRNGOV 2020-01]\nFREEDONIA_ [IRN]\n");
        _tmp.Write("src/Phoenix.agents.txt", "CUSTOMS_OFFICER [~COP]\nSMUGGLER [~CRM]\n");
        var outDir = _tmp.File("out");
        var (code, stdout, stderr) = EntenteProcess.Run(EntenteProcess.RepoRoot(), "dictionary", "import-petrarch", _tmp.File("src"), "--out", outDir, "--date", "2026-12-06");
        Assert.True(code == 0, stderr);
        Assert.Contains("officials.tsv\t1", stdout);
        Assert.Contains("agents.tsv\t1", stdout);
        Assert.Contains("Phoenix.agents.txt: agent: sector part not used by Entente", stdout);
        Assert.Contains("petrarch2/Phoenix.Countries.actors.txt:4: ", stdout);
        // the two actor files not given are reported, not fatal
        Assert.Contains("Phoenix.MilNonState.actors.txt:0: file not found", stdout.Replace('\\', '/'));
        Assert.StartsWith("# entente-data: 1\n# kind: officials\n", File.ReadAllText(Path.Combine(outDir, "officials.tsv")));

        _tmp.Write("article.md", "---\ntitle: Visit\npublished: 1995-03-02\n---\n\nJane Example met Russian officials in Moscow on Monday.\n");
        var (aCode, json, aErr) = EntenteProcess.Run(EntenteProcess.RepoRoot(), "analyze", _tmp.File("article.md"),
            "--dictionary", Path.Combine(outDir, "officials.tsv"), "--dictionary", Path.Combine(outDir, "agents.tsv"), "--format", "json");
        Assert.True(aCode == 0, aErr);
        // the imported term (1992-1997) covers the article's date: the person is coded, and the event's why cites the imported row
        Assert.Contains("\"name\": \"Jane Example\"", json);
        Assert.Contains("officials.tsv:9", json);
    }

    [Fact]
    public void ImportPetrarch_FailsWithHint_WhenFolderIsMissing()
    {
        var (code, _, stderr) = EntenteProcess.Run(EntenteProcess.RepoRoot(), "dictionary", "import-petrarch", _tmp.File("nowhere"), "--out", _tmp.File("out"));
        Assert.NotEqual(0, code);
        Assert.Contains("folder not found", stderr);
    }
}
