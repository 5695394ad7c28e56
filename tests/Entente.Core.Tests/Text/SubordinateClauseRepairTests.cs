using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a clause after "after"/"before" read as a noun phrase (<see cref="SubordinateClauseRepair"/>), on parses given by hand.</summary>
public class SubordinateClauseRepairTests
{
    private static readonly SubordinateClauseRepair Repair = new(TestData.Knowledge.Words);

    [Fact]
    public void SubordinateClauseRepair_MakesPastFormTheClauseVerb_PastFormReadAsAdjectiveAfterAfter()
    {
        var (doc, find) = ParsedSentence.Given("The council delayed the vote after police forcibly removed several deputies.",
            "DET/DT/2/det NOUN/NN/3/nsubj VERB/VBD/0/root DET/DT/5/det NOUN/NN/3/obj ADP/IN/7/case NOUN/NNS/3/obl ADV/RB/9/advmod VERB/VBN/11/amod "
            + "ADJ/JJ/11/amod NOUN/NNS/7/nmod PUNCT/./3/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        int removed = find("removed");
        ParsedSentence.AssertArc(doc, removed, find("delayed"), "advcl");
        Assert.Equal("VBD", doc.Tokens[removed].Xpos);
        ParsedSentence.AssertArc(doc, find("after"), removed, "mark");
        ParsedSentence.AssertArc(doc, find("police"), removed, "nsubj");
        ParsedSentence.AssertArc(doc, find("deputies"), removed, "obj");
    }

    [Fact]
    public void SubordinateClauseRepair_ChangesNothing_PrepositionThatOpensNoClause()
    {
        var (doc, find) = ParsedSentence.Given("The council met with police armed guards.",
            "DET/DT/2/det NOUN/NN/3/nsubj VERB/VBD/0/root ADP/IN/5/case NOUN/NNS/3/obl VERB/VBN/7/amod NOUN/NNS/5/nmod PUNCT/./3/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("armed"), find("guards"), "amod");
        ParsedSentence.AssertArc(doc, find("police"), find("met"), "obl");
    }

    [Fact]
    public void SubordinateClauseRepair_MakesNounTheClauseSubject_SubjectReadAsObliqueOfTheMainVerb()
    {
        var (doc, find) = ParsedSentence.Given("Seoul protested after Pyongyang fired a missile.",
            "PROPN/NNP/2/nsubj VERB/VBD/0/root ADP/IN/4/case PROPN/NNP/2/obl VERB/VBD/2/ccomp DET/DT/7/det NOUN/NN/5/obj PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        int fired = find("fired");
        ParsedSentence.AssertArc(doc, fired, find("protested"), "advcl");
        ParsedSentence.AssertArc(doc, find("after"), fired, "mark");
        Assert.Equal(Upos.SCONJ, doc.Tokens[find("after")].Upos);
        ParsedSentence.AssertArc(doc, find("Pyongyang"), fired, "nsubj");
    }

    [Fact]
    public void SubordinateClauseRepair_GivesObjectBackToMainVerb_ObjectReadAsTheClauseSubject()
    {
        var (doc, find) = ParsedSentence.Given("Tehran summoned the envoy after Berlin expelled two diplomats.",
            "PROPN/NNP/2/nsubj VERB/VBD/0/root DET/DT/4/det NOUN/NN/7/nsubj ADP/IN/6/case PROPN/NNP/4/nmod VERB/VBD/2/ccomp NUM/CD/9/nummod NOUN/NNS/7/obj PUNCT/./2/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        int expelled = find("expelled");
        ParsedSentence.AssertArc(doc, find("envoy"), find("summoned"), "obj");
        ParsedSentence.AssertArc(doc, expelled, find("summoned"), "advcl");
        ParsedSentence.AssertArc(doc, find("Berlin"), expelled, "nsubj");
    }

    [Fact]
    public void SubordinateClauseRepair_ChangesNothing_PrepositionBeforeAPlainNounPhrase()
    {
        var (doc, find) = ParsedSentence.Given("The minister spoke after lunch on Monday.",
            "DET/DT/2/det NOUN/NN/3/nsubj VERB/VBD/0/root ADP/IN/5/case NOUN/NN/3/obl ADP/IN/7/case PROPN/NNP/3/obl PUNCT/./3/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("after"), find("lunch"), "case");
        ParsedSentence.AssertArc(doc, find("lunch"), find("spoke"), "obl");
    }
}
