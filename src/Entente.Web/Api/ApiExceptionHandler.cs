using System.Data.Common;
using Entente.Analysis.Series;
using Entente.Corpus.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Entente.Web.Api;

/// <summary>
/// Turns every exception into application/problem+json without internals: a refused request keeps its status (400, 404,
/// 413, 415), a bad search query or a series span of too many periods is 400, a store that cannot be opened or used is 503 with its hint, anything else 500
/// "internal error" (logged, not shown).
/// </summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, hint) = exception switch
        {
            ApiRequestException e => (e.Status, e.Title, e.Message, e.Hint),
            // the client left: the work was stopped; nobody reads the answer, and it is no server error
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "Client closed request", "the client closed the connection", null),
            SearchQueryException e => (StatusCodes.Status400BadRequest, "Bad search query", e.Message, e.Hint),
            SeriesSpanException e => (StatusCodes.Status400BadRequest, "Bad request", e.Message, e.Hint),
            StoreException e => (StatusCodes.Status503ServiceUnavailable, "Store unavailable", e.Message, e.Hint),
            BadHttpRequestException e when e.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                (e.StatusCode, "Request body too large", "the request body is larger than the server accepts", "send a smaller document, or start the server with a larger limit"),
            BadHttpRequestException e => (e.StatusCode, "Bad request", e.Message, null),
            DbException e => (StatusCodes.Status503ServiceUnavailable, "Store error", $"the store failed: {e.Message}", "check that the store is reachable and not damaged"),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "the server could not answer this request", "see the server's log; report it if it persists"),
        };
        if (status >= 500) log.LogError(exception, "{Method} {Path}: {Status}", context.Request.Method, context.Request.Path, status);
        await Problems.WriteAsync(context, status, title, detail, hint);
        return true;
    }
}
