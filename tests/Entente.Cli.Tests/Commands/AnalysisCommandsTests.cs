using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente dyad</c> on the ingested samples (Iran–Russia 2021–2025), run as a child process.</summary>
public sealed class DyadCommandTests(SampleStore store) : IClassFixture<SampleStore>
{
    private (int Code, string Out, string Err) Run(params string[] args)
        => EntenteProcess.Run(store.Folder.Path, [.. args, "--db", store.Db]);

    [Fact]
    public void Dyad_Json_CountsTheSameEventsAsEvents_ForTheDyad()
    {
        var (code, json, stderr) = Run("dyad", "IRN", "RUS", "--by", "year", "--format", "json", "--all-events");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("Iran", root.GetProperty("a_name").GetString());
        Assert.Equal("Russia", root.GetProperty("b_name").GetString());
        var (_, events, _) = Run("events", "--dyad", "IRN,RUS", "--format", "json");
        using var ev = JsonDocument.Parse(events);
        var stored = ev.RootElement.GetProperty("events").GetArrayLength();
        Assert.True(stored >= 30, $"only {stored} IRN–RUS events in the samples");
        Assert.Equal(stored, root.GetProperty("coverage").GetProperty("stored").GetInt32());
        var periods = root.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(["2021", "2022", "2023", "2024", "2025"], periods.Select(p => p.GetProperty("period").GetString()));
        var counted = root.GetProperty("coverage").GetProperty("counted").GetInt32();
        Assert.Equal(counted, periods.Sum(p => p.GetProperty("events").GetInt32()));
        Assert.Equal(counted, root.GetProperty("total").GetProperty("events").GetInt32());
        foreach (var p in periods)
        {
            var q = p.GetProperty("quad_class");
            Assert.Equal(p.GetProperty("events").GetInt32(), q.EnumerateObject().Sum(x => x.Value.GetInt32()));
            var index = p.GetProperty("alignment").GetProperty("index").GetDouble();
            Assert.InRange(index, -1, 1);
        }
    }

    [Fact]
    public void Dyad_PrintsEmptySeries_WhenUntilIsTheCalendarsLastYear()
    {
        var (code, json, stderr) = Run("dyad", "IRN", "RUS", "--since", "9999", "--until", "9999", "--format", "json");
        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("Exception", stderr);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(12, doc.RootElement.GetProperty("periods").GetArrayLength());
    }

