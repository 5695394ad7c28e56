using System.Xml.Linq;
using Entente.Corpus.Store;

namespace Entente.Web.Tests.Api;

[Collection("samples")]
public sealed class AnalysisApiTests(SamplesFixture samples)
{
    private HttpClient Client => samples.Client;

    [Fact]
    public async Task Dyad_ReturnsSeriesIndexAndChangePoints_WhenDyadHasEvents()
    {
        int stored;
        using (var store = WebTestKit.OpenStore(samples.Db)) stored = store.Events(new EventFilter(Dyad: ("IRN", "RUS"))).Count;
        var response = await Client.GetAsync("/api/dyads/irn/rus?by=quarter");
        Assert.Equal(200, (int)response.StatusCode);
        var json = await WebTestKit.Json(response);
        Assert.Equal("IRN", json.GetProperty("a").GetString());
        Assert.Equal("quarter", json.GetProperty("by").GetString());
        Assert.Equal(stored, json.GetProperty("coverage").GetProperty("stored").GetInt32());
        var periods = json.GetProperty("periods");
        Assert.True(periods.GetArrayLength() > 1);
        Assert.True(periods[0].GetProperty("alignment").TryGetProperty("index", out _));
        Assert.Equal(System.Text.Json.JsonValueKind.Array, json.GetProperty("change_points").ValueKind);
    }

    [Fact]
    public async Task Dyad_CountsFewerEvents_WhenCredibilityIsStricter()
    {
        var loose = await WebTestKit.Json(await Client.GetAsync("/api/dyads/IRN/RUS?all_events=true"));
        var strict = await WebTestKit.Json(await Client.GetAsync("/api/dyads/IRN/RUS?min_credibility=2&exclude_unjudged=true"));
        Assert.True(strict.GetProperty("coverage").GetProperty("counted").GetInt32() < loose.GetProperty("coverage").GetProperty("counted").GetInt32());
    }

    [Theory]
    [InlineData("/api/dyads/IRN/XXX", "XXX")]
    [InlineData("/api/brief/IRQX/RUS", "IRQX")]
    public async Task Dyad_Returns400WithClosestKnownCodes_WhenAnActorCodeIsUnknown(string url, string unknown)
    {
        var json = await WebTestKit.AssertProblem(await Client.GetAsync(url), 400);
        var detail = json.GetProperty("detail").GetString()!;
        Assert.Contains($"'{unknown}' is not a known actor code", detail);
        Assert.Contains("closest known codes:", detail);
        if (unknown == "IRQX") Assert.Contains("IRQ (Iraq)", detail);
        Assert.Contains("states.tsv", json.GetProperty("hint").GetString());
    }

    [Theory]
    [InlineData("/api/dyads/IRN/IRN")]
    [InlineData("/api/dyads/IRN/RUS?by=week")]
    [InlineData("/api/dyads/IRN/RUS?min_credibility=9")]
    [InlineData("/api/dyads/I/RUS")]
    [InlineData("/api/brief/IRN/RUS?format=pdf")]
    [InlineData("/api/network?format=dot")]
    [InlineData("/api/network?min_events=0")]
    public async Task Analysis_Returns400Problem_WhenAParameterIsBad(string url)
        => await WebTestKit.AssertProblem(await Client.GetAsync(url), 400);

    [Theory]
    [InlineData("/api/dyads/IRN/RUS?since=0001&until=9998&by=month")]
    [InlineData("/api/dyads/IRN/RUS?since=0001")]
    [InlineData("/api/brief/IRN/RUS?since=0001&until=9998&by=quarter")]
    public async Task Dyad_Returns400WithHint_WhenSpanHasTooManyPeriods(string url)
    {
        var json = await WebTestKit.AssertProblem(await Client.GetAsync(url), 400);
        Assert.Contains("more than the 1,200 one series may have", json.GetProperty("detail").GetString());
        Assert.Contains("narrow since/until", json.GetProperty("hint").GetString());
    }

