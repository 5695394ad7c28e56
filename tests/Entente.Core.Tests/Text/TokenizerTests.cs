using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

public class TokenizerTests
{
    private static string[] Surfaces(string text)
    {
        var (tokens, count, _) = Tokenizer.Default.Tokenize(text);
        return tokens.Take(count).Select(t => text.Substring(t.Start, t.Length)).ToArray();
    }

    [Theory]
    [InlineData("Iran’s Fateh-110 missiles", new[] { "Iran", "’s", "Fateh-110", "missiles" })]
    [InlineData("the U.S. and U.K. said", new[] { "the", "U.S.", "and", "U.K.", "said" })]
    [InlineData("(Forbes.ua, November 14, 2023)", new[] { "(", "Forbes.ua", ",", "November", "14", ",", "2023", ")" })]
    [InlineData("some 1,000 troops and $3.5 billion", new[] { "some", "1,000", "troops", "and", "$", "3.5", "billion" })]
    [InlineData("a 20-year deal at the 17th session", new[] { "a", "20-year", "deal", "at", "the", "17th", "session" })]
    [InlineData("Côte d'Ivoire and the countries' leaders", new[] { "Côte", "d'Ivoire", "and", "the", "countries", "'", "leaders" })]
    public void Tokenizer_SplitsWordsAndKeepsCompounds_WhenTextHasPunctuation(string text, string[] expected)
        => Assert.Equal(expected, Surfaces(text));

    [Fact]
    public void Tokenizer_FoldsKeys_WhenTextHasDiacriticsAndCurlyQuotes()
    {
        var t = SentenceSplitter.Default.Split("Erdoğan’s TÜRKIYE");
        Assert.Equal("erdogan", t.Key(0).ToString());
        Assert.Equal("'s", t.Key(1).ToString());
        Assert.Equal("turkiye", t.Key(2).ToString());
        Assert.True((t.Tokens[2].Shape & TokenShape.AllCaps) != 0);
    }

    [Fact]
    public void Tokenizer_KeepsOffsets_WhenTextHasLineBreaks()
    {
        const string text = "Title\r\n\r\nBody text.";
        var t = SentenceSplitter.Default.Split(text);
        Assert.Equal("Body", text.Substring(t.Tokens[1].Start, t.Tokens[1].Length));
        Assert.True((t.Tokens[1].Shape & TokenShape.ParagraphStart) != 0);
    }
}
