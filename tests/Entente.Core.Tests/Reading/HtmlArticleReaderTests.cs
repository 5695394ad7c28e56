using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

public class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Drones for oil &amp; wheat | Example Monitor</title>
          <meta property="og:title" content="Drones for oil &amp; wheat">
          <meta property="og:site_name" content="Example Monitor">
          <meta property="article:published_time" content="2024-02-27T08:00:00+03:00">
          <meta name="author" content="Jane Analyst">
          <link rel="canonical" href="https://example.org/drones-for-oil">
        </head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <header class="site-header"><p>Subscribe to our brilliant newsletter today</p></header>
          <article>
            <h1>Drones for oil &amp; wheat</h1>
            <p>Officials in Moscow confirmed on Tuesday that a new batch of Iranian drones had arrived.</p>
            <div class="share-buttons"><p>Share this on every network</p></div>
            <h2>What was agreed</h2>
            <p>The deal, according to two people briefed on it, also covers&nbsp;artillery   shells.</p>
            <ul><li>Shahed-136 drones</li><li>152mm shells</li></ul>
            <figure><img src="x.jpg"><figcaption>A caption that should vanish</figcaption></figure>
            <p>Tehran denied the report.<br>Moscow did not comment.</p>
            <aside>Read also: something else</aside>
            <script>var tracking = "do not read me";</script>
          </article>
          <footer><p>Copyright notice and legal text</p></footer>
        </body></html>
        """;

    private static ReadResult Read(string html, ReaderOptions? options = null)
        => new HtmlArticleReader().ReadHtml("page.html", html, options ?? ReaderOptions.Default);

    [Fact]
    public void HtmlArticleReader_ReadsMetadata_WhenMetaTagsArePresent()
    {
        var doc = Read(Page).Document!;
        Assert.Equal("Drones for oil & wheat", doc.Title);
        Assert.Equal(new DateOnly(2024, 2, 27), doc.Published);
        Assert.Equal("Example Monitor", doc.Outlet);
        Assert.Equal("Jane Analyst", doc.Author);
        Assert.Equal("https://example.org/drones-for-oil", doc.Url);
        Assert.Equal("html", doc.Format);
    }

    [Fact]
    public void HtmlArticleReader_ProducesParagraphsAndListLines_WhenArticleHasBoilerplate()
    {
        var text = Read(Page).Document!.Text;
        const string expected =
            "Drones for oil & wheat\n\n"
            + "Officials in Moscow confirmed on Tuesday that a new batch of Iranian drones had arrived.\n\n"
            + "What was agreed\n\n"
            + "The deal, according to two people briefed on it, also covers artillery shells.\n\n"
            + "- Shahed-136 drones\n- 152mm shells\n\n"
            + "Tehran denied the report.\nMoscow did not comment.";
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("Home")]
    [InlineData("Subscribe")]
    [InlineData("Share this")]
    [InlineData("caption")]
    [InlineData("Read also")]
    [InlineData("tracking")]
    [InlineData("Copyright")]
    public void HtmlArticleReader_DropsBoilerplate_WhenPageHasNavigationAndExtras(string unwanted)
        => Assert.DoesNotContain(unwanted, Read(Page).Document!.Text);

    [Fact]
    public void HtmlArticleReader_UsesJsonLdDateAndAuthor_WhenMetaTagsAreMissing()
    {
        const string html = """
            <html><head><title>Talks in Tehran</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
              {"@type":"NewsArticle","headline":"Talks","datePublished":"2023-11-28T10:00:00Z",
               "author":[{"@type":"Person","name":"Sam Reporter"}],"publisher":{"name":"Gazette of Examples"}}]}
            </script></head>
            <body><div class="content"><p>Delegations met for a second day of talks on air defence cooperation.</p>
            <p>Neither side released a statement afterwards.</p></div>
            <div class="sidebar"><p>Most read stories of the week, ranked by clicks and shares and more clicks</p></div></body></html>
            """;
        var doc = Read(html).Document!;
        Assert.Equal(new DateOnly(2023, 11, 28), doc.Published);
        Assert.Equal("Sam Reporter", doc.Author);
        Assert.Equal("Gazette of Examples", doc.Outlet);
        Assert.Equal("Talks in Tehran", doc.Title);
        Assert.Equal("Delegations met for a second day of talks on air defence cooperation.\n\nNeither side released a statement afterwards.", doc.Text);
    }

    [Fact]
    public void HtmlArticleReader_UsesTimeElementAndFirstHeading_WhenOnlyThoseArePresent()
    {
        const string html = "<html><body><main><h1>Border incident</h1><time datetime=\"2024-01-15\">15 Jan</time><p>Guards exchanged fire near the crossing.</p></main></body></html>";
        var doc = Read(html).Document!;
        Assert.Equal("Border incident", doc.Title);
        Assert.Equal(new DateOnly(2024, 1, 15), doc.Published);
        Assert.Contains("Guards exchanged fire near the crossing.", doc.Text);
    }

    [Fact]
    public void HtmlArticleReader_KeepsWrapper_WhenBoilerplateNamedElementHoldsMostText()
    {
        const string html = """
            <html><body><div class="layout has-sidebar">
              <div class="menu"><a href="/a">Section A</a></div>
              <div class="story"><p>Envoys from both governments met in a closed session to discuss fuel swaps.</p>
              <p>A second meeting is planned for the spring, one delegate said.</p></div>
            </div></body></html>
            """;
        var text = Read(html).Document!.Text;
        Assert.StartsWith("Envoys from both governments", text);
        Assert.DoesNotContain("Section A", text);
    }

    [Fact]
    public void HtmlArticleReader_DoesNotCrash_WhenHtmlIsMalformed()
    {
        const string html = "<html><body><article><p>Unclosed paragraph <b>bold <i>nested</b> text &copy; 2024<p>Second <div>odd</span> end";
        var doc = Read(html).Document!;
        Assert.Contains("Unclosed paragraph bold nested text © 2024", doc.Text);
        Assert.Contains("Second", doc.Text);
    }

    [Fact]
    public void HtmlArticleReader_ReportsNoArticleText_WhenPageIsOnlyNavigation()
    {
        var error = Read("<html><body><nav><a href='/'>Home</a></nav><footer>Legal</footer></body></html>").Error!;
        Assert.Equal("no article text found", error.Message);
        Assert.Equal("page.html", error.Path);
    }

    [Fact]
    public void HtmlArticleReader_ReadsFile_WhenGivenThroughDocumentReader()
    {
        using var dir = new TempDir();
        var path = dir.Write("page.htm", Page);
        var doc = Assert.Single(new DocumentReader().Read([path], ReaderOptions.Default)).Document!;
        Assert.Equal(path, doc.Path);
        Assert.StartsWith("Drones for oil & wheat\n\nOfficials in Moscow", doc.Text);
    }
}
