using System.Text.Json;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Web.Tests.Api;

[Collection("samples")]
public sealed class EventsApiTests(SamplesFixture samples)
{
    private HttpClient Client => samples.Client;

    private IReadOnlyList<StoredEvent> StoreEvents(EventFilter filter)
    {
        using var store = WebTestKit.OpenStore(samples.Db);
        return store.Events(filter);
    }

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    [Fact]
    public async Task Health_ReportsEngineAndCounts_WhenStoreHoldsSamples()
    {
        var response = await Client.GetAsync("/api/health");
        Assert.Equal(200, (int)response.StatusCode);
        var json = await WebTestKit.Json(response);
        StoreStats stats;
        using (var store = WebTestKit.OpenStore(samples.Db)) stats = store.Stats();
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal("sqlite", json.GetProperty("engine").GetString());
        Assert.Equal(StoreSchema.Version, json.GetProperty("store_schema_version").GetInt32());
        Assert.Equal(Entente.Core.Output.JsonContract.SchemaVersion, json.GetProperty("schema_version").GetInt32());
        Assert.Equal(Entente.Core.Pipeline.Analyzer.Version, json.GetProperty("analyzer_version").GetString());
        Assert.Equal(stats.Events, json.GetProperty("counts").GetProperty("events").GetInt32());
        Assert.Equal(stats.Mentions, json.GetProperty("counts").GetProperty("mentions").GetInt32());
        Assert.True(stats.Events > 20);
    }

