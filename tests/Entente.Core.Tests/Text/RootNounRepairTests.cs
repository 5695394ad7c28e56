using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a sentence whose verb the parser hung on its subject noun as a modifier (<see cref="RootNounRepair"/>), with the shipped model.</summary>
public class RootNounRepairTests
{
    private static readonly Lazy<SyntaxAnnotator> Repaired = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax, new RootNounRepair()));

    [Theory]
    [InlineData("Up to 200 Kenyan police officers arrived in Haiti.", "officers", "arrived")]
    [InlineData("Scores of nurses at Ghana's most famous teaching hospital appealed to the Ghanaian government on Monday to let them return to work.", "Scores", "appealed")]
    [InlineData("Dozens of staff at Zambia's oldest independent radio station appealed to the Zambian authorities on Tuesday to let them broadcast again.", "Dozens", "appealed")]
    public void RootNounRepair_MakesVerbTheRoot_VerbHungOnSubjectNoun(string text, string subject, string verb)
        => AssertVerbIsRoot(ParsedSentence.With(Repaired.Value, text), subject, verb);

    [Fact]
    public void RootNounRepair_MakesVerbTheRoot_VerbHungOnConjunctOfCoordinatedSubject()
    {
        // as the model of 2026-12-06 parsed it: "U.S." the root, "forces" its conjunct, "struck" a clause on "forces"
        var given = ParsedSentence.Given("U.S. and British forces struck Houthi targets in Yemen on Friday.",
            "PROPN/NNP/0/root CCONJ/CC/4/cc ADJ/JJ/4/amod NOUN/NNS/1/conj VERB/VBD/4/acl PROPN/NNP/7/compound NOUN/NNS/5/obj "
            + "ADP/IN/9/case PROPN/NNP/5/obl ADP/IN/11/case PROPN/NNP/5/obl PUNCT/./1/punct");
        new RootNounRepair().Repair(given.Doc, given.Doc.Sentences[0]);
        AssertVerbIsRoot(given, "U.S.", "struck");
    }

    [Fact]
    public void RootNounRepair_MakesPastFormTheRoot_PastFormModifiesConjunctOfRootNoun()
    {
        // "struck" read as an adjective of "depots", which hangs on "jets" as a conjunct with no conjunction
        var (doc, find) = ParsedSentence.Given("Turkish jets struck depots in northern Iraq, according to the army.",
            "ADJ/JJ/2/amod NOUN/NNS/0/root VERB/VBN/4/amod NOUN/NNS/2/conj ADP/IN/7/case ADJ/JJ/7/amod PROPN/NNP/4/nmod "
            + "PUNCT/,/12/punct VERB/VBG/12/case ADP/IN/9/fixed DET/DT/12/det NOUN/NN/2/conj PUNCT/./2/punct");
        new RootNounRepair().Repair(doc, doc.Sentences[0]);
        int jets = find("jets"), struck = find("struck");
        ParsedSentence.AssertArc(doc, struck, -1, "root");
        Assert.Equal("VBD", doc.Tokens[struck].Xpos);
        ParsedSentence.AssertArc(doc, jets, struck, "nsubj");
        ParsedSentence.AssertArc(doc, find("depots"), struck, "obj");
        ParsedSentence.AssertArc(doc, find("army"), struck, "obl");
        ParsedSentence.AssertArc(doc, doc.TokenCount - 1, struck, "punct");
    }

    [Fact]
    public void RootNounRepair_MakesBarePastFormTheRoot_AdjectiveOnObjectOfRootNoun()
    {
        // "set" read as an adjective of "fire", which hangs on the subject noun as its object
        var (doc, find) = ParsedSentence.Given("Rioters set fire to the town hall in Nantes.",
            "NOUN/NNS/0/root ADJ/JJ/3/amod NOUN/NN/1/obj ADP/IN/7/case DET/DT/7/det NOUN/NN/7/compound NOUN/NN/3/nmod ADP/IN/9/case PROPN/NNP/7/nmod PUNCT/./1/punct");
        new RootNounRepair().Repair(doc, doc.Sentences[0]);
        int set = find("set");
        ParsedSentence.AssertArc(doc, set, -1, "root");
        Assert.Equal((Upos.VERB, "VBD"), (doc.Tokens[set].Upos, doc.Tokens[set].Xpos));
        ParsedSentence.AssertArc(doc, find("Rioters"), set, "nsubj");
        ParsedSentence.AssertArc(doc, find("fire"), set, "obj");
        ParsedSentence.AssertArc(doc, find("hall"), set, "obl");
        ParsedSentence.AssertArc(doc, doc.TokenCount - 1, set, "punct");
    }

    [Fact]
    public void RootNounRepair_ChangesNothing_AdjectiveOnObjectIsNotItsOwnLemma()
    {
        // "armed" is an adjective whose verb lemma the repair could not give: left as parsed
        const string text = "Rioters armed fire to the hall.";
        const string parse = "NOUN/NNS/0/root ADJ/JJ/3/amod NOUN/NN/1/obj ADP/IN/6/case DET/DT/6/det NOUN/NN/3/nmod PUNCT/./1/punct";
        var (doc, find) = ParsedSentence.Given(text, parse);
        doc.SetSyntax(find("armed"), Upos.ADJ, "JJ", "arm", MorphFeats.None, 2, "amod");
        new RootNounRepair().Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("Rioters"), -1, "root");
        ParsedSentence.AssertArc(doc, find("armed"), find("fire"), "amod");
    }

    [Fact]
    public void RootNounRepair_ChangesNothing_PastFormsInAListOfNounPhrases()
    {
        const string text = "Burned cars, damaged shops and looted houses.";
        const string parse = "VERB/VBN/2/amod NOUN/NNS/0/root PUNCT/,/5/punct VERB/VBN/5/amod NOUN/NNS/2/conj CCONJ/CC/8/cc VERB/VBN/8/amod NOUN/NNS/2/conj PUNCT/./2/punct";
        var (doc, _) = ParsedSentence.Given(text, parse);
        var (plain, _) = ParsedSentence.Given(text, parse);
        new RootNounRepair().Repair(doc, doc.Sentences[0]);
        for (int i = 0; i < doc.TokenCount; i++) Assert.Equal((plain.Head(i), plain.Tokens[i].Deprel), (doc.Head(i), doc.Tokens[i].Deprel));
    }

    [Fact]
    public void RootNounRepair_MakesFirstVerbTheRoot_VerbReadAsClauseOnSubjectOfConjoinedRoot()
    {
        var (doc, find) = ParsedSentence.Given("Kenya's foreign ministry called the report false and denied any role.",
            "PROPN/NNP/4/nmod:poss PART/POS/1/case ADJ/JJ/4/amod NOUN/NN/10/nsubj VERB/VBN/4/acl DET/DT/7/det NOUN/NN/5/obj ADJ/JJ/5/xcomp "
            + "CCONJ/CC/10/cc VERB/VBD/0/root DET/DT/12/det NOUN/NN/10/obj PUNCT/./10/punct");
        new RootNounRepair().Repair(doc, doc.Sentences[0]);
        int called = find("called");
        ParsedSentence.AssertArc(doc, called, -1, "root");
        ParsedSentence.AssertArc(doc, find("ministry"), called, "nsubj");
        ParsedSentence.AssertArc(doc, find("denied"), called, "conj");
        ParsedSentence.AssertArc(doc, doc.TokenCount - 1, called, "punct");
    }

    [Fact]
    public void RootNounRepair_MakesVerbTheRoot_VerbHungInsideClauseSetOffAfterSubject()
    {
        var (doc, find) = ParsedSentence.Given("Kenyan Interior Minister Amos Kiptoo, speaking in Mombasa, called on both sides to stop the fighting.",
            "ADJ/JJ/3/amod PROPN/NNP/3/compound PROPN/NNP/4/nmod:desc PROPN/NNP/0/root PROPN/NNP/4/flat PUNCT/,/7/punct VERB/VBG/4/advcl ADP/IN/9/case "
            + "PROPN/NNP/7/obl PUNCT/,/11/punct VERB/VBN/7/advcl ADP/IN/14/case DET/DT/14/det NOUN/NNS/11/obl PART/TO/16/mark VERB/VB/11/xcomp DET/DT/18/det NOUN/NN/16/obj PUNCT/./4/punct");
        new RootNounRepair().Repair(doc, doc.Sentences[0]);
        int called = find("called");
        ParsedSentence.AssertArc(doc, called, -1, "root");
        Assert.Equal("VBD", doc.Tokens[called].Xpos);
        ParsedSentence.AssertArc(doc, find("Amos"), called, "nsubj");
        ParsedSentence.AssertArc(doc, find("speaking"), called, "advcl");
        ParsedSentence.AssertArc(doc, doc.TokenCount - 1, called, "punct");
    }

    [Fact]
    public void RootNounRepair_MakesParticipleTheRoot_WhenTheOnlyFiniteVerbIsInARelativeClauseSetOff()
    {
        // the parser's reading: "has" an auxiliary of "investments", "called" a participle hung on it
        var (doc, find) = ParsedSentence.Given("Norway, which has troops in both countries, called on the two sides to talk.",
            "PROPN/NNP/0/root PUNCT/,/5/punct PRON/WDT/5/nsubj AUX/VBZ/5/aux NOUN/NNS/1/acl:relcl ADP/IN/8/case DET/DT/8/det NOUN/NNS/5/nmod "
            + "PUNCT/,/10/punct VERB/VBN/5/acl ADP/IN/14/case DET/DT/14/det NUM/CD/14/nummod NOUN/NNS/10/obl PART/TO/16/mark VERB/VB/10/advcl PUNCT/./1/punct");
        new RootNounRepair().Repair(doc, doc.Sentences[0]);
        int called = find("called");
        ParsedSentence.AssertArc(doc, called, -1, "root");
        Assert.Equal("VBD", doc.Tokens[called].Xpos);
        ParsedSentence.AssertArc(doc, find("Norway"), called, "nsubj");
        ParsedSentence.AssertArc(doc, find("troops"), find("Norway"), "acl:relcl");
    }

    [Fact]
    public void RootNounRepair_MakesParticipleTheRoot_WhenTheOnlyFiniteVerbIsInItsOwnSubordinateClause()
    {
        // "vowed" read as a participle modifying "senate"; "changed" is finite but inside the participle's own unless-clause
        var (doc, find) = ParsedSentence.Given("The Chilean senate vowed on Friday to cut the budget unless the ministry changed course.",
            "DET/DT/3/det ADJ/JJ/3/amod NOUN/NN/0/root VERB/VBN/3/acl ADP/IN/6/case PROPN/NNP/4/obl PART/TO/8/mark VERB/VB/4/advcl DET/DT/10/det NOUN/NN/8/obj "
            + "SCONJ/IN/14/mark DET/DT/13/det NOUN/NN/14/nsubj VERB/VBD/4/advcl NOUN/NN/14/obj PUNCT/./3/punct");
        new RootNounRepair().Repair(doc, doc.Sentences[0]);
        int vowed = find("vowed");
        ParsedSentence.AssertArc(doc, vowed, -1, "root");
        ParsedSentence.AssertArc(doc, find("senate"), vowed, "nsubj");
        ParsedSentence.AssertArc(doc, find("changed"), vowed, "advcl");
    }

    [Fact]
    public void RootNounRepair_ChangesNothing_ParticipleWithAuxiliaryAfterRelativeClause()
    {
        var (doc, find) = ParsedSentence.Given("Norway, which has troops in both countries, has called for talks.",
            "PROPN/NNP/0/root PUNCT/,/5/punct PRON/WDT/5/nsubj AUX/VBZ/5/aux NOUN/NNS/1/acl:relcl ADP/IN/8/case DET/DT/8/det NOUN/NNS/5/nmod "
            + "PUNCT/,/11/punct AUX/VBZ/11/aux VERB/VBN/5/acl ADP/IN/13/case NOUN/NNS/11/obl PUNCT/./1/punct");
        new RootNounRepair().Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("Norway"), -1, "root");
    }

    [Fact]
    public void RootNounRepair_ChangesNothing_ParticipleWithAgentAfterClauseSetOff()
    {
        var (doc, find) = ParsedSentence.Given("President Amos Kiptoo, arriving in Mombasa, greeted by crowds.",
            "PROPN/NNP/2/nmod:desc PROPN/NNP/0/root PROPN/NNP/2/flat PUNCT/,/5/punct VERB/VBG/2/advcl ADP/IN/7/case PROPN/NNP/5/obl PUNCT/,/9/punct "
            + "VERB/VBN/5/advcl ADP/IN/11/case NOUN/NNS/9/obl:agent PUNCT/./2/punct");
        new RootNounRepair().Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("Amos"), -1, "root");
        ParsedSentence.AssertArc(doc, find("greeted"), find("arriving"), "advcl");
    }

    private static void AssertVerbIsRoot((Doc Doc, Func<string, int> Find) parsed, string subject, string verb)
    {
        var (doc, find) = parsed;
        int n = find(subject), v = find(verb);
        Assert.Equal(-1, doc.Head(v));
        Assert.Equal("root", doc.Tokens[v].Deprel);
        Assert.Equal(v, doc.Head(n));
        Assert.Equal("nsubj", doc.Tokens[n].Deprel);
        Assert.Equal(v, doc.Head(doc.TokenCount - 1)); // the full stop moves with the root
    }

    [Theory]
    [InlineData("The troops deployed in Haiti returned home in May.")]
    [InlineData("Hundreds of people displaced by the floods.")]
    [InlineData("Kenya sent 400 police officers to Haiti.")]
    public void RootNounRepair_ChangesNothing_ParticipleModifierOrVerbAlreadyRoot(string text)
        => ParsedSentence.AssertSameParse(Repaired.Value, text);
}
