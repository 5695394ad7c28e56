using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of two clauses joined by ", and" that a parser read as one coordinated subject (<see cref="ClauseCoordinationRepair"/>).</summary>
public class ClauseCoordinationRepairTests
{
    [Fact]
    public void ClauseCoordinationRepair_GivesTheFirstVerbItsObject_WhenObjectAndNextSubjectWereCoordinated()
    {
        // the parser's reading: "people" and "leaders" one subject of "said", hung as an adverbial clause on "arrested"
        var (doc, find) = ParsedSentence.Given("Police arrested 30 people, and union leaders said the strike would go on.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root NUM/CD/4/nummod NOUN/NNS/9/nsubj PUNCT/,/8/punct CCONJ/CC/8/cc NOUN/NN/8/compound " +
            "NOUN/NNS/4/conj VERB/VBD/2/advcl DET/DT/11/det NOUN/NN/13/nsubj AUX/MD/13/aux VERB/VB/9/ccomp ADP/RP/13/compound:prt PUNCT/./2/punct");
        new ClauseCoordinationRepair().Repair(doc, doc.Sentences[0]);
        int arrested = find("arrested"), said = find("said");
        ParsedSentence.AssertArc(doc, find("people"), arrested, "obj");
        ParsedSentence.AssertArc(doc, find("leaders"), said, "nsubj");
        ParsedSentence.AssertArc(doc, said, arrested, "conj");
        ParsedSentence.AssertArc(doc, find("and"), said, "cc");
    }

    [Theory]
    [InlineData("Officials said civilians and soldiers were killed in the attack.")]
    [InlineData("Police detained 13 protesters, and the opposition said more arrests were likely.")]
    [InlineData("Iran and Russia signed a treaty, and China welcomed it.")]
    public void ClauseCoordinationRepair_LeavesAGoodParseAlone(string text)
        => ParsedSentence.AssertSameParse(new SyntaxAnnotator(TestData.Knowledge.Syntax, new ClauseCoordinationRepair()), text);
}
