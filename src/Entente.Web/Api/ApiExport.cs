using Entente.Corpus;
using Entente.Corpus.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Entente.Web.Api;

/// <summary>
/// GET /api/export: the events of a filtered list as a file (entente export), with the filters of GET /api/events plus
/// outlet, min_reliability and min_credibility (<see cref="EventListQuery"/>): the dashboard's download buttons.
/// </summary>
public static class ApiExport
{
    public static RouteGroupBuilder MapExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export", Export).WithName("Export")
            .WithSummary("Stored events as a file: CSV, JSON lines, Parquet or a GDELT table (entente export)")
            .WithDescription("format=csv|jsonl|parquet|gdelt (required). Filters as /api/events (dyad, actor, type, cameo, since, until, status, min_sources, one_sided, embargo) " +
                             "and outlet (an outlet that reported the event, any part of its name), min_reliability (A–F), min_credibility (1–6). " +
                             "Every matching event, unpaged, as an attachment (Content-Disposition) named events.csv, events.jsonl, events.parquet or events.gdelt.tsv. " +
                             "Text cells of CSV and GDELT that begin with = + - @ get a leading apostrophe (spreadsheet-formula guard); numbers stay numbers.")
            .Produces<string>(200, "text/csv", "application/x-ndjson", "text/tab-separated-values", "application/vnd.apache.parquet")
            .ProducesProblem(400);
        return api;
    }

    private static IResult Export(HttpContext http, StoreAccess stores, CorpusServices corpus, string? format)
    {
        var fmt = format?.Trim().ToLowerInvariant();
        if (!EventExport.IsFormat(fmt))
            throw ApiArgs.Bad(fmt is null ? "format is required" : $"format '{format}' is unknown", "csv, jsonl, parquet or gdelt");
        var query = EventListQuery.Parse(http.Request.Query, corpus);
        var output = new MemoryStream();
        using (var store = stores.Open()) EventExport.Write(fmt!, output, query.Events(store, corpus), corpus);
        http.Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = EventExport.FileName(fmt!) }.ToString();
        return Results.Bytes(output.ToArray(), EventExport.ContentType(fmt!));
    }
}
