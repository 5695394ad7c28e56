using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a complement clause read as an object with a reduced relative (<see cref="ObjectClauseRepair"/>), on parses given by hand.</summary>
public class ObjectClauseRepairTests
{
    private static readonly ObjectClauseRepair Repair = new();

    [Fact]
    public void ObjectClauseRepair_MakesClauseOfObjectAndVerb_PastFormWithItsOwnObject()
    {
        var (doc, find) = ParsedSentence.Given("Officials said looters set fire to a depot.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root NOUN/NNS/2/obj VERB/VBN/3/acl NOUN/NN/4/obj ADP/IN/8/case DET/DT/8/det NOUN/NN/4/obl PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        int set = find("set");
        ParsedSentence.AssertArc(doc, set, find("said"), "ccomp");
        ParsedSentence.AssertArc(doc, find("looters"), set, "nsubj");
        Assert.Equal("VBD", doc.Tokens[set].Xpos);
    }

    [Fact]
    public void ObjectClauseRepair_KeepsReducedRelative_ParticipleWithNoObject()
    {
        var (doc, find) = ParsedSentence.Given("Police found weapons hidden in a shed.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root NOUN/NNS/2/obj VERB/VBN/3/acl ADP/IN/7/case DET/DT/7/det NOUN/NN/4/obl PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("hidden"), find("weapons"), "acl");
        ParsedSentence.AssertArc(doc, find("weapons"), find("found"), "obj");
    }

    [Fact]
    public void ObjectClauseRepair_KeepsPrepositionalNoun_NounWithCase()
    {
        var (doc, find) = ParsedSentence.Given("Aid went to towns hit hard by floods.",
            "NOUN/NN/2/nsubj VERB/VBD/0/root ADP/IN/4/case NOUN/NNS/2/obl VERB/VBN/4/acl ADV/RB/5/advmod ADP/IN/8/case NOUN/NNS/5/obl PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("hit"), find("towns"), "acl");
    }
}
