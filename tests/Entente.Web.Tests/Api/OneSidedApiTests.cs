using System.Text.Json;
using Entente.Corpus.Store;

namespace Entente.Web.Tests.Api;

/// <summary>One-actor events (no target named) in the API and the dashboard, over the samples.</summary>
[Collection("samples")]
public sealed class OneSidedApiTests(SamplesFixture samples)
{
    private HttpClient Client => samples.Client;

    [Fact]
    public async Task Events_OneSidedOnly_ReturnsOnlyEventsWithNullTarget()
    {
        var only = await WebTestKit.Json(await Client.GetAsync("/api/events?one_sided=only&page_size=500"));
        var exclude = await WebTestKit.Json(await Client.GetAsync("/api/events?one_sided=exclude&page_size=500"));
        var all = await WebTestKit.Json(await Client.GetAsync("/api/events?page_size=500"));
        Assert.True(only.GetProperty("total").GetInt32() > 0);
        Assert.All(only.GetProperty("items").EnumerateArray(), e =>
        {
            Assert.Equal(JsonValueKind.Null, e.GetProperty("target").ValueKind);
            Assert.True(e.GetProperty("one_sided").GetBoolean());
        });
        Assert.Equal(all.GetProperty("total").GetInt32(), only.GetProperty("total").GetInt32() + exclude.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Events_OneSided_Is400_WhenTheWordIsUnknown()
    {
        var response = await Client.GetAsync("/api/events?one_sided=sometimes");
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("one_sided", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dyad_IncludeOneSided_SaysSoInWhatItCounted()
    {
        var def = await WebTestKit.Json(await Client.GetAsync("/api/dyads/IRN/RUS?all_events=true"));
        var inc = await WebTestKit.Json(await Client.GetAsync("/api/dyads/IRN/RUS?all_events=true&include_one_sided=true"));
        Assert.Contains("one-actor events", inc.GetProperty("counted").GetString());
        Assert.True(inc.GetProperty("coverage").GetProperty("stored").GetInt32() > def.GetProperty("coverage").GetProperty("stored").GetInt32());
    }

    [Fact]
    public async Task EventPage_ShowsNoTargetAndNoDyadLink_ForAOneActorEvent()
    {
        Corpus.Model.StoredEvent e;
        using (var store = WebTestKit.OpenStore(samples.Db)) e = store.Events(new EventFilter(OneSided: OneSidedFilter.Only)).First();
        var html = await Client.GetStringAsync($"/events/{e.Id}");
        Assert.Contains("— (no target)", html);
        Assert.Contains("id=\"one-sided\"", html);
        Assert.DoesNotContain("over time</a>", html);
    }

    [Fact]
    public async Task DyadPage_ListsOnlyOneActorEvents_WhenFilteredSo()
    {
        var html = await Client.GetStringAsync("/dyad?a=IRN&b=RUS&one_sided=only");
        Assert.Contains("<option value=\"only\" selected", html);
        var table = html[html.IndexOf("<section id=\"events-section\">", StringComparison.Ordinal)..];
        Assert.Contains("— (no target)", table);
        Assert.DoesNotContain("→ Russia</td>", table);
    }
}
