using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Entente.Core.Knowledge.Import;

/// <param name="SourceDirectory">The folder holding a GeoNames cities dump (<c>cities15000.txt</c>, optionally gzipped) and <c>admin1CodesASCII.txt</c>.</param>
/// <param name="OutDirectory">Where places.tsv is written.</param>
/// <param name="DataDirectory">Entente's data folder: states.tsv maps GeoNames' alpha-2 country codes to states (its <c>iso2</c>
/// column) and its state names win; places/excluded-names.tsv lists names never to write.</param>
/// <param name="Date">The date written in the header (YYYY-MM-DD).</param>
/// <param name="MinPopulation">Cities below this population are left out (first-level divisions are always kept).</param>
/// <param name="Margin">A name found in several states is kept for the most populous one only when it has at least this many
/// times the population of the next; otherwise it is dropped as ambiguous.</param>
public sealed record GeoNamesImportOptions(string SourceDirectory, string OutDirectory, string DataDirectory, string Date,
    long MinPopulation = 100_000, double Margin = 3.0);

/// <summary>
/// Builds data/places/places.tsv from GeoNames: cities of at least <see cref="GeoNamesImportOptions.MinPopulation"/> people and
/// every first-level division (with a short form without "Oblast", "Province", … as well), each with the ISO3 code of its state.
/// Names are kept as written (capitalised); a name in several states goes to the most populous one when it clearly dominates
/// (a division counts the people of its listed cities), else it is dropped; names that are state names or capitals in
/// states.tsv, names in places/excluded-names.tsv (common English words: "Reading", "Split", "Nice", "Delta") and names
/// that do not begin with a capital letter are dropped. Every name left out is counted by reason in the report.
/// </summary>
public sealed class GeoNamesImporter
{
    public const string AdminFile = "admin1CodesASCII.txt";
    public static readonly string[] CityFiles = ["cities15000.txt.gz", "cities15000.txt", "cities.txt"];
    public const string ExclusionsFile = "places/excluded-names.tsv";
    public static readonly string[] Columns = ["name", "country", "kind", "population", "geonames"];

    /// <summary>Trailing words dropped for a division's short form ("Kherson Oblast" → "Kherson").</summary>
    private static readonly string[] DivisionSuffixes = [" Oblast", " Region", " Province", " Governorate", " Prefecture", " State", " Department", " District", " Voivodeship", " Krai"];

    private sealed record Candidate(string Name, string Country, string Kind, long Population, string Id);

    public ImportReport Run(GeoNamesImportOptions o)
    {
        var report = new ImportReport();
        var states = DataTable.Load(Path.Combine(o.DataDirectory, "actors", "states.tsv"), "states", "code", "name", "iso2");
        var iso3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var stateWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in states.Rows)
        {
            var a2 = r.Optional("iso2");
            if (a2 != null) iso3[a2] = r.Required("code");
            stateWords.Add(r.Required("name"));
            foreach (var col in new[] { "aliases", "adjectives", "capitals", "epithets" })
                foreach (var v in r.List(col)) stateWords.Add(v);
        }
        var excluded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var exclusionsPath = Path.Combine(o.DataDirectory, ExclusionsFile);
        if (File.Exists(exclusionsPath))
            foreach (var r in DataTable.Load(exclusionsPath, "place-exclusions", "name").Rows) excluded.Add(r.Required("name"));

        var citiesPath = CityFiles.Select(f => Path.Combine(o.SourceDirectory, f)).FirstOrDefault(File.Exists)
            ?? throw new DataFileException(Path.Combine(o.SourceDirectory, CityFiles[0]), 0, "no GeoNames cities file found",
                $"give the folder holding one of: {string.Join(", ", CityFiles)}");
        var adminPath = Path.Combine(o.SourceDirectory, AdminFile);
        if (!File.Exists(adminPath)) throw new DataFileException(adminPath, 0, "GeoNames first-level divisions file not found", $"give the folder holding {AdminFile}");

