using System.Text.Json;
using Entente.Corpus.Export;
using Entente.Corpus.Model;

namespace Entente.Corpus.Tests.Export;

/// <summary>One-actor events and actors known only by name in every export, with events built by hand.</summary>
public sealed class OneSidedExportTests
{
    private static StoredEvent Event(string sourceCode, string sourceName, string targetCode, string targetName) => new(
        "E0123456789abcdef", $"denial|{sourceCode}|{targetCode}", sourceCode, sourceName, targetCode, targetName, "denial", "016", "REJECT", -2, 1,
        new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 2), ReconciledStatus.Reported, 0.45, null, [], 1, 1, 1, 1,
        new DateOnly(2024, 3, 10), new DateOnly(2024, 3, 10), 'B', 3, ["Reuters"], []);

    private static readonly StoredEvent OneSided = Event("IRN", "Iran", "", "");
    private static readonly StoredEvent Uncoded = Event("", "Harbour Guild", "RUS", "Russia");

    [Fact]
    public void Csv_LeavesTargetCellsEmptyAndMarksOneSided_ForAOneActorEvent()
    {
        var cols = EventCsvWriter.Columns.ToList();
        var row = EventCsvWriter.Row(OneSided, TestKit.Services.Embargo);
        Assert.Equal(cols.Count, row.Length);
        Assert.Equal(("", "", "true"), (row[cols.IndexOf("target_code")], row[cols.IndexOf("target_name")], row[cols.IndexOf("one_sided")]));
        var other = EventCsvWriter.Row(Uncoded, TestKit.Services.Embargo);
        Assert.Equal(("", "Harbour Guild", "false"), (other[cols.IndexOf("source_code")], other[cols.IndexOf("source_name")], other[cols.IndexOf("one_sided")]));
    }

    [Fact]
    public void Jsonl_WritesNullTargetAndOneSided_ForAOneActorEvent()
    {
        using var buffer = new MemoryStream();
        new EventJsonlWriter(buffer, TestKit.Services.Embargo).Write([OneSided, Uncoded]);
        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(JsonValueKind.Null, first.RootElement.GetProperty("target").ValueKind);
        Assert.True(first.RootElement.GetProperty("one_sided").GetBoolean());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("", second.RootElement.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("Harbour Guild", second.RootElement.GetProperty("source").GetProperty("name").GetString());
        Assert.False(second.RootElement.GetProperty("one_sided").GetBoolean());
    }

    [Fact]
    public void Parquet_ReadBack_KeepsOneSided()
    {
        using var tmp = new TempDir();
        var path = tmp.File("e.parquet");
        using (var file = File.Create(path)) new ParquetEventWriter(file, TestKit.Services.Embargo).Write([OneSided, Uncoded]);
        using var input = File.OpenRead(path);
        var rows = ParquetEventWriter.Read(input);
        Assert.Equal([true, false], rows.Select(r => r.OneSided));
        Assert.Equal("", rows[0].TargetCode);
    }

    [Fact]
    public void Gdelt_LeavesActor2Empty_ForAOneActorEvent()
    {
        var cells = new GdeltEventWriter(new StringWriter(), TestKit.Knowledge.Actors.IsKnownCode).Row(OneSided);
        var col = GdeltEventWriter.Columns.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        Assert.Equal(("IRN", "", "", ""), (cells[col["Actor1Code"]], cells[col["Actor2Code"]], cells[col["Actor2Name"]], cells[col["Actor2CountryCode"]]));
        Assert.Equal("016", cells[col["EventCode"]]);
    }
}
