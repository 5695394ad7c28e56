using System.Text.Json;
using Entente.Core.Output;

namespace Entente.Web.Tests.Api;

/// <summary>
/// One JSON convention (<see cref="JsonContract"/>): every name in every API body is snake_case, every top-level body
/// starts with schema_version, and an analysed event (POST /api/analyze, as <c>entente analyze</c>) names the fields it
/// shares with a stored event (GET /api/events, as <c>entente events</c>) the same way.
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

    [Fact]
    public async Task AnalyzedAndStoredEvents_NameTheirSharedFieldsAlike()
    {
        var analysed = (await Analyze()).GetProperty("documents")[0].GetProperty("events")[0];
        var stored = (await Get("/api/events?page_size=1")).GetProperty("items")[0];
        string[] shared = ["source", "target", "one_sided", "type", "cameo", "plover", "goldstein", "quad_class", "date", "status", "confidence", "quantity", "equipment"];
        foreach (var name in shared)
        {
            Assert.True(analysed.TryGetProperty(name, out _), $"analyze has no '{name}'");
            Assert.True(stored.TryGetProperty(name, out _), $"events has no '{name}'");
        }
        // a stored actor has the analysed one's fields but its role: code, name and its own place
        Assert.Equal(analysed.GetProperty("source").EnumerateObject().Select(p => p.Name).Where(n => n != "role"), stored.GetProperty("source").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["code", "name", "place"], stored.GetProperty("source").EnumerateObject().Select(p => p.Name));
    }
}
