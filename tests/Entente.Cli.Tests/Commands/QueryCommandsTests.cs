using System.Text.Json;
using System.Text.RegularExpressions;

namespace Entente.Cli.Tests.Commands;

/// <summary>The samples ingested once into a temporary store, shared by the query tests (which only read it).</summary>
public sealed class SampleStore : IDisposable
{
    internal TempFolder Folder { get; } = new();

    public string Db => Folder.File("samples.db");

    public (int Code, string Out, string Err) Ingest { get; }

    public SampleStore()
    {
        Ingest = EntenteProcess.Run(Folder.Path, "ingest", Path.Combine(EntenteProcess.RepoRoot(), "samples"), "--db", Db, "--no-language-check");
    }

    public void Dispose() => Folder.Dispose();
}

/// <summary><c>entente events</c>, <c>event</c> and <c>sources</c> on the ingested samples, run as a child process.</summary>
public sealed class QueryCommandsTests(SampleStore store) : IClassFixture<SampleStore>
{
    private (int Code, string Out, string Err) Run(params string[] args)
        => EntenteProcess.Run(store.Folder.Path, [.. args, "--db", store.Db]);

    private JsonElement[] Events(params string[] filters) => EntenteProcess.Events(store.Folder.Path, store.Db, filters);

    [Fact]
    public void Ingest_StoresEverySample_AndSummarisesOnStandardError()
    {
        var (code, stdout, stderr) = store.Ingest;
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Matches(@"entente: ingest: stored 29, unchanged 0, replaced 0, failed 0, mentions \d+ · .*samples\.db holds \d+ events from 29 documents · [\d.]+ MB in [\d.]+ s \([\d.]+ MB/s\)", stderr);
    }

    [Fact]
    public void Ingest_LeavesTheStoreUnchanged_WhenRunAgain()
    {
        using var copy = new TempFolder();
        var db = copy.File("again.db");
        var samples = Path.Combine(EntenteProcess.RepoRoot(), "samples");
        Assert.Equal(0, EntenteProcess.Run(copy.Path, "ingest", samples, "--db", db, "--no-language-check").Code);
        var before = StoreDump.Of(db);
        var (code, _, stderr) = EntenteProcess.Run(copy.Path, "ingest", samples, "--db", db, "--no-language-check");
        Assert.Equal(0, code);
        Assert.Contains("stored 0, unchanged 29", stderr);
        Assert.Equal(before, StoreDump.Of(db));
    }

    [Fact]
    public void Events_ListsEventsWithTheirFields_WhenFormatIsJson()
    {
        var events = Events();
        Assert.True(events.Length >= 10, $"only {events.Length} events");
        foreach (var e in events)
        {
            Assert.Matches("^E[0-9a-f]{16}$", e.GetProperty("id").GetString());
            Assert.Matches("^[A-F][1-6]$", e.GetProperty("grade").GetString());
            Assert.Matches("^[0-9]{2,4}$", e.GetProperty("cameo").GetString());
            // a source has a code, or (an actor in no dictionary, an agent of no known state) a name
            var source = e.GetProperty("source");
            Assert.False(string.IsNullOrEmpty(source.GetProperty("code").GetString()) && string.IsNullOrEmpty(source.GetProperty("name").GetString()));
            // a one-actor event has no target; every other event has a coded or named one
            if (e.GetProperty("one_sided").GetBoolean()) Assert.Equal(JsonValueKind.Null, e.GetProperty("target").ValueKind);
            else Assert.False(string.IsNullOrEmpty(e.GetProperty("target").GetProperty("code").GetString()) && string.IsNullOrEmpty(e.GetProperty("target").GetProperty("name").GetString()));
            Assert.True(e.GetProperty("mentions").GetInt32() >= 1);
            Assert.True(e.GetProperty("sources").GetInt32() >= 1);
            Assert.Contains(e.GetProperty("status").GetString(), new[] { "reported", "confirmed", "contested", "denied", "planned", "assessed", "hypothetical" });
        }
        Assert.Contains(events, e => e.GetProperty("type").GetString() == "arms_transfer" && e.GetProperty("source").GetProperty("code").GetString() == "IRN"
                                     && e.GetProperty("equipment").EnumerateArray().Any(x => x.GetString() == "Shahed"));
    }

