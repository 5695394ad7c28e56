using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The correction of a plural event noun after a support verb's compound, read as a verb in -s
/// (<see cref="SupportObjectRetag"/>), with the shipped model.</summary>
public class SupportObjectRetagTests
{
    private static readonly Lazy<SyntaxAnnotator> Corrected = new(() =>
        new SyntaxAnnotator(TestData.Knowledge.Syntax, retag: new SupportObjectRetag(TestData.Knowledge.Words, TestData.Knowledge.Inflector, TestData.Knowledge.Syntax.Tags)));

    private static readonly Lazy<SyntaxAnnotator> Plain = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax));

    [Theory]
    [InlineData("Britain held naval patrol exercises with Guyana on Friday.", "exercises", "held")]
    public void SupportObjectRetag_MakesTheObjectANoun_AfterASupportVerb(string text, string noun, string verb)
    {
        // the uncorrected tagger calls the noun a verb: the sentence is the case the correction is for
        var (plainDoc, plainFind) = ParsedSentence.With(Plain.Value, text);
        Assert.Equal(Upos.VERB, plainDoc.Tokens[plainFind(noun)].Upos);

        var (doc, find) = ParsedSentence.With(Corrected.Value, text);
        Assert.Equal(Upos.NOUN, doc.Tokens[find(noun)].Upos);
        ParsedSentence.AssertArc(doc, find(noun), find(verb), "obj");
    }

    [Theory]
    [InlineData("The union that organised the strike says talks have failed.", "says")]
    [InlineData("Officials believe the army needs more time.", "needs")]
    [InlineData("The curfew the army imposed last week ends on Friday.", "ends")]
    public void SupportObjectRetag_LeavesAlone_MainVerbAfterRelativeClauseOrOtherVerb(string text, string word)
    {
        var (plainDoc, plainFind) = ParsedSentence.With(Plain.Value, text);
        Assert.Equal(Upos.VERB, plainDoc.Tokens[plainFind(word)].Upos);
        var (doc, find) = ParsedSentence.With(Corrected.Value, text);
        Assert.Equal(Upos.VERB, doc.Tokens[find(word)].Upos);
    }
}
