using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Entente.Web.Tests.Dashboard;

[Collection("samples")]
public sealed class SearchPageTests(SamplesFixture samples)
{
    private HttpClient Client => samples.Client;

    [Theory]
    [InlineData("\"><script>alert(1)</script> NEAR( quote: AND OR NOT *")]
    [InlineData("mentions_fts MATCH 'x' OR 1=1; DROP TABLE mentions; --")]
    [InlineData("drones\" OR \"")]
    public async Task SearchPage_ShowsResultsAsText_WhenQueryIsHostile(string q)
    {
        var response = await Client.GetAsync("/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(200, (int)response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("id=\"search-count\"", html);
        WebTestKit.AssertNoInternals(html);
        // the store is intact: the evidence sentences are still searchable
        Assert.Contains("<mark class=\"hit\">", await Client.GetStringAsync("/search?q=drones"));
    }

    [Theory]
    [InlineData("\"(*)\" -- ;")]
    [InlineData("   ")]
    public async Task SearchPage_ExplainsFriendly_WhenQueryHasNoWords(string q)
    {
        var response = await Client.GetAsync("/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(200, (int)response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrWhiteSpace(q)) Assert.Contains("Every word must appear", html);
        else Assert.Contains("id=\"search-error\"", html);
        Assert.DoesNotContain("id=\"hits\"", html);
        WebTestKit.AssertNoInternals(html);
    }

    [Fact]
    public async Task SearchPage_MarksHitsAndLinksEvents_WhenWordOccurs()
    {
        var html = await Client.GetStringAsync("/search?q=drones");
        Assert.Contains("id=\"hits\"", html);
        Assert.Matches("<mark class=\"hit\">[Dd]rones?</mark>", html);
        Assert.Contains("href=\"/events/E", html);
    }

    [Fact]
    public async Task SearchPage_GroupsSentencesByEvent_WhenSeveralReportOne()
    {
        var html = await Client.GetStringAsync("/search?q=drones");
        // each event is linked once, however many of its sentences match
        var links = System.Text.RegularExpressions.Regex.Matches(html, "<p class=\"hit-event\"><a href=\"(/events/[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.Contains("id=\"search-groups\"", html);
    }

    private async Task<IDocument> Parse(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(200, (int)response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The event groups' headings: type, actors, date.</summary>
    private static List<(string Type, string Actors, string Date)> Headings(IDocument doc)
        => [.. doc.QuerySelectorAll("#hits p.hit-event").Select(p => (p.QuerySelector(".hit-type")?.TextContent ?? "", p.QuerySelector(".hit-actors")?.TextContent ?? "", p.QuerySelector(".hit-date")?.TextContent ?? ""))];

    [Fact]
    public async Task SearchPage_HeadsEachEventGroupWithTypeActorsAndDate()
    {
        var headings = Headings(await Parse("/search?q=drones"));
        Assert.NotEmpty(headings);
        Assert.All(headings, h =>
        {
            Assert.NotEqual("", h.Type);
            Assert.Contains(" → ", h.Actors);
            Assert.Matches(@"^(\d{4}-\d{2}-\d{2}|undated|until )", h.Date);
        });
    }

    [Fact]
    public async Task SearchPage_KeepsOnlyTheEventsOfAType_WhenTypeIsSet()
    {
        var all = Headings(await Parse("/search?q=drones"));
        var type = all.GroupBy(h => h.Type).OrderByDescending(g => g.Count()).First().Key;
        Assert.Contains(all, h => h.Type != type);
        var doc = await Parse("/search?q=drones&type=" + type.Replace(' ', '_'));
        var filtered = Headings(doc);
        Assert.NotEmpty(filtered);
        Assert.All(filtered, h => Assert.Equal(type, h.Type));
        // sentences that report no event cannot pass an event filter
        Assert.DoesNotContain(doc.QuerySelectorAll("#hits p.meta"), p => p.TextContent.StartsWith("no event", StringComparison.Ordinal));
        // the form keeps the filter, and links the events list with the same filters
        Assert.Equal(type.Replace(' ', '_'), doc.QuerySelector("#search-form select[name=type]")!.QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.Equal("/events?type=" + type.Replace(' ', '_'), doc.QuerySelector("#search-events a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SearchPage_KeepsTheEventsOfThePeriodActorAndGrade_WhenThoseAreSet()
    {
        var dated = Headings(await Parse("/search?q=drones&since=2024-01-01"));
        Assert.NotEmpty(dated);
        Assert.All(dated, h => Assert.True(string.CompareOrdinal(h.Date[^10..], "2024-01-01") >= 0, h.Date));
        var iran = Headings(await Parse("/search?q=drones&actor=IRN&min_credibility=3"));
        Assert.NotEmpty(iran);
        Assert.All(iran, h => Assert.Contains("Iran", h.Actors));
        // an outlet nobody is: nothing
        var none = await Parse("/search?q=drones&outlet=" + Uri.EscapeDataString("no outlet of this name"));
        Assert.Null(none.QuerySelector("#hits"));
        Assert.Contains("fewer filters", none.QuerySelector(".empty")!.TextContent);
    }

    [Fact]
    public async Task SearchPage_Answers400WithWhatToDo_WhenAFilterCannotBeRead()
    {
        var response = await Client.GetAsync("/search?q=drones&since=" + Uri.EscapeDataString("last spring"));
        Assert.Equal(400, (int)response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("since", doc.QuerySelector("#search-error")!.TextContent);
        Assert.Null(doc.QuerySelector("#hits"));
    }
}
