using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Entente.Core.Knowledge.Import;

/// <param name="SourceDirectory">The folder holding a GeoNames cities dump (<c>cities15000.txt</c>, optionally gzipped),
/// <c>admin1CodesASCII.txt</c> and optionally Natural Earth's country outlines (<c>ne_110m_admin_0_countries.json(.gz)</c>,
/// for the states' centre points).</param>
/// <param name="OutDirectory">Where places.tsv is written.</param>
/// <param name="DataDirectory">Entente's data folder: states.tsv maps GeoNames' alpha-2 country codes to states (its <c>iso2</c>
/// column); places/excluded-names.tsv lists names never to write.</param>
/// <param name="Date">The date written in the header (YYYY-MM-DD).</param>
/// <param name="MinPopulation">Cities below this population are left out (first-level divisions are always kept).</param>
/// <param name="AliasMinPopulation">Cities of at least this population (and capitals of states and divisions) keep their
/// Latin-script alternate names ("Kharkov" for Kharkiv); smaller ones keep their GeoNames and ASCII names only.</param>
public sealed record GeoNamesImportOptions(string SourceDirectory, string OutDirectory, string DataDirectory, string Date,
    long MinPopulation = 15_000, long AliasMinPopulation = 100_000);

/// <summary>
/// Builds data/places/places.tsv from GeoNames: every living city of the dump of at least
/// <see cref="GeoNamesImportOptions.MinPopulation"/> people, every first-level division (with a short form without
/// "Oblast", "Province", … as well) and a centre point for every state of states.tsv, each with its state (ISO3), first-level
/// division, coordinates and feature code. A division's short form drops a division word of places/place-words.tsv
/// ("Oblast", "Province", "Republic"). Every candidate of an ambiguous name is written: the location resolver weighs
/// them, and the actor lexicon applies its own stricter policy for its context use (see <see cref="ActorLexicon.Builder.AddPlaces"/>).
/// Names in places/excluded-names.tsv (common English words: "Reading", "Split", "Nice") and names that do not begin with a
/// capital letter are dropped. Every row or name left out is counted by reason in the report.
/// </summary>
public sealed class GeoNamesImporter
{
    public const string AdminFile = "admin1CodesASCII.txt";
    public static readonly string[] CityFiles = ["cities15000.txt.gz", "cities15000.txt", "cities.txt"];
    public static readonly string[] OutlineFiles = ["ne_110m_admin_0_countries.json.gz", "ne_110m_admin_0_countries.json"];
    public const string ExclusionsFile = "places/excluded-names.tsv";
    public static readonly string[] Columns = ["name", "ascii", "country", "kind", "population", "lat", "lon", "admin1", "feature", "geonames", "aliases"];

    /// <summary>The words whose capitalised form is dropped at the end of a division's name for its short form ("Kherson Oblast" →
    /// "Kherson"): the division words (class <c>division</c>) of this file.</summary>
    public const string WordsFile = "places/place-words.tsv";

    /// <summary>Lower-case words allowed inside an alternate name ("Rostov-on-Don" is hyphenated; "Stratford upon Avon", "Dar es Salaam").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
        { "al", "el", "de", "la", "le", "du", "des", "del", "da", "do", "di", "upon", "on", "am", "im", "an", "der", "sur", "en", "es", "ed", "ad", "as", "of", "and" };

    private sealed record City(string Id, string Name, string Ascii, string Country, string Admin1Key, string Feature, long Population, double Lat, double Lon, string[] Alternates);

