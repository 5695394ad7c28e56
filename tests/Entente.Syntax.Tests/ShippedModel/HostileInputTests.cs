namespace Entente.Syntax.Tests.ShippedModel;

/// <summary>Odd input never makes <see cref="SyntaxModel.Annotate"/> throw, and what is parsed is a tree.</summary>
[Collection(ShippedModelCollection.Name)]
public class HostileInputTests(ShippedModelFixture shipped)
{
    private SyntaxModel Model => shipped.Model;

    /// <summary>Fixtures/hostile.txt split on LF only (some of its characters are line breaks to other readers).</summary>
    private static string[] HostileLines()
    {
        var text = File.ReadAllText(TestData.Fixture("hostile.txt"));
        return text.EndsWith('\n') ? text[..^1].Split('\n') : text.Split('\n');
    }

    public static TheoryData<int> LineNumbers() => [.. Enumerable.Range(1, HostileLines().Length)];

    [Fact]
    public void Fixture_HasEighteenLines_HostileFile()
    {
        var lines = HostileLines();
        Assert.Equal(18, lines.Length);
        Assert.Contains('\u2028', lines[12]);
        Assert.Equal(300, lines[10].Length);
    }

    [Theory]
    [MemberData(nameof(LineNumbers))]
    public void Annotate_GivesTagsLemmasAndTree_HostileLineSplitOnWhitespace(int lineNumber)
    {
        var line = HostileLines()[lineNumber - 1];
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            // nothing to annotate: only a line of whitespace may get here
            Assert.True(string.IsNullOrWhiteSpace(line), $"line {lineNumber} gave no words");
            return;
        }
        var s = new SyntaxSentence();
        s.AddRange(words);

        Model.Annotate(s);

        AssertTagged(s);
        TreeAssert.IsTree(s, Model, $"hostile.txt:{lineNumber}");
        for (int i = 0; i < s.Count; i++) Assert.False(string.IsNullOrEmpty(Model.Features(s, i)));
    }

    [Theory]
    [MemberData(nameof(LineNumbers))]
    public void Annotate_GivesTree_HostileLineAsOneWord(int lineNumber)
    {
        var s = new SyntaxSentence();
        s.Add(HostileLines()[lineNumber - 1]);
        s.Add(".");

        Model.Annotate(s);

        AssertTagged(s);
        TreeAssert.IsTree(s, Model, $"hostile.txt:{lineNumber} as one word");
    }

    [Fact]
    public void Annotate_TagsButDoesNotParse_FiveThousandWords()
    {
        var phrase = new[] { "the", "army", "fired", "shells", "at", "the", "border", "," };
        var s = new SyntaxSentence();
        for (int i = 0; i < 5000; i++) s.Add(phrase[i % phrase.Length]);
        Assert.True(s.Count > Model.MaxParseWords);

        Model.Annotate(s);

        Assert.False(s.Parsed);
        AssertTagged(s);
        for (int i = 0; i < s.Count; i++)
        {
            Assert.Equal(-1, s.Head[i]);
            Assert.Equal(-1, s.Relation[i]);
            if (phrase[i % phrase.Length] == "the") Assert.Equal("DET", Model.Tags.Upos(s.Tag[i]));
        }
    }

    [Fact]
    public void Annotate_ParsesUpToTheLimit_SentenceOfMaxParseWords()
    {
        var s = new SyntaxSentence();
        for (int i = 0; i < Model.MaxParseWords; i++) s.Add(i % 2 == 0 ? "talks" : "continued");

        Model.Annotate(s);
        TreeAssert.IsTree(s, Model, $"{Model.MaxParseWords} words");

        s.Add("today");
        Model.Annotate(s);
        Assert.False(s.Parsed);
        Assert.All(s.Head[..s.Count], h => Assert.Equal(-1, h));
    }

    [Theory]
    [InlineData(". , ; ! ? ...")]
    [InlineData("\" ( ) [ ] - -- /")]
    [InlineData(".")]
    [InlineData("Hello")]
    [InlineData("Iran")]
    [InlineData("2024")]
    public void Annotate_GivesTree_PunctuationOrSingleWord(string text)
    {
        var s = new SyntaxSentence();
        s.AddRange(text.Split(' '));

        Model.Annotate(s);

        AssertTagged(s);
        TreeAssert.IsTree(s, Model, text);
        if (s.Count == 1) Assert.Equal(-1, s.Head[0]);
    }

    [Fact]
    public void Annotate_LeavesNothingParsed_EmptySentence()
    {
        var s = new SyntaxSentence();

        Model.Annotate(s);

        Assert.Equal(0, s.Count);
        Assert.False(s.Parsed);
    }

    [Fact]
    public void Annotate_GivesTree_EmptyAndHugeWords()
    {
        var s = new SyntaxSentence();
        s.AddRange(["Iran", "", "supplied", new string('x', 5000), "drones", "."]);

        Model.Annotate(s);

        AssertTagged(s);
        TreeAssert.IsTree(s, Model, "empty and huge words");
        Assert.Equal(new string('x', 5000), s.Lemma[3]);
    }

    [Fact]
    public void Annotate_ResetsEarlierParse_ReusedSentenceAfterLongerOne()
    {
        var s = new SyntaxSentence();
        for (int i = 0; i < 400; i++) s.Add(i % 3 == 0 ? "and" : "talks");
        Model.Annotate(s);
        s.Clear();
        s.AddRange(["Turkey", "sold", "drones", "."]);

        Model.Annotate(s);

        Assert.Equal(4, s.Count);
        Assert.Equal("Turkey", s.FormString(0));
        TreeAssert.IsTree(s, Model, "reused sentence");
    }

    private void AssertTagged(SyntaxSentence s)
    {
        for (int i = 0; i < s.Count; i++)
        {
            Assert.InRange(s.Tag[i], 0, Model.Tags.Count - 1);
            Assert.NotNull(s.Lemma[i]);
        }
    }
}
