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
        // '-': a text with no publication date (relative dates such as "on Sunday" are then not resolved)
        DateOnly? date = published == "-" ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var doc = new SourceDocument(id, text, "text", Published: date);
        var result = TestData.Analyzer.Analyze(doc);
        var events = result.Events;
        var actual = events.Select(e => $"{Show(e.Source)}>{Show(e.Target)}:{e.Cameo}:{e.Status.ToString().ToLowerInvariant()}").Order().ToList();
        var wanted = expected == "none" ? [] : expected.Split(" ; ").Select(x => x.Trim()).ToList();
        var symmetric = TestData.Knowledge.Patterns.SymmetricCodes;
        foreach (var w in wanted)
        {
            var parts = w.Split(':');
            var actors = parts[0].Split('>');
            bool Match(Entente.Core.Events.CodedEvent e, string src, string tgt) => e.Cameo == parts[1] && e.Status.ToString().Equals(parts[2], StringComparison.OrdinalIgnoreCase)
                && Is(e.Source, src) && Is(e.Target, tgt);
            Assert.True(events.Any(e => Match(e, actors[0], actors[1]) || symmetric.Contains(parts[1]) && Match(e, actors[1], actors[0])),
                $"[{id}] expected {w}; got: {(actual.Count == 0 ? "nothing" : string.Join(", ", actual))}");
        }
        Assert.True(actual.Count == wanted.Count, $"[{id}] expected {wanted.Count} event(s) ({expected}); got: {string.Join(", ", actual)}");
    }

    private static string Show(Entente.Core.Events.ActorRef a) => a.IsUncoded && a.Role == null ? "?" + a.Name : a.Code + (a.Role is { } r ? "/" + r : "");

    /// <summary>An expected actor: <c>CCC</c> (code, any role), <c>CCC/AGT</c> (code and role), <c>/AGT</c> (role, no code),
    /// <c>?Name</c> (a name in no dictionary), empty (no target).</summary>
    private static bool Is(Entente.Core.Events.ActorRef a, string w)
    {
        if (w.Length == 0) return a.IsUnstated;
        if (w[0] == '?') return a.IsUncoded && a.Name == w[1..];
        int slash = w.IndexOf('/');
        if (slash < 0) return a.Code == w;
        return a.Code == w[..slash] && a.Role == w[(slash + 1)..];
    }
}
