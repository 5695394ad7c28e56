using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The correction of national adjectives the tagger read as proper nouns before a title (<see cref="DemonymRetag"/>), with the shipped model.</summary>
public class DemonymRetagTests
{
    private static readonly Lazy<SyntaxAnnotator> Corrected = new(() =>
        new SyntaxAnnotator(TestData.Knowledge.Syntax, retag: new DemonymRetag(TestData.Knowledge.Actors, TestData.Knowledge.Syntax.Tags)));

    private static (Doc Doc, Func<string, int> Find) Parsed(string text) => ParsedSentence.With(Corrected.Value, text);

    [Theory]
    [InlineData("Hungarian Prime Minister Zoltan Varga and Slovak President Ivan Kral on Monday signed a border treaty.", "Hungarian", "Zoltan", "signed")]
    [InlineData("Portuguese President Rui Costa said on Tuesday that Lisbon would back the plan.", "Portuguese", "Rui", "said")]
    public void DemonymRetag_MakesAdjective_NationalWordBeforeTitle(string text, string demonym, string name, string verb)
    {
        var (doc, find) = Parsed(text);
        int d = find(demonym), n = find(name), v = find(verb);
        Assert.Equal(Upos.ADJ, doc.Tokens[d].Upos);
        Assert.Equal("amod", doc.Tokens[d].Deprel);
        // one subject: the name, not the national word beside it
        Assert.Equal(v, doc.Head(n));
        Assert.Equal("nsubj", doc.Tokens[n].Deprel);
        Assert.Single(Enumerable.Range(0, doc.TokenCount), i => doc.Head(i) == v && doc.Tokens[i].Deprel == "nsubj");
    }

    [Fact]
    public void DemonymRetag_MakesAdjective_NationalWordsCoordinatedBeforeANoun()
    {
        var (doc, find) = Parsed("Senior Hungarian and Slovak diplomats agreed on Monday to reopen the border crossing.");
        int hungarian = find("Hungarian"), diplomats = find("diplomats"), met = find("agreed");
        Assert.Equal(Upos.ADJ, doc.Tokens[hungarian].Upos);
        Assert.Equal(diplomats, doc.Head(hungarian));
        Assert.Single(Enumerable.Range(0, doc.TokenCount), i => doc.Head(i) == met && doc.Tokens[i].Deprel == "nsubj");
    }

    [Theory]
    [InlineData("Boeing Chief Executive Kelly Ortberg visited Ankara on Friday.")]
    [InlineData("The talks in Budapest were held in Hungarian.")]
    public void DemonymRetag_ChangesNoTag_WhenNoNationalWordPrecedesACapital(string text)
    {
        var plain = SentenceSplitter.Default.Split(text);
        new SyntaxAnnotator(TestData.Knowledge.Syntax).Annotate(plain);
        var (doc, _) = Parsed(text);
        for (int i = 0; i < doc.TokenCount; i++) Assert.Equal(plain.Tokens[i].Xpos, doc.Tokens[i].Xpos);
    }
}
