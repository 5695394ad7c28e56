using System.Text.RegularExpressions;

namespace Entente.Web.Tests.Dashboard;

/// <summary>The map page: the stored events' places drawn on the server, each point linking to its events with the page's filters.</summary>
[Collection("samples")]
public sealed class MapPageTests(SamplesFixture samples)
{
    private async Task<string> Page(string url, int status = 200)
    {
        var response = await samples.Client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task MapPage_DrawsLocatedEvents_AndEachPointLinksToItsEvents()
    {
        var html = await Page("/map");
        var m = Regex.Match(html, "id=\"map-count\"><strong>(\\d+)</strong> of (\\d+) matching");
        Assert.True(m.Success, "no count line");
        int located = int.Parse(m.Groups[1].Value);
        Assert.InRange(located, 1, int.Parse(m.Groups[2].Value));
        Assert.Contains("<svg", html);
        Assert.Contains("role=\"img\"", html);
        Assert.Contains("href=\"/map\"", html); // in the navigation
        var link = Regex.Match(html, "<a href=\"(/events\\?[^\"]*bbox=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(link);
        var events = await Page(System.Net.WebUtility.HtmlDecode(link));
        var count = int.Parse(Regex.Match(events, "id=\"events-count\"><strong>(\\d+)</strong>").Groups[1].Value);
        Assert.True(count >= 1, "a point's link lists none of its events");
    }

    [Fact]
    public async Task MapPage_KeepsTheFilters_InItsPointLinks()
    {
        var html = await Page("/map?country=RUS");
        foreach (Match l in Regex.Matches(html, "<a href=\"(/events\\?[^\"]*)\""))
            Assert.Contains("country=RUS", System.Net.WebUtility.HtmlDecode(l.Groups[1].Value));
    }

    [Fact]
    public async Task MapPage_SaysWhatIsWrong_WhenAFilterIsBad()
    {
        var html = await Page("/map?bbox=oops", 400);
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("bbox", html);
    }

    [Fact]
    public void MapPage_NamesTheFileAndAFix_WhenTheOutlinesCouldNotBeLoaded()
    {
        var alert = Entente.Web.Dashboard.Pages.MapPage.OutlinesMissing("data/maps/countries-110m.tsv: file not found (hint: …)");
        Assert.Contains("cannot be drawn", alert.Message);
        Assert.Contains("data/maps/countries-110m.tsv: file not found", alert.Message);
        Assert.Contains("import-naturalearth", alert.Hint);
    }

    [Fact]
    public async Task DyadPage_ShowsASmallMap_OfItsLocatedEvents()
    {
        var html = await Page("/dyad?a=IRN&b=RUS");
        Assert.Contains("id=\"dyad-map\"", html);
        Assert.Matches("<a href=\"/events\\?dyad=IRN%2CRUS&amp;bbox=", html);
    }
}
