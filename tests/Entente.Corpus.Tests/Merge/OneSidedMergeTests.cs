using Entente.Core.Events;
using Entente.Corpus.Merge;

namespace Entente.Corpus.Tests.Merge;

/// <summary>One-actor events and actors known only by name in the merge.</summary>
public class OneSidedMergeTests
{
    [Fact]
    public void MergeRules_SameEvent_IsFalse_ForAOneActorAndATwoPartyReport()
    {
        var pair = Mentions.Make("a", "2024-03-01", "2024-03-01");
        var alone = Mentions.Make("b", "2024-03-01", "2024-03-01", target: "");
        Assert.True(alone.IsOneSided);
        Assert.False(TestKit.Rules.SameEvent(pair, alone));
        Assert.True(TestKit.Rules.SameEvent(alone, Mentions.Make("c", "2024-03-01", "2024-03-01", target: "")));
    }

    [Fact]
    public void MergeRules_BlockOf_SharesABlock_OnlyForIdenticalNormalizedNames()
    {
        var rus = new ActorRef("RUS", "Russia", null);
        string Block(string name) => MergeRules.BlockOf("meeting", new ActorRef("", name, null), rus, symmetric: true);
        Assert.Equal(Block("The Harbour  Guild"), Block("harbour guild"));
        Assert.NotEqual(Block("Harbour Guild"), Block("Dock Union"));
        Assert.NotEqual(Block("Harbour Guild"), MergeRules.BlockOf("meeting", ActorRef.Unstated, rus, symmetric: true));
        Assert.Equal("arms_transfer|IRN|", MergeRules.BlockOf("arms_transfer", new ActorRef("IRN", "Iran", null), ActorRef.Unstated, false));
    }

    [Fact]
    public void MergeRules_ActorKey_IsTheCode_ForCodedActors()
        => Assert.Equal("IRN", MergeRules.ActorKey("IRN", "Iranian officials"));

    [Fact]
    public void EventAggregator_KeepsBlockOrder_ForTwoUncodedActorsOfASymmetricCode()
    {
        // block "meeting|~anchor guild|~dock union": the report already has its actors in block order, so nothing is swapped
        var m = Mentions.Make("a", "2024-03-01", "2024-03-01", type: "meeting", cameo: "040") with
        {
            SourceCode = "", SourceName = "Anchor Guild", TargetCode = "", TargetName = "Dock Union",
            Block = MergeRules.BlockOf("meeting", new ActorRef("", "Anchor Guild", null), new ActorRef("", "Dock Union", null), true),
        };
        var e = new EventAggregator(TestKit.Grader, TestKit.Knowledge.Cameo.IsSymmetric).Aggregate("E1", [m]);
        Assert.Equal(("Anchor Guild", "Dock Union"), (e.SourceName, e.TargetName));
        Assert.False(e.IsDyadic);
    }

    [Fact]
    public void EventAggregator_KeepsTheActorAsSource_ForAOneActorEventOfASymmetricCode()
    {
        // "Russia cooperated on the project": no target; sorting "" before "RUS" would turn the actor into the target
        var m = Mentions.Make("a", "2024-03-01", "2024-03-01", source: "RUS", target: "", type: "economic_cooperation", cameo: "060", symmetric: true);
        Assert.Equal("economic_cooperation|RUS|", m.Block);
        var e = new EventAggregator(TestKit.Grader, TestKit.Knowledge.Cameo.IsSymmetric).Aggregate("E1", [m]);
        Assert.Equal(("RUS", ""), (e.SourceCode, e.TargetCode));
        Assert.True(e.IsOneSided);
    }
}
