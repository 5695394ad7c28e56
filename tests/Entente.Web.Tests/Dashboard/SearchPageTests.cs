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
}
