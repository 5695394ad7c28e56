using System.Diagnostics;
using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>Runs the real <c>entente</c> program as a child process: arguments, exit codes, standard output and error.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    internal static (int Code, string Out, string Err) Run(string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "entente.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        if (stdin != null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), "entente did not finish within two minutes");
        return (p.ExitCode, outTask.Result, errTask.Result);
    }

    private const string Article = "---\npublished: 2024-03-01\n---\nIran has supplied Russia with hundreds of Shahed drones (Reuters, February 27).\n";

    [Fact]
    public void Analyze_ReportsBadFilesAndExitsOne_WhenSomeInputsFail()
    {
        Write("a.md", Article);
        Write("b.jsonl", "{\"text\": \"Turkey condemned Israel's strikes.\", \"published\": \"2024-03-01\"}\n{broken\n");
        Write("c.txt", "");
        var (code, stdout, stderr) = Run(null, "analyze", _dir, "--no-language-check");
        Assert.Equal(1, code);
        Assert.Contains("b.jsonl:2", stderr);
        Assert.Contains("c.txt", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("schema_version").GetInt32());
        var docs = json.RootElement.GetProperty("documents");
        Assert.Equal(2, docs.GetArrayLength());
        var e = docs[0].GetProperty("events")[0];
        Assert.Equal("IRN", e.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("2024-02-27", e.GetProperty("sources")[0].GetProperty("date").GetString());
    }

    [Fact]
    public void Analyze_ReadsStandardInput_WhenArgumentIsDash()
    {
        var (code, stdout, _) = Run("Moldova expelled a Russian diplomat on Friday.", "analyze", "-", "--published", "2024-03-08", "--format", "jsonl", "--no-language-check");
        Assert.Equal(0, code);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var e = JsonDocument.Parse(line);
        Assert.Equal("161", e.RootElement.GetProperty("cameo").GetString());
        Assert.Equal("2024-03-08", e.RootElement.GetProperty("date").GetProperty("start").GetString());
    }

    [Fact]
    public void Analyze_PrintsHeaderAndRows_WhenFormatIsTsvOrTable()
    {
        var a = Write("a.md", Article);
        var (code, tsv, _) = Run(null, "analyze", a, "--format", "tsv", "--no-language-check");
        Assert.Equal(0, code);
        var lines = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("path\tsentence\tdate_start", lines[0]);
        Assert.Equal(lines[0].Split('\t').Length, lines[1].Split('\t').Length);
        Assert.Contains("\tIRN\t", lines[1]);
        var (code2, table, _) = Run(null, "analyze", a, "--format", "table", "--no-language-check");
        Assert.Equal(0, code2);
        Assert.Contains("arms_transfer (072)", table);
        Assert.Contains("Reuters, 2024-02-27", table);
    }

    [Fact]
    public void Analyze_UsesUserDictionary_WhenGivenWithDictionaryOption()
    {
        var dict = Write("mine.tsv", "# entente-data: 1\n# kind: officials\n# description: test\n# date: 2026-11-29\nname\taliases\tcode\trole\ttitle\tfrom\tto\nJane Quillfeather\tQuillfeather\tNZL\tGOV\tForeign Minister\t\t\n");
        var a = Write("a.txt", "---\npublished: 2024-03-01\n---\nQuillfeather condemned Russia's strikes on Kharkiv.\n");
        var (code, stdout, _) = Run(null, "analyze", a, "--dictionary", dict, "--format", "jsonl", "--no-language-check");
        Assert.Equal(0, code);
        using var e = JsonDocument.Parse(stdout.Split('\n')[0]);
        Assert.Equal("NZL", e.RootElement.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("GOV", e.RootElement.GetProperty("source").GetProperty("role").GetString());
    }

    [Fact]
    public void Analyze_ExitsTwoWithFileAndLine_WhenDictionaryIsMalformed()
    {
        var dict = Write("bad.tsv", "# entente-data: 1\n# kind: equipment\nname\tcategory\nShiny-9\n\tmissile\n");
        var a = Write("a.txt", Article);
        var (code, _, stderr) = Run(null, "analyze", a, "--dictionary", dict);
        Assert.Equal(2, code);
        Assert.Contains("bad.tsv:", stderr);
        Assert.Contains("hint:", stderr);
    }

    [Fact]
    public void Analyze_RefusesWithHint_WhenPublishedIsNotADate()
    {
        var a = Write("a.txt", Article);
        var (code, stdout, stderr) = Run(null, "analyze", a, "--published", "27/02/2024");
        Assert.NotEqual(0, code);
        Assert.Contains("YYYY-MM-DD", stdout + stderr);
    }
}
