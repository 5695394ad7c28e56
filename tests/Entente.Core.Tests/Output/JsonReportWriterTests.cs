using System.Text.Json;
using Entente.Core.Output;
using Entente.Core.Text;

namespace Entente.Core.Tests.Output;

public class JsonReportWriterTests
{
    private const string Article =
        "Moscow and Tehran Deepen Ties\n" +
        "On March 3, reports emerged that Iran has supplied Russia with approximately 300 Fateh-110 ballistic missiles (Kyiv Independent, March 3).\n" +
        "Iranian officials denied the reports.\n";

    private static JsonElement Analyze(out string text)
    {
        text = Article;
        var doc = new SourceDocument("t.txt", Article, "text", Title: "Moscow and Tehran Deepen Ties", Published: new DateOnly(2024, 3, 10));
        var result = TestData.Analyzer.Analyze(doc);
        using var ms = new MemoryStream();
        using (var w = new JsonReportWriter(ms)) { w.Begin(); w.Write(result); w.End(); }
        return JsonDocument.Parse(ms.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void JsonReportWriter_WritesContractFieldNames_ForAnEvent()
    {
        var root = Analyze(out _);
        var d = root.GetProperty("documents")[0];
        Assert.Equal("t.txt", d.GetProperty("path").GetString());
        Assert.Equal("2024-03-10", d.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Array, d.GetProperty("warnings").ValueKind);
        var c = d.GetProperty("citations")[0];
        Assert.Equal("2024-03-03", c.GetProperty("date").GetString());
        Assert.Equal(1, c.GetProperty("sentence").GetInt32());
        var e = d.GetProperty("events").EnumerateArray().Single(x => x.GetProperty("cameo").GetString() == "072");
        Assert.Equal("IRN", e.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("RUS", e.GetProperty("target").GetProperty("code").GetString());
        Assert.Equal("arms_transfer", e.GetProperty("type").GetString());
        Assert.Equal("AID", e.GetProperty("plover").GetString());
        Assert.Equal(8.3, e.GetProperty("goldstein").GetDouble());
        Assert.Equal(2, e.GetProperty("quad_class").GetInt32());
        Assert.Equal("2024-03-03", e.GetProperty("date").GetProperty("end").GetString());
        Assert.Equal("denied", e.GetProperty("status").GetString());
        Assert.InRange(e.GetProperty("confidence").GetDouble(), 0.0, 1.0);
        Assert.Equal(300, e.GetProperty("quantity").GetProperty("value").GetDouble());
        Assert.True(e.GetProperty("quantity").GetProperty("approximate").GetBoolean());
        Assert.Equal("ballistic_missile", e.GetProperty("equipment")[0].GetProperty("category").GetString());
        Assert.Equal("2024-03-03", e.GetProperty("sources")[0].GetProperty("date").GetString());
        Assert.Equal(1, e.GetProperty("evidence").GetProperty("sentence").GetInt32());
        Assert.StartsWith("data/patterns/events.tsv:", e.GetProperty("why").GetProperty("pattern").GetString());
    }

    [Fact]
    public void JsonReportWriter_WritesSnakeCaseNamesAndTheSchemaVersionFirst_ForAReport()
    {
        var root = Analyze(out _);
        Assert.Equal(JsonContract.VersionProperty, root.EnumerateObject().First().Name);
        Assert.Equal(JsonContract.SchemaVersion, root.GetProperty("schema_version").GetInt32());
        var names = JsonNames.Of(root).ToList();
        Assert.Contains("trigger_start", names);
        Assert.Contains("quad_class", names);
        Assert.All(names, n => Assert.Matches(JsonNames.SnakeCase, n));
    }

    [Fact]
    public void JsonReportWriter_WritesOffsetsIntoTheText_ForEveryEntityAndEvidence()
    {
        var root = Analyze(out var text);
        var d = root.GetProperty("documents")[0];
        foreach (var ent in d.GetProperty("entities").EnumerateArray())
        {
            int s = ent.GetProperty("start").GetInt32(), e = ent.GetProperty("end").GetInt32();
            Assert.Equal(ent.GetProperty("text").GetString(), text[s..e]);
        }
        foreach (var ev in d.GetProperty("events").EnumerateArray())
        {
            var evidence = ev.GetProperty("evidence");
            Assert.Equal(evidence.GetProperty("text").GetString(), text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
        }
        Assert.Contains(d.GetProperty("entities").EnumerateArray(), x => x.GetProperty("kind").GetString() == "date" && x.GetProperty("value").GetProperty("start").GetString() == "2024-03-03");
        Assert.Contains(d.GetProperty("entities").EnumerateArray(), x => x.GetProperty("kind").GetString() == "equipment");
    }

    [Fact]
    public void JsonReportWriter_WritesOnlyTheContractFields_WhenTheAnalysisCarriesItsDoc()
    {
        var d = Analyze(out _).GetProperty("documents")[0];
        Assert.Equal(new[] { "path", "title", "published", "language", "sentences", "warnings", "citations", "entities", "events" },
            d.EnumerateObject().Select(p => p.Name));
    }
}
