namespace Entente.Web.Tests.Api;

/// <summary>The analyses anyone may ask without a token are limited per address and minute, and stopped after a time budget.</summary>
public sealed class AnalyzeLimitsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private ApiFactory Server(Func<WebOptions, WebOptions> tune) => new(_dir.File("limits.db"), tune: tune);

    [Fact]
    public async Task Analyze_Returns429WithRetryAfterAndHint_WhenOneAddressAsksTooOftenWithinAMinute()
    {
        using var factory = Server(o => o with { AnalyzePerMinute = 3 });
        using var client = factory.CreateClient();
        for (int i = 0; i < 3; i++)
            Assert.Equal(200, (int)(await client.PostAsync("/api/analyze", WebTestKit.Text($"Iran met Russia {i} times."))).StatusCode);

        var refused = await client.PostAsync("/api/analyze", WebTestKit.Text("Iran met Russia again."));

        var json = await WebTestKit.AssertProblem(refused, 429);
        Assert.True(refused.Headers.RetryAfter is not null, "no Retry-After header");
        Assert.Contains("entente ingest", json.GetProperty("hint").GetString());
        // reading is not limited
        Assert.Equal(200, (int)(await client.GetAsync("/api/health")).StatusCode);
    }

    [Fact]
    public async Task Analyze_Returns503WithHint_WhenAnalysisOutlastsItsBudget()
    {
        using var factory = Server(o => o with { AnalyzeSeconds = 0 });
        using var client = factory.CreateClient();

        var json = await WebTestKit.AssertProblem(await client.PostAsync("/api/analyze", WebTestKit.Text("The foreign ministers of Iran and Russia met in Tehran on Monday to discuss trade.")), 503);

        Assert.Contains("stopped after 0 s", json.GetProperty("detail").GetString());
        Assert.Contains("shorter", json.GetProperty("hint").GetString());
    }
}
