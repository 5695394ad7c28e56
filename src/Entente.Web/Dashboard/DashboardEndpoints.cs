using System.Collections.Frozen;
using Entente.Analysis;
using Entente.Corpus;
using Entente.Corpus.Store;
using Entente.Web.Api;
using Entente.Web.Dashboard.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Dashboard;

/// <summary>
/// The dashboard: server-rendered pages (home, events, dyad, brief, event, article, search, network, map) over the same
/// application services as the CLI and the API, and their static assets (embedded wwwroot files under /assets/). Each page
/// builds its model (Pages/) and returns a RazorSlices template (Slices/) rendered by <see cref="PageResult"/>. Pages use
/// no inline script (the CSP allows scripts from 'self' only); a store is opened per request.
/// </summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        DashboardContext Ctx(IServiceProvider sp) => new(sp.GetRequiredService<CorpusServices>(), sp.GetRequiredService<AnalysisServices>(), sp.GetRequiredService<WebOptions>(), sp.GetRequiredService<ApiToken>());
        app.MapGet("/", (HttpContext h) => Guard("/", () => HomePage.Render(Ctx(h.RequestServices))));
        app.MapGet("/dyad", (HttpContext h) => Guard("/dyad", () => DyadPage.Render(h.Request, Ctx(h.RequestServices))));
        app.MapGet("/events/{id}", (string id, HttpContext h) => Guard("", () => Pages.EventPage.Render(id, Ctx(h.RequestServices))));
        app.MapGet("/article", (HttpContext h) => ArticlePage.Form(Ctx(h.RequestServices)));
        // (HttpRequest, not HttpContext: a lambda HttpContext → Task would bind as a RequestDelegate and its result be dropped)
        app.MapPost("/article", (HttpRequest r) => GuardAsync("/article", () => ArticlePage.Analyze(r, Ctx(r.HttpContext.RequestServices))));
        app.MapPost("/article/store", (HttpRequest r) => GuardAsync("/article", () => ArticlePage.Store(r, Ctx(r.HttpContext.RequestServices))));
        app.MapGet("/search", (HttpContext h) => Guard("/search", () => SearchPage.Render(h.Request, Ctx(h.RequestServices))));
        app.MapGet("/network", (HttpContext h) => Guard("/network", () => NetworkPage.Render(h.Request, Ctx(h.RequestServices))));
        app.MapGet("/events", (HttpContext h) => Guard("/events", () => EventsPage.Render(h.Request, Ctx(h.RequestServices))));
        app.MapGet("/brief", (HttpContext h) => Guard("/dyad", () => BriefPage.Render(h.Request, Ctx(h.RequestServices))));
        app.MapGet("/map", (HttpContext h) => Guard("/map", () => MapPage.Render(h.Request, Ctx(h.RequestServices))));
        app.MapGet("/favicon.ico", () => Assets.TryGet("favicon.ico", out var icon) ? Results.Bytes(icon.Bytes, icon.ContentType) : Results.NotFound());
        app.MapGet("/assets/{name}", (string name) => Assets.TryGet(name, out var asset)
            ? Results.Bytes(asset.Bytes, asset.ContentType)
            : Results.NotFound());
        return app;
    }

    /// <summary>A store that cannot be opened or read becomes a page saying so, with the store's hint.</summary>
    private static IResult Guard(string active, Func<IResult> page)
    {
        try { return page(); }
        catch (StoreException ex) { return PageResult.Problem("The store cannot be read", active, ex.Message, ex.Hint, 503); }
    }

    private static async Task<IResult> GuardAsync(string active, Func<Task<IResult>> page)
    {
        try { return await page(); }
        catch (StoreException ex) { return PageResult.Problem("The store cannot be used", active, ex.Message, ex.Hint, 503); }
        catch (InvalidDataException ex) { return PageResult.Problem("The form cannot be read", active, ex.Message, "Send a smaller text or file.", 400); }
    }
}

/// <summary>The dashboard's static files, embedded from wwwroot/ (see the csproj) and read once.</summary>
internal static class Assets
{
    private static readonly FrozenDictionary<string, (byte[] Bytes, string ContentType)> Files = Load();

    public static bool TryGet(string name, out (byte[] Bytes, string ContentType) asset) => Files.TryGetValue(name, out asset);

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        var asm = typeof(Assets).Assembly;
        const string prefix = "Entente.Web.wwwroot.";
        var map = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var res in asm.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(res)!;
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            var name = res[prefix.Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                ".png" => "image/png",
                ".ico" => "image/x-icon",
                _ => "application/octet-stream",
            };
            map[name] = (ms.ToArray(), type);
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
