using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

/// <summary>Feeds among the inputs: extensions, .xml sniffing, folders, stdin.</summary>
public class FeedInputTests
{
    private const string Rss = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Test Wire</title>
          <item><title>Drones for Belarus</title><description>Russia delivered drones to Belarus.</description></item>
        </channel></rss>
        """;

    private const string Atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Test Bulletin</title>
          <entry><title>Accord</title><summary>Two states signed an accord.</summary></entry>
        </feed>
        """;

    [Theory]
    [InlineData("news.rss", Rss)]
    [InlineData("news.atom", Atom)]
    [InlineData("news.xml", Rss)]
    [InlineData("NEWS.XML", Atom)]
    public void InputExpander_ClassifiesAsFeed_WhenExtensionOrRootSaysSo(string name, string content)
    {
        using var dir = new TempDir();
        var path = dir.Write(name, content);
        var item = Assert.Single(new InputExpander().Expand([path]));
        Assert.Null(item.Error);
        Assert.Equal(InputFormat.Feed, item.Format);
    }

    [Fact]
    public void InputExpander_ReportsNotAFeed_WhenXmlFileHasAnotherRoot()
    {
        var path = TestData.Path("Reading", "Fixtures", "feeds", "catalog.xml");
        var item = Assert.Single(new InputExpander().Expand([path]));
        Assert.Equal("XML file that is not a feed (root element <catalog>)", item.Error!.Message);
        Assert.Contains("RSS", item.Error.Hint);
    }

    [Fact]
    public void InputExpander_PassesMalformedXmlToTheFeedReader_WhenXmlFileCannotBeParsed()
    {
        using var dir = new TempDir();
        var path = dir.Write("broken.xml", "<rss><channel><item>");
        var item = Assert.Single(new InputExpander().Expand([path]));
        Assert.Equal(InputFormat.Feed, item.Format);
        var error = Assert.Single(new DocumentReader().Read([path], ReaderOptions.Default)).Error!;
        Assert.StartsWith("not well-formed XML", error.Message);
    }

    [Fact]
    public void InputExpander_ListsFeedXmlAndSkipsOtherXml_WhenFolderIsGiven()
    {
        using var dir = new TempDir();
        dir.Write("a.rss", Rss);
        dir.Write("b.xml", Atom);
        dir.Write("c.xml", "<?xml version=\"1.0\"?><config><setting/></config>");
        dir.Write("d.txt", "Plain text.");
        var items = new InputExpander().Expand([dir.Path]).ToList();
        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(new[] { "a.rss", "b.xml", "d.txt" }, items.Select(i => Path.GetFileName(i.Path)).ToArray());
        Assert.Equal(new[] { InputFormat.Feed, InputFormat.Feed, InputFormat.Text }, items.Select(i => i.Format).ToArray());
    }

    [Fact]
    public void DocumentReader_ReadsFeedItemsAsDocuments_WhenFeedFileIsGiven()
    {
        using var dir = new TempDir();
        var feed = dir.Write("wire.xml", Rss);
        var text = dir.Write("note.txt", "A note.");
        var results = new DocumentReader().Read([feed, text], ReaderOptions.Default).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("Russia delivered drones to Belarus.", results[0].Document!.Text);
        Assert.Equal("feed", results[0].Document!.Format);
        Assert.Equal(feed + ":1", results[0].Document!.DisplayName);
        Assert.Equal("A note.", results[1].Document!.Text);
    }

    [Fact]
    public void DocumentReader_ReadsStdinAsFeed_WhenRootIsAtom()
    {
        var options = new ReaderOptions { Stdin = new StringReader("\n" + Atom) };
        var doc = Assert.Single(new DocumentReader().Read(["-"], options)).Document!;
        Assert.Equal("feed", doc.Format);
        Assert.Equal("Two states signed an accord.", doc.Text);
        Assert.Equal("Test Bulletin", doc.Outlet);
    }

    [Fact]
    public void InputItem_NamesFeedFormat_WhenFormatIsFeed()
        => Assert.Equal("feed", InputItem.FormatName(InputFormat.Feed));
}
