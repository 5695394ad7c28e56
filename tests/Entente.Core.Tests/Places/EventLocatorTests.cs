using System.Globalization;
using Entente.Core.Text;

namespace Entente.Core.Tests.Places;

/// <summary>Golden records: each row of Fixtures/locations.tsv is a short text and the location its events must carry.</summary>
public class EventLocatorTests
{
    public static IEnumerable<object[]> Rows()
    {
        foreach (var line in File.ReadLines(TestData.Path("Places", "Fixtures", "locations.tsv")))
        {
            if (line.StartsWith('#') || line.StartsWith("id\t") || line.Trim().Length == 0) continue;
            var f = line.Split('\t');
            yield return [f[0], f[1], f[2], f[3], f[4]];
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void EventLocator_LocatesEvents_ForGoldenText(string id, string published, string cameo, string text, string expected)
    {
        var doc = new SourceDocument(id, text, "text", Published: DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var events = TestData.Analyzer.Analyze(doc).Events.Where(e => cameo == "*" || e.Cameo == cameo).ToList();
        Assert.True(events.Count > 0, $"[{id}] no event coded");
        var actual = events.Select(e => e.Location is { } l ? $"{l.Name}|{l.Kind}|{l.Country ?? "-"}|{l.Basis}" : "none").Distinct().ToList();
        var wanted = expected.Split(" ; ").Select(x => x.Trim()).ToList();
        Assert.True(actual.Order().SequenceEqual(wanted.Order()), $"[{id}] expected {expected}; got: {string.Join(" ; ", actual)}");
    }

    [Fact]
    public void EventLocator_GivesTheMentionOffsetsAndWhy_WhenAPlaceIsInTheClause()
    {
        const string text = "Russian missiles struck Kharkiv on Tuesday.";
        var e = Assert.Single(TestData.Analyzer.Analyze(new SourceDocument("x", text, "text", Published: new DateOnly(2026, 11, 20))).Events);
        var l = Assert.IsType<Entente.Core.Events.EventLocation>(e.Location);
        Assert.Equal("Kharkiv", text[l.Start!.Value..l.End!.Value]);
        Assert.InRange(l.Lat!.Value, 49.9, 50.1);
        Assert.Contains("places.tsv:", l.Why);
        Assert.Equal("UA.07", l.Admin1Code);
    }
}
