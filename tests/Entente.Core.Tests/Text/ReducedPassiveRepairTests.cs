using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a passive whose auxiliary was dropped (<see cref="ReducedPassiveRepair"/>), on parses given by hand.</summary>
public class ReducedPassiveRepairTests
{
    private static readonly ReducedPassiveRepair Repair = new(TestData.Knowledge.Words);

    private static void SetLemma(Doc doc, int token, string lemma)
    {
        var t = doc.Tokens[token];
        doc.SetSyntax(token, t.Upos, t.Xpos, lemma, t.Feats, t.Head, t.Deprel, t.FeatsText);
    }

    [Fact]
    public void ReducedPassiveRepair_MakesSubjectPassive_ObjectVerbWithSubjectAndNoObject()
    {
        var (doc, find) = ParsedSentence.Given("Three soldiers killed in an ambush near Gao.",
            "NUM/CD/2/nummod NOUN/NNS/3/nsubj VERB/VBD/0/root ADP/IN/6/case DET/DT/6/det NOUN/NN/3/obl ADP/IN/8/case PROPN/NNP/6/nmod PUNCT/./3/punct");
        SetLemma(doc, find("killed"), "kill");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("soldiers"), find("killed"), "nsubj:pass");
        Assert.Equal("VBN", doc.Tokens[find("killed")].Xpos);
        Assert.True((doc.Tokens[find("killed")].Feats & MorphFeats.VoicePass) != 0);
    }

    [Fact]
    public void ReducedPassiveRepair_MakesByPhraseTheAgent_ByPhraseAfterTheVerb()
    {
        var (doc, find) = ParsedSentence.Given("Two reporters detained by police in Minsk.",
            "NUM/CD/2/nummod NOUN/NNS/3/nsubj VERB/VBD/0/root ADP/IN/5/case NOUN/NNS/3/obl ADP/IN/7/case PROPN/NNP/3/obl PUNCT/./3/punct");
        SetLemma(doc, find("detained"), "detain");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("reporters"), find("detained"), "nsubj:pass");
        ParsedSentence.AssertArc(doc, find("police"), find("detained"), "obl:agent");
        ParsedSentence.AssertArc(doc, find("Minsk"), find("detained"), "obl");
    }

    [Theory]
    // the verb has its object
    [InlineData("Gunmen killed three soldiers.", "NOUN/NNS/2/nsubj VERB/VBD/0/root NUM/CD/4/nummod NOUN/NNS/2/obj PUNCT/./2/punct", "killed", "kill", "Gunmen")]
    // the parser hung the object on the wrong word: the noun right after the verb says the verb is active
    [InlineData("Gunmen killed soldiers near Gao.", "NOUN/NNS/2/nsubj VERB/VBD/0/root NOUN/NNS/5/nsubj ADP/IN/5/case PROPN/NNP/2/obl PUNCT/./2/punct", "killed", "kill", "Gunmen")]
    // a relative clause: its object is the noun it hangs on
    [InlineData("The soldiers the militants killed were young.", "DET/DT/2/det NOUN/NNS/6/nsubj DET/DT/4/det NOUN/NNS/5/nsubj VERB/VBD/2/acl:relcl AUX/VBD/7/cop ADJ/JJ/0/root PUNCT/./7/punct", "killed", "kill", "militants")]
    // coordinated verbs may share the object of the last
    [InlineData("Militants killed and wounded soldiers.", "NOUN/NNS/2/nsubj VERB/VBD/0/root CCONJ/CC/4/cc VERB/VBD/2/conj NOUN/NNS/4/obj PUNCT/./2/punct", "killed", "kill", "Militants")]
    // a verb used without an object in the active
    [InlineData("Protesters marched through Minsk.", "NOUN/NNS/2/nsubj VERB/VBD/0/root ADP/IN/4/case PROPN/NNP/2/obl PUNCT/./2/punct", "marched", "march", "Protesters")]
    // the object misread as an unmarked oblique after "at least" (as the shipped model read it)
    [InlineData("Police detained at least 20 protesters.", "NOUN/NNS/2/nsubj VERB/VBD/0/root ADP/IN/4/case ADJ/JJS/5/nmod NUM/CD/6/nummod NOUN/NNS/2/obl:unmarked PUNCT/./2/punct", "detained", "detain", "Police")]
    public void ReducedPassiveRepair_KeepsTheActiveSubject_VerbMayBeActive(string text, string parse, string verb, string lemma, string subject)
    {
        var (doc, find) = ParsedSentence.Given(text, parse);
        SetLemma(doc, find(verb), lemma);
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find(subject), find(verb), "nsubj");
        Assert.Equal("VBD", doc.Tokens[find(verb)].Xpos);
    }
}
