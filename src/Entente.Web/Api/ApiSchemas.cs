using System.Text.Json;

namespace Entente.Web.Api;

// The response shapes of the API, for the OpenAPI document only (.Produces<T>): the bodies themselves are written by the
// shared Utf8JsonWriter code (EventJsonlWriter, EventDetailFormat, DyadSeriesFormat, JsonReportWriter, NetworkJsonWriter,
// SearchFormat), so these records must follow them. ApiDocumentTests compares every property of real responses with
// these schemas. Property names are snake_case (ApiSchemaNaming.Policy), as everywhere (JsonContract); every top-level
// response starts with schema_version (JsonContract.SchemaVersion).

public sealed record HealthResponse(int SchemaVersion, string Status, string Engine, string Location, int StoreSchemaVersion, string AnalyzerVersion, HealthCounts Counts);

public sealed record HealthCounts(long Documents, long Superseded, long Mentions, long Events, long Failures, long PendingJobs);

public sealed record EventPageResponse(int SchemaVersion, IReadOnlyList<StoredEventSchema> Items, int Total, int Offset, int Limit, int Page, int PageSize, string? Next);

/// <summary>A merged event in the store (one item of GET /api/events, entente events --format json).</summary>
public sealed record StoredEventSchema(string Id, string Cameo, string Type, string Plover, double Goldstein, int QuadClass,
    StoredActorSchema? Source, StoredActorSchema? Target, bool OneSided, DateSpanSchema Date, LocationSchema? Location, string Status, double Confidence,
    string Grade, string Reliability, int Credibility, double? Quantity, IReadOnlyList<string> Equipment, int Mentions, int Articles,
    int Sources, int Independent, string? FirstSeen, string? LastSeen, IReadOnlyList<string> ReportedBy, IReadOnlyList<string> DeniedBy,
    IReadOnlyList<string> Embargo);

/// <summary>An actor of a stored event; <c>place</c>: the actor's own place (GDELT's Actor1Geo/Actor2Geo: "police in Lagos",
/// "Tehran said"; basis name or phrase), or null.</summary>
public sealed record StoredActorSchema(string Code, string Name, LocationSchema? Place);

public sealed record DateSpanSchema(string? Start, string? End);

/// <summary>Where an event happened: place, precision (city, admin1, country, sea), state, division, point, basis (clause,
/// sentence, dateline; for an actor's place name or phrase), the mention's offsets, GeoNames id and, from analysis, why the place was chosen.</summary>
public sealed record LocationSchema(string Name, string Kind, string? Country, string? Admin1, double? Lat, double? Lon, string Basis,
    long? Start, long? End, string? Geonames, string? Why);

public sealed record EventDetailResponse(int SchemaVersion, StoredEventSchema Event, IReadOnlyList<MentionSchema> Mentions, IReadOnlyList<StatusChangeSchema> StatusHistory);

public sealed record MentionSchema(string Key, string? Published, string? Outlet, string Reliability, string ReliabilityBasis, string Status,
    double Confidence, string Cameo, MentionDateSchema? Date, int Sentence, long Start, long End, string Quote, IReadOnlyList<string> Cited,
    string? Origin, DocumentRefSchema Document);

public sealed record MentionDateSchema(string? Start, string? End, string? Text, string? Basis);

public sealed record DocumentRefSchema(string Path, string? Url, string? Title, int Version);

public sealed record StatusChangeSchema(string? Published, string Status, IReadOnlyList<string> Outlets);

public sealed record DyadResponse(int SchemaVersion, string A, string AName, string B, string BName, string By, string Counted, DyadCoverageSchema Coverage,
    IReadOnlyList<DyadPeriodSchema> Periods, DyadPeriodSchema Total, IReadOnlyList<ChangePointSchema> ChangePoints);

public sealed record DyadCoverageSchema(int Stored, int Counted, int NotSelected, int Undated, int OutsideSpan);

public sealed record DyadPeriodSchema(string Period, string Start, string End, int Events, QuadClassCountsSchema QuadClass, double GoldsteinTotal,
    double? GoldsteinMean, IReadOnlyDictionary<string, int> Types, IReadOnlyDictionary<string, int> Spheres, DirectionSchema AToB, DirectionSchema BToA,
    int Joint, double? Reciprocity, double? Balance, int EmbargoFlagged, AlignmentSchema Alignment);

public sealed record QuadClassCountsSchema(int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict);

public sealed record DirectionSchema(int Events, int Cooperation, int MaterialCooperation, int ArmsTransfers, double Goldstein);

public sealed record AlignmentSchema(double? Index, double? Smoothed, IReadOnlyDictionary<string, double> Components);

