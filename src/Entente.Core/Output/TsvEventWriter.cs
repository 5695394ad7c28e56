using System.Globalization;
using Entente.Core.Events;
using Entente.Core.Pipeline;

namespace Entente.Core.Output;

/// <summary>
/// GDELT-like tab-separated events, one line per event, with a header line. Columns:
/// path, sentence, date_start, date_end, actor1_code, actor1_name, actor1_role, actor2_code, actor2_name, actor2_role,
/// one_sided, event_code, event_root, type, plover, goldstein, quad_class, status, confidence, quantity, equipment, sources, evidence,
/// location_name, location_kind, location_country, location_admin1, location_lat, location_lon, location_basis (empty when the event has no location),
/// then the same seven columns for each actor's own place, actor1_place_name … actor1_place_basis and actor2_place_name … actor2_place_basis
/// (empty when the text ties the actor to no place).
/// Written by <see cref="TableWriter"/>: tabs and line breaks inside text fields are replaced by spaces, and a text cell
/// that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> (an evidence sentence, an actor's name a spreadsheet would run as a
/// formula) gets a leading apostrophe; numbers (a Goldstein of -2, a longitude of -3.7) stay numbers. A one-actor event (no target named) has empty actor2
/// cells and one_sided = true; an actor the dictionaries do not know has its name and an empty code.
/// </summary>
public static class TsvEventWriter
{
    public const string Header = "path\tsentence\tdate_start\tdate_end\tactor1_code\tactor1_name\tactor1_role\tactor2_code\tactor2_name\tactor2_role\tone_sided\tevent_code\tevent_root\ttype\tplover\tgoldstein\tquad_class\tstatus\tconfidence\tquantity\tequipment\tsources\tevidence\tlocation_name\tlocation_kind\tlocation_country\tlocation_admin1\tlocation_lat\tlocation_lon\tlocation_basis" +
        "\tactor1_place_name\tactor1_place_kind\tactor1_place_country\tactor1_place_admin1\tactor1_place_lat\tactor1_place_lon\tactor1_place_basis" +
        "\tactor2_place_name\tactor2_place_kind\tactor2_place_country\tactor2_place_admin1\tactor2_place_lat\tactor2_place_lon\tactor2_place_basis";

    /// <summary>One line per event of <paramref name="d"/> (the header is the caller's: <see cref="Header"/>).</summary>
    public static void Write(TextWriter w, AnalyzedDocument d)
    {
        using var table = TableWriter.To(w, tsv: true);
        foreach (var e in d.Events)
            table.Row([
                d.Document.DisplayName, e.Evidence.Sentence.ToString(CultureInfo.InvariantCulture),
                e.Date is { } dt ? JsonReportWriter.Date(dt.Range.Start) : "", e.Date is { } dt2 ? JsonReportWriter.Date(dt2.Range.End) : "",
                e.Source.Code, e.Source.Name, e.Source.Role, e.Target.Code, e.Target.Name, e.Target.Role, e.IsOneSided ? "true" : "false",
                e.Cameo, e.Cameo[..2], e.Type, e.Plover, e.Goldstein.ToString(CultureInfo.InvariantCulture), e.QuadClass.ToString(CultureInfo.InvariantCulture),
                e.Status.ToString().ToLowerInvariant(), e.Confidence.ToString(CultureInfo.InvariantCulture),
                e.Quantity is { } q ? q.Value.ToString(CultureInfo.InvariantCulture) : "",
                string.Join("; ", e.Equipment.Select(x => x.Name)),
                string.Join("; ", e.Sources.Select(s => s.Date is DateOnly sd ? $"{s.Outlet} {JsonReportWriter.Date(sd)}" : s.Outlet)),
                e.Evidence.Text,
                .. Place(e.Location), .. Place(e.SourcePlace), .. Place(e.TargetPlace)]);
    }

    /// <summary>The seven cells of a place (name, kind, country, admin1, lat, lon, basis), empty when none.</summary>
    private static string?[] Place(EventLocation? l) =>
    [
        l?.Name, l?.Kind, l?.Country, l?.Admin1,
        l?.Lat?.ToString(CultureInfo.InvariantCulture), l?.Lon?.ToString(CultureInfo.InvariantCulture), l?.Basis,
    ];
}
