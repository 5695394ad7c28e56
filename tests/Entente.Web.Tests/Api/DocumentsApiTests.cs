using System.Net.Http.Headers;
using System.Text.Json;
using Entente.Corpus.Store;

namespace Entente.Web.Tests.Api;

/// <summary>POST /api/documents over a fresh store per test.</summary>
public sealed class DocumentsApiTests
{
    private const string Delivery = "Iran delivered a batch of Shahed drones to Russia at Kazan on March 3, 2024, two officials told reporters.";

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    [InlineData(WebTestKit.Token + "x")]
    [InlineData("")]
    public async Task Documents_Returns401Problem_WhenTokenMissingOrWrong(string? token)
    {
        using var server = new EmptyStoreServer();
        Assert.Equal(200, (int)(await server.Client.GetAsync("/api/health")).StatusCode); // creates the empty store
        var response = await server.Client.SendAsync(WebTestKit.Post("/api/documents", WebTestKit.Text(Delivery), token));
        await WebTestKit.AssertProblem(response, 401);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        using var store = WebTestKit.OpenStore(server.Db);
        Assert.Equal(0, store.Stats().Documents);
    }

    [Fact]
    public async Task Documents_Returns401Problem_WhenSchemeIsNotBearer()
    {
        using var server = new EmptyStoreServer();
        var request = WebTestKit.Post("/api/documents", WebTestKit.Text(Delivery), token: null);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", WebTestKit.Token);
        await WebTestKit.AssertProblem(await server.Client.SendAsync(request), 401);
    }

    [Fact]
    public async Task Documents_Returns413Problem_WhenBodyExceedsTheLimit()
    {
        using var server = new EmptyStoreServer(maxBodyBytes: 16 * 1024);
        var big = string.Concat(Enumerable.Repeat(Delivery + "\n", 400));
        await WebTestKit.AssertProblem(await server.Client.SendAsync(WebTestKit.Post("/api/documents", WebTestKit.Text(big))), 413);
        // without a Content-Length (chunked), the limit holds while reading
        var chunked = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var request = WebTestKit.Post("/api/documents", chunked);
        request.Headers.TransferEncodingChunked = true;
        await WebTestKit.AssertProblem(await server.Client.SendAsync(request), 413);
        var small = await server.Client.SendAsync(WebTestKit.Post("/api/documents", WebTestKit.Text(Delivery)));
        Assert.Equal(201, (int)small.StatusCode);
    }