    [Theory]
    [InlineData("dyad", "0001", "9998")]
    [InlineData("brief", "0001", "9998")]
    [InlineData("dyad", "0001", null)]
    public void Dyad_ExitsWithOneLineAndHint_WhenSpanHasTooManyPeriods(string command, string since, string? until)
    {
        var (code, stdout, stderr) = Run([command, "IRN", "RUS", "--by", "month", "--since", since, .. until is null ? Array.Empty<string>() : ["--until", until]]);
        Assert.NotEqual(0, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("more than the 1,200 one series may have", line);
        Assert.Contains("hint: narrow", line);
    }

    [Fact]
    public void Dyad_DefaultSelection_LeavesOutDeniedAndPlanned()
    {
        var (_, all, _) = Run("dyad", "IRN", "RUS", "--format", "json", "--all-events");
        var (code, def, stderr) = Run("dyad", "IRN", "RUS", "--format", "json");
        Assert.True(code == 0, stderr);
        using var a = JsonDocument.Parse(all);
        using var d = JsonDocument.Parse(def);
        var notSelected = d.RootElement.GetProperty("coverage").GetProperty("not_selected").GetInt32();
        Assert.True(notSelected > 0);
        Assert.Equal(a.RootElement.GetProperty("coverage").GetProperty("counted").GetInt32(),
            d.RootElement.GetProperty("coverage").GetProperty("counted").GetInt32() + notSelected);
        Assert.Contains($"{notSelected} not selected", stderr);
    }

    [Fact]
    public void Dyad_Csv_HasOneRowPerQuarter_AndFlagsEmbargoedTransfers()
    {
        var (code, csv, stderr) = Run("dyad", "IRN", "RUS", "--by", "quarter", "--since", "2022-01", "--until", "2022-12", "--format", "csv");
        Assert.True(code == 0, stderr);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        Assert.Equal(5, rows.Length);
        Assert.Equal(["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"], rows.Skip(1).Select(r => r.Split(',')[0]));
        var embargo = Array.IndexOf(header, "embargo_flagged");
        Assert.True(rows.Skip(1).Sum(r => int.Parse(r.Split(',')[embargo])) > 0, "Iranian drone transfers in 2022 fall inside UNSCR 2231 Annex B");
        Assert.Contains("sphere_military", header);
        Assert.Contains("type_arms_transfer", header);
    }

    [Fact]
    public void Dyad_Table_ShowsPeriodsIndexAndChangePointLegend()
    {
        var (code, table, stderr) = Run("dyad", "IRN", "RUS", "--by", "quarter");
        Assert.True(code == 0, stderr);
        Assert.Contains("Iran (IRN) – Russia (RUS), by quarter", table);
        Assert.Contains("2022-Q3", table);
        Assert.Contains("index in (−1, 1)", table);
    }

    [Fact]
    public void Dyad_WritesThreeCharts_WhenAsked()
    {
        var chart = store.Folder.File("dyad.svg");
        var (code, _, stderr) = Run("dyad", "IRN", "RUS", "--chart", chart, "--format", "csv");
        Assert.True(code == 0, stderr);
        foreach (var f in new[] { chart, store.Folder.File("dyad-quadclass.svg"), store.Folder.File("dyad-types.svg") })
        {
            Assert.True(File.Exists(f), f);
            Assert.Contains("<svg", File.ReadAllText(f));
        }
    }

    [Theory]
    [InlineData(new[] { "dyad", "IRN", "IRN" }, "are the same actor")]
    [InlineData(new[] { "dyad", "IRN", "R-S" }, "'R-S' is not an actor code")]
    [InlineData(new[] { "dyad", "IRN", "RUS", "--by", "week" }, "--by 'week' is not a period length")]
    [InlineData(new[] { "dyad", "IRN", "RUS", "--chart", "x.jpg" }, "--chart 'x.jpg' must end in .png or .svg")]
    [InlineData(new[] { "dyad", "IRN", "RUS", "--min-credibility", "9" }, "--min-credibility 9 is out of range")]
    [InlineData(new[] { "dyad", "IRN", "RUS", "--since", "2024", "--until", "2023" }, "is after --until")]
    public void Dyad_ExitsWith2_OnBadArguments(string[] args, string message)
    {
        var (code, _, stderr) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void Dyad_SaysSo_WhenTheDyadHasNoEvents()
    {
        var (code, _, stderr) = Run("dyad", "FJI", "TON");
        Assert.Equal(0, code);
        Assert.Contains("no events between FJI and TON", stderr);
        Assert.Contains("hint:", stderr);
    }

    [Fact]
    public void Dyad_ExitsWith2AndNamesTheClosestCodes_WhenACodeIsUnknown()
    {
        var (code, stdout, stderr) = Run("dyad", "IRN", "RUZ");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("'RUZ' is not a known actor code", stderr);
        Assert.Contains("RUS (Russia)", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }
}

/// <summary><c>entente brief</c> on the ingested samples, run as a child process.</summary>
public sealed class BriefCommandTests(SampleStore store) : IClassFixture<SampleStore>
{
    private (int Code, string Out, string Err) Run(params string[] args)
        => EntenteProcess.Run(store.Folder.Path, [.. args, "--db", store.Db]);

    [Fact]
    public void Brief_Markdown_HasSummarySectionsSourcesAndCharts()
    {
        var md = store.Folder.File("brief.md");
        var (code, _, stderr) = Run("brief", "IRN", "RUS", "--out", md);
        Assert.True(code == 0, stderr);
        var text = File.ReadAllText(md);
        Assert.StartsWith("# Iran–Russia relations, ", text);
        Assert.Contains("## Executive summary", text);
        Assert.Contains("## Military cooperation and arms transfers", text);
        Assert.Contains("## Sources", text);
        Assert.Contains("](brief.png)", text);
        Assert.True(File.Exists(store.Folder.File("brief.png")));
        Assert.True(File.Exists(store.Folder.File("brief-quadclass.png")));
        Assert.True(File.Exists(store.Folder.File("brief-types.png")));
        // every development line, however it opens (by its evidence, or with the ICD 203 expression)
        var bullets = text.Split('\n').Where(l => l.StartsWith("- ") && l.Contains(", grade ")).ToList();
        Assert.True(bullets.Count >= 15, $"only {bullets.Count} development bullets");
        Assert.All(bullets, b => Assert.Matches(@"\([^()]+, \d{1,2} [A-Z][a-z]+ \d{4}[^()]*\) — [a-z].*, grade [A-F][1-6]\.", b));
        Assert.Contains("inside UN missile and UAV restrictions", text);
    }

    [Fact]
    public void Brief_Html_IsOnePageWithEmbeddedCharts()
    {
        var html = store.Folder.File("brief.html");
        var (code, _, stderr) = Run("brief", "IRN", "RUS", "--since", "2022", "--out", html);
        Assert.True(code == 0, stderr);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(page, "<svg").Count >= 3, "the three charts are inlined as SVG");
        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("src=\"http", page);
        Assert.Contains("Executive summary", page);
    }

    [Fact]
    public void Brief_WritesMarkdownToStdout_WithoutOut()
    {
        var (code, stdout, stderr) = Run("brief", "IRN", "RUS", "--by", "year");
        Assert.True(code == 0, stderr);
        Assert.StartsWith("# Iran–Russia relations", stdout);
        Assert.DoesNotContain("![", stdout);
    }

    [Fact]
    public void Brief_ExitsWith2_ForUnknownOutputExtension()
    {
        var (code, _, stderr) = Run("brief", "IRN", "RUS", "--out", "brief.pdf");
        Assert.Equal(2, code);
        Assert.Contains("--out 'brief.pdf' must end in .md or .html", stderr);
    }

    [Fact]
    public void Brief_NamesTheFileAndTheMissingFolder_WhenOutPointsIntoAFolderThatDoesNotExist()
    {
        var target = Path.Combine(store.Folder.Path, "no-such-folder", "x.md");
        var (code, _, stderr) = Run("brief", "IRN", "RUS", "--out", target);
        Assert.Equal(2, code);
        Assert.Contains("'x.md'", stderr);
        Assert.Contains("no-such-folder", stderr);
        Assert.Contains("does not exist", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Brief_SaysTheDayItWasAssembledApartFromTheLastDayOfTheRecord()
    {
        static string Today() => DateOnly.FromDateTime(DateTime.UtcNow).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var before = Today();
        var (code, stdout, stderr) = Run("brief", "IRN", "RUS", "--by", "year");
        var after = Today(); // the run may cross midnight
        Assert.True(code == 0, stderr);
        Assert.Matches($@"Assembled by Entente on ({before}|{after}); the record runs to \d{{1,2}} [A-Z][a-z]+ 2025\.", stdout);
    }
}
