using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of words hung on punctuation (<see cref="PunctuationHeadRepair"/>), on parses given by hand.</summary>
public class PunctuationHeadRepairTests
{
    private static readonly PunctuationHeadRepair Repair = new();

    [Fact]
    public void PunctuationHeadRepair_MovesClauseToTheVerbAboveTheMark_ClauseHungOnAComma()
    {
        var (doc, find) = ParsedSentence.Given("Rebels took the town on Sunday, forcing troops to retreat.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root DET/DT/4/det NOUN/NN/2/obj ADP/IN/6/case PROPN/NNP/2/obl PUNCT/,/6/punct VERB/VBG/7/advcl NOUN/NNS/8/obj PART/TO/11/mark VERB/VB/8/xcomp PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("forcing"), find("took"), "advcl");
    }

    [Fact]
    public void PunctuationHeadRepair_ChangesNothing_NoWordOnPunctuation()
    {
        var (doc, find) = ParsedSentence.Given("Rebels took the town, officials said.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root DET/DT/4/det NOUN/NN/2/obj PUNCT/,/2/punct NOUN/NNS/7/nsubj VERB/VBD/2/parataxis PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("said"), find("took"), "parataxis");
        ParsedSentence.AssertArc(doc, find(","), find("took"), "punct");
    }
}