        var candidates = new List<Candidate>();
        var adminPopulation = new Dictionary<string, long>(StringComparer.Ordinal);
        string cityFile = Path.GetFileName(citiesPath);
        foreach (var (line, c) in Rows(citiesPath))
        {
            if (c.Length < 15 || !long.TryParse(c[14], NumberStyles.None, CultureInfo.InvariantCulture, out var pop))
            {
                report.Problems.Add(new(citiesPath, line, $"expected 19 tab-separated GeoNames columns with a population in the 15th, got {c.Length} columns"));
                continue;
            }
            if (!iso3.TryGetValue(c[8], out var country)) { report.Skip(cityFile, "country code not in states.tsv"); continue; }
            var adminKey = c[8] + "." + c[10];
            adminPopulation[adminKey] = adminPopulation.GetValueOrDefault(adminKey) + pop;
            if (c[6] != "P" || c[7] is "PPLX" or "PPLH" or "PPLQ" or "PPLW") { report.Skip(cityFile, "not a living populated place (section, historical or abandoned)"); continue; }
            if (pop < o.MinPopulation) { report.Skip(cityFile, $"population under {o.MinPopulation}"); continue; }
            foreach (var name in new[] { c[1], c[2] }.Distinct(StringComparer.Ordinal))
                candidates.Add(new Candidate(name.Trim(), country, "city", pop, c[0]));
        }
        foreach (var (line, c) in Rows(adminPath))
        {
            int dot = c[0].IndexOf('.');
            if (c.Length < 3 || dot != 2) { report.Problems.Add(new(adminPath, line, "expected CC.CODE<TAB>name<TAB>ascii name<TAB>geonameid")); continue; }
            if (!iso3.TryGetValue(c[0][..2], out var country)) { report.Skip(AdminFile, "country code not in states.tsv"); continue; }
            long pop = adminPopulation.GetValueOrDefault(c[0]);
            var names = new List<string> { c[1].Trim(), c[2].Trim() };
            foreach (var n in names.ToArray())
                foreach (var suffix in DivisionSuffixes)
                    if (n.EndsWith(suffix, StringComparison.Ordinal) && n.Length - suffix.Length >= 4) names.Add(n[..^suffix.Length]);
            foreach (var name in names.Distinct(StringComparer.Ordinal))
                candidates.Add(new Candidate(name, country, "region", pop, "admin1:" + c[0]));
        }

        var rows = new List<string[]>();
        foreach (var group in candidates.GroupBy(x => x.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = group.Key;
            if (name.Length < 3 || !char.IsUpper(name[0])) { report.Skip("places", "not a capitalised name of 3 letters or more"); continue; }
            if (stateWords.Contains(name)) { report.Skip("places", "a state name, adjective or capital in states.tsv (the actor recognizer has it)"); continue; }
            if (excluded.Contains(name)) { report.Skip("places", "listed in " + ExclusionsFile + " (a common English word)"); continue; }
            // the most populous entry per state, then states by population
            var byCountry = group.GroupBy(x => x.Country).Select(g => g.OrderByDescending(x => x.Population).ThenBy(x => x.Kind, StringComparer.Ordinal).First())
                .OrderByDescending(x => x.Population).ThenBy(x => x.Country, StringComparer.Ordinal).ToList();
            var best = byCountry[0];
            if (byCountry.Count > 1 && best.Population < o.Margin * byCountry[1].Population)
            {
                report.Skip("places", $"ambiguous: in several states without a {o.Margin}x population margin");
                continue;
            }
            rows.Add([name, best.Country, best.Kind, best.Population.ToString(CultureInfo.InvariantCulture), best.Id]);
        }

        var path = Path.Combine(o.OutDirectory, "places.tsv");
        EntenteTsvWriter.Write(path, "places",
            "Cities and first-level divisions (regions, provinces, states of federations) with the state they lie in, for the actor recognizer's context rules (\"police in Lagos\" -> NGA).",
            o.Date,
            [
                $"Imported from GeoNames ({cityFile}, {AdminFile}) by 'entente dictionary import-geonames'. Data: GeoNames (geonames.org), CC BY 4.0.",
                $"Cities of at least {o.MinPopulation.ToString(CultureInfo.InvariantCulture)} people and every first-level division; a name in several states is kept for the most populous only with a {o.Margin.ToString(CultureInfo.InvariantCulture)}x margin.",
                "Columns: name (as written; matched only capitalised) | country (ISO3) | kind (city|region) | population (a region's: the sum of its listed cities) | geonames (geonameid, or admin1:CC.CODE).",
                "Do not edit by hand: add names to leave out to places/excluded-names.tsv and run the importer again (see data/places/README.md).",
            ],
            Columns, rows);
        report.Written["places.tsv"] = rows.Count;
        return report;
    }

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

    private static StreamReader OpenText(string path)
    {
        Stream s = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) s = new GZipStream(s, CompressionMode.Decompress);
        return new StreamReader(s, Encoding.UTF8);
    }
}
