using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Api;

/// <summary>
/// ASP.NET Core's rate limiter on the requests that analyse without a token (POST /api/analyze and the dashboard's
/// POST /article): per client address at most <see cref="WebOptions.AnalyzePerMinute"/> a minute, and over all clients
/// at most <see cref="WebOptions.AnalyzeConcurrency"/> at a time (a few more wait in a short queue). A refused request is
/// a 429 problem with Retry-After and a hint. Every other request passes unlimited.
/// </summary>
public static class AnalyzeLimits
{
    private static readonly string[] LimitedPosts = ["/api/analyze", "/article"];

    public static IServiceCollection AddAnalyzeLimits(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(ctx => IsLimited(ctx)
                ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Options(ctx).AnalyzePerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("")),
            PartitionedRateLimiter.Create<HttpContext, string>(ctx => IsLimited(ctx)
                ? RateLimitPartition.GetConcurrencyLimiter("analyze", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = Options(ctx).EffectiveAnalyzeConcurrency, QueueLimit = Options(ctx).EffectiveAnalyzeConcurrency,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter("")));
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = async (context, cancel) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Problems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                "too many analyses asked at once or within a minute from this address",
                "wait a minute (see Retry-After) and send one document at a time; to store many, use entente ingest");
        };
    });

    private static WebOptions Options(HttpContext ctx) => ctx.RequestServices.GetRequiredService<WebOptions>();

    private static bool IsLimited(HttpContext ctx)
        => HttpMethods.IsPost(ctx.Request.Method) && LimitedPosts.Any(p => ctx.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));
}
