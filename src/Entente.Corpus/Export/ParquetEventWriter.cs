using System.Text.Json.Serialization;
using Entente.Corpus.Context;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using Parquet.Serialization;

namespace Entente.Corpus.Export;

/// <summary>
/// Stored events as one Parquet file (Parquet.Net), typed columns named as in the CSV export: strings, dates
/// (date_start, date_end, first_seen, last_seen; null when unknown), doubles (goldstein, confidence, quantity), ints
/// (quad_class and the counts) and string lists (equipment, reported_by, denied_by, embargo). Read it back with
/// <see cref="Read"/> or any Parquet reader.
/// </summary>
public sealed class ParquetEventWriter(Stream output, EmbargoFlagger embargoes)
{
    /// <summary>Writes every event (one row group); returns the number of events written.</summary>
    public int Write(IEnumerable<StoredEvent> events)
    {
        var rows = events.Select(e => ParquetEventRow.Of(e, embargoes)).ToList();
        ParquetSerializer.SerializeAsync(rows, output).GetAwaiter().GetResult();
        output.Flush();
        return rows.Count;
    }

    /// <summary>The rows of a Parquet file this writer wrote.</summary>
    public static IReadOnlyList<ParquetEventRow> Read(Stream input) => [.. ParquetSerializer.DeserializeAsync<ParquetEventRow>(input).GetAwaiter().GetResult().Data];
}

