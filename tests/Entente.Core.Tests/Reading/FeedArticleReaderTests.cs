using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

public class FeedArticleReaderTests
{
    private static string Fixture(string name) => TestData.Path("Reading", "Fixtures", "feeds", name);

    private static List<ReadResult> ReadFile(string name, ReaderOptions? options = null)
        => new FeedArticleReader().ReadFile(Fixture(name), options ?? ReaderOptions.Default).ToList();

    [Fact]
    public void FeedArticleReader_ReadsOneDocumentPerItemWithMetadata_WhenRssHasDcCreatorAndContentEncoded()
    {
        var results = ReadFile("wire.rss");
        Assert.Equal(3, results.Count);
        var doc = results[0].Document!;
        Assert.Equal("feed", doc.Format);
        Assert.Equal(Fixture("wire.rss"), doc.Path);
        Assert.Equal(1, doc.Line);
        Assert.Equal("Second batch of drones reaches Belarus", doc.Title);
        Assert.Equal("https://wire.example.org/2024/02/drones-belarus", doc.Url);
        Assert.Equal("Olena Marchuk", doc.Author);
        Assert.Equal("Example Wire", doc.Outlet);
        Assert.Equal(new DateOnly(2024, 2, 27), doc.Published); // the date as written, not shifted to UTC
    }

