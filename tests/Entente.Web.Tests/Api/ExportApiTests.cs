using Entente.Corpus.Store;

namespace Entente.Web.Tests.Api;

/// <summary>GET /api/export: the dashboard's downloads, with the filters of /api/events plus outlet and grade.</summary>
[Collection("samples")]
public sealed class ExportApiTests(SamplesFixture samples)
{
    private HttpClient Client => samples.Client;

    private async Task<(HttpResponseMessage Response, string Text)> Get(string url)
    {
        var response = await Client.GetAsync(url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_WritesTheFilteredEventsAsCsv_WithTheSameCountAsTheEventsList()
    {
        var page = await WebTestKit.Json(await Client.GetAsync("/api/events?dyad=IRN,RUS&since=2023&page_size=500"));
        var (response, csv) = await Get("/api/export?format=csv&dyad=IRN,RUS&since=2023");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("events.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,date_start,", rows[0]);
        Assert.Equal(page.GetProperty("total").GetInt32(), rows.Length - 1);
        Assert.True(rows.Length > 10);
    }

    [Theory]
    [InlineData("jsonl", "application/x-ndjson", "events.jsonl")]
    [InlineData("gdelt", "text/tab-separated-values", "events.gdelt.tsv")]
    [InlineData("parquet", "application/vnd.apache.parquet", "events.parquet")]
    public async Task Export_WritesEveryFormat_AsAnAttachment(string format, string type, string file)
    {
        var response = await Client.GetAsync($"/api/export?format={format}&actor=IRN");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(file, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (format == "parquet") Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        else
        {
            int n;
            using (var store = WebTestKit.OpenStore(samples.Db)) n = store.Events(new EventFilter(Actor: "IRN")).Count;
            Assert.Equal(n, System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }

    [Fact]
    public async Task Export_AppliesOutletAndGradeFilters_ToEveryRow()
    {
        var (_, all) = await Get("/api/export?format=jsonl");
        var (_, strict) = await Get("/api/export?format=jsonl&min_reliability=B&min_credibility=3");
        var (_, tass) = await Get("/api/export?format=jsonl&outlet=tass");
        var strictRows = strict.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l)).ToList();
        var tassRows = tass.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l)).ToList();
        int total = all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.InRange(strictRows.Count, 1, total - 1);
        Assert.All(strictRows, r =>
        {
            Assert.True(r.RootElement.GetProperty("reliability").GetString()![0] <= 'B');
            Assert.True(r.RootElement.GetProperty("credibility").GetInt32() <= 3);
        });
        Assert.InRange(tassRows.Count, 1, total - 1);
        Assert.All(tassRows, r => Assert.Contains(r.RootElement.GetProperty("reported_by").EnumerateArray(),
            o => o.GetString()!.Contains("tass", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("/api/export", "format is required")]
    [InlineData("/api/export?format=xlsx", "format 'xlsx' is unknown")]
    [InlineData("/api/export?format=csv&min_reliability=Z", "min_reliability 'Z'")]
    [InlineData("/api/export?format=csv&min_credibility=9", "min_credibility '9'")]
    public async Task Export_RefusesBadParameters_WithAProblem(string url, string detail)
    {
        var problem = await WebTestKit.AssertProblem(await Client.GetAsync(url), 400);
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }
}