    public ImportReport Run(GeoNamesImportOptions o)
    {
        var report = new ImportReport();
        var states = DataTable.Load(Path.Combine(o.DataDirectory, "actors", "states.tsv"), "states", "code", "name", "iso2");
        var iso3 = new Dictionary<string, string>(StringComparer.Ordinal);
        // states' names, aliases, adjectives and epithets are never a city's alternate name (capitals may be: "Kyiv" for Kiev)
        var stateWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in states.Rows)
        {
            var a2 = r.Optional("iso2");
            if (a2 != null) iso3[a2] = r.Required("code");
            stateWords.Add(r.Required("name"));
            foreach (var col in new[] { "aliases", "adjectives", "epithets" })
                foreach (var v in r.List(col)) stateWords.Add(v);
        }
        var excluded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var exclusionsPath = Path.Combine(o.DataDirectory, ExclusionsFile);
        if (File.Exists(exclusionsPath))
            foreach (var r in DataTable.Load(exclusionsPath, "place-exclusions", "name").Rows) excluded.Add(r.Required("name"));
        var divisionSuffixes = new List<string>();
        var wordsPath = Path.Combine(o.DataDirectory, WordsFile);
        if (File.Exists(wordsPath))
            foreach (var r in DataTable.Load(wordsPath, Gazetteer.WordsKind, "word", "class").Rows)
                if (r.Required("class") == "division" && r.Required("word") is { Length: > 0 } w)
                    divisionSuffixes.Add(" " + char.ToUpperInvariant(w[0]) + w[1..]);

        var citiesPath = CityFiles.Select(f => Path.Combine(o.SourceDirectory, f)).FirstOrDefault(File.Exists)
            ?? throw new DataFileException(Path.Combine(o.SourceDirectory, CityFiles[0]), 0, "no GeoNames cities file found",
                $"give the folder holding one of: {string.Join(", ", CityFiles)}");
        var adminPath = Path.Combine(o.SourceDirectory, AdminFile);
        if (!File.Exists(adminPath)) throw new DataFileException(adminPath, 0, "GeoNames first-level divisions file not found", $"give the folder holding {AdminFile}");

        // the divisions' names first: a city row carries the name of its division
        var admin = new Dictionary<string, (string Name, string Ascii, string Id)>(StringComparer.Ordinal);
        foreach (var (line, c) in Rows(adminPath))
        {
            if (c.Length < 3 || c[0].IndexOf('.') != 2) { report.Problems.Add(new(adminPath, line, "expected CC.CODE<TAB>name<TAB>ascii name<TAB>geonameid")); continue; }
            admin[c[0]] = (c[1].Trim(), c[2].Trim(), c.Length > 3 ? c[3].Trim() : "");
        }

