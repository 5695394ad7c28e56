using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var t = SentenceSplitter.Default.Split(text);
        return t.Sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    [Fact]
    public void SentenceSplitter_KeepsAbbreviations_WhenTitlesAndMonthsAreAbbreviated()
    {
        var s = Sentences("Gen. Bagheri met U.S. envoys on Feb. 3 in Oman. No. 2 was absent. The talks ended.");
        Assert.Equal(new[] { "Gen. Bagheri met U.S. envoys on Feb. 3 in Oman.", "No. 2 was absent.", "The talks ended." }, s);
    }

    [Fact]
    public void SentenceSplitter_SplitsAfterDottedAbbreviation_WhenNextWordStartsASentence()
    {
        var s = Sentences("Beijing imposed new curbs on the U.S. The ministry gave no reason.");
        Assert.Equal(2, s.Length);
        Assert.Equal("Beijing imposed new curbs on the U.S.", s[0]);
    }

    [Fact]
    public void SentenceSplitter_MakesHeadingsAndBullets_WhenLinesHaveNoClosingPunctuation()
    {
        const string text = "Moscow and Tehran Draw Closer\nPublication: Weekly Monitor Volume: 12 Issue: 4\nSummary\n- Iran sent drones to Russia.\n- Russia delivered jets to Iran\nThe two sides met again in May.";
        var t = SentenceSplitter.Default.Split(text);
        var texts = t.Sentences.Select(x => text[x.Start..x.End]).ToArray();
        Assert.Equal(6, texts.Length);
        Assert.True(t.Sentences[0].IsHeading);
        Assert.True(t.Sentences[1].IsHeading);
        Assert.Equal("Publication: Weekly Monitor Volume: 12 Issue: 4", texts[1]);
        Assert.Equal("- Iran sent drones to Russia.", texts[3]);
        Assert.False(t.Sentences[4].IsHeading);
        Assert.NotEqual(t.Sentences[3].Paragraph, t.Sentences[4].Paragraph);
    }

    [Theory]
    [InlineData("Qatar said it would host the next round of talks", false)]
    [InlineData("Qatar Hosts Talks\nQatar said on Monday it would host the next round.", true)]
    public void SentenceSplitter_KeepsAnUnpunctuatedLineASentence_WhenItIsTheWholeText(string text, bool firstIsHeading)
    {
        var t = SentenceSplitter.Default.Split(text);
        Assert.Equal(firstIsHeading, t.Sentences[0].IsHeading);
        Assert.False(t.Sentences[^1].IsHeading);
    }

    [Theory]
    [InlineData("Talks in Doha\n\nQatar said on Monday it would host the next round of talks between the two sides")]
    [InlineData("Talks in Doha\nQatar hosted the first round.\nQatar said it would host the next round of talks\n")]
    public void SentenceSplitter_KeepsTheLastLineASentence_WhenItLacksItsFullStop(string text)
    {
        var t = SentenceSplitter.Default.Split(text);
        Assert.True(t.Sentences[0].IsHeading);
        Assert.False(t.Sentences[^1].IsHeading);
        Assert.StartsWith("Qatar said", text[t.Sentences[^1].Start..t.Sentences[^1].End]);
    }

    [Fact]
    public void SentenceSplitter_JoinsLines_WhenTextIsHardWrapped()
    {
        var para = string.Join("\n", Enumerable.Repeat("The ministers of both countries discussed trade and energy links and", 6)) + " agreed.\n\nA second paragraph starts here.";
        var t = SentenceSplitter.Default.Split(para);
        Assert.Equal(2, t.Sentences.Count);
        Assert.Equal(1, t.Sentences[1].Paragraph);
    }

    [Fact]
    public void SentenceSplitter_KeepsClosingParenthesisAndQuote_WhenSentenceEndsInside()
    {
        var s = Sentences("Iran denied it (Tasnim, May 2). \"We sent nothing.\" Officials agreed.");
        Assert.Equal(new[] { "Iran denied it (Tasnim, May 2).", "\"We sent nothing.\"", "Officials agreed." }, s);
    }
}
