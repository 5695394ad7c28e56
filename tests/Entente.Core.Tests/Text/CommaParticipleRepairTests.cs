using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a closing participle clause hung on the object (<see cref="CommaParticipleRepair"/>), on parses given by hand.</summary>
public class CommaParticipleRepairTests
{
    private static readonly CommaParticipleRepair Repair = new();

    [Fact]
    public void CommaParticipleRepair_HangsParticipleOnTheVerb_ClosingClauseReadAsModifierOfTheObject()
    {
        var (doc, find) = ParsedSentence.Given("Troops shelled a village, prompting Yerevan to protest.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root DET/DT/4/det NOUN/NN/2/obj PUNCT/,/6/punct VERB/VBG/4/acl PROPN/NNP/6/obj PART/TO/9/mark VERB/VB/6/xcomp PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("prompting"), find("shelled"), "advcl");
    }

    [Fact]
    public void CommaParticipleRepair_KeepsModifier_ParticipleClauseBetweenCommas()
    {
        var (doc, find) = ParsedSentence.Given("Troops shelled a village, housing refugees, on Monday.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root DET/DT/4/det NOUN/NN/2/obj PUNCT/,/6/punct VERB/VBG/4/acl NOUN/NNS/6/obj PUNCT/,/6/punct ADP/IN/10/case PROPN/NNP/2/obl PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("housing"), find("village"), "acl");
    }
}
