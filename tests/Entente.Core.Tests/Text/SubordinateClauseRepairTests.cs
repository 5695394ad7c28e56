using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a clause after "after"/"before" read as a noun phrase (<see cref="SubordinateClauseRepair"/>), on parses given by hand.</summary>
public class SubordinateClauseRepairTests
{
    private static readonly SubordinateClauseRepair Repair = new(TestData.Knowledge.Words);

    [Fact]
    public void SubordinateClauseRepair_MakesPastFormTheClauseVerb_PastFormReadAsAdjectiveAfterAfter()
    {
        var (doc, find) = ParsedSentence.Given("The council delayed the vote after police forcibly removed several deputies.",
            "DET/DT/2/det NOUN/NN/3/nsubj VERB/VBD/0/root DET/DT/5/det NOUN/NN/3/obj ADP/IN/7/case NOUN/NNS/3/obl ADV/RB/9/advmod VERB/VBN/11/amod "
            + "ADJ/JJ/11/amod NOUN/NNS/7/nmod PUNCT/./3/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        int removed = find("removed");
        ParsedSentence.AssertArc(doc, removed, find("delayed"), "advcl");
        Assert.Equal("VBD", doc.Tokens[removed].Xpos);
        ParsedSentence.AssertArc(doc, find("after"), removed, "mark");
        ParsedSentence.AssertArc(doc, find("police"), removed, "nsubj");
        ParsedSentence.AssertArc(doc, find("deputies"), removed, "obj");
    }

    [Fact]
    public void SubordinateClauseRepair_ChangesNothing_PrepositionThatOpensNoClause()
    {
        var (doc, find) = ParsedSentence.Given("The council met with police armed guards.",
            "DET/DT/2/det NOUN/NN/3/nsubj VERB/VBD/0/root ADP/IN/5/case NOUN/NNS/3/obl VERB/VBN/7/amod NOUN/NNS/5/nmod PUNCT/./3/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("armed"), find("guards"), "amod");
        ParsedSentence.AssertArc(doc, find("police"), find("met"), "obl");
    }
}
