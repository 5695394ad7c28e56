using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

public class MarkdownCleanerTests
{
    [Theory]
    [InlineData("## Drone deliveries\n", "   Drone deliveries\n")]
    [InlineData("Iran sent **Shahed** drones.", "Iran sent   Shahed   drones.")]
    [InlineData("See [the report](https://example.org/x) today.", "See  the report                         today.")]
    [InlineData("Use `code` and _stress_ but keep snake_case.", "Use  code  and  stress  but keep snake_case.")]
    [InlineData("> quoted line\r\n* item", "  quoted line\r\n  item")]
    [InlineData("#hashtag stays", "#hashtag stays")]
    [InlineData("5 * 3 = 15, not a_b", "5 * 3 = 15, not a_b")]
    [InlineData("~~struck~~ words", "  struck   words")]
    [InlineData("Title\n=====\nText", "Title\n     \nText")]
    [InlineData("```text\nIran sent drones.\n```\n", "   text\nIran sent drones.\n   \n")]
    [InlineData("[**Iran** talks](http://x.example/a)", "   Iran   talks                     ")]
    [InlineData("![a map](m.png) below", "  a map         below")]
    [InlineData("See [the text][r].\n\n[r]: http://x.example/r\n", "See  the text    .\n\n                       \n")]
    [InlineData("- Iran sent drones.", "- Iran sent drones.")]
    public void MarkdownCleaner_BlanksMarkupAndKeepsLength_WhenTextHasMarkup(string input, string expected)
    {
        var cleaned = MarkdownCleaner.Clean(input);
        Assert.Equal(input.Length, cleaned.Length);
        Assert.Equal(expected, cleaned);
    }

    [Fact]
    public void MarkdownCleaner_KeepsEveryLetterInPlace_WhenTextIsLong()
    {
        const string md = "# Title\n\nParagraph with a [link](http://x.example/y) and **bold** words.\n\n- list item one\n";
        var cleaned = MarkdownCleaner.Clean(md);
        Assert.Equal(md.Length, cleaned.Length);
        int i = md.IndexOf("bold", StringComparison.Ordinal);
        Assert.Equal("bold", cleaned.Substring(i, 4));
        Assert.Equal(md.IndexOf('\n'), cleaned.IndexOf('\n'));
    }
}
