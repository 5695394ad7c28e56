using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

public class FrontMatterParserTests
{
    [Fact]
    public void FrontMatterParser_ReadsFieldsAndBodyOffset_WhenFrontMatterIsClosed()
    {
        const string text = "---\ntitle: \"Tehran and Moscow: a closer embrace\"\npublished: 2024-02-27\noutlet: Example Monitor # the house name\nurl: 'https://example.org/a'\nauthor: A. Writer\ntags: iran, russia\n---\nBody starts here.\n";
        var r = FrontMatterParser.Parse(text, "a.md");
        Assert.Null(r.Error);
        var fm = r.FrontMatter!;
        Assert.Equal("Tehran and Moscow: a closer embrace", fm.Title);
        Assert.Equal(new DateOnly(2024, 2, 27), fm.Published);
        Assert.Equal("Example Monitor", fm.Outlet);
        Assert.Equal("https://example.org/a", fm.Url);
        Assert.Equal("A. Writer", fm.Author);
        Assert.Contains(fm.Fields, f => f.Key == "tags" && f.Line == 7);
        Assert.Equal("Body starts here.\n", text[fm.BodyStart..]);
    }

    [Fact]
    public void FrontMatterParser_KeepsCrLfOffsets_WhenLinesEndWithCrLf()
    {
        const string text = "---\r\ntitle: T\r\n---\r\nBody.";
        var fm = FrontMatterParser.Parse(text, "a.txt").FrontMatter!;
        Assert.Equal("T", fm.Title);
        Assert.Equal(text.IndexOf("Body", StringComparison.Ordinal), fm.BodyStart);
    }

    [Fact]
    public void FrontMatterParser_ReturnsNone_WhenTextDoesNotStartWithFence()
    {
        var fm = FrontMatterParser.Parse("Just text\n---\nmore", "a.txt").FrontMatter!;
        Assert.False(fm.IsPresent);
        Assert.Equal(0, fm.BodyStart);
    }

    [Fact]
    public void FrontMatterParser_ReportsLineOne_WhenClosingFenceIsMissing()
    {
        var r = FrontMatterParser.Parse("---\ntitle: x\nno closing line here\n", "a.md");
        Assert.Null(r.FrontMatter);
        Assert.Equal(1, r.Error!.Line);
        Assert.Contains("never closed", r.Error.Message);
    }

    [Fact]
    public void FrontMatterParser_ReportsLine_WhenDateIsUnparsable()
    {
        var r = FrontMatterParser.Parse("---\ntitle: x\npublished: sometime in spring\n---\nbody", "a.md");
        Assert.Equal(3, r.Error!.Line);
        Assert.StartsWith("a.md:3: cannot read date", r.Error.ToString());
        Assert.Contains("(hint: use YYYY-MM-DD", r.Error.ToString());
    }

    [Fact]
    public void FrontMatterParser_ReadsAPlainValueWithAColon_AsText()
    {
        var r = FrontMatterParser.Parse("---\ntitle: North Korea and Russia: from shells to a treaty # a note\noutlet: X\n---\nBody.", "a.txt");
        Assert.Null(r.Error);
        Assert.Equal("North Korea and Russia: from shells to a treaty", r.FrontMatter!.Title);
        Assert.Equal("X", r.FrontMatter.Outlet);
    }

    [Fact]
    public void FrontMatterParser_ReadsListsAndComments_AsYaml()
    {
        var r = FrontMatterParser.Parse("---\n# a comment line\ntitle: 'It''s agreed'\ntags: [iran, russia]\nauthors:\n  - A. Writer\n  - B. Writer\n---\nBody.", "a.md");
        Assert.Null(r.Error);
        Assert.Equal("It's agreed", r.FrontMatter!.Title);
        Assert.Contains(r.FrontMatter.Fields, f => f.Key == "tags" && f.Value == "iran, russia" && f.Line == 4);
        Assert.Contains(r.FrontMatter.Fields, f => f.Key == "authors" && f.Value == "A. Writer, B. Writer" && f.Line == 5);
    }

    [Theory]
    [InlineData("---\ntitle: x\ntitle: y\n---\nBody.", 3)]
    [InlineData("---\ntitle: x\ntags: [a, b\n---\nBody.", 3)]
    [InlineData("---\ntitle: \"unclosed\n---\nBody.", 2)]
    public void FrontMatterParser_ReportsTheFileLine_WhenTheYamlIsInvalid(string text, int line)
    {
        var r = FrontMatterParser.Parse(text, "a.md");
        Assert.Null(r.FrontMatter);
        Assert.True(r.Error!.Line == line, $"line {r.Error.Line}: {r.Error}");
        Assert.StartsWith("a.md:", r.Error.ToString());
        Assert.Contains("hint:", r.Error.ToString());
    }

    [Theory]
    [InlineData("2024-02-27", 2024, 2, 27)]
    [InlineData("2024-02-27T23:40:00-05:00", 2024, 2, 27)]
    [InlineData("2024-02-27T06:15:00Z", 2024, 2, 27)]
    [InlineData("February 27, 2024", 2024, 2, 27)]
    [InlineData("Feb 27, 2024", 2024, 2, 27)]
    [InlineData("27 February 2024", 2024, 2, 27)]
    public void PublishedDateParser_Parses_WhenFormatIsSupported(string value, int y, int m, int d)
    {
        Assert.True(PublishedDateParser.TryParse(value, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("next Tuesday")]
    [InlineData("2024-13-40")]
    [InlineData("")]
    public void PublishedDateParser_Refuses_WhenValueIsNotADate(string value)
        => Assert.False(PublishedDateParser.TryParse(value, out _));
}
