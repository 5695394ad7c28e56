using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The correction of unseen plural nouns the tagger read as verbs in -s before the clause's past verb
/// (<see cref="PluralNounRetag"/>), with the shipped model.</summary>
public class PluralNounRetagTests
{
    private static readonly Lazy<SyntaxAnnotator> Corrected = new(() =>
        new SyntaxAnnotator(TestData.Knowledge.Syntax, retag: new PluralNounRetag(TestData.Knowledge.Syntax.Tags)));

    private static readonly Lazy<SyntaxAnnotator> Plain = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax));

    [Theory]
    [InlineData("US warships intercepted missiles over the Red Sea.", "warships", "intercepted")]
    [InlineData("Ukrainian commandos raided a Russian base in Crimea.", "commandos", "raided")]
    [InlineData("Turkish warplanes bombed Kurdish positions in northern Iraq.", "warplanes", "bombed")]
    public void PluralNounRetag_MakesTheSubjectANoun_BeforeAPastVerb(string text, string noun, string verb)
    {
        // the uncorrected tagger calls the noun a verb: the sentence is the case the correction is for
        var (plainDoc, plainFind) = ParsedSentence.With(Plain.Value, text);
        Assert.Equal(Upos.VERB, plainDoc.Tokens[plainFind(noun)].Upos);

        var (doc, find) = ParsedSentence.With(Corrected.Value, text);
        Assert.Equal(Upos.NOUN, doc.Tokens[find(noun)].Upos);
        Assert.Equal("root", doc.Tokens[find(verb)].Deprel);
        Assert.Equal("nsubj", doc.Tokens[find(noun)].Deprel);
        Assert.Equal(find(verb), doc.Head(find(noun)));
    }

    [Theory]
    [InlineData("The minister says talks resumed on Monday.", "says")]
    [InlineData("The army gets paid by the state.", "gets")]
    public void PluralNounRetag_LeavesAlone_KnownVerbs(string text, string word)
    {
        var (doc, find) = ParsedSentence.With(Corrected.Value, text);
        Assert.NotEqual(Upos.NOUN, doc.Tokens[find(word)].Upos);
    }
}
