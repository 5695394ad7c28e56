using System.Collections.Frozen;
using System.Collections.Immutable;
using Entente.Core.Events;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Tests.Events;

/// <summary>The index of a trigger word's patterns by second word: it keeps every pattern whose second word is within
/// reach (as form, form without -s, or lemma), in the patterns' order, and leaves out the others.</summary>
public class TriggerPatternIndexTests
{
    private static EventPattern Pattern(string trigger) =>
        new(trigger, [.. trigger.Split(' ')], PartOfSpeech.Verb, "070", Frame.Agent, FrozenSet<string>.Empty, null, "test");

    // "send" with a one-word row and many two-word rows, as the imported verbs have
    private static readonly ImmutableArray<EventPattern> Send =
    [
        Pattern("send aid"), Pattern("send"), Pattern("send troop"), Pattern("send envoy"), Pattern("send food"), Pattern("send to"),
        Pattern("send weapons"), Pattern("send letter"), Pattern("send message"), Pattern("send warning"), Pattern("send delegation"),
        Pattern("send condolences"), Pattern("send Ukraine"), Pattern("send missiles"), Pattern("send ships"), Pattern("send planes"),
        Pattern("send monday"), Pattern("send far"),
    ];

    [Fact]
    public void Candidates_KeepsPatternsWithSecondWordInReach_InTheirOrder()
    {
        var doc = SentenceSplitter.Default.Split("Sweden sent troops to Ukraine on Monday, as the army said in a statement far from clear.");
        var positions = new List<int>();

        bool indexed = new TriggerPatternIndex().Candidates(doc, 1, doc.TokenCount, Send, positions);

        Assert.True(indexed);
        // send, send troop (troops without -s), send to, send Ukraine (case aside), send monday; "far" is past the reach
        string[] kept = ["send", "send troop", "send to", "send Ukraine", "send monday"];
        Assert.Equal(kept, positions.Select(k => Send[k].Trigger));
    }

    [Fact]
    public void Candidates_IsNotUsed_ShortList()
    {
        var doc = SentenceSplitter.Default.Split("Sweden sent troops.");
        var positions = new List<int> { 99 };

        Assert.False(new TriggerPatternIndex().Candidates(doc, 1, doc.TokenCount, [.. Send.Take(5)], positions));
        Assert.Empty(positions);
    }
}