/// <summary>One event as a Parquet row (the serializer needs a settable class; everything else uses <see cref="StoredEvent"/>).</summary>
public sealed class ParquetEventRow
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("date_start")] public DateOnly? DateStart { get; set; }
    [JsonPropertyName("date_end")] public DateOnly? DateEnd { get; set; }
    [JsonPropertyName("source_code")] public string SourceCode { get; set; } = "";
    [JsonPropertyName("source_name")] public string SourceName { get; set; } = "";
    [JsonPropertyName("target_code")] public string TargetCode { get; set; } = "";
    [JsonPropertyName("target_name")] public string TargetName { get; set; } = "";
    /// <summary>A one-actor event: no target named (target code and name empty).</summary>
    [JsonPropertyName("one_sided")] public bool OneSided { get; set; }
    [JsonPropertyName("cameo")] public string Cameo { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("plover")] public string Plover { get; set; } = "";
    [JsonPropertyName("goldstein")] public double Goldstein { get; set; }
    [JsonPropertyName("quad_class")] public int QuadClass { get; set; }
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("confidence")] public double Confidence { get; set; }
    [JsonPropertyName("grade")] public string Grade { get; set; } = "";
    [JsonPropertyName("mentions")] public int NumMentions { get; set; }
    [JsonPropertyName("articles")] public int NumArticles { get; set; }
    [JsonPropertyName("sources")] public int NumSources { get; set; }
    [JsonPropertyName("independent")] public int NumIndependent { get; set; }
    [JsonPropertyName("quantity")] public double? Quantity { get; set; }
    [JsonPropertyName("equipment")] public List<string> Equipment { get; set; } = [];
    [JsonPropertyName("first_seen")] public DateOnly? FirstSeen { get; set; }
    [JsonPropertyName("last_seen")] public DateOnly? LastSeen { get; set; }
    [JsonPropertyName("reported_by")] public List<string> ReportedBy { get; set; } = [];
    [JsonPropertyName("denied_by")] public List<string> DeniedBy { get; set; } = [];
    [JsonPropertyName("location_name")] public string? LocationName { get; set; }
    [JsonPropertyName("location_kind")] public string? LocationKind { get; set; }
    [JsonPropertyName("location_country")] public string? LocationCountry { get; set; }
    [JsonPropertyName("location_admin1")] public string? LocationAdmin1 { get; set; }
    [JsonPropertyName("location_lat")] public double? LocationLat { get; set; }
    [JsonPropertyName("location_lon")] public double? LocationLon { get; set; }
    [JsonPropertyName("location_basis")] public string? LocationBasis { get; set; }
    [JsonPropertyName("source_place_name")] public string? SourcePlaceName { get; set; }
    [JsonPropertyName("source_place_kind")] public string? SourcePlaceKind { get; set; }
    [JsonPropertyName("source_place_country")] public string? SourcePlaceCountry { get; set; }
    [JsonPropertyName("source_place_admin1")] public string? SourcePlaceAdmin1 { get; set; }
    [JsonPropertyName("source_place_lat")] public double? SourcePlaceLat { get; set; }
    [JsonPropertyName("source_place_lon")] public double? SourcePlaceLon { get; set; }
    [JsonPropertyName("source_place_basis")] public string? SourcePlaceBasis { get; set; }
    [JsonPropertyName("target_place_name")] public string? TargetPlaceName { get; set; }
    [JsonPropertyName("target_place_kind")] public string? TargetPlaceKind { get; set; }
    [JsonPropertyName("target_place_country")] public string? TargetPlaceCountry { get; set; }
    [JsonPropertyName("target_place_admin1")] public string? TargetPlaceAdmin1 { get; set; }
    [JsonPropertyName("target_place_lat")] public double? TargetPlaceLat { get; set; }
    [JsonPropertyName("target_place_lon")] public double? TargetPlaceLon { get; set; }
    [JsonPropertyName("target_place_basis")] public string? TargetPlaceBasis { get; set; }
    [JsonPropertyName("embargo")] public List<string> Embargo { get; set; } = [];

    public static ParquetEventRow Of(StoredEvent e, EmbargoFlagger embargoes) => new()
    {
        Id = e.Id, DateStart = e.DateStart, DateEnd = e.DateEnd, SourceCode = e.SourceCode, SourceName = e.SourceName,
        TargetCode = e.TargetCode, TargetName = e.TargetName, OneSided = e.IsOneSided, Cameo = e.Cameo, Type = e.Type, Plover = e.Plover,
        Goldstein = e.Goldstein, QuadClass = e.QuadClass, Status = SqlEventStore.ReconciledName(e.Status), Confidence = e.Confidence,
        Grade = e.Grade, NumMentions = e.NumMentions, NumArticles = e.NumArticles, NumSources = e.NumSources,
        NumIndependent = e.NumIndependent, Quantity = e.Quantity, Equipment = [.. e.Equipment], FirstSeen = e.FirstSeen,
        LastSeen = e.LastSeen, ReportedBy = [.. e.ReportedBy], DeniedBy = [.. e.DeniedBy],
        LocationName = e.Location?.Name, LocationKind = e.Location?.Kind, LocationCountry = e.Location?.Country, LocationAdmin1 = e.Location?.Admin1,
        LocationLat = e.Location?.Lat, LocationLon = e.Location?.Lon, LocationBasis = e.Location?.Basis,
        SourcePlaceName = e.SourcePlace?.Name, SourcePlaceKind = e.SourcePlace?.Kind, SourcePlaceCountry = e.SourcePlace?.Country, SourcePlaceAdmin1 = e.SourcePlace?.Admin1,
        SourcePlaceLat = e.SourcePlace?.Lat, SourcePlaceLon = e.SourcePlace?.Lon, SourcePlaceBasis = e.SourcePlace?.Basis,
        TargetPlaceName = e.TargetPlace?.Name, TargetPlaceKind = e.TargetPlace?.Kind, TargetPlaceCountry = e.TargetPlace?.Country, TargetPlaceAdmin1 = e.TargetPlace?.Admin1,
        TargetPlaceLat = e.TargetPlace?.Lat, TargetPlaceLon = e.TargetPlace?.Lon, TargetPlaceBasis = e.TargetPlace?.Basis,
        Embargo = [.. embargoes.Flags(e).Select(f => f.Id)],
    };
}
