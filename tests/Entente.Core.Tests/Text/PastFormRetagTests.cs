using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The correction of irregular past forms the tagger did not read as verbs (<see cref="PastFormRetag"/>), with the shipped model.</summary>
public class PastFormRetagTests
{
    private static readonly Lazy<SyntaxAnnotator> Corrected = new(() =>
        new SyntaxAnnotator(TestData.Knowledge.Syntax, retag: new PastFormRetag(TestData.Knowledge.Inflector, TestData.Knowledge.Syntax.Tags)));

    private static (Doc Doc, Func<string, int> Find) Parsed(string text) => ParsedSentence.With(Corrected.Value, text);

    [Fact]
    public void PastFormRetag_MakesAVerb_OfAnUnseenIrregularPast()
    {
        var (doc, find) = Parsed("Fighters from the Islamist al-Shabaab group overran an army post in central Somalia on Sunday.");
        int verb = find("overran");
        Assert.Equal(Upos.VERB, doc.Tokens[verb].Upos);
        Assert.Equal("overrun", doc.Tokens[verb].Lemma);
        Assert.Equal("root", doc.Tokens[verb].Deprel);
        Assert.Equal("nsubj", doc.Tokens[find("Fighters")].Deprel);
        Assert.Equal(verb, doc.Head(find("post")));
    }

    [Theory]
    [InlineData("The ship sank near the coast.", "sank")]
    [InlineData("He put the plan to a vote.", "put")]
    public void PastFormRetag_LeavesAlone_WordsTheTaggerAlreadyReadAsVerbs(string text, string word)
    {
        var (doc, find) = Parsed(text);
        Assert.Equal(Upos.VERB, doc.Tokens[find(word)].Upos);
    }
}
