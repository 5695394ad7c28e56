using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente export</c> on the ingested samples, run as a child process.</summary>
public sealed class ExportCommandTests(SampleStore store) : IClassFixture<SampleStore>
{
    private (int Code, string Out, string Err) Run(params string[] args)
        => EntenteProcess.Run(store.Folder.Path, [.. args, "--db", store.Db]);

    [Fact]
    public void Export_WritesAGdeltTableToTheFile_OneLinePerEvent()
    {
        var (jcode, json, _) = Run("events", "--format", "json");
        Assert.Equal(0, jcode);
        using var events = JsonDocument.Parse(json);
        var count = events.RootElement.GetProperty("events").GetArrayLength();
        var tsv = store.Folder.File("f.tsv");
        var (code, stdout, stderr) = Run("export", "--format", "gdelt", "--out", tsv);
        Assert.True(code == 0, stderr);
        Assert.Equal("", stdout);
        Assert.Contains($"{count} events to {tsv} (gdelt)", stderr);
        var lines = File.ReadAllLines(tsv);
        Assert.True(count > 0);
        Assert.Equal(count, lines.Length);
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
        var first = events.RootElement.GetProperty("events")[0];
        Assert.Equal(first.GetProperty("cameo").GetString(), lines[0].Split('\t')[26]);
    }

    [Fact]
    public void Export_AppliesTheEventsFilters()
    {
        var (_, json, _) = Run("events", "--cameo", "07", "--format", "json");
        using var events = JsonDocument.Parse(json);
        var (code, csv, stderr) = Run("export", "--cameo", "07", "--format", "csv");
        Assert.True(code == 0, stderr);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,date_start,", rows[0]);
        Assert.Equal(events.RootElement.GetProperty("events").GetArrayLength(), rows.Length - 1);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("table")]
    public void Export_ExitsWith2_WhenTheFormatIsUnknown(string format)
    {
        var (code, _, stderr) = Run("export", "--format", format);
        Assert.Equal(2, code);
        Assert.Contains("gdelt, csv, jsonl or parquet", stderr);
    }

    [Fact]
    public void Export_ExitsWith2_WhenParquetHasNoFile()
    {
        var (code, _, stderr) = Run("export", "--format", "parquet");
        Assert.Equal(2, code);
        Assert.Contains("--out", stderr);
    }

    [Fact]
    public void Export_WritesJsonLinesAndParquet_ForEveryEvent()
    {
        var (code, jsonl, stderr) = Run("export", "--format", "jsonl");
        Assert.True(code == 0, stderr);
        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.StartsWith("{\"id\":\"E", l));
        var parquet = store.Folder.File("f.parquet");
        (code, _, stderr) = Run("export", "--format", "parquet", "--out", parquet);
        Assert.True(code == 0, stderr);
        Assert.Contains($"{lines.Length} events to {parquet} (parquet)", stderr);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(parquet)[..4]);
    }
}
