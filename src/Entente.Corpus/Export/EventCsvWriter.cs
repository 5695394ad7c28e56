using System.Globalization;
using Entente.Core.Output;
using Entente.Corpus.Context;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Corpus.Export;

/// <summary>
/// Stored events as flat records: one header line, then one row per event with the columns of <see cref="Columns"/>
/// (the columns of <c>entente events --format csv</c>), written by <see cref="TableWriter"/>: CSV follows RFC 4180 (CRLF
/// line ends); TSV replaces tabs and line breaks inside a cell by spaces (LF line ends); a text cell a spreadsheet would
/// run as a formula (<c>=…</c>, <c>+…</c>, <c>-…</c>, <c>@…</c>) gets a leading apostrophe, numbers (Goldstein -10) stay numbers.
/// Lists (equipment, reported_by, denied_by, embargo) are joined with <c>|</c>; absent values are empty cells. Each actor's own
/// place has the location's seven columns with the prefixes <c>source_place_</c> and <c>target_place_</c> (empty when none). The last
/// column, <c>embargo</c>, holds the ids of the embargoes in force the event falls inside (<see cref="EmbargoFlagger"/>).
/// A one-actor event has empty target cells and <c>one_sided</c> = true; an actor the dictionaries do not know has its
/// name and an empty code.
/// </summary>
public sealed class EventCsvWriter(TextWriter output, EmbargoFlagger embargoes, bool tsv = false)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "date_start", "date_end", "source_code", "source_name", "target_code", "target_name", "one_sided", "cameo", "type", "plover",
        "goldstein", "quad_class", "status", "confidence", "grade", "mentions", "articles", "sources", "independent",
        "quantity", "equipment", "first_seen", "last_seen", "reported_by", "denied_by",
        "location_name", "location_kind", "location_country", "location_admin1", "location_lat", "location_lon", "location_basis",
        .. PlaceColumns("source_place"), .. PlaceColumns("target_place"), "embargo",
    ];

    /// <summary>A place's seven columns: <paramref name="prefix"/>_name, _kind, _country, _admin1, _lat, _lon, _basis.</summary>
    private static IEnumerable<string> PlaceColumns(string prefix) => new[] { "name", "kind", "country", "admin1", "lat", "lon", "basis" }.Select(f => prefix + "_" + f);

    /// <summary>A place's seven cells, in the order of <see cref="PlaceColumns"/> (all null without a place).</summary>
    private static string?[] Place(Entente.Core.Events.EventLocation? l) =>
    [
        l?.Name, l?.Kind, l?.Country, l?.Admin1,
        l?.Lat is double lat ? lat.ToString(CultureInfo.InvariantCulture) : null, l?.Lon is double lon ? lon.ToString(CultureInfo.InvariantCulture) : null, l?.Basis,
    ];

    /// <summary>The cells of one event, in the order of <see cref="Columns"/> (null: absent).</summary>
    public static string?[] Row(StoredEvent e, EmbargoFlagger embargoes) =>
    [
        e.Id, Date(e.DateStart), Date(e.DateEnd), e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.IsOneSided ? "true" : "false", e.Cameo, e.Type, e.Plover,
        Num(e.Goldstein), Int(e.QuadClass), SqlEventStore.ReconciledName(e.Status), Num(e.Confidence), e.Grade, Int(e.NumMentions),
        Int(e.NumArticles), Int(e.NumSources), Int(e.NumIndependent), e.Quantity is double q ? Num(q) : null, string.Join("|", e.Equipment),
        Date(e.FirstSeen), Date(e.LastSeen), string.Join("|", e.ReportedBy), string.Join("|", e.DeniedBy),
        .. Place(e.Location), .. Place(e.SourcePlace), .. Place(e.TargetPlace), embargoes.Ids(e),
    ];

    /// <summary>Writes the header and one row per event; returns the number of events written.</summary>
    public int Write(IEnumerable<StoredEvent> events)
    {
        using var table = TableWriter.To(output, tsv);
        table.Row(Columns);
        int n = 0;
        foreach (var e in events)
        {
            table.Row(Row(e, embargoes));
            n++;
        }
        table.Flush();
        output.Flush();
        return n;
    }

    private static string? Date(DateOnly? d) => d is DateOnly x ? JsonReportWriter.Date(x) : null;

    private static string Num(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Int(int x) => x.ToString(CultureInfo.InvariantCulture);
}
