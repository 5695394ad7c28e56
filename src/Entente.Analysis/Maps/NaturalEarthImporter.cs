using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Import;

namespace Entente.Analysis.Maps;

/// <param name="SourceFile">A Natural Earth admin-0 countries GeoJSON file (e.g. ne_110m_admin_0_countries.json, optionally gzipped).</param>
/// <param name="OutDirectory">Where the outlines file is written (countries-110m.tsv for a 1:110m source).</param>
/// <param name="DataDirectory">Entente's data folder: actors/states.tsv gives the codes and names of states.</param>
/// <param name="Date">The date written in the header (YYYY-MM-DD).</param>
/// <param name="Decimals">Decimal places kept of each coordinate (2: 0.01°, about 1 km, finer than a 1:110m outline).</param>
public sealed record NaturalEarthImportOptions(string SourceFile, string OutDirectory, string DataDirectory, string Date, int Decimals = 2);

/// <summary>
/// Converts Natural Earth's admin-0 country outlines (GeoJSON, public domain) into a <see cref="CountryOutlines.Kind"/> file:
/// one row a polygon ring, coordinates rounded to <see cref="NaturalEarthImportOptions.Decimals"/> places, repeated points
/// dropped. The code is ISO_A3, or ADM0_A3 where Natural Earth writes -99 (France, Norway, Kosovo, …); a code that is not a
/// state of actors/states.tsv is replaced by the state whose iso2 is the feature's ISO_A2 (Kosovo: KOS → XKX), else kept
/// (Greenland, Western Sahara, Antarctica, …). States take their name from states.tsv, other areas Natural Earth's ADMIN.
/// Syntax errors and features that cannot be read are reported as file:line.
/// </summary>
public sealed partial class NaturalEarthImporter
{
    [GeneratedRegex("ne_([0-9]+m)_", RegexOptions.CultureInvariant)]
    private static partial Regex ScaleInName();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Alpha3();

    /// <summary>The file the import writes for a source: countries-110m.tsv for ne_110m_admin_0_countries.json(.gz), else countries.tsv.</summary>
    public static string OutputName(string sourceFile)
        => ScaleInName().Match(Path.GetFileName(sourceFile)) is { Success: true } m ? $"countries-{m.Groups[1].Value}.tsv" : "countries.tsv";

    private sealed record State(string Code, string Name);

