using System.Collections.Immutable;
using System.Text.Json;
using Entente.Core.Events;
using Entente.Core.Output;
using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Output;

/// <summary>One-actor events (no target named) and actors known only by name in the analyze outputs, built by hand.</summary>
public class OneSidedOutputTests
{
    private const string Text = "Iran rejected the accusations. The Harbour Guild met Russia.";

    private static CodedEvent Event(ActorRef source, ActorRef target, string cameo = "016", int start = 0, int end = 30)
        => new(source, target, "denial", cameo, "REJECT", -2, 1, null, EventStatus.Reported, 0.45, null, [], [],
            new Evidence(0, Text[start..end], start, end), new Explanation("test:1", "rejected", 5, 13, [], ["one actor: no target named"]));

    private static AnalyzedDocument Doc(params CodedEvent[] events)
        => new(new SourceDocument("t.txt", Text, "text"), "en", null, false, [], [], [], [.. events], 2);

    private static readonly CodedEvent OneSided = Event(new ActorRef("IRN", "Iran", null), ActorRef.Unstated);
    private static readonly CodedEvent Uncoded = Event(new ActorRef("", "The Harbour Guild", null), new ActorRef("RUS", "Russia", null), "040", 31, 59);

    private static JsonElement Json(AnalyzedDocument d)
    {
        using var ms = new MemoryStream();
        using (var w = new JsonReportWriter(ms)) { w.Begin(); w.Write(d); w.End(); }
        return JsonDocument.Parse(ms.ToArray()).RootElement.GetProperty("documents")[0].GetProperty("events").Clone();
    }

    [Fact]
    public void JsonReportWriter_WritesNullTargetAndOneSided_ForAOneActorEvent()
    {
        var events = Json(Doc(OneSided, Uncoded));
        Assert.Equal(JsonValueKind.Null, events[0].GetProperty("target").ValueKind);
        Assert.True(events[0].GetProperty("one_sided").GetBoolean());
        Assert.Equal("IRN", events[0].GetProperty("source").GetProperty("code").GetString());
        Assert.False(events[1].GetProperty("one_sided").GetBoolean());
    }

    [Fact]
    public void JsonReportWriter_WritesNameWithEmptyCode_ForAnUncodedActor()
    {
        var source = Json(Doc(Uncoded))[0].GetProperty("source");
        Assert.Equal("", source.GetProperty("code").GetString());
        Assert.Equal("The Harbour Guild", source.GetProperty("name").GetString());
    }

    [Fact]
    public void TsvEventWriter_LeavesTargetCellsEmptyAndMarksOneSided_ForAOneActorEvent()
    {
        var w = new StringWriter();
        TsvEventWriter.Write(w, Doc(OneSided, Uncoded));
        var header = TsvEventWriter.Header.Split('\t').ToList();
        var rows = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(header.Count, r.Length));
        int code2 = header.IndexOf("actor2_code"), name2 = header.IndexOf("actor2_name"), flag = header.IndexOf("one_sided");
        Assert.Equal(("", "", "true"), (rows[0][code2], rows[0][name2], rows[0][flag]));
        Assert.Equal(("RUS", "false"), (rows[1][code2], rows[1][flag]));
        Assert.Equal(("", "The Harbour Guild"), (rows[1][header.IndexOf("actor1_code")], rows[1][header.IndexOf("actor1_name")]));
    }
}
