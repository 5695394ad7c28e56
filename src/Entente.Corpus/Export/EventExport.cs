using System.Text;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;

namespace Entente.Corpus.Export;

/// <summary>
/// The export formats of stored events, shared by <c>entente export</c>, <c>GET /api/export</c> and the dashboard's
/// download buttons: gdelt (GDELT 2.0 event table, TSV without header), csv, jsonl and parquet.
/// </summary>
public static class EventExport
{
    public static readonly IReadOnlyList<string> Formats = ["gdelt", "csv", "jsonl", "parquet"];

    public static bool IsFormat(string? format) => format is not null && Formats.Contains(format);

    public static string ContentType(string format) => format switch
    {
        "gdelt" => "text/tab-separated-values; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "jsonl" => "application/x-ndjson; charset=utf-8",
        _ => "application/vnd.apache.parquet",
    };

    /// <summary>A file name for a download: events.csv, events.gdelt.tsv, events.jsonl, events.parquet.</summary>
    public static string FileName(string format) => format == "gdelt" ? "events.gdelt.tsv" : "events." + format;

    /// <summary>Writes <paramref name="events"/> in <paramref name="format"/>; returns the number written. Parquet needs a seekable stream.</summary>
    public static int Write(string format, Stream output, IEnumerable<StoredEvent> events, CorpusServices services) => format switch
    {
        "gdelt" => WithText(output, t => new GdeltEventWriter(t, code => IsState(services.Knowledge, code), Fips(services.Knowledge),
            code => services.Knowledge.Actors.NameOf(code), StateCentre(services.Knowledge)).Write(events)),
        "csv" => WithText(output, t => new EventCsvWriter(t, services.Embargo).Write(events)),
        "jsonl" => new EventJsonlWriter(output, services.Embargo).Write(events),
        "parquet" => new ParquetEventWriter(output, services.Embargo).Write(events),
        _ => throw new ArgumentException($"unknown export format '{format}' (gdelt, csv, jsonl or parquet)", nameof(format)),
    };

    /// <summary>The FIPS 10-4 code of a state (data/places/fips-codes.tsv and user files of kind fips-codes), for GDELT's ActionGeo_CountryCode.</summary>
    private static Func<string, string?> Fips(KnowledgeBase knowledge)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in knowledge.LoadTables(KnowledgeBase.FipsKind, "iso3", "fips"))
            foreach (var r in t.Rows) map[r.Required("iso3")] = r.Required("fips");
        return code => map.GetValueOrDefault(code);
    }

    /// <summary>A state's centre point (the gazetteer's country row), for GDELT's Actor1Geo_/Actor2Geo_ of a state.</summary>
    private static Func<string, (double Lat, double Lon)?> StateCentre(KnowledgeBase knowledge)
        => code => knowledge.Places.Countries.TryGetValue(code, out var p) && p is { Lat: double lat, Lon: double lon } ? (lat, lon) : null;

    private static bool IsState(KnowledgeBase kb, string code)
        => kb.Actors.KindOfCode.TryGetValue(code, out var kind) && kind == ActorKind.State;

    private static int WithText(Stream output, Func<TextWriter, int> write)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        return write(text);
    }
}
