using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a counted participle phrase read as a clause (<see cref="CountedParticipleRepair"/>), on parses given by hand.</summary>
public class CountedParticipleRepairTests
{
    private static readonly CountedParticipleRepair Repair = new();

    [Fact]
    public void CountedParticipleRepair_MakesOneNounPhrase_NumberParticiplePlural()
    {
        // the shape the shipped model gave "Police rescued 20 kidnapped passengers in Kaduna."
        var (doc, find) = ParsedSentence.Given("Troops freed 12 abducted farmers near Gao.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root NUM/CD/4/nsubj VERB/VBN/2/conj NOUN/NNS/4/obj ADP/IN/7/case PROPN/NNP/5/nmod PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        int farmers = find("farmers");
        ParsedSentence.AssertArc(doc, farmers, find("freed"), "obj");
        ParsedSentence.AssertArc(doc, find("abducted"), farmers, "amod");
        ParsedSentence.AssertArc(doc, find("12"), farmers, "nummod");
    }

    [Fact]
    public void CountedParticipleRepair_KeepsClause_VerbsJoinedByConjunction()
    {
        var (doc, find) = ParsedSentence.Given("Troops advanced and 12 attacked villages.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root CCONJ/CC/5/cc NUM/CD/5/nsubj VERB/VBD/2/conj NOUN/NNS/5/obj PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("attacked"), find("advanced"), "conj");
    }
}
