using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a controlled infinitive read as a clause of purpose (<see cref="ObjectControlRepair"/>), on parses given by hand.</summary>
public class ObjectControlRepairTests
{
    private static readonly ObjectControlRepair Repair = new(TestData.Knowledge.Words);

    [Fact]
    public void ObjectControlRepair_MakesInfinitiveXcomp_ObjectControlVerbWithObject()
    {
        // (the hand-given parse takes the lower-cased form as lemma: a present form keeps the lemma the class lists)
        var (doc, find) = ParsedSentence.Given("The launches prompt Tokyo to protest.",
            "DET/DT/2/det NOUN/NNS/3/nsubj VERB/VBP/0/root PROPN/NNP/3/obj PART/TO/6/mark VERB/VB/3/advcl PUNCT/./3/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("protest"), find("prompt"), "xcomp");
    }

    [Fact]
    public void ObjectControlRepair_KeepsPurposeClause_VerbOutsideTheClass()
    {
        var (doc, find) = ParsedSentence.Given("Russia sent troops to guard the embassy.",
            "PROPN/NNP/2/nsubj VERB/VBD/0/root NOUN/NNS/2/obj PART/TO/5/mark VERB/VB/2/advcl DET/DT/7/det NOUN/NN/5/obj PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("guard"), find("sent"), "advcl");
    }
}