    [Theory]
    [InlineData("IRN,RUS")]
    [InlineData("rus, irn")]
    public void Events_KeepsOnlyTheDyad_InEitherDirection(string dyad)
    {
        var all = Events();
        var dyadEvents = Events("--dyad", dyad);
        Assert.NotEmpty(dyadEvents);
        Assert.True(dyadEvents.Length < all.Length);
        foreach (var e in dyadEvents)
        {
            var pair = new[] { e.GetProperty("source").GetProperty("code").GetString(), e.GetProperty("target").GetProperty("code").GetString() }.Order();
            Assert.Equal(new[] { "IRN", "RUS" }, pair);
        }
        // a one-actor event has "target": null and is never part of a dyad
        var expected = all.Count(e => e.GetProperty("target").ValueKind == JsonValueKind.Object
            && new[] { e.GetProperty("source").GetProperty("code").GetString(), e.GetProperty("target").GetProperty("code").GetString() }.Order().SequenceEqual(["IRN", "RUS"]));
        Assert.Equal(expected, dyadEvents.Length);
    }

    [Fact]
    public void Events_KeepsEventsOverlappingThePeriod_WhenSinceAndUntilAreMonths()
    {
        var june = Events("--since", "2024-06", "--until", "2024-06");
        Assert.NotEmpty(june);
        foreach (var e in june)
        {
            var d = e.GetProperty("date");
            Assert.True(string.CompareOrdinal(d.GetProperty("end").GetString(), "2024-06-01") >= 0);
            Assert.True(string.CompareOrdinal(d.GetProperty("start").GetString(), "2024-06-30") <= 0);
        }
        Assert.True(june.Length < Events().Length);
    }

    [Fact]
    public void Events_FiltersByCameoPrefixStatusAndSources()
    {
        var aid = Events("--cameo", "07");
        Assert.NotEmpty(aid);
        Assert.All(aid, e => Assert.StartsWith("07", e.GetProperty("cameo").GetString()));
        Assert.All(Events("--status", "planned"), e => Assert.Equal("planned", e.GetProperty("status").GetString()));
        Assert.Empty(Events("--min-sources", "99"));
        Assert.Equal(2, Events("--limit", "2").Length);
        Assert.All(Events("--type", "arms_transfer"), e => Assert.Equal("arms_transfer", e.GetProperty("type").GetString()));
    }

