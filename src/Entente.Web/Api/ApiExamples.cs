using System.Text.Json;
using System.Text.Json.Nodes;
using Entente.Core.Output;

namespace Entente.Web.Api;

/// <summary>
/// Examples for the OpenAPI document: a response for every operation's 200 answer and the POST bodies. The JSON examples
/// are built from the schema records (<see cref="HealthResponse"/> …) and written with the API's snake_case naming, so an
/// example cannot name a field the schema lacks; ApiDocumentTests also checks each against its schema. One invented
/// event runs through them: Russia delivering drones to Iran in March 2024, reported by two outlets.
/// </summary>
internal static class ApiExamples
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = ApiSchemaNaming.Policy };

    private const string EventId = "E3f9a2c41b7d08e65";

    /// <summary>The example of a 200 answer of <paramref name="operationId"/> in <paramref name="mediaType"/>, or null.</summary>
    public static JsonNode? Response(string operationId, string mediaType) => (operationId, mediaType) switch
    {
        ("Health", "application/json") => Node(new HealthResponse(JsonContract.SchemaVersion, "ok", "sqlite", "entente.db", 3, Entente.Core.Pipeline.Analyzer.Version,
            new HealthCounts(29, 0, 212, 151, 0, 0))),
        ("ListEvents", "application/json") => Node(new EventPageResponse(JsonContract.SchemaVersion, [Event], 1, 0, 20, 1, 20, null)),
        ("GetEvent", "application/json") => Node(new EventDetailResponse(JsonContract.SchemaVersion, Event,
            [
                new MentionSchema("reuters-2024-03-04#3", "2024-03-04", "Reuters", "A", "outlet table", "reported", 0.8, "072",
                    new MentionDateSchema("2024-03-03", "2024-03-03", "on 3 March 2024", "explicit"), 1, 0, 98, Sentence, ["Reuters"], null,
                    new DocumentRefSchema("api/3f9a2c41.txt", "https://news.example.org/drones", "Drones delivered", 1)),
            ],
            [new StatusChangeSchema("2024-03-04", "reported", ["Reuters"])])),
        ("Dyad", "application/json") => Node(Dyad),
        ("Brief", "text/markdown") => JsonValue.Create("# Iran and Russia, 2024\n\n## Executive summary\n\nOne reported arms transfer from Russia to Iran in March 2024 [1].\n"),
        ("Brief", "text/html") => JsonValue.Create("<!DOCTYPE html><html><head><title>Iran and Russia, 2024</title></head><body><h1>Iran and Russia, 2024</h1>…</body></html>"),
        ("Network", "application/json") => Node(new NetworkResponse(JsonContract.SchemaVersion, "2 actors and 1 directed edges from 1 merged events",
            new NetworkSummarySchema("events reported, confirmed, contested or assessed, credibility 4 or better or not judgeable (6)", 1, 1, 1, 0, 0, 0, 0),
            [
                new NetworkNodeSchema("IRN", "Iran", 1, 1, 1, 0, 1, 1, 0, 0, 1, 0.5),
                new NetworkNodeSchema("RUS", "Russia", 1, 1, 0, 1, 1, 1, 0, 0, 1, 0.5),
            ],
            [new NetworkEdgeSchema("RUS", "IRN", 1, "cooperation", 1, 1, 0, 1, 0, 1, 1, 8.3, 0, 8.3)])),
        ("Search", "application/json") => Node(new SearchResponse(JsonContract.SchemaVersion, "drones", ["drones"], 1, 20,
            [
                new SearchHitSchema(EventId, "reuters-2024-03-04#3", "Russia delivered around 40 Shahed <mark>drones</mark> to Iran…",
                    "Russia delivered around 40 Shahed drones to Iran…", [[33, 39]], Sentence, 0, 98, "Reuters", "2024-03-04",
                    new DocumentRefSchema("api/3f9a2c41.txt", "https://news.example.org/drones", "Drones delivered", 1)),
            ])),
        ("Export", "text/csv") => JsonValue.Create("id,date_start,date_end,source_code,source_name,target_code,target_name,…\r\n" + EventId + ",2024-03-03,2024-03-03,RUS,Russia,IRN,Iran,…\r\n"),
        ("Export", "application/x-ndjson") => JsonValue.Create("{\"id\":\"" + EventId + "\",\"cameo\":\"072\",\"type\":\"arms_transfer\",…}\n"),
        ("Export", "text/tab-separated-values") => JsonValue.Create("1022341698123456\t20240303\t202403\t2024\t2024.1699\tRUS\tRussia\tRUS\t…\n"),
        ("Network", "application/graphml+xml") => JsonValue.Create("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">…<node id=\"IRN\">…</node><edge source=\"RUS\" target=\"IRN\">…</edge>…</graphml>\n"),
        ("Network", "application/gexf+xml") => JsonValue.Create("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">…<node id=\"IRN\" label=\"Iran\">…</node>…</gexf>\n"),
        ("Analyze", "application/json") => Node(new AnalyzeResponse(JsonContract.SchemaVersion, [Analysed], [])),
        ("AddDocuments", "application/json") => Node(new AddDocumentsResponse(JsonContract.SchemaVersion, [Analysed],
            [new StoredDocumentSchema("api/3f9a2c41.txt", "3f9a2c41", "https://news.example.org/drones", "stored", [EventId])],
            new IngestResultSchema(1, 0, 0, 1, 1, 0), [])),
        _ => null,
    };

    /// <summary>The example of a POST body in <paramref name="mediaType"/>: one article as text, or one per line as JSON lines.</summary>
    public static JsonNode? Request(string mediaType) => mediaType switch
    {
        "text/plain" => JsonValue.Create(Sentence + "\n"),
        "text/markdown" => JsonValue.Create("---\ntitle: Drones delivered\noutlet: Reuters\npublished: 2024-03-04\n---\n\n" + Sentence + "\n"),
        "text/html" => JsonValue.Create("<html><head><title>Drones delivered</title></head><body><p>" + Sentence + "</p></body></html>"),
        "application/x-ndjson" => JsonValue.Create("{\"text\": \"" + Sentence + "\", \"outlet\": \"Reuters\", \"published\": \"2024-03-04\", \"url\": \"https://news.example.org/drones\"}\n"),
        _ => null,
    };

    private const string Sentence = "Russia delivered around 40 Shahed drones to Iran on 3 March 2024, the agency said (Reuters, 4 March 2024).";

    private static readonly LocationSchema Tehran = new("Tehran", "city", "IRN", "Tehran", 35.6944, 51.4215, "name", null, null, "112931", null);

    private static readonly StoredEventSchema Event = new(EventId, "072", "arms_transfer", "AID", 8.3, 2,
        new StoredActorSchema("RUS", "Russia", null), new StoredActorSchema("IRN", "Iran", Tehran), false, new DateSpanSchema("2024-03-03", "2024-03-03"), null,
        "reported", 0.8, "A2", "A", 2, 40, ["Shahed-136"], 2, 2, 2, 2, "2024-03-04", "2024-03-05", ["Reuters", "Tasnim"], [], []);

    private static readonly AnalyzedDocumentSchema Analysed = new("api/3f9a2c41.txt", null, null, null, "Drones delivered", "2024-03-04", "en", "Reuters",
        "https://news.example.org/drones", 1, [],
        [new CitationSchema("Reuters", "2024-03-04", 0, 87, 106, "parenthetical", true)],
        [
            new EntitySchema("Russia", "actor", "RUS", 0, 0, 6, null, null),
            new EntitySchema("Iran", "actor", "IRN", 0, 44, 48, null, null),
            new EntitySchema("around 40", "quantity", null, 0, 17, 26, JsonSerializer.SerializeToElement(40), null),
        ],
        [
            new CodedEventSchema(null, new ActorSchema("RUS", "Russia", null, null), new ActorSchema("IRN", "Iran", null, null), false, "arms_transfer", "072", "AID", 8.3, 2,
                new MentionDateSchema("2024-03-03", "2024-03-03", "on 3 March 2024", "explicit"), null, "reported", 0.8,
                new QuantitySchema(40, true, "around 40", "drones", null),
                [new EquipmentSchema("Shahed-136", "drone", "IRN", new QuantitySchema(40, true, "around 40", null, null))],
                [new CitedSourceSchema("Reuters", "2024-03-04")],
                new EvidenceSchema(0, Sentence, 0, Sentence.Length),
                new WhySchema("data/patterns/events.tsv:131", "delivered", 7, 16, ["data/actors/states.tsv:123", "data/actors/states.tsv:191"], [])),
        ]);

    private static readonly DyadPeriodSchema Quarter = new("2024-Q1", "2024-01-01", "2024-03-31", 1, new QuadClassCountsSchema(0, 1, 0, 0), 8.3, 8.3,
        new Dictionary<string, int> { ["arms_transfer"] = 1 }, new Dictionary<string, int> { ["military"] = 1 },
        new DirectionSchema(0, 0, 0, 0, 0), new DirectionSchema(1, 1, 1, 1, 8.3), 0, 0, 1, 0,
        new AlignmentSchema(0.62, 0.62, new Dictionary<string, double> { ["material_cooperation"] = 1, ["arms_b_to_a"] = 1, ["cooperation_weight"] = 1, ["conflict_weight"] = 0 }));

    private static readonly DyadResponse Dyad = new(JsonContract.SchemaVersion, "IRN", "Iran", "RUS", "Russia", "quarter",
        "events reported, confirmed, contested or assessed, credibility 4 or better or not judgeable (6)",
        new DyadCoverageSchema(1, 1, 0, 0, 0), [Quarter], Quarter with { Period = "total" }, []);

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Options);
}
