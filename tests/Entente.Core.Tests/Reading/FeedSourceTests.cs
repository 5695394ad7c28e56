using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

public class FeedSourceTests
{
    private const string LongSummary =
        "The foreign ministers of Argentina and Brazil met in Brasília on Monday and agreed to set up a joint commission on "
        + "river trade. The commission is to meet every six months, alternating between the two capitals, and will report "
        + "to both presidents. Officials on both sides said the first meeting would deal with dredging, port fees and the "
        + "inspection of barges. Neither government gave a budget for the work, and an Argentine spokesperson said the costs "
        + "would be shared equally once the commission had drawn up its plan.";

    private static string Feed(string baseUrl, string secondLink = "/brazil-argentina") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Local Test Wire</title>
            <link>{baseUrl}/</link>
            <item>
              <title>Senegal and Mauritania agree on fishing</title>
              <link>{baseUrl}/accord</link>
              <pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
              <dc:creator>Awa Diop</dc:creator>
              <description>A fishing accord was signed.</description>
            </item>
            <item>
              <title>Argentina and Brazil set up a river commission</title>
              <link>{secondLink}</link>
              <description>{LongSummary}</description>
            </item>
          </channel>
        </rss>
        """;

    private static FeedSource Source() => new(new PageFetcher(PageFetcher.CreateClient(), TimeSpan.FromSeconds(10)));

    private static LocalHttpServer ServerWithFeed()
    {
        var server = new LocalHttpServer();
        server.On("/feed.rss", CannedResponse.Text("application/rss+xml", Feed(server.BaseUrl)))
              .On("/accord", CannedResponse.Text("text/html", PageFetcherTests.ArticlePage));
        return server;
    }

    [Fact]
    public void FeedSource_FetchesLinkedPageOnlyForShortItems_WhenFeedIsAUrl()
    {
        using var server = ServerWithFeed();
        var feedUrl = server.Url("/feed.rss");
        var results = Source().Read(feedUrl, FeedOptions.Default).ToList();
        Assert.Equal(2, results.Count);
        var fetched = results[0].Document!;
        Assert.StartsWith("Senegal and Mauritania signed an accord on Tuesday", fetched.Text);
        Assert.Equal("Senegal and Mauritania agree on fishing", fetched.Title); // the feed's title, not the page's
        Assert.Equal("Local Test Wire", fetched.Outlet);
        Assert.Equal("Awa Diop", fetched.Author);
        Assert.Equal(server.Url("/accord"), fetched.Url);
        Assert.Equal(feedUrl, fetched.Path);
        Assert.Equal("feed", fetched.Format);
        Assert.Equal(1, fetched.Line);
        var kept = results[1].Document!;
        Assert.Equal(LongSummary, kept.Text);
        Assert.Equal(server.Url("/brazil-argentina"), kept.Url); // relative link resolved against the feed
        Assert.Equal(new[] { "/feed.rss", "/accord" }, server.Requests.Select(r => r.Path).ToArray());
    }

    [Fact]
    public void FeedSource_KeepsFeedTextAndFetchesNothing_WhenFetchingIsDisabled()
    {
        using var server = ServerWithFeed();
        var options = new FeedOptions { FetchLinkedPages = LinkedPageFetch.Never };
        var results = Source().Read(server.Url("/feed.rss"), options).ToList();
        Assert.Equal("A fishing accord was signed.", results[0].Document!.Text);
        Assert.Equal("/feed.rss", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public void FeedSource_ReportsPageErrorThenReadsFeedText_WhenLinkedPageFails()
    {
        using var server = new LocalHttpServer();
        server.On("/feed.rss", CannedResponse.Text("text/xml", Feed(server.BaseUrl)));
        var results = Source().Read(server.Url("/feed.rss"), FeedOptions.Default).ToList();
        Assert.Equal(3, results.Count);
        var error = results[0].Error!;
        Assert.Equal(server.Url("/accord"), error.Path);
        Assert.Equal("HTTP 404 Not Found", error.Message);
        Assert.Contains("the feed's own text of item 1 is read instead", error.Hint);
        Assert.Equal("A fishing accord was signed.", results[1].Document!.Text);
        Assert.Equal(LongSummary, results[2].Document!.Text);
    }

    [Fact]
    public void FeedSource_ReadsFileWithoutFetching_WhenGivenAPath()
    {
        using var server = ServerWithFeed();
        using var dir = new TempDir();
        var path = dir.Write("wire.rss", Feed(server.BaseUrl));
        var results = Source().Read(path, FeedOptions.Default).ToList();
        Assert.Equal("A fishing accord was signed.", results[0].Document!.Text);
        Assert.Equal(path, results[0].Document!.Path);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void FeedSource_FetchesLinkedPagesForAFile_WhenAskedTo()
    {
        using var server = ServerWithFeed();
        using var dir = new TempDir();
        var path = dir.Write("wire.rss", Feed(server.BaseUrl));
        var options = new FeedOptions { FetchLinkedPages = LinkedPageFetch.Always };
        var results = Source().Read(path, options).ToList();
        Assert.StartsWith("Senegal and Mauritania signed an accord", results[0].Document!.Text);
        Assert.Equal(new[] { "/accord" }, server.Requests.Select(r => r.Path).ToArray());
    }

    [Fact]
    public void FeedSource_ReadsLinkOnlyItemFromItsPage_WhenFeedHasNoText()
    {
        using var server = new LocalHttpServer();
        server.On("/feed.atom", CannedResponse.Text("application/atom+xml", $"""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Links Only</title>
                  <entry><title>Fishing accord</title><link href="{server.Url("/accord")}"/></entry>
                </feed>
                """))
              .On("/accord", CannedResponse.Text("text/html", PageFetcherTests.ArticlePage));
        var doc = Assert.Single(Source().Read(server.Url("/feed.atom"), FeedOptions.Default)).Document!;
        Assert.StartsWith("Senegal and Mauritania signed", doc.Text);
        Assert.Equal(new DateOnly(2024, 3, 5), doc.Published); // the feed gives none: the page's date fills the gap
        Assert.Equal("Links Only", doc.Outlet);
    }

    [Fact]
    public void FeedSource_NamesTheFeedTheWebPageLinks_WhenUrlGivesHtml()
    {
        using var server = new LocalHttpServer();
        server.On("/", CannedResponse.Text("text/html", """
            <html><head><link rel="alternate" type="application/rss+xml" href="/feed.rss" title="News"></head>
            <body><p>Front page</p></body></html>
            """));
        var error = Assert.Single(Source().Read(server.Url("/"), FeedOptions.Default)).Error!;
        Assert.Equal("the address gives a web page, not a feed", error.Message);
        Assert.Contains(server.Url("/feed.rss"), error.Hint);
    }

    [Fact]
    public void FeedSource_ReadsFeed_WhenServerLabelsItHtml()
    {
        using var server = new LocalHttpServer();
        server.On("/feed", CannedResponse.Text("text/html", Feed(server.BaseUrl)));
        var results = Source().Read(server.Url("/feed"), new FeedOptions { FetchLinkedPages = LinkedPageFetch.Never }).ToList();
        Assert.Equal(2, results.Count(r => r.IsSuccess));
    }

    [Fact]
    public void FeedSource_ReportsOneError_WhenFeedUrlFails()
    {
        using var server = new LocalHttpServer();
        var error = Assert.Single(Source().Read(server.Url("/missing.rss"), FeedOptions.Default)).Error!;
        Assert.Equal(server.Url("/missing.rss"), error.Path);
        Assert.Equal("HTTP 404 Not Found", error.Message);
    }

    [Fact]
    public void FeedSource_ReportsMalformedFeed_WhenDownloadIsNotXml()
    {
        using var server = new LocalHttpServer();
        server.On("/feed.rss", CannedResponse.Text("application/rss+xml", "<rss><channel><item>"));
        var error = Assert.Single(Source().Read(server.Url("/feed.rss"), FeedOptions.Default)).Error!;
        Assert.StartsWith("not well-formed XML", error.Message);
    }

    [Fact]
    public void FeedSource_ReportsMissingFile_WhenPathDoesNotExist()
    {
        var error = Assert.Single(Source().Read("/no/such/feed.rss", FeedOptions.Default)).Error!;
        Assert.Equal("/no/such/feed.rss", error.Path);
        Assert.StartsWith("cannot open", error.Message);
    }

    [Theory]
    [InlineData("https://example.org/feed", true)]
    [InlineData("http://example.org/rss.xml", true)]
    [InlineData("feeds/wire.rss", false)]
    [InlineData("/tmp/wire.rss", false)]
    public void FeedSource_TellsUrlFromPath_WhenGivenEither(string value, bool isUrl)
        => Assert.Equal(isUrl, FeedSource.IsUrl(value));
}
