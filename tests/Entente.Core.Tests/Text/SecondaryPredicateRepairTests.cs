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
    public void SecondaryPredicateRepair_MakesNounAPredicate_SecondObjectHungOnTheObjectNoun()
    {
        // "scheme" hung on "rallies" as obj, as the shipped model parsed a sentence of this shape
        var (doc, find) = ParsedSentence.Given("The minister called the rallies a scheme of exiles.",
            "DET/DT/2/det NOUN/NN/3/nsubj VERB/VBD/0/root DET/DT/5/det NOUN/NNS/3/obj DET/DT/7/det NOUN/NN/5/obj ADP/IN/9/case NOUN/NNS/7/nmod PUNCT/./3/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("scheme"), find("called"), "xcomp");
        ParsedSentence.AssertArc(doc, find("rallies"), find("called"), "obj");
    }

    [Fact]
    public void SecondaryPredicateRepair_MakesNounAPredicate_AppositionWithoutCommaInObjectPhrase()
    {
        // "outrage" hung on "school" as appos, "school" on "called" as obl, as the shipped model parses this shape
        var (doc, find) = ParsedSentence.Given("Kyiv called the raid on the school an outrage.",
            "PROPN/NNP/2/nsubj VERB/VBD/0/root DET/DT/4/det NOUN/NN/2/obj ADP/IN/7/case DET/DT/7/det NOUN/NN/2/obl DET/DT/9/det NOUN/NN/7/appos PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("outrage"), find("called"), "xcomp");
    }

    [Fact]
    public void SecondaryPredicateRepair_KeepsApposition_AfterComma()
    {
        var (doc, find) = ParsedSentence.Given("Police arrested the man, a teacher.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root DET/DT/4/det NOUN/NN/2/obj PUNCT/,/7/punct DET/DT/7/det NOUN/NN/4/appos PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("teacher"), find("man"), "appos");
    }

    [Fact]
    public void SecondaryPredicateRepair_KeepsNoun_AfterAName()
    {
        // "Friday" read as the object: "a blockade" after it is what was lifted, not what Friday was called
        var (doc, find) = ParsedSentence.Given("Israel lifted Friday a blockade.",
            "PROPN/NNP/2/nsubj VERB/VBD/0/root PROPN/NNP/2/obj DET/DT/5/det NOUN/NN/3/appos PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("blockade"), find("Friday"), "appos");
    }

    [Fact]
    public void SecondaryPredicateRepair_ChangesNothing_SecondNounWithCase()
    {
        var (doc, find) = ParsedSentence.Given("Rebels seized the town near the border.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root DET/DT/4/det NOUN/NN/2/obj ADP/IN/7/case DET/DT/7/det NOUN/NN/4/obj PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("border"), find("town"), "obj");
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
