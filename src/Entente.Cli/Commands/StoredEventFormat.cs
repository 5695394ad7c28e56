using System.Globalization;
using System.Text.Json;
using Entente.Core.Output;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Cli.Commands;

/// <summary>How a stored event is shown: JSON object, flat CSV/TSV row, and the short cells of a table.</summary>
internal static class StoredEventFormat
{
    public static readonly string[] Columns =
    [
        "id", "date_start", "date_end", "source_code", "source_name", "target_code", "target_name", "cameo", "type", "plover",
        "goldstein", "quad_class", "status", "confidence", "grade", "mentions", "articles", "sources", "independent",
        "quantity", "equipment", "first_seen", "last_seen", "reported_by", "denied_by",
    ];

    public static string?[] Row(StoredEvent e) =>
    [
        e.Id, Date(e.DateStart), Date(e.DateEnd), e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.Cameo, e.Type, e.Plover,
        Num(e.Goldstein), Int(e.QuadClass), Status(e.Status), Num(e.Confidence), e.Grade, Int(e.NumMentions), Int(e.NumArticles),
        Int(e.NumSources), Int(e.NumIndependent), e.Quantity is double q ? Num(q) : null, string.Join("|", e.Equipment), Date(e.FirstSeen),
        Date(e.LastSeen), string.Join("|", e.ReportedBy), string.Join("|", e.DeniedBy),
    ];

    public static void Write(Utf8JsonWriter w, StoredEvent e)
    {
        w.WriteStartObject();
        WriteFields(w, e);
        w.WriteEndObject();
    }

    /// <summary>The event's properties, inside an object the caller opened.</summary>
    public static void WriteFields(Utf8JsonWriter w, StoredEvent e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("type", e.Type);
        w.WriteString("plover", e.Plover);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteNumber("quad_class", e.QuadClass);
        w.WriteStartObject("source"); w.WriteString("code", e.SourceCode); w.WriteString("name", e.SourceName); w.WriteEndObject();
        w.WriteStartObject("target"); w.WriteString("code", e.TargetCode); w.WriteString("name", e.TargetName); w.WriteEndObject();
        w.WriteStartObject("date"); WriteDate(w, "start", e.DateStart); WriteDate(w, "end", e.DateEnd); w.WriteEndObject();
        w.WriteString("status", Status(e.Status));
        w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        w.WriteString("grade", e.Grade);
        w.WriteString("reliability", e.Reliability.ToString());
        w.WriteNumber("credibility", e.Credibility);
        if (e.Quantity is double q) w.WriteNumber("quantity", q); else w.WriteNull("quantity");
        Strings(w, "equipment", e.Equipment);
        w.WriteNumber("mentions", e.NumMentions);
        w.WriteNumber("articles", e.NumArticles);
        w.WriteNumber("sources", e.NumSources);
        w.WriteNumber("independent", e.NumIndependent);
        WriteDate(w, "first_seen", e.FirstSeen);
        WriteDate(w, "last_seen", e.LastSeen);
        Strings(w, "reported_by", e.ReportedBy);
        Strings(w, "denied_by", e.DeniedBy);
    }

    public static string DateRange(StoredEvent e) => Range(e.DateStart, e.DateEnd);

    public static string Range(DateOnly? start, DateOnly? end)
        => start is not DateOnly s ? "" : end is not DateOnly d || d == s ? Date(s)! : $"{Date(s)}..{Date(d)}";

    public static string Details(StoredEvent e)
    {
        var parts = new List<string>();
        if (e.Quantity is double q) parts.Add(Num(q));
        if (e.Equipment.Length > 0) parts.Add(string.Join(", ", e.Equipment));
        return string.Join(" ", parts);
    }

    public static string Status(ReconciledStatus s) => SqlEventStore.ReconciledName(s);

    public static string? Date(DateOnly? d) => d is DateOnly x ? JsonReportWriter.Date(x) : null;

    public static string Num(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Int(int x) => x.ToString(CultureInfo.InvariantCulture);

    public static void WriteDate(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is DateOnly x) w.WriteString(name, JsonReportWriter.Date(x)); else w.WriteNull(name);
    }

    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