    [Theory]
    [InlineData("/api/dyads/IRN/RUS?since=9999&until=9999")]
    [InlineData("/api/dyads/IRN/RUS?since=9990&until=9999&by=year")]
    [InlineData("/api/brief/IRN/RUS?since=9999-10&until=9999")]
    public async Task Dyad_AnswersEmptySeries_WhenUntilIsTheCalendarsLastYear(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Brief_ReturnsMarkdown_WhenNoFormatGiven()
    {
        var response = await Client.GetAsync("/api/brief/IRN/RUS");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("#", text.TrimStart());
        Assert.Contains("Iran", text);
    }

    [Fact]
    public async Task Brief_ReturnsSelfContainedHtml_WhenHtmlAsked()
    {
        var response = await Client.GetAsync("/api/brief/IRN/RUS?format=html");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http://localhost", html);
    }

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("graphml", "application/graphml+xml")]
    [InlineData("gexf", "application/gexf+xml")]
    public async Task Network_ReturnsTheFormat_WhenAsked(string format, string mediaType)
    {
        var response = await Client.GetAsync($"/api/network?format={format}&since=2020");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        if (format == "json")
        {
            var json = await WebTestKit.Json(response);
            Assert.True(json.GetProperty("nodes").GetArrayLength() > 1);
            Assert.True(json.GetProperty("edges").GetArrayLength() > 0);
        }
        else
        {
            var root = XDocument.Parse(body).Root!;
            Assert.Equal(format, root.Name.LocalName);
            Assert.Contains(root.Descendants(), e => e.Name.LocalName is "edge");
        }
    }

    [Fact]
    public async Task Network_DropsEdges_WhenMinEventsRises()
    {
        var all = await WebTestKit.Json(await Client.GetAsync("/api/network"));
        var strong = await WebTestKit.Json(await Client.GetAsync("/api/network?min_events=3"));
        Assert.True(strong.GetProperty("edges").GetArrayLength() < all.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Analyze_ReturnsCodedEventsWithoutStoring_WhenTextPosted()
    {
        int before;
        using (var store = WebTestKit.OpenStore(samples.Db)) before = store.Stats().Documents;
        const string text = "Iran delivered a batch of Shahed drones to Russia on March 3, 2024, two officials told reporters (Reuters, March 5, 2024).";
        var response = await Client.PostAsync("/api/analyze?published=2024-03-06&outlet=Kyiv%20Independent", WebTestKit.Text(text));
        Assert.Equal(200, (int)response.StatusCode);
        var json = await WebTestKit.Json(response);
        var doc = json.GetProperty("documents")[0];
        Assert.Equal("2024-03-06", doc.GetProperty("published").GetString());
        Assert.Equal("Kyiv Independent", doc.GetProperty("outlet").GetString());
        var ev = doc.GetProperty("events")[0];
        Assert.Equal("IRN", ev.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("RUS", ev.GetProperty("target").GetProperty("code").GetString());
        Assert.Equal("2024-03-03", ev.GetProperty("date").GetProperty("start").GetString());
        int start = ev.GetProperty("evidence").GetProperty("start").GetInt32(), end = ev.GetProperty("evidence").GetProperty("end").GetInt32();
        Assert.Equal(text[start..end], ev.GetProperty("evidence").GetProperty("text").GetString());
        Assert.True(doc.GetProperty("citations").GetArrayLength() > 0);
        using (var store = WebTestKit.OpenStore(samples.Db)) Assert.Equal(before, store.Stats().Documents);
    }

    [Fact]
    public async Task Analyze_ReadsEachJsonLine_WhenNdjsonPosted()
    {
        var body = "{\"text\": \"Russia shipped artillery shells to North Korea in May 2024.\", \"url\": \"https://example.org/a\"}\n" +
                   "not json at all\n" +
                   "{\"text\": \"China held naval drills near Taiwan on April 7, 2023.\", \"url\": \"https://example.org/b\"}\n";
        var response = await Client.PostAsync("/api/analyze", WebTestKit.Text(body, "application/x-ndjson"));
        Assert.Equal(200, (int)response.StatusCode);
        var json = await WebTestKit.Json(response);
        Assert.Equal(2, json.GetProperty("documents").GetArrayLength());
        Assert.Equal(1, json.GetProperty("errors").GetArrayLength());
        Assert.Equal(2, json.GetProperty("errors")[0].GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("application/octet-stream")]
    public async Task Analyze_Returns415Problem_WhenContentTypeUnknown(string mediaType)
        => await WebTestKit.AssertProblem(await Client.PostAsync("/api/analyze", WebTestKit.Text("Iran met Russia.", mediaType)), 415);

    [Fact]
    public async Task Analyze_Returns400Problem_WhenBodyIsEmptyOrNotUtf8()
    {
        await WebTestKit.AssertProblem(await Client.PostAsync("/api/analyze", WebTestKit.Text("   ")), 400);
        var bytes = new ByteArrayContent([0x49, 0x72, 0xC3, 0x28, 0x61, 0x6E]);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        await WebTestKit.AssertProblem(await Client.PostAsync("/api/analyze", bytes), 400);
    }
}
