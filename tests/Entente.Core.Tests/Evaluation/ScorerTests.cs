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
        => new(GoldActor.Parse(src, false, "g.gold:1"), GoldActor.Parse(tgt, true, "g.gold:1"), cameo, date, status, evidence, 1);

    /// <summary>An event whose actors carry roles and names, as the domestic coder will produce them.</summary>
    private static CodedEvent Roled(ActorRef source, ActorRef target, string cameo, string sentence)
        => Event("X", "X", cameo, sentence) with { Source = source, Target = target };

    private static int FullMatches(Scorer scorer, GoldEvent gold, CodedEvent predicted)
        => scorer.Score([(Gold(gold), Doc(predicted))]).Full.TruePositives;

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
    public void Scorer_ListsAPlaceGiven_WhenTheGoldSaysTheTextGivesNone()
    {
        var gold = Gold(G("FRA", "LBN", "0256", "urged Beirut") with { LocationAnnotated = true });
        var located = Event("FRA", "LBN", "0256", "France urged Beirut to show restraint.") with
        {
            Location = new EventLocation("Beirut", "city", "LBN", null, 33.9, 35.5, "clause", 12, 18),
        };
        var r = new Scorer([], new LocationScorer(TestData.Knowledge.Places)).Score([(gold, Doc(located))]);
        Assert.Equal(1, r.LocationSpurious);
        var e = Assert.Single(r.Errors, e => e.Kind == "location");
        Assert.StartsWith("expected none, got Beirut|city|LBN (clause)", e.Detail);
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

    [Theory]
    [InlineData("NGA", "NGA", "COP", true)]
    [InlineData("NGA", "NGA", null, true)]
    [InlineData("NGA/COP", "NGA", "COP", true)]
    [InlineData("NGA/COP", "NGA", "GOV", false)]
    [InlineData("NGA/COP", "NGA", null, false)]
    [InlineData("NGA/COP", "GHA", "COP", false)]
    [InlineData("NGA/COP", "NGA", "GOVCOP", true)]
    [InlineData("NGA/COP", "NGA", "GOV/COP", true)]
    [InlineData("NGA/OPP", "NGA", "COPOPP", true)]
    [InlineData("NGA/COP", "NGA", "XCOP", false)]
    [InlineData("/REB", "", "REB", true)]
    [InlineData("/REB", "COL", "REB", true)]
    [InlineData("/REB", "COL", "GOV", false)]
    [InlineData("/REB", "", null, false)]
    public void Scorer_MatchesAgentActors_ByCodeAndRole(string gold, string code, string? role, bool expected)
    {
        var predicted = new ActorRef(code, "someone", role);
        Assert.Equal(expected, Scorer.ActorMatches(predicted, GoldActor.Parse(gold, false, "g.gold:1")));
    }

    [Fact]
    public void Scorer_MatchesUnknownActor_OnlyWhenCodeIsEmptyAndNamed()
    {
        var unknown = GoldActor.Parse("?", false, "g.gold:1");
        Assert.True(Scorer.ActorMatches(new ActorRef("", "Ansaru", null), unknown));
        Assert.False(Scorer.ActorMatches(new ActorRef("NGA", "Nigeria", null), unknown));
        Assert.False(Scorer.ActorMatches(new ActorRef("", "", null), unknown));
    }

    [Fact]
    public void Scorer_MatchesOneActorEvent_OnlyWhenTargetIsEmpty()
    {
        var strike = G("FRA/LAB", "-", "143", "went on strike");
        const string s = "Rail workers went on strike on Tuesday.";
        var workers = new ActorRef("FRA", "French rail workers", "LAB");
        Assert.Equal(1, FullMatches(new Scorer([]), strike, Roled(workers, new ActorRef("", "", null), "143", s)));
        Assert.Equal(0, FullMatches(new Scorer([]), strike, Roled(workers, new ActorRef("FRA", "France", "GOV"), "143", s)));
        Assert.Equal(0, FullMatches(new Scorer([]), strike, Roled(workers, new ActorRef("", "SNCF", null), "143", s)));
    }

    [Fact]
    public void Scorer_TellsSameCountryActorsApart_ByRole()
    {
        const string s = "Government forces clashed with rebels near Idlib.";
        var gov = new ActorRef("SYR", "Syrian government forces", "MIL");
        var reb = new ActorRef("SYR", "rebels", "REB");
        var attack = G("SYR/MIL", "SYR/REB", "190", "clashed with rebels");
        Assert.Equal(1, FullMatches(new Scorer([]), attack, Roled(gov, reb, "190", s)));
        // reversed roles are a different event unless the code is symmetric
        Assert.Equal(0, FullMatches(new Scorer([]), attack, Roled(reb, gov, "190", s)));
        Assert.Equal(1, FullMatches(new Scorer(["190"]), attack, Roled(reb, gov, "190", s)));
        // a symmetric code does not excuse a wrong role on either side
        Assert.Equal(0, FullMatches(new Scorer(["190"]), attack, Roled(gov, gov, "190", s)));
        // plain codes still match whatever the roles
        Assert.Equal(1, FullMatches(new Scorer([]), G("SYR", "SYR", "190", "clashed with rebels"), Roled(reb, gov, "190", s)));
    }

    [Fact]
    public void Scorer_ShowsRolesAndUnknownNames_InErrors()
    {
        var r = new Scorer([]).Score([(Gold(G("KEN/COP", "KEN/OPP", "1712", "fired tear gas")),
            Doc(Roled(new ActorRef("", "Mungiki", null), new ActorRef("KEN", "Kenyan protesters", "OPP"), "111", "Mungiki criticised Kenyan protesters.")))]);
        Assert.Contains(r.Errors, e => e.Kind == "false-positive" && e.Detail.StartsWith("?(Mungiki)→KEN/OPP 111"));
        Assert.Contains(r.Errors, e => e.Kind == "missed" && e.Detail.StartsWith("KEN/COP→KEN/OPP 1712"));
    }
}
