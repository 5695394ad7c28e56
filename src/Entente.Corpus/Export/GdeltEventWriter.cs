using System.Globalization;
using Entente.Core.Output;
using Entente.Corpus.Model;

namespace Entente.Corpus.Export;

/// <summary>
/// Stored events as a GDELT 2.0 event table: tab-separated, no header line, LF line ends, the 61 columns of the GDELT
/// Event Codebook V2.0 in their order (<see cref="Columns"/>). Columns Entente has no value for are empty.
/// <list type="table">
/// <listheader><term>GDELT column</term><description>Entente value</description></listheader>
/// <item><term>GLOBALEVENTID</term><description>the first 15 hex digits of the event id (after "E") as a decimal number: stable, below 2^60</description></item>
/// <item><term>SQLDATE, MonthYear, Year, FractionDate</term><description>the event's day (<see cref="EventDay"/>) as YYYYMMDD, YYYYMM, YYYY and YYYY.FFFF (FFFF: day of year / 365)</description></item>
/// <item><term>Actor1Code, Actor1Name</term><description>source actor code and name</description></item>
/// <item><term>Actor1CountryCode</term><description>source actor code when the actor is a state</description></item>
/// <item><term>Actor2Code, Actor2Name, Actor2CountryCode</term><description>the same for the target actor</description></item>
/// <item><term>EventCode, EventBaseCode, EventRootCode</term><description>CAMEO code, its first three and first two digits</description></item>
/// <item><term>QuadClass, GoldsteinScale</term><description>QuadClass, Goldstein score</description></item>
/// <item><term>NumMentions, NumSources, NumArticles</term><description>the event's counts</description></item>
/// <item><term>DATEADDED</term><description>last_seen as YYYYMMDDHHMMSS (time 000000)</description></item>
/// <item><term>SOURCEURL</term><description>empty (the URL of the first mention needs one query per event)</description></item>
/// <item><term>ActionGeo_Type</term><description>the codebook's: 1 a state, 2 a US state, 3 a US city, 4 a city elsewhere, 5 a first-level
/// division (or a named region) elsewhere; empty for a sea or strait (the codebook has no type for it)</description></item>
/// <item><term>ActionGeo_FullName</term><description>"City, Division, State", "Division, State", "State", or the sea's name</description></item>
/// <item><term>ActionGeo_CountryCode</term><description>the state's FIPS 10-4 code (data/places/fips-codes.tsv)</description></item>
/// <item><term>ActionGeo_ADM1Code</term><description>FIPS country code + GeoNames' division code ("UP07", "USTX"); the FIPS code alone for a state</description></item>
/// <item><term>ActionGeo_Lat, ActionGeo_Long</term><description>the location's point</description></item>
/// <item><term>ActionGeo_FeatureID</term><description>a city's GeoNames id (GDELT writes GNS/GNIS ids: the numbers differ), a division's ADM1Code, a state's FIPS code</description></item>
/// <item><term>Actor1Geo_*, Actor2Geo_*</term><description>where the actor was ("the location of the actor"), in the same eight fields
/// as ActionGeo_: the actor's own place when the text ties it to one (<see cref="StoredEvent.SourcePlace"/>: "police in Lagos", "the
/// police of Kano", "Kano's police", "Tehran said"), for any actor; else, for an actor that is a state, the event's place
/// when the event happened in that state (at the event's precision, as GDELT takes the place named nearest the actor), else the
/// state itself (type 1, its centre point from the gazetteer); else empty (an organization or a name no dictionary knows with no
/// place of its own, or unstated)</description></item>
/// <item><term>all others</term><description>empty: KnownGroup/Ethnic/Religion/Type codes, IsRootEvent, AvgTone, the ADM2Code columns</description></item>
/// </list>
/// </summary>
/// <param name="fips">The FIPS 10-4 code of a state (ISO3), null when unknown.</param>
/// <param name="stateName">A state's name by its code.</param>
/// <param name="stateCentre">A state's centre point (the gazetteer's country row), null when unknown: the actors' geography's latitude and longitude.</param>
public sealed class GdeltEventWriter(TextWriter output, Func<string, bool> isState, Func<string, string?>? fips = null, Func<string, string>? stateName = null,
    Func<string, (double Lat, double Lon)?>? stateCentre = null)
{
    /// <summary>Index of Actor1Geo_Type and of Actor2Geo_Type; the other columns of each follow it.</summary>
    private const int Actor1Geo = 35, Actor2Geo = 43;

    /// <summary>Index of ActionGeo_Type; the other ActionGeo_ columns follow it.</summary>
    private const int ActionGeo = 51;

    /// <summary>The 61 columns of the GDELT 2.0 event table, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = BuildColumns();

    private static string[] BuildColumns()
    {
        var c = new List<string> { "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate" };
        foreach (var a in new[] { "Actor1", "Actor2" })
            foreach (var f in new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" })
                c.Add(a + f);
        c.AddRange(["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]);
        foreach (var g in new[] { "Actor1Geo_", "Actor2Geo_", "ActionGeo_" })
            foreach (var f in new[] { "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID" })
                c.Add(g + f);
        c.AddRange(["DATEADDED", "SOURCEURL"]);
        return [.. c];
    }

    /// <summary>GDELT's numeric event id for an Entente event id ("E" + 16 hex digits): its first 15 hex digits.</summary>
    public static long GlobalEventId(string id)
    {
        var hex = id.StartsWith('E') ? id.AsSpan(1) : id.AsSpan();
        if (hex.Length > 15) hex = hex[..15];
        if (!long.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var n))
            throw new FormatException($"event id '{id}' is not \"E\" followed by hex digits (hint: ids come from the store, e.g. E1a2b3c4d5e6f7a8b)");
        return n;
    }

    /// <summary>
    /// The one day GDELT's SQLDATE can hold for an event known as a range: the day by which the record says it had
    /// happened — the range's last day, and no later than the event's last report (<c>last_seen</c>): "in March 2024" is
    /// 2024-03-31, "on June 19" that day, "since 2000" or a window before a report the report's day. The range's start
    /// is never written for a past event: it is often only a lower bound ("since 2000"). A planned event is written on
    /// the first day it can happen (its range's start).
    /// </summary>
    public static DateOnly? EventDay(StoredEvent e)
    {
        if (e.Status == ReconciledStatus.Planned) return e.DateStart ?? e.DateEnd;
        if (e.DateEnd is not DateOnly end) return e.DateStart;
        if (e.LastSeen is DateOnly seen && seen < end && (e.DateStart is not DateOnly start || seen >= start)) return seen;
        return end;
    }

    /// <summary>The 61 cells of one event (empty string: no value).</summary>
    public string[] Row(StoredEvent e)
    {
        var cells = new string[Columns.Count];
        Array.Fill(cells, "");
        cells[0] = Int(GlobalEventId(e.Id));
        if (EventDay(e) is DateOnly d)
        {
            cells[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            cells[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
            cells[3] = d.ToString("yyyy", CultureInfo.InvariantCulture);
            cells[4] = (d.Year + d.DayOfYear / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
        }
        Actor(cells, 5, e.SourceCode, e.SourceName);
        Actor(cells, 15, e.TargetCode, e.TargetName);
        cells[26] = e.Cameo;
        cells[27] = e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo;
        cells[28] = e.Cameo.Length > 2 ? e.Cameo[..2] : e.Cameo;
        cells[29] = Int(e.QuadClass);
        cells[30] = e.Goldstein.ToString("0.0##", CultureInfo.InvariantCulture);
        cells[31] = Int(e.NumMentions);
        cells[32] = Int(e.NumSources);
        cells[33] = Int(e.NumArticles);
        if (e.Location is { } l) WriteGeo(cells, ActionGeo, l);
        if (ActorPlace(e.SourceCode, e.SourcePlace, e.Location) is { } a1) WriteGeo(cells, Actor1Geo, a1);
        if (ActorPlace(e.TargetCode, e.TargetPlace, e.Location) is { } a2) WriteGeo(cells, Actor2Geo, a2);
        if (e.LastSeen is DateOnly added) cells[59] = added.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
        return cells;
    }

    /// <summary>Writes one line per event; returns the number of events written.</summary>
    public int Write(IEnumerable<StoredEvent> events)
    {
        int n = 0;
        using (var table = TableWriter.To(output, tsv: true))
            foreach (var e in events)
            {
                table.Row(Row(e));
                n++;
            }
        output.Flush();
        return n;
    }

    /// <summary>
    /// Where an actor was: its own place when the text gives one; else, for a state, the event's place when it lies in that
    /// state (a city, division or the state), else the state at its centre point; null for an actor that is not a state.
    /// </summary>
    private Entente.Core.Events.EventLocation? ActorPlace(string code, Entente.Core.Events.EventLocation? own, Entente.Core.Events.EventLocation? eventPlace)
    {
        if (own != null) return own;
        if (code.Length == 0 || !isState(code)) return null;
        if (eventPlace is { Kind: "city" or "admin1" or "country" } l && l.Country == code) return l;
        var centre = stateCentre?.Invoke(code);
        return new Entente.Core.Events.EventLocation(stateName?.Invoke(code) ?? code, "country", code, null, centre?.Lat, centre?.Lon, "actor", null, null);
    }

    /// <summary>The eight geography cells from <paramref name="at"/> (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID).</summary>
    private void WriteGeo(string[] cells, int at, Entente.Core.Events.EventLocation l)
    {
        string? country = l.Country;
        string? fipsCode = country is null ? null : fips?.Invoke(country);
        bool us = country == "USA";
        cells[at] = l.Kind switch
        {
            "country" => "1",
            "admin1" => us ? "2" : "5",
            "city" => us ? "3" : "4",
            _ => "",
        };
        string? name = country is null ? null : stateName?.Invoke(country) ?? country;
        cells[at + 1] = l.Kind switch
        {
            "country" => name ?? l.Name,
            "admin1" => string.Join(", ", new[] { l.Admin1 ?? l.Name, name }.Where(x => x != null)),
            "city" => string.Join(", ", new[] { l.Name, l.Admin1, name }.Where(x => x != null)),
            _ => l.Name,
        };
        cells[at + 2] = fipsCode ?? "";
        string adm1 = fipsCode is null ? "" : l.Kind == "country" ? fipsCode
            : l.Admin1Code is { } code && code.IndexOf('.') is int dot and > 0 ? fipsCode + code[(dot + 1)..] : "";
        cells[at + 3] = adm1;
        if (l.Lat is double lat) cells[at + 5] = lat.ToString("0.####", CultureInfo.InvariantCulture);
        if (l.Lon is double lon) cells[at + 6] = lon.ToString("0.####", CultureInfo.InvariantCulture);
        cells[at + 7] = l.Kind switch
        {
            "city" => l.GeoNamesId ?? "",
            "admin1" or "country" => adm1,
            _ => "",
        };
    }

    private void Actor(string[] cells, int at, string code, string name)
    {
        cells[at] = code;
        cells[at + 1] = name;
        if (code.Length > 0 && isState(code)) cells[at + 2] = code;
    }

    private static string Int(long x) => x.ToString(CultureInfo.InvariantCulture);
}
