using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a participle before a plural noun read as a gerund subject (<see cref="GerundModifierRepair"/>), on parses given by hand.</summary>
public class GerundModifierRepairTests
{
    private static readonly GerundModifierRepair Repair = new();

    [Fact]
    public void GerundModifierRepair_MakesNounTheSubject_ParticipleBeforeBarePlural()
    {
        var (doc, find) = ParsedSentence.Given("Protesting rail workers closed the station.",
            "VERB/VBG/4/csubj NOUN/NN/3/compound NOUN/NNS/1/obj VERB/VBD/0/root DET/DT/6/det NOUN/NN/4/obj PUNCT/./4/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("workers"), find("closed"), "nsubj");
        ParsedSentence.AssertArc(doc, find("Protesting"), find("workers"), "amod");
    }

    [Fact]
    public void GerundModifierRepair_KeepsGerundClause_ObjectWithDeterminer()
    {
        var (doc, find) = ParsedSentence.Given("Blocking the roads angered drivers.",
            "VERB/VBG/4/csubj DET/DT/3/det NOUN/NNS/1/obj VERB/VBD/0/root NOUN/NNS/4/obj PUNCT/./4/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("Blocking"), find("angered"), "csubj");
    }
}
