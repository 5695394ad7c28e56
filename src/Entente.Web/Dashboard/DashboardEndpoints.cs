using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Dashboard;

/// <summary>The dashboard pages (server-rendered) and their static assets.</summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Content("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Entente</title></head><body><h1>Entente</h1></body></html>", "text/html; charset=utf-8"));
        return app;
    }
}
