namespace Entente.Web.Tests.Dashboard;

/// <summary>The pages added for work: the events list with its filters and downloads, the brief page, the favicon.</summary>
[Collection("samples")]
public sealed class DashboardPagesTests(SamplesFixture samples)
{
    private async Task<string> Page(string url, int status = 200)
    {
        var response = await samples.Client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Favicon_IsServedAsAnIcon_AndLinkedFromEveryPage()
    {
        var response = await samples.Client.GetAsync("/favicon.ico");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // an ICO header
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", await Page("/"));
    }

    [Fact]
    public async Task EventsPage_ListsTheFilteredEvents_WithDownloadLinksCarryingTheFilters()
    {
        var html = await Page("/events?actor=IRN&type=arms_transfer&min_credibility=4");
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(html, "id=\"events-count\"><strong>(\\d+)</strong>").Groups[1].Value);
        var csv = await (await samples.Client.GetAsync("/api/export?format=csv&actor=IRN&type=arms_transfer&min_credibility=4")).Content.ReadAsStringAsync();
        Assert.Equal(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1, count);
        Assert.True(count > 0);
        foreach (var format in new[] { "csv", "jsonl", "parquet", "gdelt" })
            Assert.Contains($"href=\"/api/export?format={format}&amp;actor=IRN&amp;type=arms_transfer&amp;min_credibility=4\"", html);
    }

    [Fact]
    public async Task EventsPage_SaysWhatIsWrong_WhenAFilterIsBad()
    {
        var html = await Page("/events?since=yesterday", 400);
        Assert.Contains("since 'yesterday' is not a date", System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task BriefPage_ShowsTheBriefWithDownloads_AndTheDyadPageLinksToIt()
    {
        var html = await Page("/brief?a=IRN&b=RUS");
        Assert.Contains("<article class=\"brief\"", html);
        Assert.Contains("Executive summary", html);
        Assert.Contains("href=\"/api/brief/IRN/RUS?format=md&amp;by=quarter\"", html);
        Assert.Contains("href=\"/api/brief/IRN/RUS?format=html&amp;by=quarter\"", html);
        Assert.Contains("href=\"/brief?a=IRN&amp;b=RUS\"", await Page("/dyad?a=IRN&b=RUS"));
        Assert.Contains("not a known actor code", await Page("/brief?a=IRN&b=XXQ", 400));
    }

    [Fact]
    public async Task NetworkPage_OffersGraphMlAndGexf_ForTheSameSettings()
    {
        var html = await Page("/network?since=2022-01-01&min=2");
        Assert.Contains("href=\"/api/network?format=graphml&amp;since=2022-01-01&amp;min_events=2\"", html);
        Assert.Contains("href=\"/api/network?format=gexf&amp;since=2022-01-01&amp;min_events=2\"", html);
        var graphml = await Page("/api/network?format=graphml&since=2022-01-01&min_events=2");
        Assert.Contains("<graphml", graphml);
    }
}