    public ImportReport Run(NaturalEarthImportOptions o)
    {
        if (o.Decimals is < 0 or > 6) throw new ArgumentOutOfRangeException(nameof(o), $"decimals {o.Decimals}: expected 0 to 6");
        var report = new ImportReport();
        var (byCode, byIso2) = States(o.DataDirectory);
        if (!File.Exists(o.SourceFile))
            throw new DataFileException(o.SourceFile, 0, "file not found", "give a Natural Earth admin-0 countries GeoJSON file, e.g. ne_110m_admin_0_countries.json.gz");
        var bytes = ReadAll(o.SourceFile);
        var lines = new LineIndex(bytes);
        JsonDocument doc;
        try { doc = JsonDocument.Parse(bytes); }
        catch (JsonException ex)
        {
            throw new DataFileException(o.SourceFile, (int)(ex.LineNumber ?? -1) + 1, $"not valid JSON: {FirstSentence(ex.Message)}", "give a GeoJSON FeatureCollection as Natural Earth publishes it");
        }
        var rows = new List<string[]>();
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                throw new DataFileException(o.SourceFile, 1, "not a GeoJSON FeatureCollection (no 'features' array)", "give Natural Earth's admin-0 countries file in GeoJSON");
            var starts = FeatureStarts(bytes);
            int i = 0;
            foreach (var feature in features.EnumerateArray())
            {
                int line = i < starts.Count ? lines.LineOf(starts[i]) : 0;
                i++;
                Count(report.Read, "features");
                if (Feature(o, feature, line, byCode, byIso2, report) is { } featureRows) rows.AddRange(featureRows);
            }
        }
        var name = OutputName(o.SourceFile);
        var precision = Math.Pow(10, -o.Decimals).ToString("0.######", CultureInfo.InvariantCulture);
        EntenteTsvWriter.Write(Path.Combine(o.OutDirectory, name), CountryOutlines.Kind,
            "Country outlines for drawing world and regional maps (projected on the server, no tile server), one row a polygon ring.",
            o.Date,
            [
                $"Imported from Natural Earth ({Path.GetFileName(o.SourceFile)}) by 'entente dictionary import-naturalearth'. Made with Natural Earth (naturalearthdata.com); public domain.",
                $"Coordinates rounded to {precision} degree, repeated points dropped. Code: ISO_A3, else ADM0_A3 (Natural Earth writes -99 for France, Norway, Kosovo, ...); a code that is not a state of actors/states.tsv takes the state whose iso2 is the feature's ISO_A2; states take their name from states.tsv.",
                "Columns: code (ISO3 as in states.tsv, or Natural Earth's code for other areas) | name | polygon (1, 2, ... within the country) | ring (outer, or hole in the polygon) | points (lon,lat pairs separated by spaces; the ring closes itself).",
                "Do not edit by hand: run the importer again (see data/maps/README.md).",
            ],
            CountryOutlines.Columns, rows);
        report.Written[name] = rows.Count;
        report.Written[name + " (countries)"] = rows.Select(r => r[0]).Distinct(StringComparer.Ordinal).Count();
        return report;
    }

    private static List<string[]>? Feature(NaturalEarthImportOptions o, JsonElement feature, int line,
        Dictionary<string, State> byCode, Dictionary<string, State> byIso2, ImportReport report)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object)
        {
            report.Problems.Add(new(o.SourceFile, line, "feature without a 'properties' object: not imported"));
            return null;
        }
        var code = Text(props, "ISO_A3") is { } iso && Alpha3().IsMatch(iso) ? iso
            : Text(props, "ADM0_A3") is { } adm && Alpha3().IsMatch(adm) ? adm : null;
        var neName = Text(props, "ADMIN") ?? Text(props, "NAME");
        if (code is null || neName is null)
        {
            report.Problems.Add(new(o.SourceFile, line, "feature without a three-letter ISO_A3 or ADM0_A3 code, or without a name (ADMIN, NAME): not imported"));
            return null;
        }
        if (!byCode.TryGetValue(code, out var state) && Text(props, "ISO_A2") is { Length: 2 } a2 && byIso2.TryGetValue(a2, out state))
            Count(report.Adjusted, $"code {code} replaced by the state of ISO_A2 {a2}: {state.Code}");
        if (state is null) Count(report.Adjusted, "not a state in actors/states.tsv: Natural Earth's code and name kept");
        code = state?.Code ?? code;
        var name = state?.Name ?? neName;

        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out var typeElement) || !geometry.TryGetProperty("coordinates", out var coordinates))
        {
            Count(report.Skipped, "features: no geometry");
            return null;
        }
        var type = typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
        if (type is not ("Polygon" or "MultiPolygon"))
        {
            Count(report.Skipped, $"features: geometry type {type ?? "(none)"} is not drawn");
            return null;
        }
        var rows = new List<string[]>();
        int polygonNumber = 0;
        try
        {
            IEnumerable<JsonElement> polygons = type == "Polygon" ? [coordinates] : coordinates.EnumerateArray();
            foreach (var polygon in polygons)
            {
                var rings = polygon.EnumerateArray().Select(r => Ring(r, o.Decimals)).ToList();
                if (rings.Count == 0 || rings[0] is null)
                {
                    Count(report.Skipped, "polygons: outer ring of fewer than 3 points once rounded");
                    continue;
                }
                polygonNumber++;
                for (int r = 0; r < rings.Count; r++)
                {
                    if (rings[r] is not { } points) { Count(report.Skipped, "holes: fewer than 3 points once rounded"); continue; }
                    rows.Add([code, EntenteTsvWriter.Cell(name), polygonNumber.ToString(CultureInfo.InvariantCulture), r == 0 ? "outer" : "hole", points]);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            report.Problems.Add(new(o.SourceFile, line, $"{code}: coordinates are not arrays of [lon, lat] numbers: not imported"));
            return null;
        }
        return rows;
    }

    /// <summary>A ring as "lon,lat lon,lat …", rounded, repeated and closing points dropped; null when fewer than 3 remain.</summary>
    private static string? Ring(JsonElement ring, int decimals)
    {
        var points = new List<(string Lon, string Lat)>();
        foreach (var p in ring.EnumerateArray())
        {
            var pt = (Format(Math.Clamp(p[0].GetDouble(), -180, 180), decimals), Format(Math.Clamp(p[1].GetDouble(), -90, 90), decimals));
            if (points.Count == 0 || points[^1] != pt) points.Add(pt);
        }
        if (points.Count > 1 && points[0] == points[^1]) points.RemoveAt(points.Count - 1);
        return points.Count < 3 ? null : string.Join(' ', points.Select(p => p.Lon + "," + p.Lat));
    }

    private static string Format(double v, int decimals)
    {
        var r = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        if (r == 0) r = 0; // no "-0"
        return r.ToString("0.######", CultureInfo.InvariantCulture);
    }

    private static string? Text(JsonElement props, string name)
        => props.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string FirstSentence(string message) => message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();

    private static (Dictionary<string, State> ByCode, Dictionary<string, State> ByIso2) States(string dataDirectory)
    {
        var table = DataTable.Load(Path.Combine(dataDirectory, "actors", "states.tsv"), "states", "code", "name", "iso2");
        var byCode = new Dictionary<string, State>(StringComparer.Ordinal);
        var byIso2 = new Dictionary<string, State>(StringComparer.Ordinal);
        foreach (var r in table.Rows)
        {
            var s = new State(r.Required("code"), r.Required("name"));
            byCode[s.Code] = s;
            if (r.Optional("iso2") is { } a2) byIso2[a2] = s;
        }
        return (byCode, byIso2);
    }

    private static byte[] ReadAll(string path)
    {
        using Stream file = File.OpenRead(path);
        using Stream s = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var buffer = new MemoryStream();
        try { s.CopyTo(buffer); }
        catch (InvalidDataException ex) { throw new DataFileException(path, 0, $"not a readable gzip file: {ex.Message}", "give the .json.gz as downloaded, or the unpacked .json"); }
        return buffer.ToArray();
    }

    /// <summary>The byte offsets of the objects of the root's "features" array, in order (for file:line in reports).</summary>
    private static List<long> FeatureStarts(byte[] bytes)
    {
        var starts = new List<long>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        bool inFeatures = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName) inFeatures = reader.ValueTextEquals("features");
            else if (inFeatures && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject) starts.Add(reader.TokenStartIndex);
        }
        return starts;
    }

    /// <summary>Maps byte offsets to 1-based line numbers.</summary>
    private sealed class LineIndex(byte[] bytes)
    {
        private readonly List<long> _lineStarts = Starts(bytes);

        private static List<long> Starts(byte[] bytes)
        {
            var starts = new List<long> { 0 };
            for (int i = 0; i < bytes.Length; i++) if (bytes[i] == (byte)'\n') starts.Add(i + 1);
            return starts;
        }

        public int LineOf(long offset)
        {
            int i = _lineStarts.BinarySearch(offset);
            return (i >= 0 ? i : ~i - 1) + 1;
        }
    }
}
