using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Entente.Web.BrowserTests;

/// <summary>
/// The dashboard as a place to work, in Chromium: the events list's filters, the download buttons (the file holds the
/// events listed), the brief page, the favicon, and every page at 390 px wide (a phone) without the page itself
/// scrolling sideways (wide tables scroll inside their own box).
/// </summary>
public sealed class WorkTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private static async Task<int> Count(IPage page)
        => int.Parse(await page.Locator("#events-count strong").InnerTextAsync());

    [BrowserFact]
    public async Task EventsList_FiltersByTypeStatusAndGrade_AndKeepsTheFiltersInTheForm()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/events");
        int all = await Count(page);
        await page.Locator("#event-filters select[name=type]").SelectOptionAsync("arms_transfer");
        await page.Locator("#event-filters select[name=min_credibility]").SelectOptionAsync("4");
        await page.Locator("#event-filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("type=arms_transfer"));
        int filtered = await Count(page);
        Assert.InRange(filtered, 1, all - 1);
        foreach (var cell in await page.Locator("#events tbody tr td:nth-child(2) a").AllInnerTextsAsync())
            Assert.Equal("arms transfer", cell);
        foreach (var grade in await page.Locator("#events td.grade").AllInnerTextsAsync())
            Assert.InRange(grade[1] - '0', 1, 4);
        Assert.Equal("arms_transfer", await page.Locator("#event-filters select[name=type]").InputValueAsync());
        await server.ScreenshotAsync(page, "events-filtered.png");
        // an outlet narrows further
        await page.Locator("#event-filters input[name=outlet]").FillAsync("no such outlet anywhere");
        await page.Locator("#event-filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("outlet="));
        Assert.Equal(0, await Count(page));
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Search_FiltersTheEventGroupsByType_AndKeepsTheWordsAndFilter()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/search?q=drones");
        var types = await page.Locator("#hits .hit-type").AllInnerTextsAsync();
        Assert.Contains("arms transfer", types);
        Assert.Contains(types, t => t != "arms transfer");
        await page.Locator("#search-form select[name=type]").SelectOptionAsync("arms_transfer");
        await page.Locator("#search-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("type=arms_transfer"));
        Assert.Equal("drones", await page.Locator("#search-form input[name=q]").InputValueAsync());
        var filtered = await page.Locator("#hits .hit-type").AllInnerTextsAsync();
        Assert.NotEmpty(filtered);
        Assert.All(filtered, t => Assert.Equal("arms transfer", t));
        // the events list with the same filter, for its downloads
        await page.Locator("#search-events a").ClickAsync();
        await page.WaitForURLAsync(new Regex("/events\\?type=arms_transfer$"));
        Assert.Equal("arms_transfer", await page.Locator("#event-filters select[name=type]").InputValueAsync());
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task EventsList_CsvDownload_HoldsExactlyTheEventsListed()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync("/events?actor=RUS&since=2023-01-01");
        int listed = await Count(page);
        Assert.True(listed > 0);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads a[data-format=csv]").ClickAsync());
        Assert.Equal("events.csv", download.SuggestedFilename);
        var path = await download.PathAsync();
        var rows = (await File.ReadAllTextAsync(path)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,", rows[0]);
        Assert.Equal(listed, rows.Length - 1);
        // the ids of the page's rows are in the file
        var firstLink = await page.Locator("#events tbody tr a").First.GetAttributeAsync("href");
        var id = firstLink!.Split('/')[^1];
        Assert.Contains(rows, r => r.StartsWith(id + ",", StringComparison.Ordinal));
        var parquet = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads a[data-format=parquet]").ClickAsync());
        Assert.Equal("events.parquet", parquet.SuggestedFilename);
        Assert.Equal("PAR1"u8.ToArray(), (await File.ReadAllBytesAsync(await parquet.PathAsync()))[..4]);
    }

    [BrowserFact]
    public async Task Network_And_Brief_OfferTheirDownloads()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync("/network");
        var graphml = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads a[data-format=graphml]").ClickAsync());
        Assert.Contains("<graphml", await File.ReadAllTextAsync(await graphml.PathAsync()));
        var gexf = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads a[data-format=gexf]").ClickAsync());
        Assert.Contains("<gexf", await File.ReadAllTextAsync(await gexf.PathAsync()));

        await page.GotoAsync("/dyad?a=IRN&b=RUS");
        await page.Locator("a", new() { HasTextString = "Brief on this dyad" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/brief\\?a=IRN&b=RUS"));
        Assert.Contains("Executive summary", await page.Locator("#brief").InnerTextAsync());
        var md = await page.RunAndWaitForDownloadAsync(() => page.Locator("#downloads a[data-format=md]").ClickAsync());
        Assert.StartsWith("# ", await File.ReadAllTextAsync(await md.PathAsync()));
        await server.ScreenshotAsync(page, "brief.png");
    }

    [BrowserFact]
    public async Task DyadTimeline_ShowsEveryDatedEventByQuadClass_AndOpensTheEventClicked()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/dyad?a=IRN&b=RUS");
        var marks = page.Locator("svg.chart-timeline a.event");
        int rows = await page.Locator("#events tbody tr").CountAsync();
        Assert.InRange(await marks.CountAsync(), Math.Max(10, rows - 5), rows);
        // status is visible: a denied event is drawn hollow, a reported one filled
        Assert.True(await page.Locator("svg.chart-timeline a.status-reported circle[fill='#fff']").CountAsync() == 0);
        if (await page.Locator("svg.chart-timeline a.status-denied").CountAsync() > 0)
            Assert.Equal("#fff", await page.Locator("svg.chart-timeline a.status-denied circle").First.GetAttributeAsync("fill"));
        var tip = await marks.First.Locator("title").TextContentAsync();
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}", tip!);
        await marks.First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/events/E[0-9a-f]+$"));
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Network_IsLaidOutWithStateNames_ZoomsPansAndFiltersByType()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/network");
        var svg = page.Locator("svg.chart-network");
        var labels = await svg.Locator("text.node-label").AllTextContentsAsync();
        Assert.Contains("Iran", labels);
        Assert.Contains("Russia", labels);
        Assert.DoesNotContain("Vladimir Putin", labels);
        var before = await svg.GetAttributeAsync("viewBox");
        await page.Locator(".zoom-bar button[data-zoom-action=in]").ClickAsync();
        var zoomed = await svg.GetAttributeAsync("viewBox");
        Assert.True(double.Parse(zoomed!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture) < double.Parse(before!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture));
        // drag to pan: the view moves, and no link is followed
        var box = (await svg.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 20, box.Y + 20);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 120, box.Y + 80, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        Assert.NotEqual(zoomed, await svg.GetAttributeAsync("viewBox"));
        Assert.EndsWith("/network", page.Url);
        await page.Locator(".zoom-bar button[data-zoom-action=reset]").ClickAsync();
        Assert.Equal(before, await svg.GetAttributeAsync("viewBox"));
        // a type narrows the network
        int edges = await page.Locator("#edges tbody tr").CountAsync();
        await page.GotoAsync("/network?type=arms_transfer");
        Assert.Equal("arms_transfer", await page.Locator("select[name=type]").InputValueAsync());
        Assert.InRange(await page.Locator("#edges tbody tr").CountAsync(), 1, edges - 1);
        Assert.Contains("type=arms_transfer", await page.Locator("#downloads a[data-format=graphml]").GetAttributeAsync("href"));
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Network_KeepsLabelsTheSameSizeOnScreen_WhenZoomedIn()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/network");
        var svg = page.Locator("svg.chart-network");
        var russia = svg.Locator("text.node-label", new() { HasTextRegex = new Regex("^Russia$") });
        var circle = svg.Locator($"a.node[href='#node-{await russia.GetAttributeAsync("data-node")}'] circle");
        async Task<(double Text, double Circle, double Font)> Measure()
            => (await russia.EvaluateAsync<double>("t => t.getBoundingClientRect().height"), await circle.EvaluateAsync<double>("c => c.getBoundingClientRect().height"),
                await russia.EvaluateAsync<double>("t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a"));
        var before = await Measure();
        int shownBefore = await svg.Locator("text.node-label:visible").CountAsync();
        for (int i = 0; i < 3; i++) await page.Locator(".zoom-bar button[data-zoom-action=in]").ClickAsync();
        var zoomed = await Measure();
        // the drawing grew (a circle is about 1.25³ ≈ 1.95 times as high) but the label's text is as high on the screen as before
        Assert.InRange(zoomed.Circle / before.Circle, 1.8, 2.1);
        Assert.InRange(zoomed.Text, before.Text - 1, before.Text + 1);
        Assert.InRange(zoomed.Font, before.Font - 0.5, before.Font + 0.5);
        // zooming in shows at least the labels shown before (more where they were hidden to avoid overlaps)
        Assert.True(await svg.Locator("text.node-label:visible").CountAsync() >= shownBefore);
        await page.Locator(".zoom-bar button[data-zoom-action=reset]").ClickAsync();
        Assert.InRange((await Measure()).Text, before.Text - 1, before.Text + 1);
        Assert.Empty(dialogs);
    }

    /// <summary>
    /// At 1366 px every table of every page shows all its columns without scrolling: no table is wider than the box it is
    /// in. (At 390 px wide tables scroll inside their own box by design: see the test above.)
    /// </summary>
    [BrowserFact]
    public async Task EveryTable_FitsItsBox_OnA1366PixelScreen()
    {
        var (page, dialogs) = await server.NewPageAsync(1366, 768);
        await page.GotoAsync("/events?actor=IRN");
        var eventUrl = await page.Locator("#events tbody tr a").First.GetAttributeAsync("href");
        string[] urls = ["/", "/events", "/dyad?a=IRN&b=RUS", "/network", "/map", "/search?q=drones", "/article", "/brief?a=IRN&b=RUS", eventUrl!];
        int tables = 0;
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            var cut = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('table')].filter(t => t.scrollWidth > t.parentElement.clientWidth + 1)" +
                ".map(t => (t.id || t.className || 'table') + ': ' + t.scrollWidth + ' px in ' + t.parentElement.clientWidth + ' px')");
            Assert.True(cut.Length == 0, $"{url}: a table is wider than its box: {string.Join("; ", cut)}");
            tables += await page.Locator("table").CountAsync();
        }
        Assert.True(tables >= 8, $"only {tables} tables were checked");
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Favicon_LoadsWithoutA404()
    {
        var (page, _) = await server.NewPageAsync();
        var response = await page.GotoAsync("/favicon.ico");
        Assert.Equal(200, response!.Status);
        Assert.Equal("image/x-icon", response.Headers["content-type"]);
    }

    [BrowserFact]
    public async Task EveryPage_FitsA390PixelScreen_WithoutSidewaysScrolling()
    {
        var (page, dialogs) = await server.NewPageAsync(390, 844);
        await page.GotoAsync("/events?actor=IRN");
        var eventUrl = await page.Locator("#events tbody tr a").First.GetAttributeAsync("href");
        string[] urls = ["/", "/events", "/dyad?a=IRN&b=RUS", "/network", "/map", "/search?q=drones", "/article", "/brief?a=IRN&b=RUS", eventUrl!, "/docs/"];
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            if (url == "/docs/") await page.WaitForTimeoutAsync(500);
            var (scroll, client) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("document.documentElement.clientWidth"));
            var wide = scroll <= client ? "" : await page.EvaluateAsync<string>(
                "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1)).slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')", client);
            Assert.True(scroll <= client, $"{url}: the page is {scroll} px wide on a {client} px screen (too wide: {wide})");
            if (url != "/docs/")
            {
                // the navigation wraps: every link is on the screen
                foreach (var box in await page.Locator("header nav a").EvaluateAllAsync<double[]>("as => as.map(a => a.getBoundingClientRect().right)"))
                    Assert.True(box <= client, $"{url}: a navigation link ends at {box} px");
            }
        }
        // the dyad's period table scrolls inside its box, so its last column (Embargo) can be reached
        await page.GotoAsync("/dyad?a=IRN&b=RUS");
        var embargo = page.Locator("#periods th", new() { HasTextString = "Embargo" });
        await embargo.ScrollIntoViewIfNeededAsync();
        Assert.True(await embargo.IsVisibleAsync());
        var box2 = await embargo.BoundingBoxAsync();
        Assert.True(box2!.X + box2.Width <= 390, "the Embargo column can be scrolled into view");
        await server.ScreenshotAsync(page, "dyad-390.png");
        Assert.Empty(dialogs);
    }
}
