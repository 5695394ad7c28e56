using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a secondary predicate read as an adverbial clause (<see cref="SecondaryPredicateRepair"/>), on parses given by hand.</summary>
public class SecondaryPredicateRepairTests
{
    private static readonly SecondaryPredicateRepair Repair = new();

    [Fact]
    public void SecondaryPredicateRepair_MakesNounAPredicate_BareNounReadAsAdverbialClause()
    {
        // "threat" hung on "called" as advcl, as the shipped model parsed a sentence of this shape
        var (doc, find) = ParsedSentence.Given("Tokyo called the sale of drones to Moscow a serious threat.",
            "PROPN/NNP/2/nsubj VERB/VBD/0/root DET/DT/4/det NOUN/NN/2/obj ADP/IN/6/case NOUN/NNS/4/nmod ADP/IN/8/case PROPN/NNP/2/obl DET/DT/11/det ADJ/JJ/11/amod NOUN/NN/2/advcl PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("threat"), find("called"), "xcomp");
    }

    [Fact]
    public void SecondaryPredicateRepair_ChangesNothing_ClauseWithItsOwnMark()
    {
        // "while a member" has its own mark: an adverbial clause, not what the object is
        var (doc, find) = ParsedSentence.Given("She joined the party while a student.",
            "PRON/PRP/2/nsubj VERB/VBD/0/root DET/DT/4/det NOUN/NN/2/obj SCONJ/IN/7/mark DET/DT/7/det NOUN/NN/2/advcl PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("student"), find("joined"), "advcl");
    }
}
