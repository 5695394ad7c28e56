using System.Globalization;
using Entente.Core.Text;

namespace Entente.Core.Tests.Pipeline;

/// <summary>Golden records: each row of Fixtures/phenomena.tsv is one sentence and the events it must (and must only) yield.</summary>
public class AnalyzerPhenomenaTests
{
    public static IEnumerable<object[]> Rows()
    {
        foreach (var line in File.ReadLines(TestData.Path("Pipeline", "Fixtures", "phenomena.tsv")).Skip(0))
        {
            if (line.StartsWith('#') || line.StartsWith("id\t") || line.Trim().Length == 0) continue;
            var f = line.Split('\t');
            yield return [f[0], f[1], f[2], f[3]];
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Analyzer_CodesExpectedEvents_ForGoldenSentence(string id, string published, string text, string expected)
    {
        var doc = new SourceDocument(id, text, "text", Published: DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var result = TestData.Analyzer.Analyze(doc);
        var actual = result.Events.Select(e => $"{e.Source.Code}>{e.Target.Code}:{e.Cameo}:{e.Status.ToString().ToLowerInvariant()}").Order().ToList();
        var wanted = expected == "none" ? [] : expected.Split(" ; ").Select(x => x.Trim()).ToList();
        var symmetric = TestData.Knowledge.Patterns.SymmetricCodes;
        foreach (var w in wanted)
        {
            var parts = w.Split(':');
            var actors = parts[0].Split('>');
            var swapped = $"{actors[1]}>{actors[0]}:{parts[1]}:{parts[2]}";
            Assert.True(actual.Contains(w) || (symmetric.Contains(parts[1]) && actual.Contains(swapped)),
                $"[{id}] expected {w}; got: {(actual.Count == 0 ? "nothing" : string.Join(", ", actual))}");
        }
        Assert.True(actual.Count == wanted.Count, $"[{id}] expected {wanted.Count} event(s) ({expected}); got: {string.Join(", ", actual)}");
    }
}
