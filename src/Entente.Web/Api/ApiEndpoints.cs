using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>The HTTP API under /api.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        return app;
    }
}
