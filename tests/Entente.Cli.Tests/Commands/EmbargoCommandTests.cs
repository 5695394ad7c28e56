using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>A small store of two arms transfers (texts written for these tests): Iranian drones to Russia in
/// September 2022 (inside UNSCR 2231 Annex B) and Russian fighter jets to Iran in January 2025 (no UN embargo then).</summary>
public sealed class EmbargoStore : IDisposable
{
    internal TempFolder Folder { get; } = new();

    public string Db => Folder.File("embargo.db");

    public (int Code, string Out, string Err) Ingest { get; }

    public EmbargoStore()
    {
        Folder.Write("docs/drones.md", """
            ---
            title: Drone deliveries from Tehran reach Russian units
            published: 2022-10-20
            outlet: Reuters
            ---
            Iran delivered Shahed-136 drones to Russia in September 2022, Ukrainian officials told reporters on Thursday.

            Russian forces have since used the drones against power stations near Kyiv.
            """);
        Folder.Write("docs/jets.md", """
            ---
            title: Fighter jets for Tehran
            published: 2025-02-10
            outlet: Associated Press
            ---
            Russia delivered Su-35 fighter jets to Iran in January 2025, according to a member of the Iranian parliament.

            The aircraft are expected to replace older planes in the Iranian air force.
            """);
        Ingest = EntenteProcess.Run(Folder.Path, "ingest", Folder.File("docs"), "--db", Db, "--no-language-check");
    }

    public void Dispose() => Folder.Dispose();
}

/// <summary>The <c>embargo</c> field and the <c>--embargo</c> filter of <c>entente events</c> and <c>entente export</c>.</summary>
public sealed class EmbargoCommandTests(EmbargoStore store) : IClassFixture<EmbargoStore>
{
    private (int Code, string Out, string Err) Run(params string[] args)
        => EntenteProcess.Run(store.Folder.Path, [.. args, "--db", store.Db]);

    private JsonElement[] Events(params string[] args) => EntenteProcess.Events(store.Folder.Path, store.Db, args);

    private static string[] Embargo(JsonElement e) => [.. e.GetProperty("embargo").EnumerateArray().Select(x => x.GetString()!)];

    private static string Source(JsonElement e) => e.GetProperty("source").GetProperty("code").GetString()!;

    [Fact]
    public void Events_ShowsTheEmbargoField_OnlyOnTheTransferInsideAnEmbargo()
    {
        Assert.True(store.Ingest.Code == 0, store.Ingest.Err);
        var all = Events();
        Assert.Equal(2, all.Length);
        Assert.Equal(["UN-IRN-2231-B4"], Embargo(all.Single(e => Source(e) == "IRN")));
        Assert.Empty(Embargo(all.Single(e => Source(e) == "RUS")));
    }

    [Fact]
    public void Events_KeepsOnlyFlaggedEvents_WithTheEmbargoOption()
    {
        var flagged = Events("--embargo");
        var e = Assert.Single(flagged);
        Assert.Equal("IRN", Source(e));
        Assert.Contains("Shahed-136", e.GetProperty("equipment").EnumerateArray().Select(x => x.GetString()));
        Assert.Single(Events("--embargo", "--limit", "1"));
        Assert.Empty(Events("--embargo", "--since", "2024"));
    }

    [Fact]
    public void Events_WritesTheEmbargoColumn_InCsvTsvAndTheTable()
    {
        var (code, csv, stderr) = Run("events", "--embargo", "--format", "csv");
        Assert.True(code == 0, stderr);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",denied_by,location_name,location_kind,location_country,location_admin1,location_lat,location_lon,location_basis," +
            "source_place_name,source_place_kind,source_place_country,source_place_admin1,source_place_lat,source_place_lon,source_place_basis," +
            "target_place_name,target_place_kind,target_place_country,target_place_admin1,target_place_lat,target_place_lon,target_place_basis,embargo", rows[0]);
        Assert.Equal(2, rows.Length);
        Assert.EndsWith(",UN-IRN-2231-B4", rows[1]);
        var (_, tsv, _) = Run("events", "--format", "tsv");
        var lines = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("E", StringComparison.Ordinal) && l.EndsWith("\t", StringComparison.Ordinal));
        var (_, table, _) = Run("events");
        Assert.Contains("Embargo", table);
        Assert.Contains("UN-IRN-2231-B4", table);
    }

    [Fact]
    public void Export_WritesTheEmbargoField_InCsvAndJsonLines()
    {
        var (code, csv, stderr) = Run("export", "--format", "csv");
        Assert.True(code == 0, stderr);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",embargo", rows[0]);
        Assert.Single(rows, r => r.EndsWith(",UN-IRN-2231-B4", StringComparison.Ordinal));
        var (jcode, jsonl, jerr) = Run("export", "--format", "jsonl", "--embargo");
        Assert.True(jcode == 0, jerr);
        var line = Assert.Single(jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var doc = JsonDocument.Parse(line);
        Assert.Equal(["UN-IRN-2231-B4"], Embargo(doc.RootElement));
    }

    [Fact]
    public void Events_UsesAnEmbargoFromADictionary()
    {
        var file = store.Folder.Write("mine.tsv",
            "# entente-data: 1\n# kind: embargoes\n# description: an invented embargo for the test\n# date: 2026-11-29\n"
            + "id\tregime\timposed_by\ttarget\tscope\tdirection\tstart\tend\tbinds\n"
            + "MY-IRN-2025\tour own watch list\tUN\tIRN\tarms\tinto\t2025-01-01\t\t*\n");
        var flagged = Events("--embargo", "--dictionary", file);
        Assert.Equal(2, flagged.Length);
        Assert.Equal(["MY-IRN-2025"], Embargo(flagged.Single(e => Source(e) == "RUS")));
    }

    [Fact]
    public void Events_ExitsWith2_WhenAnEmbargoDictionaryIsWrong()
    {
        var file = store.Folder.Write("bad.tsv",
            "# entente-data: 1\n# kind: embargoes\n# description: bad\n# date: 2026-11-29\n"
            + "id\tregime\timposed_by\ttarget\tscope\tdirection\tstart\tend\tbinds\n"
            + "BAD-1\tr\tUN\tIRN\tarms\tinto\t2025-01-01\t2024-01-01\t*\n");
        var (code, _, stderr) = Run("events", "--embargo", "--dictionary", file);
        Assert.Equal(2, code);
        Assert.Contains("bad.tsv:6", stderr);
        Assert.Contains("before start", stderr);
    }
}
