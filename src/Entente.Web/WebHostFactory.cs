using Entente.Analysis;
using Entente.Core.Knowledge;
using Entente.Corpus;
using Entente.Corpus.Store;
using Entente.Web.Api;
using Entente.Web.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entente.Web;

/// <summary>
/// Builds the Entente web application: the HTTP API under /api and the dashboard, over one store, calling the same
/// application services as the CLI (<see cref="CorpusServices"/>, <see cref="AnalysisServices"/>). Everything is resolved
/// from the <see cref="WebOptions"/> registered in the container (tests replace it), errors are problem+json without
/// internals, every response carries the security headers, and the console log shows warnings and errors only.
/// </summary>
public static class WebHostFactory
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'";

    /// <summary>Reads --db, --urls, --token and --data from the command line (the standalone host); ENTENTE_DB and defaults otherwise.</summary>
    public static WebOptions OptionsFromArgs(string[] args)
    {
        string? Get(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        return new WebOptions(StoreFactory.Resolve(Get("--db")), Get("--urls") ?? "http://127.0.0.1:5080", Get("--token"), DataDirectory: Get("--data"));
    }

    public static WebApplication Build(WebOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(args ?? []);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // errors are handled (and logged once) by ApiExceptionHandler
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        // a failed start (port in use) reaches the caller as an exception, which says it in one line with a hint
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<WebOptions>();
            return new CorpusServices(o.Knowledge());
        });
        builder.Services.AddSingleton(sp => new AnalysisServices(sp.GetRequiredService<CorpusServices>()));
        builder.Services.AddSingleton(sp => new StoreAccess(sp.GetRequiredService<CorpusServices>(), sp.GetRequiredService<WebOptions>()));
        builder.Services.AddSingleton(_ => new ResultCache());
        builder.Services.AddSingleton(sp => ApiToken.Resolve(sp.GetRequiredService<WebOptions>()));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddApiDocumentation();
        builder.Services.AddAnalyzeLimits();

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(LimitBody);
        app.UseRateLimiter();
        app.MapApiDocumentation();
        app.MapApi();
        app.MapDashboard();
        return app;
    }

    /// <summary>The token is resolved (read or generated) at start, so that <c>entente serve</c> can say where it is.</summary>
    public static ApiToken Token(WebApplication app) => app.Services.GetRequiredService<ApiToken>();

    /// <summary>Content-Security-Policy, nosniff and no-referrer on every response (set when the response starts, so error responses keep them).</summary>
    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            // the API reference (/docs) runs Scalar's start-up script under a fresh nonce; every other page allows no inline script
            h.ContentSecurityPolicy = context.Items[Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey] is string nonce
                ? ContentSecurityPolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
                : ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>The server's body limit (<see cref="WebOptions.MaxBodyBytes"/>) on every request, where the server lets it be set.</summary>
    private static Task LimitBody(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = context.RequestServices.GetRequiredService<WebOptions>().MaxBodyBytes;
        return next(context);
    }
}
