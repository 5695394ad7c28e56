using Entente.Core.Text;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;
using Entente.Web.Api;

namespace Entente.Web.Tests.Api;

/// <summary>The cache of built results (dyad series, briefs, counts): served again while the store is unchanged, never after a write.</summary>
public sealed class CacheTests
{
    private const string First = "Iran delivered a batch of Shahed drones to Russia at Kazan on March 3, 2024, two officials told reporters.";
    private const string Second = "Russia signed a military cooperation agreement with Iran in Moscow on June 12, 2024, the ministry said.";
    private const string DyadUrl = "/api/dyads/IRN/RUS?all_events=true&by=year";

    private static string? CacheHeader(HttpResponseMessage r) => r.Headers.TryGetValues(ResultCache.Header, out var v) ? v.Single() : null;

    private static int TotalEvents(System.Text.Json.JsonElement dyad)
        => dyad.TryGetProperty("total", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.Object ? t.GetProperty("events").GetInt32() : 0;

    [Fact]
    public async Task DyadCache_ServesSecondIdenticalRequestFromCache_WhenStoreUnchanged()
    {
        using var server = new EmptyStoreServer();
        Assert.Equal(201, (int)(await server.Client.SendAsync(WebTestKit.Post("/api/documents?outlet=Reuters&published=2024-03-05", WebTestKit.Text(First)))).StatusCode);
        var first = await server.Client.GetAsync(DyadUrl);
        var second = await server.Client.GetAsync(DyadUrl);
        // the same query spelled differently (case of the codes, order of parameters) is the same entry
        var third = await server.Client.GetAsync("/api/dyads/irn/rus?by=year&all_events=true");
        Assert.Equal("miss", CacheHeader(first));
        Assert.Equal("hit", CacheHeader(second));
        Assert.Equal("hit", CacheHeader(third));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, TotalEvents(await WebTestKit.Json(second)));
    }

    [Fact]
    public async Task DyadCache_RebuildsWithNewEvents_AfterPostDocuments()
    {
        using var server = new EmptyStoreServer();
        await server.Client.SendAsync(WebTestKit.Post("/api/documents?outlet=Reuters&published=2024-03-05", WebTestKit.Text(First)));
        await server.Client.GetAsync(DyadUrl);
        var before = await server.Client.GetAsync(DyadUrl);
        Assert.Equal("hit", CacheHeader(before));
        Assert.Equal(1, TotalEvents(await WebTestKit.Json(before)));

        Assert.Equal(201, (int)(await server.Client.SendAsync(WebTestKit.Post("/api/documents?outlet=TASS&published=2024-06-13", WebTestKit.Text(Second)))).StatusCode);
        var after = await server.Client.GetAsync(DyadUrl);
        Assert.Equal("miss", CacheHeader(after));
        Assert.Equal(2, TotalEvents(await WebTestKit.Json(after)));
    }

    [Fact]
    public async Task DyadCache_RebuildsWithNewEvents_AfterAnotherProcessWritesTheStore()
    {
        using var server = new EmptyStoreServer();
        await server.Client.SendAsync(WebTestKit.Post("/api/documents?outlet=Reuters&published=2024-03-05", WebTestKit.Text(First)));
        await server.Client.GetAsync(DyadUrl);
        var events = await server.Client.GetAsync("/api/events?dyad=IRN,RUS");
        Assert.Equal(1, (await WebTestKit.Json(events)).GetProperty("total").GetInt32());

        // as `entente ingest` would, through its own connection: the server's cache is not told
        var doc = new SourceDocument("other/second.txt", Second, "text", null, new DateOnly(2024, 6, 13), "TASS", null);
        using (var store = WebTestKit.OpenStore(server.Db))
            store.Write(new IngestBatch([WebTestKit.Services.Ingest.Analyze(doc, DocumentIdentity.Of(doc))], []));

        var after = await server.Client.GetAsync(DyadUrl);
        Assert.Equal("miss", CacheHeader(after));
        Assert.Equal(2, TotalEvents(await WebTestKit.Json(after)));
        var eventsAfter = await server.Client.GetAsync("/api/events?dyad=IRN,RUS");
        Assert.Equal("miss", CacheHeader(eventsAfter));
        Assert.Equal(2, (await WebTestKit.Json(eventsAfter)).GetProperty("total").GetInt32());
        Assert.Equal(2, (await WebTestKit.Json(await server.Client.GetAsync("/api/health"))).GetProperty("counts").GetProperty("documents").GetInt32());
    }

    [Fact]
    public void ResultCache_DropsLeastRecentlyUsed_WhenFull()
    {
        var cache = new ResultCache(capacity: 2);
        var stamp = new StoreStamp(1, 0, 0);
        cache.GetOrBuild("a", stamp, () => "A", out _);
        cache.GetOrBuild("b", stamp, () => "B", out _);
        cache.GetOrBuild("a", stamp, () => "A2", out bool aHit);
        cache.GetOrBuild("c", stamp, () => "C", out _);
        Assert.True(aHit);
        Assert.Equal(2, cache.Count);
        Assert.Equal("B2", cache.GetOrBuild("b", stamp, () => "B2", out bool bHit));
        Assert.False(bHit);
    }

    [Fact]
    public void ResultCache_NeverServesOlderStamp_WhenStoreChanged()
    {
        var cache = new ResultCache();
        cache.GetOrBuild("a", new StoreStamp(1, 0, 0), () => "old", out _);
        Assert.Equal("new", cache.GetOrBuild("a", new StoreStamp(2, 0, 0), () => "new", out bool hit));
        Assert.False(hit);
        Assert.Equal("new", cache.GetOrBuild("a", new StoreStamp(2, 0, 0), () => "again", out bool hit2));
        Assert.True(hit2);
    }
}
