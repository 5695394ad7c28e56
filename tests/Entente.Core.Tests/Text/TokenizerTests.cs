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
    [InlineData("drones 🚀 over 𠀀 Kyiv", new[] { "drones", "🚀", "over", "𠀀", "Kyiv" })]
    [InlineData("Côte d'Ivoire and the countries' leaders", new[] { "Côte", "d'Ivoire", "and", "the", "countries", "'", "leaders" })]
    public void Tokenizer_SplitsWordsAndKeepsCompounds_WhenTextHasPunctuation(string text, string[] expected)
        => Assert.Equal(expected, Surfaces(text));

    [Theory]
    [InlineData("didn't", new[] { "did", "n't" })]
    [InlineData("isn't", new[] { "is", "n't" })]
    [InlineData("hasn't", new[] { "has", "n't" })]
    [InlineData("can't", new[] { "ca", "n't" })]
    [InlineData("won't", new[] { "wo", "n't" })]
    [InlineData("cannot", new[] { "can", "not" })]
    [InlineData("Cannot", new[] { "Can", "not" })]
    [InlineData("DIDN'T", new[] { "DID", "N'T" })]
    [InlineData("they're", new[] { "they", "'re" })]
    [InlineData("we've", new[] { "we", "'ve" })]
    [InlineData("could've", new[] { "could", "'ve" })]
    [InlineData("we'll", new[] { "we", "'ll" })]
    [InlineData("Moscow'll", new[] { "Moscow", "'ll" })]
    [InlineData("they'd", new[] { "they", "'d" })]
    [InlineData("I'm", new[] { "I", "'m" })]
    [InlineData("it's", new[] { "it", "'s" })]
    [InlineData("couldn't've", new[] { "could", "n't", "'ve" })]
    [InlineData("I'd've", new[] { "I", "'d", "'ve" })]
    [InlineData("didn’t", new[] { "did", "n’t" })]
    [InlineData("can’t", new[] { "ca", "n’t" })]
    [InlineData("won’t", new[] { "wo", "n’t" })]
    [InlineData("they’re", new[] { "they", "’re" })]
    [InlineData("we’ll", new[] { "we", "’ll" })]
    [InlineData("I’m", new[] { "I", "’m" })]
    [InlineData("didnʼt", new[] { "did", "nʼt" })]
    [InlineData("Russia didn't deliver, and Iran won't.", new[] { "Russia", "did", "n't", "deliver", ",", "and", "Iran", "wo", "n't", "." })]
    [InlineData("\"We don't,\" he said", new[] { "\"", "We", "do", "n't", ",", "\"", "he", "said" })]
    public void Tokenizer_SplitsClitics_WhenWordIsAContraction(string text, string[] expected)
        => Assert.Equal(expected, Surfaces(text));

    [Theory]
    [InlineData("Côte d'Ivoire", new[] { "Côte", "d'Ivoire" })]
    [InlineData("Côte d’Ivoire", new[] { "Côte", "d’Ivoire" })]
    [InlineData("O'Brien said", new[] { "O'Brien", "said" })]
    [InlineData("O’Brien’s aide", new[] { "O’Brien", "’s", "aide" })]
    [InlineData("Ma'ariv reported", new[] { "Ma'ariv", "reported" })]
    [InlineData("at 9 o'clock", new[] { "at", "9", "o'clock" })]
    [InlineData("Gideon Sa'ar", new[] { "Gideon", "Sa'ar" })]
    [InlineData("Sa'd Hariri", new[] { "Sa'd", "Hariri" })]
    [InlineData("Quai d'Orsay", new[] { "Quai", "d'Orsay" })]
    [InlineData("N'Djamena", new[] { "N'Djamena" })]
    [InlineData("Qur'an", new[] { "Qur'an" })]
    [InlineData("cannoted cannons", new[] { "cannoted", "cannons" })]
    public void Tokenizer_KeepsNamesWhole_WhenApostropheBelongsToTheWord(string text, string[] expected)
        => Assert.Equal(expected, Surfaces(text));

    [Theory]
    [InlineData("We didn't go", new[] { "We@0", "did@3", "n't@6", "go@10" })]
    [InlineData("Iran won’t", new[] { "Iran@0", "wo@5", "n’t@7" })]
    [InlineData("it cannot be", new[] { "it@0", "can@3", "not@6", "be@10" })]
    [InlineData("so they'll come", new[] { "so@0", "they@3", "'ll@7", "come@11" })]
    [InlineData("I'm sure", new[] { "I@0", "'m@1", "sure@4" })]
    public void Tokenizer_KeepsOffsetsOfPieces_WhenSplittingClitics(string text, string[] expected)
    {
        var (tokens, count, _) = Tokenizer.Default.Tokenize(text);
        Assert.Equal(expected, tokens.Take(count).Select(t => $"{text.Substring(t.Start, t.Length)}@{t.Start}"));
    }

    [Theory]
    [InlineData("didn’t", new[] { "did", "n't" })]
    [InlineData("WON’T", new[] { "wo", "n't" })]
    [InlineData("they’re", new[] { "they", "'re" })]
    [InlineData("Iran’s", new[] { "iran", "'s" })]
    public void Tokenizer_FoldsCliticKeys_WhenApostropheIsCurlyOrCaseDiffers(string text, string[] expected)
    {
        var t = SentenceSplitter.Default.Split(text);
        Assert.Equal(expected, Enumerable.Range(0, t.TokenCount).Select(i => t.Key(i).ToString()));
    }

    // '+' = JoinedToNext (the token and the next were one written word), '-' = not
    [Theory]
    [InlineData("don't go", "+--")]
    [InlineData("Iran's drones", "+--")]
    [InlineData("couldn't've", "++-")]
    [InlineData("cannot", "+-")]
    [InlineData("O'Brien went", "--")]
    [InlineData("the countries' leaders", "----")]
    [InlineData("Su-35 jets", "--")]
    public void Tokenizer_MarksMultiwordTokens_WhenAWordIsSplit(string text, string expected)
    {
        var (tokens, count, _) = Tokenizer.Default.Tokenize(text);
        Assert.Equal(expected, string.Concat(tokens.Take(count).Select(t => t.JoinedToNext ? '+' : '-')));
    }

    [Fact]
    public void Tokenizer_GivesCoNLLURangeLines_WhenMultiwordTokensAreRead()
    {
        const string text = "I don't think they'll come.";
        var d = SentenceSplitter.Default.Split(text);
        var ranges = new List<string>();
        for (int i = 0; i < d.TokenCount; i++)
        {
            if (!d.Tokens[i].JoinedToNext) continue;
            int j = i;
            while (d.Tokens[j].JoinedToNext) j++;
            ranges.Add($"{i + 1}-{j + 1}\t{text[d.Tokens[i].Start..d.Tokens[j].End]}");
            i = j;
        }
        Assert.Equal(new[] { "2-3\tdon't", "5-6\tthey'll" }, ranges);
    }

    [Fact]
    public void Tokenizer_MarksLineStartOnFirstPieceOnly_WhenASplitWordStartsAParagraph()
    {
        var (tokens, _, _) = Tokenizer.Default.Tokenize("Title\n\nDon't go.");
        Assert.True((tokens[1].Shape & TokenShape.ParagraphStart) != 0);
        Assert.True((tokens[1].Shape & TokenShape.Capitalized) != 0);
        Assert.Equal(TokenShape.None, tokens[2].Shape);
    }

    [Theory]
    [InlineData("'ll", new[] { "'ll" })]
    [InlineData("'s", new[] { "'s" })]
    [InlineData("n't", new[] { "n't" })]
    [InlineData("won't", new[] { "wo", "n't" })]
    [InlineData("'Re-elected'", new[] { "'", "Re-elected", "'" })]
    [InlineData("'less", new[] { "'", "less" })]
    public void Tokenizer_KeepsClitic_WhenInputStartsWithOne(string text, string[] expected)
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

    [Theory]
    [InlineData("Ka\u200Bzakhstan")]
    [InlineData("Kaza\u200Dkhstan")]
    [InlineData("Kazakh\u00ADstan")]
    [InlineData("\u2066Kazakhstan\u2069")]
    [InlineData("\u200EKazakhstan\u202C")]
    public void Tokenizer_KeysWordWithoutInvisibleCharacters_WhenTheyAreInsideOrAroundIt(string word)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(word) + " voted.";
        var doc = SentenceSplitter.Default.Split(text);
        Assert.Equal(3, doc.TokenCount);
        Assert.Equal("kazakhstan", doc.Key(0).ToString());
        // offsets stay those of the text: the surface keeps what was written
        Assert.Equal(text.IndexOf('K'), doc.Tokens[0].Start);
        Assert.Contains("Ka", doc.Surface(0).ToString());
    }
}
