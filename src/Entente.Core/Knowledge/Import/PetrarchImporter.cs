using System.Globalization;
using System.Text;

namespace Entente.Core.Knowledge.Import;

/// <param name="SourceDirectory">The folder holding the PETRARCH2/Phoenix dictionaries.</param>
/// <param name="OutDirectory">Where officials.tsv, organizations.tsv, agents.tsv and verbs.tsv are written.</param>
/// <param name="DataDirectory">Entente's data folder: its states and organizations give the codes, and its own rows win.</param>
/// <param name="Date">The date written in the headers (YYYY-MM-DD).</param>
/// <param name="SourceName">The prefix of every row's <c>origin</c> (<c>petrarch2/Phoenix.agents.txt:12</c>).</param>
public sealed record PetrarchImportOptions(string SourceDirectory, string OutDirectory, string DataDirectory, string Date, string SourceName = "petrarch2");

/// <summary>
/// Imports the actor side of the PETRARCH2/Phoenix dictionaries into Entente's formats: dated office codes of persons →
/// officials.tsv (one row per dated segment), international bodies and armed groups whose code maps to an Entente
/// organization → organizations.tsv, agent nouns → agents.tsv; and the CAMEO verb dictionary → verbs.tsv (event patterns, see
/// <see cref="PetrarchVerbConverter"/>). Each row keeps its source line in <c>origin</c>. Rows
/// whose name or alias Entente already has (same kind) are dropped; every entry left out is counted by reason.
/// </summary>
public sealed class PetrarchImporter
{
    public static readonly string[] ActorFiles = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];
    public const string AgentsFile = "Phoenix.agents.txt";

    public static readonly string[] OfficialColumns = ["name", "aliases", "code", "role", "title", "from", "to", "origin"];
    public static readonly string[] OrganizationColumns = ["code", "name", "aliases", "kind", "country", "seats", "origin"];
    public static readonly string[] AgentColumns = ["phrase", "role", "secondary", "notes", "origin"];

    /// <summary>Words that mark a phrase as the name of a body rather than of a person (an undated entry is a body only then).</summary>
    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ORGANIZATION", "ORGANISATION", "AGENCY", "COMMISSION", "COURT", "UNION", "FUND", "PROGRAM", "PROGRAMME", "COUNCIL", "BANK",
        "NATIONS", "ASSOCIATION", "COMMITTEE", "OFFICE", "TREATY", "ALLIANCE", "COMMUNITY", "LEAGUE", "CONFERENCE", "FORUM",
        "BOARD", "PARLIAMENT", "SECRETARIAT", "QAEDA", "AL-QAEDA", "FRONT", "MOVEMENT", "BRIGADES", "TRIBUNAL", "INSTITUTE", "PANEL", "ASSEMBLY",
    };

    public ImportReport Run(PetrarchImportOptions o)
    {
        var report = new ImportReport();
        var shipped = ShippedKnowledge.Load(o.DataDirectory);
        var mapper = new PetrarchCodeMapper(shipped.StateCodes, shipped.Organizations.Keys);

        var officials = new List<string[]>();
        var organizations = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ActorFiles)
        {
            var path = Path.Combine(o.SourceDirectory, file);
            if (!File.Exists(path)) { report.Problems.Add(new(path, 0, "file not found; nothing imported from it")); continue; }
            using var reader = new StreamReader(path, Encoding.UTF8);
            var (actors, problems) = PetrarchActorReader.Read(reader, $"{o.SourceName}/{file}");
            report.Problems.AddRange(problems);
            foreach (var a in actors) ImportActor(a, file, o.SourceName, mapper, shipped, report, officials, organizations, seen);
        }

        var agents = new List<string[]>();
        var agentsPath = Path.Combine(o.SourceDirectory, AgentsFile);
        if (!File.Exists(agentsPath)) report.Problems.Add(new(agentsPath, 0, "file not found; no agents imported"));
        else
        {
            using var reader = new StreamReader(agentsPath, Encoding.UTF8);
            var (list, problems) = PetrarchAgentReader.Read(reader, $"{o.SourceName}/{AgentsFile}");
            report.Problems.AddRange(problems);
            var emitted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in list) ImportAgent(a, o.SourceName, shipped, report, agents, emitted);
        }

        string[] Notes(string what) =>
        [
            $"Imported from PETRARCH2/Phoenix ({what}) by 'entente dictionary import-petrarch'; MIT licence, Copyright (c) 2014 Open Event Data.",
            "UNVETTED: these rows are not loaded by default; try them with --dictionary and check them against the gold set first.",
            "origin: the source file and line of each row (for an official, the line of its dated code).",
        ];
        var verbs = ImportVerbs(o, shipped, report);

        Write(o, "officials.tsv", "officials", "Persons with dated office codes from the PETRARCH2/Phoenix actor dictionaries (one row per dated code segment; unvetted)",
            Notes(string.Join(", ", ActorFiles)), OfficialColumns, officials, report);
        Write(o, "organizations.tsv", "organizations", "International bodies and armed groups from the PETRARCH2/Phoenix actor dictionaries whose code maps to an Entente organization (unvetted)",
            Notes(string.Join(", ", ActorFiles)), OrganizationColumns, organizations, report);
        Write(o, "agents.tsv", "agents", "Agent nouns from the PETRARCH2/Phoenix agents dictionary with their CAMEO sector (unvetted)",
            Notes(AgentsFile), AgentColumns, agents, report);
        if (verbs != null)
            Write(o, VerbsOut, "event-patterns",
                "Event patterns from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt): a verb with its code, or a verb and the words of one of its patterns (object heads, particles, prepositions and their objects), matched over the parse; unvetted",
                [
                    $"Imported from PETRARCH2 ({PetrarchVerbConverter.VerbsFile}) by 'entente dictionary import-petrarch'; MIT licence, Copyright (c) 2015 Open Event Data Alliance.",
                    "Loaded by default after Entente's own patterns (leave out with --no-imported-verbs). Entente's own rows win: an imported row whose first word has an own row is not loaded. Rows listed in verbs-dropped.tsv are not loaded. The coder takes a row only where the parse makes its first word a verb; a one-word row codes only with a named target.",
                    "preps: where the target is ('+' in the pattern; obj = direct object); frame receiver = '$' after the verb or a [:code] pattern (the subject is the target). notes: the PETRARCH line; origin: its file and line.",
                ], PetrarchVerbConverter.Columns, verbs, report);
        return report;
    }

    /// <summary>The imported verb patterns' file name in the output folder.</summary>
    public const string VerbsOut = "verbs.tsv";

    private static List<string[]>? ImportVerbs(PetrarchImportOptions o, ShippedKnowledge shipped, ImportReport report)
    {
        var path = Path.Combine(o.SourceDirectory, PetrarchVerbConverter.VerbsFile);
        if (!File.Exists(path)) { report.Problems.Add(new(path, 0, "file not found; no verb patterns imported")); return null; }
        using var reader = new StreamReader(path, Encoding.UTF8);
        var (dictionary, problems) = PetrarchVerbReader.Read(reader, $"{o.SourceName}/{PetrarchVerbConverter.VerbsFile}");
        report.Problems.AddRange(problems);
        report.Read[PetrarchVerbConverter.VerbsFile + ": verb blocks"] = dictionary.Blocks.Length;
        report.Read[PetrarchVerbConverter.VerbsFile + ": verbs"] = dictionary.Blocks.Sum(b => b.Verbs.Length);
        report.Read[PetrarchVerbConverter.VerbsFile + ": patterns"] = dictionary.Blocks.Sum(b => b.Patterns.Length);
        report.Read[PetrarchVerbConverter.VerbsFile + ": synonym sets"] = dictionary.Synsets.Count;
        return PetrarchVerbConverter.Convert(dictionary, shipped.CameoCodes.Contains, report);
    }

    private static void Write(PetrarchImportOptions o, string file, string kind, string description, IReadOnlyList<string> notes, string[] columns, List<string[]> rows, ImportReport report)
    {
        EntenteTsvWriter.Write(Path.Combine(o.OutDirectory, file), kind, description, o.Date, notes, columns, rows);
        report.Written[file] = rows.Count;
    }

    private static bool IsPerson(PetrarchActor a) =>
        a.Codes.Any(c => c.Dated) || a.Comment.Contains("CountryInfo", StringComparison.OrdinalIgnoreCase) || a.Comment.Contains("IGOrulers", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeBody(PetrarchActor a)
    {
        var words = a.Phrase.Trim('_').Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 || words.Any(BodyWords.Contains);
    }

    private static (string Name, List<string> Aliases) Names(PetrarchActor a)
    {
        var all = new List<string>();
        foreach (var p in a.Synonyms.Prepend(a.Phrase))
            foreach (var q in PetrarchPhrase.ToPhrases(p, titleCase: true))
                if (!all.Contains(q, StringComparer.OrdinalIgnoreCase)) all.Add(q);
        return all.Count == 0 ? ("", []) : (all[0], all.Skip(1).ToList());
    }

    private static void ImportActor(PetrarchActor a, string file, string source, PetrarchCodeMapper mapper, ShippedKnowledge shipped,
        ImportReport report, List<string[]> officials, List<string[]> organizations, HashSet<string> seen)
    {
        var (name, aliases) = Names(a);
        if (name.Length == 0) { report.Skip(file, "no usable phrase", Math.Max(1, a.Codes.Length)); return; }
        if (a.Codes.Length == 0) { report.Skip(file, "phrase without a code"); return; }
        if (IsPerson(a))
        {
            // a one-word name ("Hussein", "Abdullah") would match far too many people: leave it out, and say so
            var oneWord = aliases.Prepend(name).Where(p => !p.Contains(' ')).ToList();
            if (oneWord.Count > 0)
            {
                var kept = aliases.Prepend(name).Where(p => p.Contains(' ')).ToList();
                if (kept.Count == 0) { report.Skip(file, "person: only one-word names (too ambiguous)", Math.Max(1, a.Codes.Length)); return; }
                report.Skip(file, "person: one-word name or alias left out (the rest of the entry is kept)", oneWord.Count);
                (name, aliases) = (kept[0], kept.Skip(1).ToList());
            }
            bool dated = a.Codes.Any(c => c.Dated);
            bool duplicate = shipped.Officials.Overlaps(aliases.Prepend(name).Select(ShippedKnowledge.Fold));
            foreach (var c in a.Codes)
            {
                if (!c.Dated) { report.Skip(file, dated ? "person: undated default code beside dated terms" : "person: no dated term"); continue; }
                if (!mapper.TryMap(c.Code, out var m, out var reason)) { report.Skip(file, "person: " + reason); continue; }
                var role = m.Role;
                if (role == null) { report.Skip(file, "person: state code without a sector role"); continue; }
                if (duplicate) { report.Skip(file, "person: Entente's officials already have this name or alias"); continue; }
                var row = new[] { name, EntenteTsvWriter.List(aliases), m.Code, role, "", Iso(c.From), Iso(c.To), $"{source}/{file}:{c.Line}" };
                if (!seen.Add("officials\t" + string.Join('\t', row[..7]))) { report.Skip(file, "person: same term listed twice"); continue; }
                officials.Add(row);
            }
            return;
        }
        var code = a.Codes[0];
        if (a.Codes.Length > 1) report.Skip(file, "body: extra undated codes after the first", a.Codes.Length - 1);
        if (!mapper.TryMap(code.Code, out var mapped, out var why)) { report.Skip(file, "body: " + why); return; }
        if (!mapped.IsOrganization)
        {
            report.Skip(file, mapped.Role == null ? "body: state name or place (states.tsv covers states)" : "body: state sector body (institutions are not imported yet)");
            return;
        }
        if (!mapped.Exact) { report.Skip(file, "body: part of a larger organization without its own Entente code"); return; }
        if (!LooksLikeBody(a)) { report.Skip(file, "body: undated entry whose name may be a person's"); return; }
        if (shipped.OrganizationPhrases.Overlaps(aliases.Prepend(name).Select(ShippedKnowledge.Fold)))
        {
            report.Skip(file, "body: Entente's organizations already have this name or alias");
            return;
        }
        var (kind, country) = shipped.Organizations[mapped.Code];
        var orgRow = new[] { mapped.Code, name, EntenteTsvWriter.List(aliases), kind, country, "", $"{source}/{file}:{a.Line}" };
        if (!seen.Add("organizations\t" + orgRow[0] + "\t" + orgRow[1])) { report.Skip(file, "body: same name imported twice"); return; }
        organizations.Add(orgRow);
    }

    private static void ImportAgent(PetrarchAgent a, string source, ShippedKnowledge shipped, ImportReport report, List<string[]> rows, HashSet<string> emitted)
    {
        const string file = AgentsFile;
        if (!PetrarchCodeMapper.TryMapAgent(a.Code, out var role, out var secondary, out var reason)) { report.Skip(file, "agent: " + reason); return; }
        var phrases = new List<string>();
        foreach (var p in a.Plurals.Prepend(a.Phrase))
            foreach (var q in PetrarchPhrase.ToPhrases(p, titleCase: false))
                if (!phrases.Contains(q, StringComparer.Ordinal)) phrases.Add(q);
        if (phrases.Count == 0) { report.Skip(file, "agent: no usable phrase"); return; }
        if (phrases.Select(ShippedKnowledge.Fold).Any(shipped.AgentPhrases.Contains)) { report.Skip(file, "agent: Entente's agents already have this phrase"); return; }
        phrases.RemoveAll(p => !emitted.Add(ShippedKnowledge.Fold(p)));
        if (phrases.Count == 0) { report.Skip(file, "agent: same phrase imported twice"); return; }
        var code = a.CodeBefore ? $"[{a.Code}~]" : $"[~{a.Code}]";
        rows.Add([EntenteTsvWriter.List(phrases), role, secondary ?? "", $"petrarch2 code {code}", $"{source}/{file}:{a.Line}"]);
    }

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
