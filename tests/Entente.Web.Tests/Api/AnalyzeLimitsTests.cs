namespace Entente.Web.Tests.Api;

/// <summary>The analyses anyone may ask without a token are limited per address and minute and in number at once, and stopped after a time budget.</summary>
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

    /// <summary>
    /// One analysis at a time (AnalyzeConcurrency 1, a queue of one): while a request holds the only permit (its body
    /// still arriving), a second waits in the queue and the others are refused with 429 and the hint; once the first
    /// finishes, the queued one is answered too.
    /// </summary>
    [Fact]
    public async Task Analyze_Returns429WithHint_WhenMoreAnalysesRunAtOnceThanTheConcurrencyLimitAndQueue()
    {
        using var factory = Server(o => o with { AnalyzeConcurrency = 1, AnalyzePerMinute = 1000 });
        // the test server's own client: the factory's default one buffers a request body before sending it (for redirects)
        using var client = factory.Server.CreateClient();
        Assert.Equal(200, (int)(await client.PostAsync("/api/analyze", WebTestKit.Text("Iran met Russia on Sunday."))).StatusCode); // warm
        var gate = new TaskCompletionSource();
        var holding = client.PostAsync("/api/analyze", new GatedContent("Iran met Russia in Tehran ", "on Monday to discuss trade.", gate.Task));
        // a second request answered at once means the first held no permit yet (or the warming request's permit was not yet
        // given back, and the first waited in the queue): try again until one waits, queued behind the first
        Task<HttpResponseMessage> queued;
        var seen = new List<int>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            queued = client.PostAsync("/api/analyze", WebTestKit.Text("Iran met Russia on Monday."));
            if (await Task.WhenAny(queued, Task.Delay(1000)) != queued) break;
            seen.Add((int)(await queued).StatusCode);
            await Task.Delay(100);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"no request ever waited for the one holding the permit: {string.Join(", ", seen)}");
        }

        var refused = await client.PostAsync("/api/analyze", WebTestKit.Text("Iran met Russia on Tuesday."));

        var json = await WebTestKit.AssertProblem(refused, 429);
        Assert.Contains("at once", json.GetProperty("detail").GetString());
        Assert.Contains("one document at a time", json.GetProperty("hint").GetString());
        Assert.False(holding.IsCompleted || queued.IsCompleted, "a request finished while the permit was held");
        gate.SetResult();
        Assert.Equal(200, (int)(await holding).StatusCode);
        Assert.Equal(200, (int)(await queued).StatusCode);
        Assert.Equal(200, (int)(await client.PostAsync("/api/analyze", WebTestKit.Text("Iran met Russia again."))).StatusCode);
    }

    /// <summary>A text body sent in two pieces, the second once <c>gate</c> completes: the request stays in flight until then.</summary>
    private sealed class GatedContent : HttpContent
    {
        private readonly string first, second;
        private readonly Task gate;

        public GatedContent(string first, string second, Task gate)
        {
            (this.first, this.second, this.gate) = (first, second, gate);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(first));
            await stream.FlushAsync();
            await gate;
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(second));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
