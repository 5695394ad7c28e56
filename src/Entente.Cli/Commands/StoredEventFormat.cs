using System.Globalization;
using System.Text.Json;
using Entente.Core.Output;
using Entente.Corpus.Context;
using Entente.Corpus.Export;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Cli.Commands;

/// <summary>How a stored event is shown: JSON object, flat CSV/TSV row, and the short cells of a table.</summary>
internal static class StoredEventFormat
{
    public static IReadOnlyList<string> Columns => EventCsvWriter.Columns;

    public static string?[] Row(StoredEvent e, EmbargoFlagger embargoes) => EventCsvWriter.Row(e, embargoes);

    public static void Write(Utf8JsonWriter w, StoredEvent e, EmbargoFlagger embargoes) => EventJsonlWriter.WriteObject(w, e, embargoes);

    /// <summary>The event's properties, inside an object the caller opened.</summary>
    public static void WriteFields(Utf8JsonWriter w, StoredEvent e, EmbargoFlagger embargoes) => EventJsonlWriter.WriteFields(w, e, embargoes);

    /// <summary>"IRN → RUS"; an actor without a code by its name; a one-actor event "IRN → — (no target)".</summary>
    public static string Pair(StoredEvent e) => $"{Code(e.SourceCode, e.SourceName)} → {Code(e.TargetCode, e.TargetName)}";

    /// <summary>An actor's code, else its name (an actor no dictionary codes), else <see cref="EventTable.NoTarget"/>.</summary>
    public static string Code(string code, string name) => code.Length > 0 ? code : name.Length > 0 ? name : EventTable.NoTarget;

    /// <summary>"Iran (IRN)", "Hezbollah-like name (no code)", or <see cref="EventTable.NoTarget"/>.</summary>
    public static string Named(string code, string name)
        => code.Length == 0 && name.Length == 0 ? EventTable.NoTarget : $"{name} ({(code.Length > 0 ? code : "no code")})";

    public static string DateRange(StoredEvent e) => Range(e.DateStart, e.DateEnd);

    public static string Range(DateOnly? start, DateOnly? end)
        => start is not DateOnly s ? "" : end is not DateOnly d || d == s ? Date(s)! : $"{Date(s)}..{Date(d)}";

    public static string Details(StoredEvent e)
    {
        var parts = new List<string>();
        if (QuantityText.Of(e) is { } q) parts.Add(q);
        if (e.Equipment.Length > 0) parts.Add(string.Join(", ", e.Equipment));
        return string.Join(" ", parts);
    }

    public static string Status(ReconciledStatus s) => SqlEventStore.ReconciledName(s);

    public static string? Date(DateOnly? d) => d is DateOnly x ? JsonReportWriter.Date(x) : null;

    public static string Num(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Int(int x) => x.ToString(CultureInfo.InvariantCulture);

}
