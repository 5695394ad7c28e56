using System.Text.Json;

namespace Entente.Web.Tests.Api;

/// <summary>
/// The OpenAPI document (/openapi/v1.json): the API only, a 200 schema for every operation, the bearer scheme exactly on
/// the operations that answer 401 without the token, and schemas that match what the endpoints really write (every
/// property of a real response is in its schema, every required property of the schema is in the response), and an example
/// for every 200 answer (but Parquet) and every POST body.
/// </summary>
[Collection("samples")]
public sealed class ApiDocumentTests(SamplesFixture samples)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private async Task<JsonElement> Document() => await WebTestKit.Json(await samples.Client.GetAsync("/openapi/v1.json"));

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document)
        => from path in document.GetProperty("paths").EnumerateObject()
           from op in path.Value.EnumerateObject()
           where Methods.Contains(op.Name)
           select (path.Name, op.Name, op.Value);

    [Fact]
    public async Task OpenApi_ListsOnlyApiRoutes_WithA200SchemaForEveryOperation()
    {
        var document = await Document();
        var operations = Operations(document).ToList();
        Assert.Equal(10, operations.Count);
        foreach (var (path, method, operation) in operations)
        {
            Assert.StartsWith("/api/", path);
            Assert.True(operation.GetProperty("responses").TryGetProperty("200", out var ok), $"{method} {path} has no 200 response");
            var content = ok.GetProperty("content").EnumerateObject().ToList();
            Assert.NotEmpty(content);
            foreach (var media in content)
            {
                var schema = media.Value.GetProperty("schema");
                Assert.True(schema.TryGetProperty("$ref", out _) || schema.TryGetProperty("type", out _), $"{method} {path} {media.Name} has an empty schema");
            }
        }
        var json200 = operations.Select(o => o.Operation.GetProperty("responses").GetProperty("200").GetProperty("content"))
            .Count(c => c.TryGetProperty("application/json", out var m) && m.GetProperty("schema").TryGetProperty("$ref", out _));
        Assert.Equal(8, json200); // all but the brief, which is Markdown or HTML
    }

    [Fact]
    public async Task OpenApi_DeclaresBearerScheme_OnExactlyTheOperationsThatNeedTheToken()
    {
        var document = await Document();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var secured = new List<string>();
        foreach (var (path, method, operation) in Operations(document))
        {
            bool declares = operation.TryGetProperty("security", out var security)
                            && security.EnumerateArray().Any(r => r.TryGetProperty("bearer", out _));
            bool answers401 = operation.GetProperty("responses").TryGetProperty("401", out _);
            Assert.True(declares == answers401, $"{method} {path}: security {declares}, 401 {answers401}");
            if (declares) secured.Add($"{method} {path}");
        }
        Assert.Equal(["post /api/documents"], secured);
        // and the server agrees: without the token the write is refused
        var refused = await samples.Client.SendAsync(WebTestKit.Post("/api/documents", WebTestKit.Text("Iran and Russia met on 3 May 2024."), token: null));
        Assert.Equal(401, (int)refused.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Schemas_MatchTheBodiesTheEndpointsWrite()
    {
        var document = await Document();
        var events = await WebTestKit.Json(await samples.Client.GetAsync("/api/events?page_size=500"));
        var id = events.GetProperty("items").EnumerateArray().OrderByDescending(e => e.GetProperty("mentions").GetInt32()).First().GetProperty("id").GetString();
        var analyzed = await samples.Client.PostAsync("/api/analyze", WebTestKit.Text(
            "Russia delivered around 40 Shahed drones to Iran on 3 March 2024, the agency said (Reuters, 4 March 2024). Iran denied it."));
        var responses = new (string Path, string Method, JsonElement Body)[]
        {
            ("/api/health", "get", await Get("/api/health")),
            ("/api/events", "get", events),
            ("/api/events/{id}", "get", await Get($"/api/events/{id}")),
            ("/api/dyads/{a}/{b}", "get", await Get("/api/dyads/IRN/RUS?by=year")),
            ("/api/network", "get", await Get("/api/network")),
            ("/api/search", "get", await Get("/api/search?q=drones")),
            ("/api/analyze", "post", await WebTestKit.Json(analyzed)),
        };
        foreach (var (path, method, body) in responses)
        {
            var schema = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty("200")
                .GetProperty("content").GetProperty("application/json").GetProperty("schema");
            var problems = new List<string>();
            Compare(document, schema, body, path, problems);
            Assert.True(problems.Count == 0, $"{method} {path}:\n{string.Join("\n", problems.Distinct().Take(20))}");
        }
    }

    /// <summary>The 200 answers that have no example, and why: Parquet is binary (an example would be bytes no reader can show).</summary>
    private static readonly (string Operation, string MediaType)[] WithoutExample = [("Export", "application/vnd.apache.parquet")];

    [Fact]
    public async Task OpenApi_GivesEvery200AnswerAnExample_ThatMatchesItsSchema()
    {
        var document = await Document();
        var missing = new List<string>();
        int json = 0;
        foreach (var (path, method, operation) in Operations(document))
        {
            var id = operation.GetProperty("operationId").GetString()!;
            foreach (var media in operation.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject())
            {
                if (!media.Value.TryGetProperty("example", out var example))
                {
                    if (!WithoutExample.Contains((id, media.Name))) missing.Add($"{method} {path} {media.Name}");
                    continue;
                }
                Assert.DoesNotContain((id, media.Name), WithoutExample);
                if (media.Name != "application/json")
                {
                    Assert.Equal(JsonValueKind.String, example.ValueKind);
                    continue;
                }
                // a JSON example starts with schema_version and has no field its schema lacks, and every required one
                Assert.Equal("schema_version", example.EnumerateObject().First().Name);
                var problems = new List<string>();
                Compare(document, media.Value.GetProperty("schema"), example, path + " (example)", problems);
                Assert.True(problems.Count == 0, $"{method} {path}:\n{string.Join("\n", problems.Distinct().Take(20))}");
                json++;
            }
        }
        Assert.True(missing.Count == 0, "200 answers without an example: " + string.Join(", ", missing));
        Assert.Equal(8, json);
        // the events page's example is a page of stored events with the fields a real item has
        var page = document.GetProperty("paths").GetProperty("/api/events").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("example");
        var real = (await Get("/api/events?page_size=1")).GetProperty("items")[0];
        Assert.Equal(real.EnumerateObject().Select(p => p.Name), page.GetProperty("items")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task OpenApi_GivesThePostBodiesAnExample_InEveryMediaTypeTheyAccept()
    {
        var document = await Document();
        var posts = Operations(document).Where(o => o.Method == "post").ToList();
        Assert.Equal(2, posts.Count);
        foreach (var (path, _, operation) in posts)
        {
            var content = operation.GetProperty("requestBody").GetProperty("content").EnumerateObject().ToList();
            Assert.Equal(["text/plain", "text/markdown", "text/html", "application/x-ndjson"], content.Select(c => c.Name));
            foreach (var media in content)
                Assert.True(media.Value.TryGetProperty("example", out var e) && e.GetString()!.Contains("drones"), $"post {path} {media.Name} has no example");
        }
        // the text example, posted, is analysed into the arms transfer the examples describe
        var example = posts[0].Operation.GetProperty("requestBody").GetProperty("content").GetProperty("text/plain").GetProperty("example").GetString()!;
        var analysed = await WebTestKit.Json(await samples.Client.PostAsync("/api/analyze", WebTestKit.Text(example)));
        var ev = analysed.GetProperty("documents")[0].GetProperty("events")[0];
        Assert.Equal(("RUS", "IRN", "arms_transfer"), (ev.GetProperty("source").GetProperty("code").GetString(), ev.GetProperty("target").GetProperty("code").GetString(), ev.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Docs_ServesScalarFromTheServer_WithItsScriptUnderANonceOnly()
    {
        var page = await samples.Client.GetAsync("/docs/");
        Assert.Equal(200, (int)page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "script-src 'self' 'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Equal(WebHostFactory.ContentSecurityPolicy, csp.Replace($" 'nonce-{nonce}'", ""));
        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value), tag => Assert.Contains($"nonce=\"{nonce}\"", tag));
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.Contains("\"telemetry\":false", html);
        var script = await samples.Client.GetAsync("/docs/scalar.js");
        Assert.Equal(200, (int)script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000, "the Scalar bundle is served by the server");
        // a second page gets another nonce
        var again = await samples.Client.GetAsync("/docs/");
        Assert.DoesNotContain(nonce, again.Headers.GetValues("Content-Security-Policy").Single());
    }

    private async Task<JsonElement> Get(string url)
    {
        var response = await samples.Client.GetAsync(url);
        Assert.Equal(200, (int)response.StatusCode);
        return await WebTestKit.Json(response);
    }

    /// <summary>Walks a body and its schema together, noting properties the schema lacks and required ones the body lacks.</summary>
    private static void Compare(JsonElement document, JsonElement schema, JsonElement value, string at, List<string> problems)
    {
        schema = Resolve(document, schema);
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var p in value.EnumerateObject())
                {
                    if (properties.TryGetProperty(p.Name, out var sub)) Compare(document, sub, p.Value, $"{at}.{p.Name}", problems);
                    else problems.Add($"{at}.{p.Name} is written but not in the schema");
                }
                if (schema.TryGetProperty("required", out var required))
                    foreach (var r in required.EnumerateArray())
                        if (!value.TryGetProperty(r.GetString()!, out _) && !Optional(properties.GetProperty(r.GetString()!)))
                            problems.Add($"{at}.{r.GetString()} is required by the schema but not written");
            }
            else if (schema.TryGetProperty("additionalProperties", out var values))
                foreach (var p in value.EnumerateObject()) Compare(document, values, p.Value, $"{at}.{p.Name}", problems);
            else if (schema.EnumerateObject().Any())
                problems.Add($"{at} is an object but its schema says {schema}");
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("items", out var items))
                foreach (var item in value.EnumerateArray()) Compare(document, items, item, $"{at}[]", problems);
            else if (schema.EnumerateObject().Any())
                problems.Add($"{at} is an array but its schema says {schema}");
        }
    }

    /// <summary>A property the writer leaves out when it has nothing to say (line, part, outlet, url of a document…): nullable in the schema.</summary>
    private static bool Optional(JsonElement schema)
        => schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => x.GetString() == "null")
           || schema.TryGetProperty("anyOf", out _) || schema.TryGetProperty("oneOf", out _);

    /// <summary>Follows $ref into components/schemas and picks the non-null branch of a nullable reference.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        for (int i = 0; i < 10; i++)
        {
            if (schema.TryGetProperty("$ref", out var r))
                schema = document.GetProperty("components").GetProperty("schemas").GetProperty(r.GetString()!.Split('/')[^1]);
            else if (schema.TryGetProperty("anyOf", out var any) || schema.TryGetProperty("oneOf", out any))
                schema = any.EnumerateArray().First(s => !(s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
            else return schema;
        }
        return schema;
    }
}