    [Fact]
    public async Task Documents_StoresEventsThatEventsThenLists_WhenArticlePosted()
    {
        using var server = new EmptyStoreServer();
        var response = await server.Client.SendAsync(WebTestKit.Post("/api/documents?outlet=Reuters&published=2024-03-05&title=Drones", WebTestKit.Text(Delivery)));
        Assert.Equal(201, (int)response.StatusCode);
        var json = await WebTestKit.Json(response);
        var stored = json.GetProperty("stored")[0];
        Assert.Equal("stored", stored.GetProperty("status").GetString());
        var ids = stored.GetProperty("event_ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(1, json.GetProperty("result").GetProperty("stored").GetInt32());
        var ev = json.GetProperty("documents")[0].GetProperty("events")[0];
        Assert.Equal("arms_transfer", ev.GetProperty("type").GetString());
        Assert.Equal("Shahed", ev.GetProperty("equipment")[0].GetProperty("name").GetString());

        var listed = await WebTestKit.Json(await server.Client.GetAsync("/api/events?dyad=IRN,RUS"));
        Assert.Equal(ids, listed.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var detail = await WebTestKit.Json(await server.Client.GetAsync($"/api/events/{ids[0]}"));
        var mention = detail.GetProperty("mentions")[0];
        Assert.Equal("Reuters", mention.GetProperty("outlet").GetString());
        Assert.Equal("Drones", mention.GetProperty("document").GetProperty("title").GetString());
        Assert.Equal(1, (await WebTestKit.Json(await server.Client.GetAsync("/api/health"))).GetProperty("counts").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Documents_ReportsUnchanged_WhenSameArticlePostedTwice()
    {
        using var server = new EmptyStoreServer();
        Assert.Equal(201, (int)(await server.Client.SendAsync(WebTestKit.Post("/api/documents", WebTestKit.Text(Delivery)))).StatusCode);
        var again = await server.Client.SendAsync(WebTestKit.Post("/api/documents", WebTestKit.Text(Delivery)));
        Assert.Equal(200, (int)again.StatusCode);
        var json = await WebTestKit.Json(again);
        Assert.Equal("unchanged", json.GetProperty("stored")[0].GetProperty("status").GetString());
        Assert.NotEqual(0, json.GetProperty("stored")[0].GetProperty("event_ids").GetArrayLength());
        using var store = WebTestKit.OpenStore(server.Db);
        Assert.Equal(1, store.Stats().Documents);
    }

    /// <summary>An article written to attack a page that would insert its text as markup.</summary>
    private const string Hostile =
        "Iran delivered Shahed drones to Russia on March 3, 2024, officials said <script>alert('x')</script> in Tehran.\n\n" +
        "Russia shipped artillery shells \"><img src=x onerror=alert(1)> to North Korea in May 2024, ' onmouseover='alert(2)' <svg/onload=alert(3)> a report said.\n";

    [Fact]
    public async Task Documents_ReturnsHostileTextJsonEscaped_WhenArticleHoldsScriptPayloads()
    {
        using var server = new EmptyStoreServer();
        var posted = await server.Client.SendAsync(WebTestKit.Post("/api/documents?title=%3Cscript%3Ealert(4)%3C%2Fscript%3E", WebTestKit.Text(Hostile)));
        Assert.Equal(201, (int)posted.StatusCode);
        var raw = await posted.Content.ReadAsStringAsync();
        Assert.Equal("application/json", posted.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", posted.Headers.GetValues("X-Content-Type-Options").Single());
        foreach (var markup in new[] { "<script", "<img", "<svg", "<b ", "\"><" })
            Assert.DoesNotContain(markup, raw);
        var json = await WebTestKit.Json(posted);
        var doc = json.GetProperty("documents")[0];
        Assert.Equal("<script>alert(4)</script>", doc.GetProperty("title").GetString());
        var evidence = doc.GetProperty("events")[0].GetProperty("evidence").GetProperty("text").GetString()!;
        Assert.Contains("<script>alert('x')</script>", evidence); // the text itself survives, escaped only in transit
        var id = json.GetProperty("stored")[0].GetProperty("event_ids")[0].GetString()!;

        foreach (var url in new[] { $"/api/events/{id}", "/api/events", "/api/search?q=script%20alert", "/api/health" })
        {
            var response = await server.Client.GetAsync(url);
            Assert.Equal(200, (int)response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            foreach (var markup in new[] { "<script", "<img", "<svg", "onerror=alert" + "(1)>" })
                Assert.DoesNotContain(markup, body);
        }
        var search = await WebTestKit.Json(await server.Client.GetAsync("/api/search?q=script%20alert"));
        var snippet = search.GetProperty("items")[0].GetProperty("snippet").GetString()!;
        Assert.Contains("&lt;", snippet);
        Assert.DoesNotContain("<script", snippet);
        Assert.Contains("<mark>", snippet);
    }

    [Fact]
    public async Task Search_FollowsTheNewVersion_WhenDocumentIsReplaced()
    {
        using var server = new EmptyStoreServer();
        const string url = "/api/documents?url=https%3A%2F%2Fexample.org%2Fnews%2F1&published=2024-03-05";
        Assert.Equal(201, (int)(await server.Client.SendAsync(WebTestKit.Post(url, WebTestKit.Text(Delivery)))).StatusCode);
        Assert.Equal(1, await Total(server, "Kazan"));
        Assert.Equal(0, await Total(server, "Samara"));

        var replaced = await server.Client.SendAsync(WebTestKit.Post(url, WebTestKit.Text(Delivery.Replace("Kazan", "Samara"))));
        Assert.Equal(201, (int)replaced.StatusCode);
        Assert.Equal(1, (await WebTestKit.Json(replaced)).GetProperty("result").GetProperty("replaced").GetInt32());
        Assert.Equal(0, await Total(server, "Kazan"));
        Assert.Equal(1, await Total(server, "Samara"));
        var hit = (await WebTestKit.Json(await server.Client.GetAsync("/api/search?q=Samara"))).GetProperty("items")[0];
        Assert.Equal(2, hit.GetProperty("document").GetProperty("version").GetInt32());
        Assert.Equal("https://example.org/news/1", hit.GetProperty("document").GetProperty("url").GetString());
    }

    private static async Task<int> Total(EmptyStoreServer server, string q)
        => (await WebTestKit.Json(await server.Client.GetAsync("/api/search?q=" + q))).GetProperty("total").GetInt32();

    [Fact]
    public async Task Documents_Returns400Problem_WhenMetadataIsBad()
    {
        using var server = new EmptyStoreServer();
        await WebTestKit.AssertProblem(await server.Client.SendAsync(WebTestKit.Post("/api/documents?published=March", WebTestKit.Text(Delivery))), 400);
        await WebTestKit.AssertProblem(await server.Client.SendAsync(WebTestKit.Post("/api/documents?url=javascript:alert(1)", WebTestKit.Text(Delivery))), 400);
    }
}
