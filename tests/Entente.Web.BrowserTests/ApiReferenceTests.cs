using Microsoft.Playwright;

namespace Entente.Web.BrowserTests;

/// <summary>
/// The interactive API reference at /docs (Scalar) in a real browser: it renders the API's operations from
/// /openapi/v1.json, under the server's Content-Security-Policy, with every request going to the server itself.
/// </summary>
public sealed class ApiReferenceTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [BrowserFact]
    public async Task Docs_RendersTheApiOperations_LoadingNothingFromElsewhere()
    {
        var (page, dialogs) = await server.NewPageAsync();
        var requests = new List<string>();
        var errors = new List<string>();
        page.Request += (_, r) => { lock (requests) requests.Add(r.Url); };
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };

        var response = await page.GotoAsync("/docs");
        Assert.Equal(200, response!.Status);
        // the operations' summaries, as the document gives them, appear once Scalar has read /openapi/v1.json
        var health = page.GetByText("Server and store status").First;
        await health.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
        Assert.True(await page.GetByText("Add an article to the store", new PageGetByTextOptions { Exact = false }).CountAsync() > 0);
        Assert.Contains("Entente API", await page.TitleAsync());
        // the first screen only (the whole reference is many screens long)
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(server.ScreenshotDir, "api-docs.png") });

        string[] seen;
        lock (requests) seen = [.. requests];
        Assert.Contains(seen, u => u.EndsWith("/openapi/v1.json", StringComparison.Ordinal));
        Assert.All(seen, u => Assert.True(u.StartsWith(server.BaseUrl + "/", StringComparison.Ordinal) || u.StartsWith("data:", StringComparison.Ordinal),
            $"the reference page requested {u}, which is not the server itself"));
        lock (errors) Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(dialogs);
    }
}
