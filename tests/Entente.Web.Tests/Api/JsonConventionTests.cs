using System.Text.Json;
using Entente.Core.Output;

namespace Entente.Web.Tests.Api;

/// <summary>
/// One JSON convention (<see cref="JsonContract"/>): every name in every API body is snake_case, every top-level body
/// starts with schema_version, and an analysed event (<c>entente analyze --format json</c>, POST /api/analyze) names every
/// field, nested ones too, as a stored event does (<c>entente events --format json</c> and GET /api/events, which write the
/// same object), apart from the fields listed as one side's own.
/// </summary>
[Collection("samples")]
public sealed class JsonConventionTests(SamplesFixture samples)
{
    private const string SnakeCase = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";

    private async Task<JsonElement> Get(string url)
    {
        var response = await samples.Client.GetAsync(url);
        Assert.Equal(200, (int)response.StatusCode);
        return await WebTestKit.Json(response);
    }

    private async Task<JsonElement> Analyze() => await WebTestKit.Json(await samples.Client.PostAsync("/api/analyze",
        WebTestKit.Text("Russia delivered around 40 Shahed drones to Iran on 3 March 2024, the agency said (Reuters, 4 March 2024).")));

    private static IEnumerable<string> Names(JsonElement value, bool keysAreData = false)
    {
        if (value.ValueKind == JsonValueKind.Object)
            foreach (var p in value.EnumerateObject())
            {
                // the keys of "types" and "spheres" are counted values (event types, spheres), not field names
                if (!keysAreData) yield return p.Name;
                foreach (var n in Names(p.Value, p.Name is "types" or "spheres")) yield return n;
            }
        else if (value.ValueKind == JsonValueKind.Array)
            foreach (var item in value.EnumerateArray())
                foreach (var n in Names(item)) yield return n;
    }

    [Fact]
    public async Task Api_WritesSnakeCaseNamesAndSchemaVersionFirst_InEveryJsonBody()
    {
        var events = await Get("/api/events?page_size=5");
        var id = events.GetProperty("items")[0].GetProperty("id").GetString();
        var bodies = new (string What, JsonElement Body)[]
        {
            ("health", await Get("/api/health")), ("events", events), ("event", await Get($"/api/events/{id}")),
            ("dyad", await Get("/api/dyads/IRN/RUS?by=year")), ("network", await Get("/api/network")),
            ("search", await Get("/api/search?q=drones")), ("analyze", await Analyze()),
        };
        foreach (var (what, body) in bodies)
        {
            Assert.True(body.EnumerateObject().First().Name == JsonContract.VersionProperty, $"{what} does not start with schema_version");
            Assert.Equal(JsonContract.SchemaVersion, body.GetProperty("schema_version").GetInt32());
            foreach (var name in Names(body)) Assert.True(System.Text.RegularExpressions.Regex.IsMatch(name, SnakeCase), $"{what}: '{name}' is not snake_case");
        }
    }

    /// <summary>Every name under <paramref name="value"/> as a dotted path (array items under their array's name: "sources.outlet"),
    /// collected into <paramref name="into"/>; the keys of "types" and "spheres" are data and are left out.</summary>
    private static void Paths(JsonElement value, string prefix, ISet<string> into)
    {
        if (value.ValueKind == JsonValueKind.Object)
            foreach (var p in value.EnumerateObject())
            {
                var path = prefix.Length == 0 ? p.Name : prefix + "." + p.Name;
                into.Add(path);
                if (p.Name is not ("types" or "spheres")) Paths(p.Value, path, into);
            }
        else if (value.ValueKind == JsonValueKind.Array)
            foreach (var item in value.EnumerateArray()) Paths(item, prefix, into);
    }

