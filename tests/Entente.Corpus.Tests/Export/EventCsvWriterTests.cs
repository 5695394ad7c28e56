using System.Text;
using Entente.Corpus.Export;
using Entente.Core.Output;

namespace Entente.Corpus.Tests.Export;

public sealed class EventCsvWriterTests(ExportStore store) : IClassFixture<ExportStore>
{
    /// <summary>An RFC 4180 reader: quoted cells with doubled quotes, CRLF records.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; i++; }
            else cell.Append(c);
        }
        return rows;
    }

    [Fact]
    public void Csv_RoundTripsEveryCell_OnTheStoryStore()
    {
        var text = new StringWriter();
        int n = new EventCsvWriter(text, TestKit.Services.Embargo).Write(store.Events);
        var rows = ParseCsv(text.ToString());
        Assert.Equal(store.Events.Count, n);
        Assert.Equal(EventCsvWriter.Columns, rows[0]);
        Assert.Equal(store.Events.Count + 1, rows.Count);
        for (int i = 0; i < store.Events.Count; i++)
            Assert.Equal(EventCsvWriter.Row(store.Events[i], TestKit.Services.Embargo).Select(c => c ?? ""), rows[i + 1]);
        Assert.Contains(rows.Skip(1), r => r[0] == store.Events[0].Id);
        Assert.Equal("embargo", rows[0][^1]);
        for (int i = 0; i < store.Events.Count; i++)
            Assert.Equal(string.Join("|", TestKit.Services.Embargo.Flags(store.Events[i]).Select(f => f.Id)), rows[i + 1][^1]);
    }

    [Fact]
    public void Csv_KeepsTheNegativeGoldsteinOfAnEvent_AndGuardsItsTextCells()
    {
        var hostile = store.Events[0] with { Goldstein = -10, SourceName = "=HYPERLINK(\"http://x.example\",\"click\")" };
        var text = new StringWriter();
        new EventCsvWriter(text, TestKit.Services.Embargo).Write([hostile]);
        var row = ParseCsv(text.ToString())[1];
        int goldstein = EventCsvWriter.Columns.ToList().IndexOf("goldstein"), source = EventCsvWriter.Columns.ToList().IndexOf("source_name");
        Assert.Equal("-10", row[goldstein]);
        Assert.StartsWith("'=HYPERLINK", row[source]);
    }
}
