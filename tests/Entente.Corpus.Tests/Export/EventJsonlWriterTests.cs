using System.Text.Json;
using Entente.Corpus.Export;

namespace Entente.Corpus.Tests.Export;

public sealed class EventJsonlWriterTests(ExportStore store) : IClassFixture<ExportStore>
{
    [Fact]
    public void Jsonl_WritesOneObjectPerLine_WithTheEventsFields()
    {
        using var buffer = new MemoryStream();
        Assert.Equal(store.Events.Count, new EventJsonlWriter(buffer, TestKit.Services.Embargo).Write(store.Events));
        var lines = System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(store.Events.Count, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            var e = store.Events[i];
            Assert.Equal(e.Id, doc.RootElement.GetProperty("id").GetString());
            Assert.Equal(e.SourceCode, doc.RootElement.GetProperty("source").GetProperty("code").GetString());
            Assert.Equal(e.NumMentions, doc.RootElement.GetProperty("mentions").GetInt32());
            Assert.Equal(e.Equipment.Length, doc.RootElement.GetProperty("equipment").GetArrayLength());
            Assert.Equal(TestKit.Services.Embargo.Flags(e).Select(f => f.Id), doc.RootElement.GetProperty("embargo").EnumerateArray().Select(x => x.GetString()));
        }
    }
}
