using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Entente.Web.BrowserTests;

/// <summary>The map page in Chromium: the world map drawn with the stored events' places, a point opening its events, and the dyad page's small map.</summary>
public sealed class MapTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [BrowserFact]
    public async Task MapPage_DrawsPoints_AndAPointOpensItsEvents()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/map");
        var svg = page.Locator("figure.map svg").First;
        Assert.True(await svg.IsVisibleAsync());
        int points = await page.Locator("figure.map svg a").CountAsync();
        Assert.True(points >= 1, "no point on the map");
        await server.ScreenshotAsync(page, "map.png");
        await page.Locator("figure.map svg a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/events\\?.*bbox="));
        Assert.True(int.Parse(await page.Locator("#events-count strong").InnerTextAsync()) >= 1);
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task DyadPage_ShowsItsSmallMap()
    {
        var (page, dialogs) = await server.NewPageAsync();
        await page.GotoAsync("/dyad?a=IRN&b=RUS");
        Assert.True(await page.Locator("#dyad-map svg").IsVisibleAsync());
        Assert.Empty(dialogs);
    }
}
