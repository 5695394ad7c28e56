using System.Text.Json;
using Entente.Cli.Commands;
using Entente.Corpus.Store;

namespace Entente.Cli.Tests.Commands;

/// <summary>One-actor events (no target named) in <c>entente events</c>, <c>export</c>, <c>dyad</c> and <c>brief</c> on the ingested samples.</summary>
public sealed class OneSidedCommandsTests(SampleStore store) : IClassFixture<SampleStore>
{
    private (int Code, string Out, string Err) Run(params string[] args)
        => EntenteProcess.Run(store.Folder.Path, [.. args, "--db", store.Db]);

    private JsonElement[] Events(params string[] filters) => EntenteProcess.Events(store.Folder.Path, store.Db, filters);

    [Fact]
    public void Events_OneSided_IncludesExcludesOrKeepsOnlyOneActorEvents()
    {
        var all = Events();
        var only = Events("--one-sided", "only");
        var exclude = Events("--one-sided", "EXCLUDE");
        Assert.NotEmpty(only);
        Assert.All(only, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("target").ValueKind));
        Assert.All(exclude, e => Assert.False(e.GetProperty("one_sided").GetBoolean()));
        Assert.Equal(all.Length, only.Length + exclude.Length);
    }

    [Fact]
    public void Events_Table_ShowsNoTarget_ForAOneActorEvent()
    {
        var (code, stdout, stderr) = Run("events", "--one-sided", "only");
        Assert.True(code == 0, stderr);
        Assert.Contains("→ — (no", stdout); // the table may wrap the cell after "(no"
    }

    [Fact]
    public void Export_Csv_HasEmptyTargetAndOneSided_ForOneActorEvents()
    {
        var (code, csv, stderr) = Run("export", "--format", "csv", "--one-sided", "only");
        Assert.True(code == 0, stderr);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',').ToList();
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Equal("true", l.Split(',')[header.IndexOf("one_sided")]));
    }

    [Fact]
    public void Events_RefusesOneSided_WhenTheWordIsUnknown()
    {
        var (code, _, stderr) = Run("events", "--one-sided", "sometimes");
        Assert.NotEqual(0, code);
        Assert.Contains("include, exclude or only", stderr);
    }

    [Theory]
    [InlineData("include", OneSidedFilter.Include)]
    [InlineData(" Only ", OneSidedFilter.Only)]
    [InlineData("exclude", OneSidedFilter.Exclude)]
    public void OneSidedFilterConverter_Parses_AcceptedWords(string word, OneSidedFilter expected)
        => Assert.Equal(expected, new OneSidedFilterConverter().ConvertFrom(word));

    [Fact]
    public void Dyad_IncludeOneSided_ReadsTheActorsOneActorEvents()
    {
        var only = Events("--one-sided", "only");
        int ofPair = only.Count(e => e.GetProperty("source").GetProperty("code").GetString() is "IRN" or "RUS");
        var (c1, def, e1) = Run("dyad", "IRN", "RUS", "--format", "json", "--all-events");
        var (c2, inc, e2) = Run("dyad", "IRN", "RUS", "--format", "json", "--all-events", "--include-one-sided");
        Assert.True(c1 == 0, e1);
        Assert.True(c2 == 0, e2);
        using var d = JsonDocument.Parse(def);
        using var i = JsonDocument.Parse(inc);
        int stored = d.RootElement.GetProperty("coverage").GetProperty("stored").GetInt32();
        Assert.True(i.RootElement.GetProperty("coverage").GetProperty("stored").GetInt32() >= stored + ofPair);
        Assert.Contains("one-actor events", i.RootElement.GetProperty("counted").GetString());
        Assert.DoesNotContain("one-actor events", d.RootElement.GetProperty("counted").GetString());
    }
}
