using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Entente.Core.Text;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;

namespace Entente.Web.Tests.Dashboard;

/// <summary>
/// A store holding one hostile article — markup in its title, outlet, the sentence that reports the event and the name the
/// store keeps for its source actor — and a server over it. Written for these tests.
/// </summary>
public sealed class HostileStoreFixture() : StoreServer("hostile.db", Fill)
{
    public const string Title = "<img src=x onerror=alert(2)>";
    public const string Outlet = "\"><script>alert(3)</script>";
    public const string ActorName = "Russia' onmouseover='alert(4)' \"><img src=x onerror=alert(5)>";
    public const string Payload = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";

    private const string Text =
        "Russia delivered Shahed drones to Iran on March 3, 2024, officials said " + Payload + " in Tehran.\n\n" +
        "Iran signed an agreement with Russia on March 5, 2024, a statement said.\n";

    /// <summary>The article analysed as ingest does; the name of its source actor then replaced, as an actor known only by a name from the text would be stored.</summary>
    private static void Fill(string db)
    {
        var doc = new SourceDocument("hostile.txt", Text, "text", Title, new DateOnly(2024, 3, 6), Outlet);
        var item = WebTestKit.Services.Ingest.Analyze(doc, DocumentIdentity.Of(doc));
        item = item with { Mentions = [.. item.Mentions.Select(m => m.SourceCode == "RUS" ? m with { SourceName = ActorName, Cited = [Outlet] } : m)] };
        using var store = WebTestKit.Services.Open(db);
        store.Write(new IngestBatch([item], []));
    }
}

/// <summary>
/// Every dashboard page that shows an article's title, outlet, sentence or actor name shows them as text: nothing the
/// article holds becomes an element, an attribute, a script or a link.
/// </summary>
public sealed class HostileArticlePagesTests(HostileStoreFixture server) : IClassFixture<HostileStoreFixture>
{
    private async Task<IDocument> Page(string url)
    {
        var response = await server.Client.GetAsync(url);
        Assert.Equal(200, (int)response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static void AssertInert(IDocument page, string url)
    {
        Assert.True(page.QuerySelectorAll("img, iframe").Length == 0, $"{url}: an img or iframe");
        Assert.Equal(["/assets/dashboard.js"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        var handlers = page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => a.Name).ToList();
        Assert.True(handlers.Count == 0, $"{url}: event handler attributes {string.Join(", ", handlers)}");
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript' i]"));
    }

    private async Task<string> EventId()
    {
        using var store = WebTestKit.OpenStore(server.Db);
        return store.Events(new EventFilter()).Single(e => e.SourceName == HostileStoreFixture.ActorName).Id;
    }

    [Theory]
    [InlineData("/", new[] { HostileStoreFixture.ActorName })]
    [InlineData("/events", new[] { HostileStoreFixture.ActorName })]
    [InlineData("/dyad?a=RUS&b=IRN", new[] { HostileStoreFixture.ActorName })]
    [InlineData("/search?q=alert", new[] { HostileStoreFixture.Title, HostileStoreFixture.Outlet, "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>" })]
    [InlineData("/network", new string[0])]
    [InlineData("/map", new string[0])]
    [InlineData("/brief?a=RUS&b=IRN", new string[0])]
    public async Task Page_ShowsTheHostileArticleAsText_AndNothingRuns(string url, string[] shown)
    {
        var page = await Page(url);
        AssertInert(page, url);
        var text = page.Body!.TextContent;
        foreach (var s in shown) Assert.Contains(s, text);
    }

    [Fact]
    public async Task EventPage_ShowsTitleOutletSentenceAndActorAsText_AndNothingRuns()
    {
        var url = "/events/" + await EventId();
        var page = await Page(url);
        AssertInert(page, url);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains(HostileStoreFixture.ActorName, page.QuerySelector("#fields")!.TextContent);
        Assert.Contains(HostileStoreFixture.Outlet, page.QuerySelector("#history")!.TextContent);
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("blockquote.evidence")!.TextContent);
        Assert.Contains(HostileStoreFixture.Title, main); // the document link's label
        Assert.Contains("cites " + HostileStoreFixture.Outlet, main);
    }

    [Fact]
    public async Task EventsPage_KeepsAHostileFilterValueAsText_AndFindsTheEventByItsOutlet()
    {
        var url = "/events?outlet=" + Uri.EscapeDataString(HostileStoreFixture.Outlet);
        var page = await Page(url);
        AssertInert(page, url);
        Assert.Equal(HostileStoreFixture.Outlet, page.QuerySelector("input[name=outlet]")!.GetAttribute("value"));
        Assert.Contains(HostileStoreFixture.ActorName, page.QuerySelector("#events")!.TextContent);
        foreach (var link in page.QuerySelectorAll("#downloads a"))
            Assert.Contains("outlet=%22%3E%3Cscript%3Ealert%283%29%3C%2Fscript%3E", link.GetAttribute("href"));
    }
}
