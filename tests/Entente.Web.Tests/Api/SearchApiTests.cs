using System.Text.Json;

namespace Entente.Web.Tests.Api;

[Collection("samples")]
public sealed class SearchApiTests(SamplesFixture samples)
{
    private HttpClient Client => samples.Client;

    [Fact]
    public async Task Search_MarksEveryHit_WhenWordOccurs()
    {
        var response = await Client.GetAsync("/api/search?q=drones&limit=5");
        Assert.Equal(200, (int)response.StatusCode);
        var json = await WebTestKit.Json(response);
        Assert.True(json.GetProperty("total").GetInt32() >= 2);
        var items = json.GetProperty("items");
        Assert.InRange(items.GetArrayLength(), 2, 5);
        foreach (var item in items.EnumerateArray())
        {
            Assert.Contains("<mark>", item.GetProperty("snippet").GetString());
            var text = item.GetProperty("text").GetString()!;
            var hits = item.GetProperty("hits");
            Assert.True(hits.GetArrayLength() > 0);
            foreach (var hit in hits.EnumerateArray())
                Assert.StartsWith("drone", text[hit[0].GetInt32()..hit[1].GetInt32()], StringComparison.OrdinalIgnoreCase); // stemmed: drone, drones
            Assert.StartsWith("E", item.GetProperty("event_id").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("document").GetProperty("path").GetString()));
            Assert.True(item.TryGetProperty("outlet", out _));
            Assert.True(item.TryGetProperty("published", out _));
        }
    }

    [Fact]
    public async Task Search_FindsTheEventsQuote_WhenSearchedByItsWords()
    {
        var first = (await WebTestKit.Json(await Client.GetAsync("/api/events?dyad=IRN,RUS&type=arms_transfer&limit=1"))).GetProperty("items")[0];
        var id = first.GetProperty("id").GetString()!;
        var detail = await WebTestKit.Json(await Client.GetAsync($"/api/events/{id}"));
        var quote = detail.GetProperty("mentions")[0].GetProperty("quote").GetString()!;
        var words = string.Join(" ", quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter) && w.Length > 4).Take(4));
        var json = await WebTestKit.Json(await Client.GetAsync($"/api/search?q={Uri.EscapeDataString(words)}&limit=100"));
        Assert.Contains(json.GetProperty("items").EnumerateArray(), i => i.GetProperty("event_id").GetString() == id && i.GetProperty("quote").GetString() == quote);
    }

    [Theory]
    [InlineData("\"unbalanced AND OR *")]
    [InlineData("NEAR(drones Russia")]
    [InlineData("quote:drones")]
    [InlineData("drones' OR 1=1 --")]
    [InlineData("^drones -Russia")]
    public async Task Search_AnswersWithoutError_WhenQueryIsHostile(string q)
    {
        var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(200, (int)response.StatusCode);
        var json = await WebTestKit.Json(response);
        Assert.Equal(q, json.GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("items").ValueKind);
        Assert.True(json.GetProperty("terms").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Search_MatchesPrefix_WhenTermEndsInStar()
    {
        var prefix = await WebTestKit.Json(await Client.GetAsync("/api/search?q=dron*"));
        var word = await WebTestKit.Json(await Client.GetAsync("/api/search?q=dron"));
        Assert.True(prefix.GetProperty("total").GetInt32() > word.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("")]
    [InlineData("%22*()%22")]
    [InlineData("---")]
    public async Task Search_Returns400Problem_WhenQueryHasNoWords(string q)
        => await WebTestKit.AssertProblem(await Client.GetAsync("/api/search?q=" + q), 400);

    [Fact]
    public async Task Search_Returns400Problem_WhenLimitOutOfRange()
        => await WebTestKit.AssertProblem(await Client.GetAsync("/api/search?q=drones&limit=1000"), 400);
}