    private static SortedSet<string> PathsOf(IEnumerable<JsonElement> objects)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var o in objects) Paths(o, "", set);
        return set;
    }

    /// <summary>Fields only an analysed event has (entente analyze, POST /api/analyze): what one sentence of one document says.</summary>
    private static readonly string[] AnalysedOnly =
    [
        // the sentence itself (a stored event keeps it per mention: GET /api/events/{id})
        "evidence", "evidence.sentence", "evidence.text", "evidence.start", "evidence.end",
        // how the coder, the date reader and the place finder decided
        "why", "why.pattern", "why.trigger", "why.trigger_start", "why.trigger_end", "why.entries", "why.cues",
        "date.basis", "date.text", "location.why", "source.place.why", "target.place.why",
        // the role the sentence gives the actor ("Deputy Defence Minister")
        "source.role", "target.role",
        // the words of the sentence behind a quantity or a piece of equipment (a stored event keeps the value and the names)
        "quantity.value", "quantity.approximate", "quantity.text", "quantity.of", "quantity.money",
        "equipment.name", "equipment.category", "equipment.origin", "equipment.quantity", "equipment.quantity.value", "equipment.quantity.approximate", "equipment.quantity.text",
        // the outlets the sentence cites ("sources" of a stored event is a count: see SharedNamesOfAnotherShape)
        "sources.outlet", "sources.date",
    ];

    /// <summary>Fields only a stored event has (entente events, GET /api/events): what merging the reports of one event adds.</summary>
    private static readonly string[] StoredOnly =
    [
        "id", "mentions", "articles", "independent", // how often it was reported (and "sources": see SharedNamesOfAnotherShape)
        "reliability", "credibility", "grade", // the Admiralty grade of the merged reports
        "first_seen", "last_seen", "reported_by", "denied_by", // who reported or denied it, and when
        "embargo", // the embargoes an arms transfer falls under
    ];

    /// <summary>Names both sides write with another shape (schema version 2; renaming them would be version 3):
    /// quantity (analysed: an object with the words; stored: the number), equipment (analysed: objects; stored: the names),
    /// sources (analysed: the outlets the sentence cites; stored: the number of distinct outlets that reported the event).</summary>
    private static readonly string[] SharedNamesOfAnotherShape = ["quantity", "equipment", "sources"];

    [Fact]
    public async Task AnalyzedAndStoredEvents_NameEveryFieldAlike_ApartFromTheListedOnes()
    {
        // analyze --format json: the JSON report writer on every sample (POST /api/analyze writes with the same writer)
        using var report = new MemoryStream();
        using (var writer = new JsonReportWriter(report))
        {
            writer.Begin();
            foreach (var read in new Entente.Core.Reading.DocumentReader().Read([Path.Combine(WebTestKit.RepoRoot(), "samples")], Entente.Core.Reading.ReaderOptions.Default))
                if (read.Document is { } doc)
                    writer.Write(WebTestKit.Services.Analyzer.Analyze(doc));
            writer.End();
        }
        using var analysedDoc = JsonDocument.Parse(report.ToArray());
        var analysed = PathsOf(analysedDoc.RootElement.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("events").EnumerateArray()));
        // entente events --format json: each item is written by EventJsonlWriter.WriteObject (StoredEventFormat.Write)
        using var store = WebTestKit.OpenStore(samples.Db);
        var cliItems = store.Events(new Entente.Corpus.Store.EventFilter()).Select(e =>
        {
            using var ms = new MemoryStream();
            using (var w = new Utf8JsonWriter(ms)) Entente.Corpus.Export.EventJsonlWriter.WriteObject(w, e, WebTestKit.Services.Embargo);
            return JsonDocument.Parse(ms.ToArray()).RootElement.Clone();
        }).ToList();
        var cli = PathsOf(cliItems);
        // GET /api/events: every stored event, page by page
        var apiItems = new List<JsonElement>();
        for (int page = 1; ; page++)
        {
            var body = await Get($"/api/events?page={page}&page_size=500");
            apiItems.AddRange(body.GetProperty("items").EnumerateArray());
            if (body.GetProperty("next").ValueKind == JsonValueKind.Null) break;
        }
        Assert.Equal(cliItems.Count, apiItems.Count);
        var api = PathsOf(apiItems);

        // the stored event is the same object in the CLI and the API
        Assert.Equal(cli, api);
        // the listed fields are really one side's (the lists stay true), and everything else is named alike on both sides
        Assert.All(AnalysedOnly, f => { Assert.Contains(f, analysed); Assert.DoesNotContain(f, api); });
        Assert.All(StoredOnly, f => { Assert.Contains(f, api); Assert.DoesNotContain(f, analysed); });
        Assert.Equal(analysed.Except(AnalysedOnly), api.Except(StoredOnly));
        Assert.All(SharedNamesOfAnotherShape, f => { Assert.Contains(f, analysed); Assert.Contains(f, api); Assert.DoesNotContain(api, p => p.StartsWith(f + ".", StringComparison.Ordinal)); });
        // nested objects too: the actor, its place and the event's location have the same fields
        Assert.Contains("source.place.lat", api);
        Assert.Contains("location.basis", analysed);
        foreach (var name in analysed.Concat(api).SelectMany(p => p.Split('.')).Distinct())
            Assert.Matches(SnakeCase, name);
    }
}
