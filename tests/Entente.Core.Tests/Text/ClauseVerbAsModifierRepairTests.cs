using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a clause's verb read as an adjective of the noun after it (<see cref="ClauseVerbAsModifierRepair"/>), on parses given by hand.</summary>
public class ClauseVerbAsModifierRepairTests
{
    private static readonly ClauseVerbAsModifierRepair Repair = new();

    [Fact]
    public void ClauseVerbAsModifierRepair_MakesVerbTheClauseHead_AdjectiveWithItsOwnSubjectAndMark()
    {
        var (doc, find) = ParsedSentence.Given("The militia vowed revenge after jets struck depots in Syria.",
            "DET/DT/2/det NOUN/NN/3/nsubj VERB/VBD/0/root NOUN/NN/3/obj ADP/IN/7/mark NOUN/NNS/7/nsubj VERB/VBD/8/amod NOUN/NNS/3/obl ADP/IN/10/case PROPN/NNP/3/obl PUNCT/./3/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        int struck = find("struck");
        ParsedSentence.AssertArc(doc, struck, find("vowed"), "advcl");
        ParsedSentence.AssertArc(doc, find("depots"), struck, "obj");
        ParsedSentence.AssertArc(doc, find("jets"), struck, "nsubj");
    }

    [Fact]
    public void ClauseVerbAsModifierRepair_KeepsAdjective_ParticipleWithNoSubject()
    {
        var (doc, find) = ParsedSentence.Given("Jets hit the occupied town.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root DET/DT/5/det VERB/VBN/5/amod NOUN/NN/2/obj PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("occupied"), find("town"), "amod");
    }
}
