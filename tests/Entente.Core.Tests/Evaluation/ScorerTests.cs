using System.Collections.Immutable;
using Entente.Core.Evaluation;
using Entente.Core.Events;
using Entente.Core.Pipeline;
using Entente.Core.Text;
using Entente.Core.Time;

namespace Entente.Core.Tests.Evaluation;

public class ScorerTests
{
    private static CodedEvent Event(string src, string tgt, string cameo, string sentence, EventStatus status = EventStatus.Reported, DateRange? date = null)
        => new(new ActorRef(src, src, null), new ActorRef(tgt, tgt, null), "t", cameo, "P", 0, 1,
            date is { } d ? new EventDate(d, null, "text") : null, status, 0.7, null, [], [], new Evidence(0, sentence, 0, sentence.Length),
            new Explanation("p", "x", 0, 1, [], []));

    private static AnalyzedDocument Doc(params CodedEvent[] events)
        => new(new SourceDocument("d", "", "text"), "en", null, false, [], [], [], [.. events], 1);

    private static GoldDocument Gold(params GoldEvent[] events)
        => new("g.gold", "g", new SourceDocument("g", "", "text"), [.. events]);

    private static GoldEvent G(string src, string tgt, string cameo, string evidence, EventStatus status = EventStatus.Reported, DateRange? date = null)
        => new(src, tgt, cameo, date, status, evidence, 1);

    [Fact]
    public void Scorer_CountsRootAndFullMatches_WhenCodesDifferBelowRoot()
    {
        var gold = Gold(G("IRN", "RUS", "072", "Iran sent drones"), G("RUS", "IRN", "057", "signed a deal"));
        var pred = Doc(Event("IRN", "RUS", "071", "Iran sent drones to Russia."), Event("USA", "CHN", "111", "Washington criticized Beijing."));
        var r = new Scorer(["057"]).Score([(gold, pred)]);
        Assert.Equal(1, r.Root.TruePositives);
        Assert.Equal(0, r.Full.TruePositives);
        Assert.Equal(0.5, r.Root.Precision);
        Assert.Equal(0.5, r.Root.Recall);
        Assert.Contains(r.Errors, e => e.Kind == "false-positive" && e.Detail.StartsWith("USA→CHN"));
        Assert.Contains(r.Errors, e => e.Kind == "missed" && e.Detail.StartsWith("RUS→IRN"));
    }

    [Fact]
    public void Scorer_AcceptsEitherOrder_WhenCodeIsSymmetric()
    {
        var gold = Gold(G("RUS", "IRN", "057", "signed a deal"));
        var r = new Scorer(["057"]).Score([(gold, Doc(Event("IRN", "RUS", "057", "Iran and Russia signed a deal.")))]);
        Assert.Equal(1, r.Full.TruePositives);
        var strict = new Scorer([]).Score([(gold, Doc(Event("IRN", "RUS", "057", "Iran and Russia signed a deal.")))]);
        Assert.Equal(0, strict.Full.TruePositives);
    }

    [Fact]
    public void Scorer_MatchesEachGoldEventOnce_WhenPredictionsRepeat()
    {
        var gold = Gold(G("IRN", "RUS", "072", "sent drones"));
        var r = new Scorer([]).Score([(gold, Doc(Event("IRN", "RUS", "072", "Iran sent drones."), Event("IRN", "RUS", "072", "Iran sent drones.")))]);
        Assert.Equal(1, r.Root.TruePositives);
        Assert.Equal(2, r.Root.Predicted);
    }

    [Fact]
    public void Scorer_ScoresDatesAndStatus_OnMatchedEvents()
    {
        var feb = DateRange.Month(2024, 2);
        var gold = Gold(G("IRN", "RUS", "072", "sent drones", EventStatus.Denied, feb), G("RUS", "IRN", "072", "sent jets", EventStatus.Reported, feb));
        var pred = Doc(Event("IRN", "RUS", "072", "Iran sent drones.", EventStatus.Denied, DateRange.Day(new DateOnly(2024, 2, 10))),
                       Event("RUS", "IRN", "072", "Russia sent jets.", EventStatus.Planned, DateRange.Day(new DateOnly(2023, 1, 1))));
        var r = new Scorer([]).Score([(gold, pred)]);
        Assert.Equal(0.5, r.DateAccuracy);
        Assert.Equal(0.5, r.StatusAccuracy);
    }
}