    [Fact]
    public void FeedArticleReader_PrefersContentEncodedAsParagraphs_WhenDescriptionIsATeaser()
    {
        var text = ReadFile("wire.rss")[0].Document!.Text;
        const string expected =
            "Russia handed a second batch of reconnaissance drones to Belarus on Tuesday, the Belarusian defence ministry said.\n\n"
            + "The ministry listed the items:\n\n"
            + "- twelve Orlan-10 drones\n- two ground control stations\n\n"
            + "Minsk did not say when the drones would enter service.";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void FeedArticleReader_StripsEscapedHtmlAndResolvesLinkAndAuthorName_WhenItemHasOnlyDescription()
    {
        var doc = ReadFile("wire.rss")[1].Document!;
        Assert.Equal("Kenya and Ethiopia signed an agreement on Monday to share the water of a border river.\n\n"
            + "Both foreign ministers called it a first step.", doc.Text);
        Assert.Equal("Kenya and Ethiopia sign a border & water accord", doc.Title);
        Assert.Equal("https://wire.example.org/2024/02/kenya-ethiopia-accord", doc.Url);
        Assert.Equal("Amina Waweru", doc.Author);
        Assert.Equal(2, doc.Line);
        Assert.Equal(new DateOnly(2024, 2, 26), doc.Published);
    }

    [Fact]
    public void FeedArticleReader_ReportsItemNumberAndLink_WhenItemHasOnlyALink()
    {
        var error = ReadFile("wire.rss")[2].Error!;
        Assert.Equal(Fixture("wire.rss"), error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("item 3", error.Message);
        Assert.Contains("https://wire.example.org/2024/02/chile-recall", error.Message);
        Assert.Contains("fetch", error.Hint);
    }

    [Fact]
    public void FeedArticleReader_ReadsEntries_WhenFeedIsAtom()
    {
        var results = ReadFile("bulletin.atom");
        Assert.Equal(2, results.Count);
        var first = results[0].Document!;
        Assert.Equal("Vietnam buys patrol boats from Japan", first.Title);
        Assert.Equal("https://bulletin.example.net/vietnam-boats", first.Url);
        Assert.Equal("Linh Tran", first.Author);
        Assert.Equal("Sample Policy Bulletin", first.Outlet);
        Assert.Equal(new DateOnly(2024, 3, 1), first.Published); // <published>, not <updated>, and as written (+07:00)
        Assert.Equal("Vietnam agreed to buy six coastal patrol boats from Japan, officials in Hanoi said on Friday.\n\n"
            + "Deliveries are planned for next year.", first.Text);
        var second = results[1].Document!;
        Assert.Equal("Energy ministers of Norway and Poland met in Oslo to discuss gas deliveries through the Baltic pipe.", second.Text);
        Assert.Equal(new DateOnly(2024, 2, 29), second.Published); // only <updated> given
        Assert.Null(second.Author);
        Assert.Equal(2, second.Line);
    }

    [Fact]
    public void FeedArticleReader_ReadsItems_WhenFeedIsRss1Rdf()
    {
        var doc = Assert.Single(ReadFile("headlines.xml")).Document!;
        Assert.Equal("Regional Digest", doc.Outlet);
        Assert.Equal("Kofi Mensah", doc.Author);
        Assert.Equal(new DateOnly(2024, 3, 4), doc.Published);
        Assert.StartsWith("Ghana and Togo agreed", doc.Text);
    }

    [Fact]
    public void FeedArticleReader_ReportsOneErrorWithPosition_WhenXmlIsMalformed()
    {
        var error = Assert.Single(ReadFile("broken.rss")).Error!;
        Assert.Equal(Fixture("broken.rss"), error.Path);
        Assert.StartsWith("not well-formed XML (line 8,", error.Message);
        Assert.Contains("download it again", error.Hint);
    }

    [Fact]
    public void FeedArticleReader_ReportsEmptyItemAndReadsTheNext_WhenAnItemHasNothing()
    {
        var results = ReadFile("empty-item.rss");
        Assert.Equal(2, results.Count);
        Assert.Equal(1, results[0].Error!.Line);
        Assert.Equal("item 1 (XML line 5) has no text and no link", results[0].Error!.Message);
        Assert.Equal("Egypt reopened a border crossing on Sunday so that aid trucks could pass.", results[1].Document!.Text);
        Assert.Equal(2, results[1].Document!.Line);
        Assert.Equal("Patchy Wire", results[1].Document!.Outlet);
    }

    [Theory]
    [InlineData("", "empty feed")]
    [InlineData("   \n ", "empty feed")]
    [InlineData("just some words", "not well-formed XML")]
    [InlineData("<html><body><p>A page.</p></body></html>", "not an RSS or Atom feed (root element <html>)")]
    [InlineData("<rss version=\"2.0\"></rss>", "RSS feed without a <channel> element")]
    [InlineData("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>", "feed has no items")]
    public void FeedArticleReader_ReportsOneError_WhenInputIsNotAUsableFeed(string xml, string message)
    {
        var error = Assert.Single(new FeedArticleReader().ReadXml("in.rss", xml, ReaderOptions.Default)).Error!;
        Assert.Equal("in.rss", error.Path);
        Assert.StartsWith(message, error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
    }

    [Fact]
    public void FeedArticleReader_ReplacesPublishedDate_WhenOptionsGiveOne()
    {
        var options = new ReaderOptions { Published = new DateOnly(2024, 1, 5) };
        Assert.All(ReadFile("bulletin.atom", options), r => Assert.Equal(new DateOnly(2024, 1, 5), r.Document!.Published));
    }

    [Fact]
    public void FeedArticleReader_KeepsBlankLineParagraphs_WhenDescriptionIsPlainText()
    {
        const string xml = "<rss><channel><item><description>First  paragraph\nstill first.\n\nSecond one.</description></item></channel></rss>";
        var doc = Assert.Single(new FeedArticleReader().ReadXml("-", xml, ReaderOptions.Default)).Document!;
        Assert.Equal("First paragraph still first.\n\nSecond one.", doc.Text);
        Assert.Null(doc.Outlet);
        Assert.Null(doc.Url);
    }

    [Theory]
    [InlineData("Tue, 27 Feb 2024 23:10:00 -0500", 2024, 2, 27)]
    [InlineData("Wed, 28 Feb 2024 01:00:00 +0300", 2024, 2, 28)]
    [InlineData("Mon, 26 Feb 2024 08:00:00 GMT", 2024, 2, 26)]
    [InlineData("5 Mar 24 10:00 EST", 2024, 3, 5)]
    public void PublishedDateParser_ParsesDateAsWritten_WhenValueIsRfc822(string value, int y, int m, int d)
    {
        Assert.True(PublishedDateParser.TryParse(value, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("Fri, 30 Feb 2024 10:00:00 GMT")]
    [InlineData("Tue, 27 Foo 2024 10:00:00 GMT")]
    public void PublishedDateParser_Refuses_WhenRfc822DateIsImpossible(string value)
        => Assert.False(PublishedDateParser.TryParse(value, out _));
}
