using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente ingest</c> and <c>entente failures</c> as a child process: bad inputs, --quiet, feeds, --enqueue.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => _dir.File("store.db");

    private const string Good = "---\npublished: 2024-03-01\noutlet: Reuters\n---\nIran has supplied Russia with hundreds of Shahed drones, officials said on February 27.\n";

    private string WriteInputs()
    {
        _dir.Write("in/a.md", Good);
        _dir.Write("in/b.jsonl", "{\"text\": \"Turkey condemned Israel's strikes on Monday.\", \"published\": \"2024-03-04\", \"outlet\": \"Anadolu Agency\"}\n{broken\n");
        _dir.Write("in/c.txt", "");
        _dir.Write("in/d.txt", "---\npublished: 2024-03-08\n---\nMoldova expelled a Russian diplomat on Friday.\n");
        return _dir.File("in");
    }

    [Fact]
    public void Ingest_ExitsOneAndStoresTheRest_WhenSomeInputsFail()
    {
        var input = WriteInputs();
        var (code, stdout, stderr) = EntenteProcess.Run(_dir.Path, "ingest", input, "--db", Db, "--no-language-check");
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("b.jsonl:2", stderr);
        Assert.Contains("c.txt", stderr);
        Assert.Contains("stored 3,", stderr);
        Assert.Contains("failed 2,", stderr);

        var (evCode, events, _) = EntenteProcess.Run(_dir.Path, "events", "--db", Db, "--format", "jsonl");
        Assert.Equal(0, evCode);
        var codes = events.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("code").GetString()).ToList();
        Assert.Contains("IRN", codes);
        Assert.Contains("MDA", codes);

        var (fCode, failures, _) = EntenteProcess.Run(_dir.Path, "failures", "--db", Db, "--format", "json");
        Assert.Equal(0, fCode);
        using var json = JsonDocument.Parse(failures);
        var rows = json.RootElement.GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.GetProperty("path").GetString()!.EndsWith("b.jsonl") && r.GetProperty("line").GetInt32() == 2
                                   && r.GetProperty("hint").GetString()!.Length > 0);
        Assert.Contains(rows, r => r.GetProperty("path").GetString()!.EndsWith("c.txt"));
        var (_, table, _) = EntenteProcess.Run(_dir.Path, "failures", "--db", Db);
        Assert.Contains("b.jsonl:2", table);
    }

    [Fact]
    public void Ingest_WritesOnlyErrors_WhenQuiet()
    {
        _dir.Write("good/a.md", Good);
        var (code, stdout, stderr) = EntenteProcess.Run(_dir.Path, "ingest", _dir.File("good"), "--quiet", "--no-language-check");
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Equal("", stderr);
        Assert.True(File.Exists(_dir.File("entente.db")), "the default store is entente.db in the working directory");

        var input = WriteInputs();
        var (code2, stdout2, stderr2) = EntenteProcess.Run(_dir.Path, "ingest", input, "--db", Db, "-q", "--no-language-check");
        Assert.Equal(1, code2);
        Assert.Equal("", stdout2);
        var lines = stderr2.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("entente: error: ", l));
    }

    [Fact]
    public async Task Ingest_UsesEntenteDb_WhenTheEnvironmentNamesIt()
    {
        _dir.Write("good/a.md", Good);
        var psi = EntenteProcess.StartInfo(_dir.Path, ["ingest", _dir.File("good"), "--no-language-check"]);
        psi.Environment["ENTENTE_DB"] = _dir.File("from-env.db");
        using var p = System.Diagnostics.Process.Start(psi)!;
        p.StandardInput.Close();
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(120_000));
        Assert.Equal(0, p.ExitCode);
        Assert.Contains("from-env.db holds", await err);
        Assert.Equal(1, StoreDump.DocumentCount(_dir.File("from-env.db")));
    }

    [Fact]
    public void Ingest_ReadsFeedItems_WhenGivenAFeedFile()
    {
        var feed = _dir.Write("news.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Harbour Dispatch</title><link>https://dispatch.example.org/</link>
            <item><title>Drones for Moscow</title><link>https://dispatch.example.org/1</link><pubDate>Tue, 27 Feb 2024 09:00:00 GMT</pubDate>
            <description>Iran has supplied Russia with hundreds of Shahed drones, officials said on Monday.</description></item>
            <item><title>Envoy sent home</title><link>https://dispatch.example.org/2</link><pubDate>Fri, 08 Mar 2024 09:00:00 GMT</pubDate>
            <description>Moldova expelled a Russian diplomat on Friday.</description></item>
            </channel></rss>
            """);
        var (code, _, stderr) = EntenteProcess.Run(_dir.Path, "ingest", "--feed", feed, "--db", Db, "--no-language-check");
        Assert.True(code == 0, stderr);
        Assert.Contains("stored 2,", stderr);
        var (_, events, _) = EntenteProcess.Run(_dir.Path, "events", "--db", Db, "--actor", "MDA", "--format", "json");
        using var json = JsonDocument.Parse(events);
        Assert.Equal("2024-03-08", json.RootElement.GetProperty("events")[0].GetProperty("date").GetProperty("start").GetString());
    }

    [Theory]
    [InlineData(new[] { "ingest" }, "nothing to ingest")]
    [InlineData(new[] { "ingest", "x.md", "--batch", "0" }, "--batch 0")]
    [InlineData(new[] { "ingest", "x.md", "--published", "27/02/2024" }, "'27/02/2024'")]
    [InlineData(new[] { "ingest", "--feed", "missing.rss" }, "'missing.rss'")]
    public void Ingest_ExitsTwo_WhenUsageIsBad(string[] args, string expected)
    {
        var (code, stdout, stderr) = EntenteProcess.Run(_dir.Path, args);
        Assert.Equal(2, code);
        Assert.Contains(expected, stdout + stderr);
    }

    [Fact]
    public void Ingest_ExitsTwoWithHint_WhenEnqueueingIntoSqlite()
    {
        _dir.Write("good/a.md", Good);
        var (code, _, stderr) = EntenteProcess.Run(_dir.Path, "ingest", _dir.File("good"), "--db", Db, "--enqueue");
        Assert.Equal(2, code);
        Assert.Contains("--enqueue needs a PostgreSQL store", stderr);
        Assert.Contains("hint:", stderr);
    }

    [Fact]
    public void Ingest_ExitsTwoWithHint_WhenTheStoreIsNotADatabase()
    {
        _dir.Write("good/a.md", Good);
        var notDb = _dir.Write("notes.db", "these are notes, not a database\n");
        var (code, _, stderr) = EntenteProcess.Run(_dir.Path, "ingest", _dir.File("good"), "--db", notDb);
        Assert.Equal(2, code);
        Assert.Contains("not an SQLite database", stderr);
        Assert.Contains("hint:", stderr);
    }
}
