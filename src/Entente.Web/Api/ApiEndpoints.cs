using Entente.Core.Knowledge;
using System.Text;
using System.Text.Json;
using Entente.Analysis;
using Entente.Analysis.Brief;
using Entente.Analysis.Network;
using Entente.Analysis.Output;
using Entente.Analysis.Series;
using Entente.Core.Output;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus;
using Entente.Corpus.Export;
using Entente.Corpus.Ingest;
using Entente.Corpus.Model;
using Entente.Corpus.Output;
using Entente.Corpus.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Entente.Web.Api;

/// <summary>
/// The HTTP API under /api, over the same services as the CLI and with the CLI's JSON shapes (the writers are shared:
/// <see cref="EventJsonlWriter"/>, <see cref="EventDetailFormat"/>, <see cref="DyadSeriesFormat"/>, <see cref="JsonReportWriter"/>,
/// <see cref="NetworkJsonWriter"/>). Read endpoints are open; POST /api/documents needs the bearer token. Errors are
/// application/problem+json. Each request opens its own store connection (<see cref="StoreAccess"/>).
/// </summary>
public static class ApiEndpoints
{
    /// <summary>The largest page of /api/events (page_size or limit).</summary>
    public const int MaxPageSize = 500;
    public const int DefaultPageSize = 50;
    public const int MaxSearchResults = 100;

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("api");
        api.MapGet("/health", Health).WithName("Health")
            .WithSummary("Server and store status")
            .WithDescription("schema_version (of the JSON), status, store engine and location, store_schema_version, analyzer version, and counts of documents, mentions, events and failures.")
            .Produces<HealthResponse>(200).ProducesProblem(503);
        api.MapGet("/events", ListEvents).WithName("ListEvents")
            .WithSummary("Stored events, filtered and paged (entente events)")
            .WithDescription($"Filters as `entente events`: dyad=IRN,RUS, actor, type, cameo (prefix), since, until (YYYY, YYYY-MM or YYYY-MM-DD), status, min_sources, embargo=true, " +
                             "one_sided=include|exclude|only (one-actor events, no target named; default include), country (ISO3 of the event's location), " +
                             "bbox=minLon,minLat,maxLon,maxLat (events whose location's point lies in the box). " +
                             $"Paging: page (from 1) and page_size, or offset and limit; at most {MaxPageSize} per page, {DefaultPageSize} by default. " +
                             "Response: items (the objects of `entente events --format json`), total, offset, limit, page, page_size, next (URL of the next page, or null).")
            .Produces<EventPageResponse>(200).ProducesProblem(400);
        api.MapGet("/events/{id}", GetEvent).WithName("GetEvent")
            .WithSummary("One event with its mentions (entente event ID --format json)")
            .WithDescription("The event, each mention with outlet and Admiralty grade, status, date, sentence number, offsets, quote, cited sources and document (path, url, title, version), and the status history.")
            .Produces<EventDetailResponse>(200).ProducesProblem(404);
        api.MapGet("/dyads/{a}/{b}", Dyad).WithName("Dyad")
            .WithSummary("A dyad's series, alignment index and change points (entente dyad A B --format json)")
            .WithDescription("by=month|quarter|year (default month), since, until, min_credibility (1–5, default 4), exclude_unjudged, include_planned, all_events, " +
                             "include_one_sided (also count one-actor events of either actor and acts within one of them, on the side of the actor that acted).")
            .Produces<DyadResponse>(200).ProducesProblem(400);
        api.MapGet("/brief/{a}/{b}", Brief).WithName("Brief")
            .WithSummary("A cited brief on a dyad (entente brief A B)")
            .WithDescription("format=md (text/markdown, default) or html (one self-contained page with its charts); by=month|quarter|year (default quarter), since, until and the selection parameters of /api/dyads.")
            .Produces<string>(200, "text/markdown", "text/html").ProducesProblem(400);
        api.MapGet("/network", Network).WithName("Network")
            .WithSummary("The actor network (entente network)")
            .WithDescription("format=json (default), graphml or gexf; since, until, min_events (default 1), actor, type, cameo and the selection parameters of /api/dyads.")
            .Produces<NetworkResponse>(200).WithMetadata(new AlsoProduces("application/graphml+xml", "application/gexf+xml")).ProducesProblem(400);
        api.MapGet("/search", Search).WithName("Search")
            .WithSummary("Full-text search over evidence sentences")
            .WithDescription($"q: words to find (all must occur, stemmed; a trailing * matches a prefix; operators and quotes are taken as plain words); limit (1–{MaxSearchResults}, default 20). " +
                             "Items: event_id, mention_key, snippet (HTML-escaped excerpt with <mark> around hits), text (plain excerpt) and hits ([start, end) offsets in text), " +
                             "quote, start/end (offsets in the document), outlet, published, document. A query with no words is 400.")
            .Produces<SearchResponse>(200).ProducesProblem(400);
        api.MapPost("/analyze", Analyze).WithName("Analyze")
            .WithSummary("Analyse an article without storing it (entente analyze --format json)")
            .WithDescription($"Body: {DocumentInput.Formats}. Query: outlet, published (YYYY-MM-DD), url, title. Response: {{\"documents\": [...]}} as `entente analyze --format json`, plus errors. Read-only: needs no token.")
            .Accepts<string>("text/plain", "text/markdown", "text/html", "application/x-ndjson")
            .Produces<AnalyzeResponse>(200).ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
        api.MapPost("/documents", PostDocuments).WithName("AddDocuments")
            .WithSummary("Add an article to the store (entente ingest); needs Authorization: Bearer TOKEN")
            .WithDescription($"Body: {DocumentInput.Formats}. Query: outlet, published (YYYY-MM-DD), url, title. Runs the ingest of `entente ingest` and returns " +
                             "the analysis (documents, as POST /api/analyze), stored (per document: key, locator, status stored|unchanged, event_ids), result (counts) and errors. " +
                             "201 when something was stored, 200 when every document was stored already.")
            .Accepts<string>("text/plain", "text/markdown", "text/html", "application/x-ndjson")
            .RequireToken(RequireToken)
            .Produces<AddDocumentsResponse>(201).Produces<AddDocumentsResponse>(200)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(413).ProducesProblem(415);
        api.MapExport();
        return app;
    }

    // ---------------------------------------------------------------- read endpoints

    private static IResult Health(HttpContext http, StoreAccess stores, ResultCache cache)
    {
        StoreStats s;
        string engine, location;
        bool hit;
        using (var store = stores.Open())
        {
            // counting a million rows takes a while in SQLite: the counts are kept until the store changes
            s = cache.GetOrBuild(HealthKey.Instance, store.Stamp(), store.Stats, out hit);
            (engine, location) = (store.Engine, store.Location);
        }
        ResultCache.Mark(http, hit);
        return new JsonBody(w =>
        {
            JsonContract.BeginDocument(w);
            w.WriteString("status", "ok");
            w.WriteString("engine", engine);
            w.WriteString("location", location);
            w.WriteNumber("store_schema_version", SchemaVersion);
            w.WriteString("analyzer_version", Analyzer.Version);
            w.WriteStartObject("counts");
            w.WriteNumber("documents", s.Documents); w.WriteNumber("superseded", s.Superseded); w.WriteNumber("mentions", s.Mentions);
            w.WriteNumber("events", s.Events); w.WriteNumber("failures", s.Failures); w.WriteNumber("pending_jobs", s.PendingJobs);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary>The store schema version this program writes.</summary>
    public static int SchemaVersion => StoreSchema.Version;

    private sealed record HealthKey { public static readonly HealthKey Instance = new(); }

    private sealed record EventsTotalKey(EventFilter Filter);

    private sealed record EmbargoedKey(EventFilter Filter);

    private sealed record DyadKey(DyadQuery Query);

    private sealed record BriefKey(DyadQuery Query, bool Html);

    private static IResult ListEvents(HttpContext http, StoreAccess stores, CorpusServices corpus, ResultCache cache,
        string? dyad, string? actor, string? type, string? cameo, string? since, string? until, string? status,
        [FromQuery(Name = "min_sources")] int? minSources, string? embargo, [FromQuery(Name = "one_sided")] string? oneSided,
        int? page, [FromQuery(Name = "page_size")] int? pageSize, int? offset, int? limit, string? country, string? bbox)
    {
        var (from, to) = ApiArgs.Span(since, until);
        var filter = new EventFilter(ApiArgs.Dyad(dyad), ApiArgs.OptionalCode(actor, "actor"), ApiArgs.Type(type, corpus), ApiArgs.Cameo(cameo),
            from, to, ApiArgs.Status(status), ApiArgs.Range(minSources, "min_sources", 0, 0, 10_000), OneSided: ApiArgs.OneSided(oneSided),
            Country: ApiArgs.OptionalCode(country, "country"), Box: ApiArgs.Box(bbox));
        bool byOffset = offset is not null || limit is not null;
        if (byOffset && (page is not null || pageSize is not null))
            throw ApiArgs.Bad("page/page_size and offset/limit were both given", "page with page_size, or offset with limit");
        int size = byOffset ? ApiArgs.Range(limit, "limit", DefaultPageSize, 1, MaxPageSize) : ApiArgs.Range(pageSize, "page_size", DefaultPageSize, 1, MaxPageSize);
        int skip = byOffset ? ApiArgs.Range(offset, "offset", 0, 0, int.MaxValue - MaxPageSize)
            : (ApiArgs.Range(page, "page", 1, 1, (int.MaxValue - MaxPageSize) / size) - 1) * size;

        EventPage result;
        using (var store = stores.Open())
        {
            var stamp = store.Stamp();
            bool hit;
            if (ApiArgs.Flag(embargo, "embargo"))
            {
                // embargo flags are computed, not stored: select and flag (kept until the store changes), then page in memory
                var flagged = cache.GetOrBuild(new EmbargoedKey(filter), stamp, () => store.Events(filter).Where(corpus.Embargo.IsFlagged).ToList(), out hit);
                result = new EventPage([.. flagged.Skip(skip).Take(size)], flagged.Count, skip, size);
            }
            else
            {
                // the count of a big dyad costs as much as the page: it is kept per filter until the store changes
                var total = cache.GetOrBuild(new EventsTotalKey(filter), stamp, () => store.EventsPage(filter, 0, 1).Total, out hit);
                result = store.EventsPage(filter, skip, size, total);
            }
            ResultCache.Mark(http, hit);
        }
        string? next = skip + size < result.Total
            ? NextUrl(http.Request, byOffset ? [("offset", skip + size)] : [("page", skip / size + 2)])
            : null;
        return new JsonBody(w =>
        {
            JsonContract.BeginDocument(w);
            w.WriteStartArray("items");
            foreach (var e in result.Items) EventJsonlWriter.WriteObject(w, e, corpus.Embargo);
            w.WriteEndArray();
            w.WriteNumber("total", result.Total);
            w.WriteNumber("offset", skip);
            w.WriteNumber("limit", size);
            w.WriteNumber("page", skip / size + 1);
            w.WriteNumber("page_size", size);
            if (next is null) w.WriteNull("next"); else w.WriteString("next", next);
            w.WriteEndObject();
        });
    }

    /// <summary>The request's path and query with some parameters replaced (the next page).</summary>
    private static string NextUrl(HttpRequest request, (string Name, int Value)[] replace)
    {
        var query = new QueryBuilder();
        foreach (var (k, v) in request.Query)
            if (!replace.Any(r => r.Name.Equals(k, StringComparison.OrdinalIgnoreCase)))
                foreach (var value in v) query.Add(k, value ?? "");
        foreach (var (name, value) in replace) query.Add(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request.PathBase + request.Path + query.ToQueryString();
    }

    private static IResult GetEvent(string id, StoreAccess stores, CorpusServices corpus)
    {
        id = id.Trim();
        EventDetail? detail;
        using (var store = stores.Open())
            detail = store.Event(id) ?? (id.StartsWith('e') ? store.Event("E" + id[1..]) : null);
        if (detail is null)
            throw new ApiRequestException(StatusCodes.Status404NotFound, "Not found", $"no event {id} in the store", "GET /api/events lists the ids");
        return new JsonBody(w => EventDetailFormat.Write(w, detail, corpus.Grader, corpus.Embargo));
    }

    internal static DyadQuery DyadQueryOf(KnowledgeBase knowledge, string a, string b, string? by, string defaultBy, string? since, string? until,
        int? minCredibility, string? excludeUnjudged, string? includePlanned, string? allEvents, string? includeOneSided)
    {
        var codeA = ApiArgs.KnownCode(a, "actor", knowledge);
        var codeB = ApiArgs.KnownCode(b, "actor", knowledge);
        if (codeA == codeB) throw ApiArgs.Bad($"'{a}' and '{b}' are the same actor", "a dyad is two different actors, e.g. /IRN/RUS");
        var u = (by ?? defaultBy).Trim().ToLowerInvariant();
        var unit = u is "month" or "quarter" or "year" ? Period.ParseUnit(u) : throw ApiArgs.Bad($"by '{by}' is not a period length", "month, quarter or year");
        var (from, to) = ApiArgs.Span(since, until);
        if (from is DateOnly f && to is DateOnly t) Period.CheckSpan(f, t, unit);
        return new DyadQuery(codeA, codeB, unit, from, to, ApiArgs.Selection(minCredibility, excludeUnjudged, includePlanned, allEvents)
            with { IncludeOneSided = ApiArgs.Flag(includeOneSided, "include_one_sided") });
    }

    private static IResult Dyad(HttpContext http, string a, string b, StoreAccess stores, AnalysisServices analysis, ResultCache cache, string? by, string? since, string? until,
        [FromQuery(Name = "min_credibility")] int? minCredibility, [FromQuery(Name = "exclude_unjudged")] string? excludeUnjudged,
        [FromQuery(Name = "include_planned")] string? includePlanned, [FromQuery(Name = "all_events")] string? allEvents,
        [FromQuery(Name = "include_one_sided")] string? includeOneSided)
    {
        var query = DyadQueryOf(analysis.Knowledge, a, b, by, "month", since, until, minCredibility, excludeUnjudged, includePlanned, allEvents, includeOneSided);
        DyadSeries series;
        bool hit;
        using (var store = stores.Open()) series = cache.GetOrBuild(new DyadKey(query), store.Stamp(), () => analysis.Dyad(store, query), out hit);
        ResultCache.Mark(http, hit);
        return new JsonBody(w => DyadSeriesFormat.Write(w, series));
    }

    private static IResult Brief(HttpContext http, string a, string b, StoreAccess stores, AnalysisServices analysis, ResultCache cache, string? format, string? by, string? since, string? until,
        [FromQuery(Name = "min_credibility")] int? minCredibility, [FromQuery(Name = "exclude_unjudged")] string? excludeUnjudged,
        [FromQuery(Name = "include_planned")] string? includePlanned, [FromQuery(Name = "all_events")] string? allEvents,
        [FromQuery(Name = "include_one_sided")] string? includeOneSided)
    {
        var html = (format ?? "md").Trim().ToLowerInvariant() switch
        {
            "md" or "markdown" => false,
            "html" => true,
            _ => throw ApiArgs.Bad($"format '{format}' is unknown", "md or html"),
        };
        var query = DyadQueryOf(analysis.Knowledge, a, b, by, "quarter", since, until, minCredibility, excludeUnjudged, includePlanned, allEvents, includeOneSided);
        string text;
        bool hit;
        using (var store = stores.Open())
            text = cache.GetOrBuild(new BriefKey(query, html), store.Stamp(), () => WriteBrief(store, analysis, query, html), out hit);
        ResultCache.Mark(http, hit);
        return Results.Text(text, html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>The brief as Markdown, as a self-contained HTML page, or (<paramref name="bodyOnly"/>) as the HTML content alone for the dashboard.</summary>
    internal static string WriteBrief(IEventStore store, AnalysisServices analysis, DyadQuery query, bool html, bool bodyOnly = false)
    {
        string? charts = html ? Directory.CreateTempSubdirectory("entente-brief-").FullName : null;
        try
        {
            var brief = analysis.Brief(store, query, charts is null ? null : Path.Combine(charts, "chart.svg"));
            return !html ? BriefMarkdownWriter.Write(brief) : bodyOnly ? BriefHtmlWriter.Body(brief) : BriefHtmlWriter.Write(brief);
        }
        finally
        {
            if (charts is not null) Directory.Delete(charts, recursive: true);
        }
    }

    private static IResult Network(StoreAccess stores, AnalysisServices analysis, CorpusServices corpus, string? format, string? since, string? until,
        [FromQuery(Name = "min_events")] int? minEvents, string? actor, string? type, string? cameo,
        [FromQuery(Name = "min_credibility")] int? minCredibility, [FromQuery(Name = "exclude_unjudged")] string? excludeUnjudged,
        [FromQuery(Name = "include_planned")] string? includePlanned, [FromQuery(Name = "all_events")] string? allEvents)
    {
        var fmt = (format ?? "json").Trim().ToLowerInvariant();
        if (fmt is not ("json" or "graphml" or "gexf")) throw ApiArgs.Bad($"format '{format}' is unknown", "json, graphml or gexf");
        var (from, to) = ApiArgs.Span(since, until);
        var filter = new EventFilter(Actor: ApiArgs.OptionalCode(actor, "actor"), Type: ApiArgs.Type(type, corpus), Cameo: ApiArgs.Cameo(cameo), Since: from, Until: to);
        var options = new NetworkOptions(ApiArgs.Selection(minCredibility, excludeUnjudged, includePlanned, allEvents), ApiArgs.Range(minEvents, "min_events", 1, 1, 1_000_000));
        ActorNetwork network;
        using (var store = stores.Open()) network = analysis.Network(store, filter, options);
        var output = new MemoryStream();
        switch (fmt)
        {
            case "graphml": new GraphMlWriter(output).Write(network); break;
            case "gexf": new GexfWriter(output, $"Entente {Analyzer.Version}").Write(network); break;
            default: new NetworkJsonWriter(output).Write(network); break;
        }
        var contentType = fmt switch { "graphml" => "application/graphml+xml; charset=utf-8", "gexf" => "application/gexf+xml; charset=utf-8", _ => "application/json; charset=utf-8" };
        return Results.Bytes(output.ToArray(), contentType);
    }

    private static IResult Search(StoreAccess stores, string? q, int? limit)
    {
        var query = SearchQuery.Parse(q);
        int n = ApiArgs.Range(limit, "limit", 20, 1, MaxSearchResults);
        SearchResult result;
        using (var store = stores.Open()) result = store.Search(query, n);
        return new JsonBody(w => SearchFormat.Write(w, q!, query, result, n));
    }

    // ---------------------------------------------------------------- analysis and ingest

    private static async Task<(List<SourceDocument> Documents, List<ReadError> Errors)> ReadDocumentsAsync(HttpRequest request, WebOptions options,
        string? outlet, string? published, string? url, string? title)
    {
        var format = DocumentInput.FormatOf(request.ContentType);
        var meta = new DocumentMetadata(string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim(), ApiArgs.Day(published, "published"),
            string.IsNullOrWhiteSpace(url) ? null : url.Trim(), string.IsNullOrWhiteSpace(title) ? null : title.Trim());
        if (meta.Url is { } u && !(Uri.TryCreate(u, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
            throw ApiArgs.Bad($"url '{u}' is not an http(s) address", "e.g. url=https://example.org/article");
        var body = await DocumentInput.ReadBodyAsync(request, options.MaxBodyBytes, request.HttpContext.RequestAborted);
        var read = DocumentInput.Read(body, format, meta);
        var documents = read.Where(r => r.Document is not null).Select(r => r.Document!).ToList();
        var errors = read.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        if (documents.Count == 0)
            throw new ApiRequestException(StatusCodes.Status400BadRequest, "No document could be read",
                errors.Count > 0 ? string.Join("; ", errors.Select(e => e.ToString())) : "the body holds no document", "check the body and its Content-Type");
        return (documents, errors);
    }

    private static async Task<IResult> Analyze(HttpRequest request, WebOptions options, CorpusServices corpus,
        string? outlet, string? published, string? url, string? title)
    {
        var (documents, errors) = await ReadDocumentsAsync(request, options, outlet, published, url, title);
        var analysed = AnalyzeWithinBudget(request.HttpContext, options, documents, corpus.Analyzer);
        return new JsonBody(w =>
        {
            JsonContract.BeginDocument(w);
            WriteAnalyses(w, analysed);
            WriteErrors(w, errors);
            w.WriteEndObject();
        });
    }

    /// <summary>The analyses, stopped when the client leaves or after <see cref="WebOptions.AnalyzeSeconds"/> (503 with a hint).</summary>
    internal static List<AnalyzedDocument> AnalyzeWithinBudget(HttpContext http, WebOptions options, IEnumerable<SourceDocument> documents, Analyzer analyzer)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        if (options.AnalyzeSeconds > 0) budget.CancelAfter(TimeSpan.FromSeconds(options.AnalyzeSeconds));
        else budget.Cancel(); // no time at all (the timer would fire only after the work had begun)
        try
        {
            return [.. documents.Select(d => analyzer.Analyze(d, budget.Token))];
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            throw new ApiRequestException(StatusCodes.Status503ServiceUnavailable, "Analysis took too long",
                $"the analysis was stopped after {options.AnalyzeSeconds} s", "send a shorter document, or split it into articles");
        }
    }

    private static async Task<IResult> PostDocuments(HttpRequest request, WebOptions options, CorpusServices corpus, StoreAccess stores, ResultCache cache,
        string? outlet, string? published, string? url, string? title)
    {
        var (documents, errors) = await ReadDocumentsAsync(request, options, outlet, published, url, title);
        var analysed = documents.Select(d => corpus.Ingest.AnalyzeWithReport(d, DocumentIdentity.Of(d))).ToList();
        BatchResult result;
        IReadOnlySet<string> known;
        var events = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using (var store = stores.Open())
        {
            known = store.KnownDocuments([.. analysed.Select(a => a.Item.Identity.Key)]);
            result = store.Write(new IngestBatch([.. analysed.Select(a => a.Item)], errors));
            foreach (var (item, _) in analysed) events[item.Identity.Key] = store.DocumentEvents(item.Identity.Key);
        }
        // the store's stamp changes with the write anyway; this frees the memory at once
        if (result.Stored > 0 || result.Replaced > 0 || result.Failures > 0) cache.Clear();
        return new JsonBody(w =>
        {
            JsonContract.BeginDocument(w);
            WriteAnalyses(w, analysed.Select(a => a.Analysis));
            w.WriteStartArray("stored");
            foreach (var (item, _) in analysed)
            {
                w.WriteStartObject();
                w.WriteString("path", item.Document.Path);
                w.WriteString("key", item.Identity.Key);
                w.WriteString("locator", item.Identity.Locator);
                w.WriteString("status", known.Contains(item.Identity.Key) ? "unchanged" : "stored");
                w.WriteStartArray("event_ids");
                foreach (var id in events[item.Identity.Key]) w.WriteStringValue(id);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("result");
            w.WriteNumber("stored", result.Stored); w.WriteNumber("unchanged", result.Unchanged); w.WriteNumber("replaced", result.Replaced);
            w.WriteNumber("mentions", result.Mentions); w.WriteNumber("events_touched", result.EventsTouched); w.WriteNumber("failed", result.Failures);
            w.WriteEndObject();
            WriteErrors(w, errors);
            w.WriteEndObject();
        }, result.Stored > 0 ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>"documents": the array of <c>entente analyze --format json</c>.</summary>
    private static void WriteAnalyses(Utf8JsonWriter w, IEnumerable<AnalyzedDocument> documents)
    {
        w.WriteStartArray("documents");
        foreach (var d in documents) JsonReportWriter.WriteDocument(w, d);
        w.WriteEndArray();
    }

    private static void WriteErrors(Utf8JsonWriter w, IReadOnlyList<ReadError> errors)
    {
        w.WriteStartArray("errors");
        foreach (var e in errors)
        {
            w.WriteStartObject();
            w.WriteString("path", e.Path);
            if (e.Line is int l) w.WriteNumber("line", l); else w.WriteNull("line");
            w.WriteString("message", e.Message);
            w.WriteString("hint", e.Hint);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ---------------------------------------------------------------- auth

    /// <summary>Write endpoints: "Authorization: Bearer TOKEN" or 401 problem+json (with WWW-Authenticate: Bearer).</summary>
    private static async ValueTask<object?> RequireToken(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var token = http.RequestServices.GetRequiredService<ApiToken>();
        if (!token.Accepts(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Of(StatusCodes.Status401Unauthorized, "Unauthorized", "this endpoint needs the server's token: Authorization: Bearer TOKEN",
                "entente serve prints where its token is kept (--token, ENTENTE_TOKEN, or the .token file beside the store)");
        }
        return await next(context);
    }
}
