using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a finite verb after "and" hung on the noun before it (<see cref="VerbConjunctOnNounRepair"/>).</summary>
public class VerbConjunctOnNounRepairTests
{
    private static readonly Lazy<SyntaxAnnotator> Repaired = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax, new VerbConjunctOnNounRepair()));

    [Fact]
    public void VerbConjunctOnNounRepair_JoinsTheVerbToTheVerbAboveTheNoun_VerbHungOnANoun()
    {
        // as the shipped model parsed it: "appealed" a conjunct of "margin"
        var (doc, find) = ParsedSentence.Given("She won by a wide margin and appealed to the army.",
            "PRON/PRP/2/nsubj VERB/VBD/0/root ADP/IN/6/case DET/DT/6/det ADJ/JJ/6/amod NOUN/NN/2/obl CCONJ/CC/8/cc VERB/VBD/6/conj "
            + "ADP/IN/11/case DET/DT/11/det NOUN/NN/8/obl PUNCT/./2/punct");
        new VerbConjunctOnNounRepair().Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("appealed"), find("won"), "conj");
        ParsedSentence.AssertArc(doc, find("army"), find("appealed"), "obl");
    }

    [Theory]
    [InlineData("Iran bought drones and missiles from Russia.")]
    [InlineData("The ministry said troops had left the town and that talks would resume.")]
    public void VerbConjunctOnNounRepair_LeavesAlone_CoordinationsOfNouns(string text)
        => ParsedSentence.AssertSameParse(Repaired.Value, text);
}