public sealed record ChangePointSchema(string Period, double MeanBefore, double MeanAfter, double Shift);

public sealed record NetworkResponse(int SchemaVersion, string Description, NetworkSummarySchema Summary, IReadOnlyList<NetworkNodeSchema> Nodes, IReadOnlyList<NetworkEdgeSchema> Edges);

public sealed record NetworkSummarySchema(string Selection, int MinEvents, int EventsRead, int EventsCounted, int NotSelected, int WithoutPair,
    int EdgesDropped, int EventsDropped);

public sealed record NetworkNodeSchema(string Code, string Name, int Events, int Degree, int InDegree, int OutDegree, double Strength,
    double Cooperation, double Conflict, double Betweenness, double Eigenvector, double Pagerank);

public sealed record NetworkEdgeSchema(string Source, string Target, double Weight, string Kind, int Events, int Cooperation, int Conflict,
    int Material, int Mutual, double MaterialShare, double Balance, double CooperationGoldstein, double ConflictGoldstein, double Goldstein);

public sealed record SearchResponse(int SchemaVersion, string Query, IReadOnlyList<string> Terms, int Total, int Limit, IReadOnlyList<SearchHitSchema> Items);

public sealed record SearchHitSchema(string EventId, string MentionKey, string Snippet, string Text, IReadOnlyList<IReadOnlyList<int>> Hits,
    string Quote, long Start, long End, string? Outlet, string? Published, DocumentRefSchema Document);

public sealed record AnalyzeResponse(int SchemaVersion, IReadOnlyList<AnalyzedDocumentSchema> Documents, IReadOnlyList<ReadErrorSchema> Errors);

public sealed record AddDocumentsResponse(int SchemaVersion, IReadOnlyList<AnalyzedDocumentSchema> Documents, IReadOnlyList<StoredDocumentSchema> Stored,
    IngestResultSchema Result, IReadOnlyList<ReadErrorSchema> Errors);

public sealed record StoredDocumentSchema(string Path, string Key, string Locator, string Status, IReadOnlyList<string> EventIds);

public sealed record IngestResultSchema(int Stored, int Unchanged, int Replaced, int Mentions, int EventsTouched, int Failed);

public sealed record ReadErrorSchema(string Path, int? Line, string Message, string? Hint);

/// <summary>One document of <c>entente analyze --format json</c>.</summary>
public sealed record AnalyzedDocumentSchema(string Path, int? Line, int? Part, long? BaseOffset,
    string? Title, string? Published, string Language, string? Outlet, string? Url, int Sentences, IReadOnlyList<string> Warnings,
    IReadOnlyList<CitationSchema> Citations, IReadOnlyList<EntitySchema> Entities, IReadOnlyList<CodedEventSchema> Events);

public sealed record CitationSchema(string Outlet, string? Date, int Sentence, long Start, long End, string Kind, bool Known);

/// <summary>An entity; <c>value</c> is a number (quantities, money) or a date range <c>{start, end}</c>.</summary>
public sealed record EntitySchema(string Text, string Kind, string? Code, int Sentence, long Start, long End, JsonElement? Value, string? Category);

public sealed record CodedEventSchema(string? Path, ActorSchema Source, ActorSchema? Target, bool OneSided,
    string Type, string Cameo, string Plover, double Goldstein, int QuadClass, MentionDateSchema? Date,
    LocationSchema? Location, string Status, double Confidence, QuantitySchema? Quantity, IReadOnlyList<EquipmentSchema> Equipment, IReadOnlyList<CitedSourceSchema> Sources,
    EvidenceSchema Evidence, WhySchema Why);

/// <summary>An actor of an analysed event; <c>place</c>: the actor's own place, as in <see cref="StoredActorSchema"/>.</summary>
public sealed record ActorSchema(string Code, string Name, string? Role, LocationSchema? Place);

public sealed record QuantitySchema(double Value, bool Approximate, string Text, string? Of, bool? Money);

public sealed record EquipmentSchema(string Name, string Category, string? Origin, QuantitySchema? Quantity);

public sealed record CitedSourceSchema(string Outlet, string? Date);

public sealed record EvidenceSchema(int Sentence, string Text, long Start, long End);

public sealed record WhySchema(string Pattern, string Trigger, long TriggerStart,
    long TriggerEnd, IReadOnlyList<string> Entries, IReadOnlyList<string> Cues);

/// <summary>The naming the API's snake_case bodies follow, for the schemas generated from the records above.</summary>
internal static class ApiSchemaNaming
{
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.SnakeCaseLower;
}
