using System.Text.Json;
using Entente.Core.Events;
using Entente.Core.Output;
using Entente.Core.Text;

namespace Entente.Core.Tests.Places;

/// <summary>Each actor's own place (GDELT's Actor1Geo/Actor2Geo) from the words that tie the actor to it.</summary>
public class ActorPlacerTests
{
    private static IReadOnlyList<CodedEvent> Events(string text)
        => TestData.Analyzer.Analyze(new SourceDocument("x", text, "text", Published: new DateOnly(2026, 11, 20))).Events;

    private static string Show(EventLocation? l) => l is null ? "none" : $"{l.Name}|{l.Kind}|{l.Country}|{l.Basis}";

    [Theory]
    [InlineData("Police in Lagos detained nine opposition activists on Friday.", "Lagos|city|NGA|phrase")]
    [InlineData("Iranian officials in Baghdad met Iraqi ministers on Monday.", "Baghdad|city|IRQ|phrase")]
    public void ActorPlacer_GivesTheSourceThePlaceAfterIt_WhenAPrepositionJoinsThem(string text, string expected)
    {
        var e = Events(text).First();
        Assert.Equal(expected, Show(e.SourcePlace));
        Assert.Contains("places.tsv:", e.SourcePlace!.Why);
    }

    [Fact]
    public void ActorPlacer_GivesTheCapitalItself_WhenTheActorIsNamedByIt()
    {
        const string text = "Tehran accused Washington of sabotage on Thursday.";
        var e = Assert.Single(Events(text));
        Assert.Equal(("IRN", "name", "city"), (e.SourcePlace?.Country, e.SourcePlace?.Basis, e.SourcePlace?.Kind));
        Assert.Equal("Tehran", text[e.SourcePlace!.Start!.Value..e.SourcePlace.End!.Value]);
        Assert.Equal(("USA", "name"), (e.TargetPlace?.Country, e.TargetPlace?.Basis));
        Assert.StartsWith("'Tehran' is named by the place", e.SourcePlace.Why);
    }

    [Theory]
    [InlineData("Iran accused Israel of sabotage on Thursday.")]
    [InlineData("Iran's foreign minister accused Israel of sabotage on Thursday.")]
    public void ActorPlacer_GivesNoPlace_WhenTheActorIsOnlyAState(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Null(e.SourcePlace);
        Assert.Null(e.TargetPlace);
    }

    [Fact]
    public void ActorPlacer_LeavesTheSceneToTheEvent_WhenAStateIsNamedBeforeIt()
    {
        // "in Geneva" is where the warning was given, not a place of the United States
        var e = Events("Iran warned the United States in Geneva on Monday.").First(x => x.Source.Code == "IRN");
        Assert.Equal("Geneva", e.Location?.Name);
        Assert.Null(e.TargetPlace);
        Assert.Null(e.SourcePlace);
    }

    [Fact]
    public void JsonReport_WritesTheActorsPlaceInsideTheActor_AndNullWhenNone()
    {
        var doc = TestData.Analyzer.Analyze(new SourceDocument("x", "Police in Lagos detained nine opposition activists on Friday.", "text",
            Published: new DateOnly(2026, 11, 20)));
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms)) JsonReportWriter.WriteEvent(w, doc.Events[0], 0, null);
        using var json = JsonDocument.Parse(ms.ToArray());
        var source = json.RootElement.GetProperty("source");
        Assert.Equal("Lagos", source.GetProperty("place").GetProperty("name").GetString());
        Assert.Equal("phrase", source.GetProperty("place").GetProperty("basis").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("target").GetProperty("place").ValueKind);
    }

    [Fact]
    public void TsvReport_WritesOneCellPerHeaderColumn_WithTheActorsPlaces()
    {
        var doc = TestData.Analyzer.Analyze(new SourceDocument("x", "Police in Lagos detained nine opposition activists on Friday.", "text",
            Published: new DateOnly(2026, 11, 20)));
        var w = new StringWriter();
        TsvEventWriter.Write(w, doc);
        var header = TsvEventWriter.Header.Split('\t');
        var cells = w.ToString().Split('\n')[0].Split('\t');
        Assert.Equal(header.Length, cells.Length);
        Assert.Equal("Lagos", cells[Array.IndexOf(header, "actor1_place_name")]);
        Assert.Equal("phrase", cells[Array.IndexOf(header, "actor1_place_basis")]);
        Assert.Equal("", cells[Array.IndexOf(header, "actor2_place_name")]);
    }
}
