using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Entente.Web.BrowserTests;

/// <summary>
/// The dashboard in a real browser (headless Chromium) against the real server over the ingested samples: pages render
/// with real data, links lead where they say, and hostile input is shown as text, never run. Each test saves a
/// screenshot (docs/screenshots when ENTENTE_SCREENSHOTS=docs/screenshots).
/// </summary>
public sealed class DashboardTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    /// <summary>Written for these tests: a short report on a Russia–Iran deal.</summary>
    private const string Article =
        "Russia and Iran signed a military cooperation agreement in Tehran on March 4, 2024, according to Tasnim News Agency. " +
        "Under the deal, Moscow will deliver Su-35 fighter jets to the Iranian air force next year, Iranian officials said.\n\n" +
        "Ukraine condemned the agreement and accused Iran of supplying Shahed drones to Russia.";

    private const string Hostile =
        "<script>alert(1)</script> Russia signed an agreement with Iran on March 4, 2024. \"><img src=x onerror=alert(1)> " +
        "<a href=\"javascript:alert(1)\">click</a> <svg onload=alert(1)></svg> '\"><iframe src=javascript:alert(1)></iframe> {{7*7}} &amp; &lt;b&gt;";

    [BrowserFact]
    public async Task Dyad_RendersChartsAndEvents_ForIranRussia()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/dyad?a=IRN&b=RUS&by=quarter");
        Assert.Contains("Iran and Russia", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("svg.chart-alignment").IsVisibleAsync());
        Assert.True(await page.Locator("svg.chart-quad").IsVisibleAsync());
        Assert.True(await page.Locator("svg.chart-alignment a.period").CountAsync() >= 8, "one link per quarter in the alignment chart");
        Assert.True(await page.Locator("#periods tbody tr").CountAsync() >= 8);
        var rows = page.Locator("#events tbody tr");
        Assert.True(await rows.CountAsync() >= 10, $"expected at least 10 Iran–Russia events, got {await rows.CountAsync()}");
        foreach (var grade in await page.Locator("#events td.grade").AllInnerTextsAsync())
            Assert.Matches("^[A-F][1-6]$", grade);
        Assert.Equal("IRN", await page.Locator("select[name=a]").InputValueAsync());
        await server.ScreenshotAsync(page, "dyad.png");
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Dyad_PeriodLink_FiltersEventsToThePeriod()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync("/dyad?a=IRN&b=RUS&by=year");
        int all = await page.Locator("#events tbody tr").CountAsync();
        // the year with events in the table: click it in the chart
        var link = page.Locator("svg.chart-quad a.period").Nth(2);
        await link.ClickAsync();
        await page.WaitForURLAsync(new Regex("period="));
        var heading = await page.Locator("#events-section h2").InnerTextAsync();
        Assert.Matches(@"Events in \d{4}", heading);
        var year = Regex.Match(heading, @"\d{4}").Value;
        int shown = await page.Locator("#events tbody tr").CountAsync();
        Assert.InRange(shown, 1, all - 1);
        foreach (var date in await page.Locator("#events tbody tr td:first-child").AllInnerTextsAsync())
        {
            // the event's date range overlaps the year
            var years = Regex.Matches(date, @"\d{4}").Select(m => int.Parse(m.Value)).ToList();
            Assert.InRange(int.Parse(year), years.Min(), years.Max());
        }
        Assert.Equal(1, await page.Locator("#periods tr.current").CountAsync());
    }

    [BrowserFact]
    public async Task Event_ShowsEvidenceWithHighlightedTriggerAndActors_AfterClickThrough()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/dyad?a=IRN&b=RUS");
        await page.Locator("#events tbody tr a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/events/E[0-9a-f]+$"));
        Assert.True(await page.Locator("#fields").IsVisibleAsync());
        var evidence = page.Locator("blockquote.evidence").First;
        var sentence = await evidence.InnerTextAsync();
        var marks = evidence.Locator("mark");
        Assert.True(await marks.CountAsync() >= 1);
        foreach (var text in await marks.AllInnerTextsAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.Contains(text, sentence);
        }
        Assert.True(await page.Locator("blockquote.evidence mark.trigger").CountAsync() >= 1, "the trigger word is marked");
        Assert.True(await page.Locator("blockquote.evidence mark.actor").CountAsync() >= 1, "an actor is marked");
        Assert.Matches("^[A-F][1-6]$", await page.Locator("#fields strong.grade").InnerTextAsync());
        Assert.True(await page.Locator("#history li").CountAsync() >= 1);
        await server.ScreenshotAsync(page, "event.png");
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Article_PastedText_ListsEventsAndHighlightsEntities()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/article");
        await page.FillAsync("textarea[name=text]", Article);
        await page.FillAsync("input[name=published]", "2024-03-05");
        await page.ClickAsync("form.article-form button[type=submit]");
        await page.WaitForSelectorAsync("#article-text");
        Assert.True(await page.Locator("#coded-events li").CountAsync() >= 1, "at least one coded event");
        var coded = await page.Locator("#coded-events").InnerTextAsync();
        Assert.Contains("Russia", coded);
        var actors = await page.Locator("#article-text mark.actor").AllInnerTextsAsync();
        Assert.Contains("Russia", actors);
        Assert.Contains("Iran", actors);
        Assert.True(await page.Locator("#article-text mark.equipment").CountAsync() >= 1, "Su-35 or Shahed drones are marked as equipment");
        Assert.True(await page.Locator("#article-text mark.date").CountAsync() >= 1, "March 4, 2024 is marked as a date");
        Assert.True(await page.Locator("#article-text mark.citation").CountAsync() >= 1, "Tasnim News Agency is marked as a cited source");
        Assert.Equal(Article.Replace("\r", ""), (await page.Locator("#article-text").TextContentAsync())!.Replace("\r", ""));
        await server.ScreenshotAsync(page, "article.png");
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Article_HostileText_IsShownLiterallyAndNothingRuns_EvenOnceStored()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/article");
        await page.FillAsync("textarea[name=text]", Hostile);
        await page.FillAsync("input[name=title]", "<img src=x onerror=alert(2)>");
        await page.FillAsync("input[name=outlet]", "\"><script>alert(3)</script>");
        await page.ClickAsync("form.article-form button[type=submit]");
        await page.WaitForSelectorAsync("#article-text");
        await AssertInert(page);
        Assert.Equal(Hostile, await page.Locator("#article-text").TextContentAsync());
        Assert.Contains("<img src=x onerror=alert(2)>", await page.Locator("section.analysed h2").InnerTextAsync());

        // a wrong token stores nothing
        await page.FillAsync("input[name=token]", "wrong");
        await page.ClickAsync("section.store-form button[type=submit]");
        Assert.Contains("token is wrong", await page.Locator("main").InnerTextAsync());
        await page.GoBackAsync();

        // with the token it is stored, and shown as text on the search page
        await page.FillAsync("input[name=token]", DashboardServer.Token);
        await page.ClickAsync("section.store-form button[type=submit]");
        await page.WaitForSelectorAsync("#stored");
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("alert(1)"));
        await AssertInert(page);
        Assert.True(await page.Locator("#hits li").CountAsync() >= 1);
        var hits = await page.Locator("#hits").InnerTextAsync();
        Assert.Contains("<script>alert(1)</script>", hits);
        Assert.Contains("<img src=x onerror=alert(2)>", hits); // the title, as the document link's label
        await page.WaitForTimeoutAsync(300);
        Assert.Empty(dialogs);
    }

    private static async Task AssertInert(IPage page)
    {
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal(0, await page.Locator("iframe").CountAsync());
        Assert.Equal(0, await page.Locator("main script").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript' i]").CountAsync());
        Assert.Equal(0, await page.Locator("[onerror], [onload], [onclick]").CountAsync());
        Assert.Equal(1, await page.Locator("script").CountAsync()); // only /assets/dashboard.js
    }

    [BrowserFact]
    public async Task Search_FindsEvidenceSentence_AndLinksToItsEvent()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/search");
        await page.FillAsync("input[name=q]", "Su-35");
        await page.PressAsync("input[name=q]", "Enter");
        await page.WaitForSelectorAsync("#hits");
        Assert.True(await page.Locator("#hits li").CountAsync() >= 1);
        // the store's full-text search marks the words of "Su-35" (the index splits it into su and 35)
        var marks = await page.Locator("#hits mark.hit").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        foreach (var hit in marks)
            Assert.Contains(hit.ToLowerInvariant(), new[] { "su", "35" });
        await server.ScreenshotAsync(page, "search.png");
        await page.Locator("#hits li a[href^='/events/']").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/events/E[0-9a-f]+$"));
        Assert.Contains("Su-35", await page.Locator("main").InnerTextAsync());
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Network_DrawsGraphAndTables_AndEdgesOpenDyads()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/network");
        Assert.True(await page.Locator("svg.chart-network").IsVisibleAsync());
        Assert.True(await page.Locator("svg.chart-network circle").CountAsync() >= 3);
        Assert.True(await page.Locator("#nodes tbody tr").CountAsync() >= 3);
        Assert.True(await page.Locator("#edges tbody tr").CountAsync() >= 2);
        Assert.True(await page.Locator("#node-IRN").IsVisibleAsync());
        await server.ScreenshotAsync(page, "network.png");
        await page.Locator("#edges a", new() { HasText = "IRN → RUS" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/dyad\\?a=IRN&b=RUS"));
        Assert.Contains("Iran and Russia", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Home_ShowsCountsAndLinksEveryPage()
    {
        var (page, dialogs) = await server.NewPageAsync();
        var response = await page.GotoAsync("/");
        Assert.Equal(200, response!.Status);
        Assert.Contains("documents", await page.Locator("ul.stats").InnerTextAsync());
        foreach (var href in new[] { "/dyad", "/network", "/search", "/article" })
            Assert.True(await page.Locator($"header nav a[href='{href}']").CountAsync() == 1, href);
        Assert.True(await page.Locator("#dyads a[href*='a=IRN']").CountAsync() >= 1);
        await server.ScreenshotAsync(page, "home.png");
        Assert.Empty(dialogs);
    }
}