    [Fact]
    public async Task Events_ReturnsPageAndTotal_WhenDyadPaged()
    {
        var all = StoreEvents(new EventFilter(Dyad: ("IRN", "RUS")));
        var json = await WebTestKit.Json(await Client.GetAsync("/api/events?dyad=IRN,RUS&page_size=10"));
        Assert.Equal(all.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(all.Take(10).Select(e => e.Id), Ids(json));
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal("/api/events?dyad=IRN,RUS&page_size=10&page=2", json.GetProperty("next").GetString());
        var first = json.GetProperty("items")[0];
        foreach (var field in new[] { "id", "cameo", "type", "plover", "goldstein", "quad_class", "source", "target", "date", "status", "confidence", "grade", "mentions", "sources", "reported_by", "embargo" })
            Assert.True(first.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Events_SecondPageDiffers_WhenPageTwoAsked()
    {
        var all = StoreEvents(new EventFilter(Dyad: ("IRN", "RUS")));
        var one = Ids(await WebTestKit.Json(await Client.GetAsync("/api/events?dyad=IRN,RUS&page_size=10&page=1")));
        var two = Ids(await WebTestKit.Json(await Client.GetAsync("/api/events?dyad=IRN,RUS&page_size=10&page=2")));
        Assert.Equal(10, two.Count);
        Assert.Empty(one.Intersect(two));
        Assert.Equal(all.Skip(10).Take(10).Select(e => e.Id), two);
    }

    [Fact]
    public async Task Events_OffsetLimitEqualsPage_WhenSameWindow()
    {
        var byPage = await WebTestKit.Json(await Client.GetAsync("/api/events?page=3&page_size=7"));
        var byOffset = await WebTestKit.Json(await Client.GetAsync("/api/events?offset=14&limit=7"));
        Assert.Equal(Ids(byPage), Ids(byOffset));
        Assert.Equal(21, byOffset.GetProperty("next").GetString() is { } next && next.Contains("offset=21") ? 21 : -1);
    }

    [Fact]
    public async Task Events_LastPageHasNoNext_WhenTotalReached()
    {
        int total = StoreEvents(new EventFilter()).Count;
        var json = await WebTestKit.Json(await Client.GetAsync($"/api/events?offset={total - 3}&limit=10"));
        Assert.Equal(3, Ids(json).Count);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("next").ValueKind);
        var beyond = await WebTestKit.Json(await Client.GetAsync($"/api/events?offset={total + 5}&limit=10"));
        Assert.Empty(Ids(beyond));
        Assert.Equal(total, beyond.GetProperty("total").GetInt32());
    }

    public static TheoryData<string, EventFilter> Filters => new()
    {
        { "actor=irn", new EventFilter(Actor: "IRN") },
        { "type=arms_transfer", new EventFilter(Type: "arms_transfer") },
        { "cameo=07", new EventFilter(Cameo: "07") },
        { "since=2023&until=2023-06", new EventFilter(Since: new DateOnly(2023, 1, 1), Until: new DateOnly(2023, 6, 30)) },
        { "status=denied", new EventFilter(Status: ReconciledStatus.Denied) },
        { "min_sources=2", new EventFilter(MinSources: 2) },
        { "dyad=RUS,IRN&cameo=04", new EventFilter(Dyad: ("RUS", "IRN"), Cameo: "04") },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Events_MatchesTheStoreFilter_WhenFiltered(string query, EventFilter filter)
    {
        var expected = StoreEvents(filter);
        var json = await WebTestKit.Json(await Client.GetAsync($"/api/events?{query}&limit={ApiLimits.Max}"));
        Assert.Equal(expected.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(expected.Take(ApiLimits.Max).Select(e => e.Id), Ids(json));
    }

    [Fact]
    public async Task Events_SelectsFlaggedTransfers_WhenEmbargoAsked()
    {
        var flagged = StoreEvents(new EventFilter()).Where(WebTestKit.Services.Embargo.IsFlagged).ToList();
        var json = await WebTestKit.Json(await Client.GetAsync("/api/events?embargo=true"));
        Assert.Equal(flagged.Count, json.GetProperty("total").GetInt32());
        Assert.All(json.GetProperty("items").EnumerateArray(), e => Assert.NotEqual(0, e.GetProperty("embargo").GetArrayLength()));
    }

    [Theory]
    [InlineData("dyad=IRN")]
    [InlineData("dyad=IRN,R%3BDROP")]
    [InlineData("cameo=abc")]
    [InlineData("since=2024-13")]
    [InlineData("since=2024&until=2023")]
    [InlineData("status=rumoured")]
    [InlineData("type=nonsense")]
    [InlineData("page_size=501")]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("page=2&offset=10")]
    [InlineData("embargo=perhaps")]
    public async Task Events_Returns400Problem_WhenAParameterIsBad(string query)
        => await WebTestKit.AssertProblem(await Client.GetAsync("/api/events?" + query), 400);

    [Fact]
    public async Task Event_ReturnsMentionsWithQuotesAndDocuments_WhenIdExists()
    {
        var id = StoreEvents(new EventFilter(MinSources: 2))[0].Id;
        EventDetail detail;
        using (var store = WebTestKit.OpenStore(samples.Db)) detail = store.Event(id)!;
        var response = await Client.GetAsync($"/api/events/{id}");
        Assert.Equal(200, (int)response.StatusCode);
        var json = await WebTestKit.Json(response);
        Assert.Equal(id, json.GetProperty("event").GetProperty("id").GetString());
        var mentions = json.GetProperty("mentions");
        Assert.Equal(detail.Mentions.Count, mentions.GetArrayLength());
        var m = mentions[0];
        Assert.Equal(detail.Mentions[0].Mention.Quote, m.GetProperty("quote").GetString());
        Assert.Equal(detail.Mentions[0].Mention.Start, m.GetProperty("start").GetInt32());
        Assert.Equal(detail.Mentions[0].Path, m.GetProperty("document").GetProperty("path").GetString());
        foreach (var field in new[] { "outlet", "reliability", "reliability_basis", "status", "sentence", "end", "cited", "date" })
            Assert.True(m.TryGetProperty(field, out _), field);
        Assert.True(json.GetProperty("status_history").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("/api/events/E0000000000000000")]
    [InlineData("/api/events/%3Cscript%3E")]
    public async Task Event_Returns404Problem_WhenIdUnknown(string url)
    {
        var problem = await WebTestKit.AssertProblem(await Client.GetAsync(url), 404);
        Assert.Contains("no event", problem.GetProperty("detail").GetString());
    }
}

internal static class ApiLimits
{
    public const int Max = Entente.Web.Api.ApiEndpoints.MaxPageSize;
}