        var cities = new List<City>();
        var adminWeight = new Dictionary<string, (long Population, double Lat, double Lon)>(StringComparer.Ordinal);
        string cityFile = Path.GetFileName(citiesPath);
        foreach (var (line, c) in Rows(citiesPath))
        {
            if (c.Length < 15 || !long.TryParse(c[14], NumberStyles.None, CultureInfo.InvariantCulture, out var pop)
                || !double.TryParse(c[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(c[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                report.Problems.Add(new(citiesPath, line, $"expected 19 tab-separated GeoNames columns with coordinates in the 5th and 6th and a population in the 15th, got {c.Length} columns"));
                continue;
            }
            if (!iso3.TryGetValue(c[8], out var country)) { report.Skip(cityFile, "country code not in states.tsv"); continue; }
            var adminKey = c[8] + "." + c[10];
            var w = adminWeight.GetValueOrDefault(adminKey);
            long weight = Math.Max(pop, 1);
            adminWeight[adminKey] = (w.Population + weight, w.Lat + lat * weight, w.Lon + lon * weight);
            if (c[6] != "P" || c[7] is "PPLX" or "PPLH" or "PPLQ" or "PPLW") { report.Skip(cityFile, "not a living populated place (section, historical or abandoned)"); continue; }
            if (pop < o.MinPopulation) { report.Skip(cityFile, $"population under {o.MinPopulation}"); continue; }
            cities.Add(new City(c[0], c[1].Trim(), c[2].Trim(), country, adminKey, c[7], pop, lat, lon, c[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }

        // the own name of a sizeable place in another state is never an alternate ("Victoria" is not Hong Kong); a small
        // town's is ("Donetsk", a town in Russia, stays an alternate of Donets'k in Ukraine), and so is one in the same state ("Kyiv")
        var ownNames = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        void Own(string name, string country) { if (!ownNames.TryGetValue(name, out var set)) ownNames[name] = set = []; set.Add(country); }
        foreach (var x in cities.Where(x => x.Population >= o.AliasMinPopulation)) { Own(x.Name, x.Country); Own(x.Ascii, x.Country); }
        foreach (var (key, a) in admin) if (iso3.TryGetValue(key[..2], out var ac)) { Own(a.Name, ac); Own(a.Ascii, ac); }
        bool OwnedElsewhere(string name, string country) => ownNames.TryGetValue(name, out var set) && set.Any(c => c != country);

        bool Usable(string name, string table)
        {
            if (name.Length < 3 || !char.IsUpper(name[0])) { report.Skip(table, "not a capitalised name of 3 letters or more"); return false; }
            if (excluded.Contains(name)) { report.Skip(table, "listed in " + ExclusionsFile + " (a common English word)"); return false; }
            return true;
        }

        var rows = new List<string[]>();
        foreach (var x in cities)
        {
            if (!Usable(x.Name, "cities")) continue;
            var ascii = x.Ascii != x.Name && Usable(x.Ascii, "cities") ? x.Ascii : "";
            var aliases = x.Population >= o.AliasMinPopulation || x.Feature is "PPLC" or "PPLA"
                ? x.Alternates.Where(a => IsLatinName(a) && a != x.Name && a != x.Ascii && !OwnedElsewhere(a, x.Country) && !stateWords.Contains(a) && !excluded.Contains(a))
                    .Distinct(StringComparer.Ordinal).ToList()
                : [];
            var adminName = admin.TryGetValue(x.Admin1Key, out var a1) ? a1.Name : "";
            rows.Add([x.Name, ascii, x.Country, "city", Num(x.Population), Coord(x.Lat), Coord(x.Lon), adminName, x.Feature, x.Id, EntenteTsvWriter.List(aliases)]);
        }
        foreach (var (key, a) in admin)
        {
            if (!iso3.TryGetValue(key[..2], out var country)) { report.Skip(AdminFile, "country code not in states.tsv"); continue; }
            if (!Usable(a.Name, "divisions")) continue;
            var shortForms = new List<string>();
            foreach (var n in new[] { a.Name, a.Ascii })
                foreach (var suffix in divisionSuffixes)
                    if (n.EndsWith(suffix, StringComparison.Ordinal) && n.Length - suffix.Length >= 4 && Usable(n[..^suffix.Length], "divisions")) shortForms.Add(n[..^suffix.Length]);
            var w = adminWeight.GetValueOrDefault(key);
            bool located = w.Population > 0;
            rows.Add([a.Name, a.Ascii != a.Name && Usable(a.Ascii, "divisions") ? a.Ascii : "", country, "region", Num(located ? w.Population : 0),
                located ? Coord(w.Lat / w.Population) : "", located ? Coord(w.Lon / w.Population) : "", a.Name, "ADM1", "admin1:" + key,
                EntenteTsvWriter.List(shortForms.Distinct(StringComparer.Ordinal).Where(s => s != a.Name && s != a.Ascii))]);
        }
        var outlines = OutlineFiles.Select(f => Path.Combine(o.SourceDirectory, f)).FirstOrDefault(File.Exists);
        var centres = outlines == null ? new Dictionary<string, (double Lat, double Lon)>() : CountryCentres.Read(outlines);
        foreach (var r in states.Rows)
        {
            var code = r.Required("code");
            var capital = cities.Where(x => x.Country == code).OrderBy(x => x.Feature == "PPLC" ? 0 : 1).ThenByDescending(x => x.Population).FirstOrDefault();
            (double Lat, double Lon)? point = centres.TryGetValue(code, out var ce) ? ce : capital is null ? null : (capital.Lat, capital.Lon);
            if (point is not { } p) { report.Skip("states", "no outline and no city in the dump: no centre point"); continue; }
            long pop = cities.Where(x => x.Country == code).Sum(x => x.Population);
            rows.Add([r.Required("name"), "", code, "country", Num(pop), Coord(p.Lat), Coord(p.Lon), "", centres.ContainsKey(code) ? "PCLI" : "PCLI:capital", "", ""]);
        }
        rows.Sort((x, y) => string.CompareOrdinal(x[0], y[0]) is var c && c != 0 ? c : string.CompareOrdinal(x[9], y[9]));

        var path = Path.Combine(o.OutDirectory, "places.tsv");
        EntenteTsvWriter.Write(path, "places",
            "Cities, first-level divisions (regions, provinces, states of federations) and states' centre points with their state, coordinates and division: the gazetteer of the location resolver, and context for the actor recognizer (\"police in Lagos\" -> NGA).",
            o.Date,
            [
                $"Imported from GeoNames ({cityFile}, {AdminFile}){(outlines == null ? "" : " and Natural Earth (" + Path.GetFileName(outlines) + ")")} by 'entente dictionary import-geonames'. Data: GeoNames (geonames.org), CC BY 4.0; Natural Earth, public domain.",
                $"Every living city of at least {Num(o.MinPopulation)} people, every first-level division, every state of states.tsv; ambiguous names keep all their places (the actor lexicon keeps a name for its context only with a 3x population margin).",
                "Columns: name (GeoNames' name; matched only capitalised) | ascii (its ASCII form when different) | country (ISO3) | kind (city|region|country) | population (a region's and a state's: the sum of its listed cities) | lat | lon (a region's: its cities' population-weighted centre; a state's: the centre of its largest outline, else its capital or largest city) | admin1 (the first-level division's name) | feature (GeoNames feature code; ADM1; PCLI) | geonames (geonameid, or admin1:CC.CODE) | aliases (Latin-script alternate names of larger cities, not the own name of a sizeable place in another state; a division's short form).",
                "Do not edit by hand: add names to leave out to places/excluded-names.tsv and run the importer again (see data/places/README.md).",
            ],
            Columns, rows);
        report.Written["places.tsv"] = rows.Count;
        return report;
    }

    /// <summary>An alternate name usable in English text: ASCII letters (with spaces, hyphens, apostrophes), capitalised, not
    /// all capitals (codes: "HRK"), each word capitalised or a particle ("Dar es Salaam").</summary>
    private static bool IsLatinName(string a)
    {
        if (a.Length < 4 || !char.IsAsciiLetterUpper(a[0])) return false;
        bool lower = false;
        foreach (var ch in a)
        {
            if (char.IsAsciiLetterLower(ch)) lower = true;
            else if (!(char.IsAsciiLetterUpper(ch) || ch is ' ' or '-' or '\'')) return false;
        }
        if (!lower) return false;
        foreach (var word in a.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!char.IsAsciiLetterUpper(word[0]) && !Particles.Contains(word)) return false;
        return true;
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Coord(double d) => Math.Round(d, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The tab-separated rows of a GeoNames file with their 1-based line numbers, blank and comment lines skipped.</summary>
    private static IEnumerable<(int Line, string[] Columns)> Rows(string path)
    {
        using var reader = OpenText(path);
        int line = 0;
        for (string? l; (l = reader.ReadLine()) != null;)
        {
            line++;
            if (l.Length == 0 || l[0] == '#') continue;
            yield return (line, l.Split('\t'));
        }
    }

    internal static StreamReader OpenText(string path)
    {
        Stream s = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) s = new GZipStream(s, CompressionMode.Decompress);
        return new StreamReader(s, Encoding.UTF8);
    }
}