    [Fact]
    public void Events_WritesOneRowPerEvent_WhenFormatIsCsvTsvOrJsonl()
    {
        int count = Events().Length;
        var (_, csv, _) = Run("events", "--format", "csv");
        var csvLines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,date_start,date_end,source_code", csvLines[0]);
        Assert.Equal(count + 1, csvLines.Length);
        var (_, tsv, _) = Run("events", "--format", "tsv");
        var tsvLines = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count + 1, tsvLines.Length);
        Assert.All(tsvLines, l => Assert.Equal(tsvLines[0].Split('\t').Length, l.Split('\t').Length));
        var (_, jsonl, _) = Run("events", "--format", "jsonl");
        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.StartsWith("E", first.RootElement.GetProperty("id").GetString());
        var (_, table, _) = Run("events");
        Assert.Contains($"{count} events in", table);
        Assert.Matches(@"│ [A-F][1-6]\s+│", table);
    }

    [Theory]
    [InlineData("--since", "2023-13", "YYYY-MM")]
    [InlineData("--until", "24-06", "YYYY-MM")]
    [InlineData("--dyad", "IRN", "IRN,RUS")]
    [InlineData("--status", "rumoured", "reported, confirmed")]
    [InlineData("--cameo", "7x", "07")]
    [InlineData("--min-sources", "-1", "0 or more")]
    [InlineData("--type", "gossip", "event-types.tsv")]
    [InlineData("--format", "xml", "table, json")]
    public void Events_ExitsTwoQuotingTheValue_WhenAFilterIsBad(string option, string value, string hint)
    {
        var (code, stdout, stderr) = Run("events", option, value);
        Assert.Equal(2, code);
        var text = Regex.Replace(stdout + stderr, @"\s+", " ");
        Assert.Contains(value, text);
        Assert.Contains(hint, text);
    }

    [Fact]
    public void Events_ExitsTwoNamingTheOption_WhenTheOptionIsUnknown()
    {
        var (code, stdout, stderr) = Run("events", "--sinze", "2023");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("entente: error: ", stderr);
        Assert.Contains("'sinze'", stderr);
    }

    [Fact]
    public void Event_ShowsEveryMentionAndTheStatusHistory()
    {
        // The transfer reported only by the think-tank sample: ~400 missiles since January 2024 (the Shahed drones it "adds
        // to" belong to another clause, and to another event)
        var e = Events("--dyad", "IRN,RUS", "--type", "arms_transfer", "--since", "2024-01", "--until", "2024-02")
            .First(x => x.GetProperty("date").GetProperty("start").GetString() == "2024-01-01"
                        && x.GetProperty("equipment").EnumerateArray().Any(q => q.GetString() == "short-range ballistic missile"));
        Assert.DoesNotContain(e.GetProperty("equipment").EnumerateArray(), q => q.GetString() == "Shahed");
        var id = e.GetProperty("id").GetString()!;
        var (code, stdout, stderr) = Run("event", id, "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(id, root.GetProperty("event").GetProperty("id").GetString());
        var mentions = root.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(e.GetProperty("mentions").GetInt32(), mentions.Count);
        foreach (var m in mentions)
        {
            Assert.Contains("Shahed", m.GetProperty("quote").GetString());
            Assert.EndsWith("iran-russia-missiles.md", m.GetProperty("document").GetProperty("path").GetString());
            Assert.Matches("^[A-F]$", m.GetProperty("reliability").GetString());
            Assert.Equal("Eurasia Policy Monitor", m.GetProperty("outlet").GetString());
        }
        var history = root.GetProperty("status_history").EnumerateArray().ToList();
        Assert.NotEmpty(history);
        Assert.Equal("2024-02-27", history[0].GetProperty("published").GetString());

        var (code2, table, _) = Run("event", id);
        Assert.Equal(0, code2);
        Assert.Contains("Eurasia Policy Monitor (", table);
        Assert.Contains("status history", table);
        Assert.Contains(e.GetProperty("grade").GetString()!, table);
    }

    [Fact]
    public void Events_MergesReportsFromSeveralSamples_AndMarksDeniedTransfersContested()
    {
        var transfers = Events("--dyad", "IRN,RUS", "--type", "arms_transfer");
        // Fath-360 deliveries (September 2024): reported by one sample, denied by Tehran in a wire item of another.
        var missiles = Assert.Single(transfers, x => x.GetProperty("date").GetProperty("start").GetString() == "2024-09-10");
        Assert.True(missiles.GetProperty("articles").GetInt32() >= 2, missiles.ToString());
        Assert.Equal("contested", missiles.GetProperty("status").GetString());
        Assert.NotEmpty(missiles.GetProperty("denied_by").EnumerateArray());
        // The drone deliveries that began in August 2022 are reported by several outlets.
        Assert.Contains(transfers, x => x.GetProperty("date").GetProperty("start").GetString()!.StartsWith("2022-08")
                                        && x.GetProperty("sources").GetInt32() >= 2);
        // Transfers go both ways: Russian aircraft to Iran as well as Iranian drones and missiles to Russia.
        Assert.Contains(transfers, x => x.GetProperty("source").GetProperty("code").GetString() == "RUS"
                                        && x.GetProperty("equipment").EnumerateArray().Any(q => q.GetString() == "Yak-130"));
        var years = Events("--dyad", "IRN,RUS").Select(x => x.GetProperty("date").GetProperty("end").GetString()![..4]).ToHashSet();
        Assert.Superset(new HashSet<string> { "2021", "2022", "2023", "2024", "2025" }, years);
    }

    [Fact]
    public void Event_ExitsTwoWithHint_WhenIdIsUnknown()
    {
        var (code, _, stderr) = Run("event", "E0000000000000000");
        Assert.Equal(2, code);
        Assert.Contains("no event E0000000000000000 in", stderr);
        Assert.Contains("hint:", stderr);
    }

    [Fact]
    public void Sources_ListsOutletsWithGradesAndCounts()
    {
        var (code, stdout, stderr) = Run("sources", "--format", "json");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("schema_version").GetInt32());
        var outlets = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(29, outlets.Sum(o => o.GetProperty("documents").GetInt32()));
        var sahel = Assert.Single(outlets, o => o.GetProperty("outlet").GetString() == "Sahel Security Review");
        Assert.Matches("^[A-F]$", sahel.GetProperty("reliability").GetString());
        Assert.Contains("reliability.tsv", sahel.GetProperty("basis").GetString());
        Assert.True(sahel.GetProperty("mentions").GetInt32() > 0);
        var (_, table, _) = Run("sources");
        Assert.Contains("Sahel Security Review", table);
        Assert.Contains("Reliability", table);
    }

    [Fact]
    public void Queries_ExitTwoWithHint_WhenTheStoreDoesNotExist()
    {
        var (code, _, stderr) = EntenteProcess.Run(store.Folder.Path, "events", "--db", store.Folder.File("missing.db"));
        Assert.Equal(2, code);
        Assert.Contains("missing.db: no such store", stderr);
        Assert.Contains("hint: run entente ingest first", stderr);
    }

    [Fact]
    public void Worker_ExitsTwoWithHint_WhenTheStoreIsSqlite()
    {
        var (code, _, stderr) = Run("worker", "--idle-exit");
        Assert.Equal(2, code);
        Assert.Contains("workers need a PostgreSQL store", stderr);
        Assert.Contains("hint: use --db \"Host=", stderr);
    }
}
