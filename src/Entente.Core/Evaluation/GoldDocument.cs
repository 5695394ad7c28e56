using System.Collections.Immutable;
using System.Globalization;
using Entente.Core.Events;
using Entente.Core.Knowledge.Import;
using Entente.Core.Text;
using Entente.Core.Time;

namespace Entente.Core.Evaluation;

/// <summary>
/// An actor of a gold event, written <c>CCC</c> (a state or organization code, whatever the sector), <c>CCC/AGT</c>
/// (that code with CAMEO agent role AGT: <c>NGA/COP</c>, <c>SYR/REB</c>), <c>/AGT</c> (an agent whose country the text
/// does not give), <c>?</c> (a named actor in no dictionary) or <c>-</c> (no target: a one-actor event).
/// </summary>
/// <param name="Code">The state or organization code; null for <c>/AGT</c>, <c>?</c> and <c>-</c>.</param>
/// <param name="Agent">The CAMEO agent code after the slash, if any.</param>
public sealed record GoldActor(string Text, string? Code, string? Agent)
{
    public static readonly GoldActor None = new("-", null, null);
    public static readonly GoldActor Unknown = new("?", null, null);

    public bool IsNone => Text == "-";
    public bool IsUnknown => Text == "?";

    /// <summary>Reads one source or target field; <paramref name="where"/> is the <c>file:line</c> put in front of errors.</summary>
    public static GoldActor Parse(string text, bool isTarget, string where)
    {
        if (text == "-")
            return isTarget ? None : throw new FormatException($"{where}: source '-' is not allowed (hint: '-' marks a missing target; an actor in no dictionary is '?')");
        if (text == "?") return Unknown;
        int slash = text.IndexOf('/');
        var code = slash < 0 ? text : text[..slash];
        var agent = slash < 0 ? null : text[(slash + 1)..];
        if (code.Length > 0 && !code.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9'))
            throw new FormatException($"{where}: actor '{text}': code '{code}' is not an upper-case state or organization code (hint: ISO3 such as NGA, or an organization such as UN)");
        if (agent != null && !PetrarchCodeMapper.Roles.Contains(agent))
            throw new FormatException($"{where}: actor '{text}': unknown agent code '{agent}' (hint: one of {string.Join(' ', PetrarchCodeMapper.Roles.Order(StringComparer.Ordinal))}, as in data/actors/agents.tsv; police are COP, rebels REB, unions LAB, courts JUD)");
        if (code.Length == 0 && agent == null)
            throw new FormatException($"{where}: empty actor (hint: write a code, CCC/AGT, /AGT, '?' or, for a target, '-')");
        return new GoldActor(text, code.Length == 0 ? null : code, agent);
    }

    public override string ToString() => Text;
}

/// <summary>The precision of a gold location: a city (any populated place), a first-level division or named
/// sub-national region (Donbas, Crimea, Gaza Strip), a whole state, or a sea, strait or gulf.</summary>
public enum GoldPlaceKind { City, Admin1, Country, Sea }

/// <summary>
/// Where a gold event happened, written <c>Name|kind|CCC</c> in the optional seventh field of an event line
/// ("Kharkiv|admin1|UKR", "Red Sea|sea|-"). <c>-</c> as the whole field means the text gives no place for the event.
/// </summary>
/// <param name="Country">The ISO3 code of the state the place lies in; null (<c>-</c>) for a sea and for a disputed
/// region whose state the text does not settle.</param>
public sealed record GoldLocation(string Name, GoldPlaceKind Kind, string? Country)
{
    /// <summary>Reads the location field; null for <c>-</c>. <paramref name="where"/> is the <c>file:line</c> put in front of errors.</summary>
    public static GoldLocation? Parse(string text, string where)
    {
        if (text == "-") return null;
        var f = text.Split('|');
        if (f.Length != 3)
            throw new FormatException($"{where}: location '{text}' is not Name|kind|CCC (hint: 'Kharkiv|admin1|UKR', 'Red Sea|sea|-', or '-' when the text gives no place)");
        var (name, kindText, country) = (f[0], f[1], f[2]);
        if (name.Length == 0 || name != name.Trim())
            throw new FormatException($"{where}: location '{text}': empty name or name with surrounding spaces (hint: the place's name as GeoNames writes it, e.g. 'Kyiv')");
        GoldPlaceKind kind = kindText switch
        {
            "city" => GoldPlaceKind.City,
            "admin1" => GoldPlaceKind.Admin1,
            "country" => GoldPlaceKind.Country,
            "sea" => GoldPlaceKind.Sea,
            _ => throw new FormatException($"{where}: location '{text}': kind '{kindText}' is unknown (hint: city, admin1, country or sea)"),
        };
        if (country != "-" && !(country.Length == 3 && country.All(c => c is >= 'A' and <= 'Z')))
            throw new FormatException($"{where}: location '{text}': country '{country}' is not an ISO3 code (hint: three capital letters such as UKR, or '-' for a sea)");
        if (kind == GoldPlaceKind.Sea && country != "-")
            throw new FormatException($"{where}: location '{text}': a sea takes '-' as country (hint: 'Black Sea|sea|-'; a place on the coast is a city)");
        if (country == "-" && kind is GoldPlaceKind.City or GoldPlaceKind.Country)
            throw new FormatException($"{where}: location '{text}': a {kindText} needs the ISO3 code of its state (hint: '-' only for a sea or a disputed region)");
        return new GoldLocation(name, kind, country == "-" ? null : country);
    }

    public override string ToString() => $"{Name}|{Kind.ToString().ToLowerInvariant()}|{Country ?? "-"}";
}

/// <summary>One expected event of a gold file.</summary>
/// <param name="Evidence">A verbatim substring of the sentence that expresses the event, used to align predictions.</param>
/// <param name="Location">Where the event happened; null when the text gives no place or when the line has no location
/// field (see <paramref name="LocationAnnotated"/>).</param>
/// <param name="LocationAnnotated">Whether the line has the seventh field (a place or <c>-</c>); false for lines written
/// before locations were annotated.</param>
public sealed record GoldEvent(GoldActor Source, GoldActor Target, string Cameo, DateRange? Date, EventStatus Status, string Evidence, int Line,
    GoldLocation? Location = null, bool LocationAnnotated = false)
{
    public string Root => Cameo[..2];
}

/// <summary>
/// An annotated document (<c>.gold</c>): front matter (id, title, published, outlet) between <c>---</c> lines, the
/// article text, a line <c>=== events</c>, then one TAB-separated expected event per line:
/// <c>source target cameo date status evidence [location]</c> (actors: see <see cref="GoldActor"/>; date: <c>YYYY-MM-DD</c>,
/// <c>YYYY-MM-DD..YYYY-MM-DD</c> or <c>-</c>; location, optional: see <see cref="GoldLocation"/>).
/// </summary>
/// <param name="InterstateOnly">Front matter <c>scope: interstate</c>: the document was annotated under the interstate-only
/// guideline (no domestic events, no one-actor events), so predictions of those kinds are not scored on it.</param>
public sealed record GoldDocument(string Path, string Id, SourceDocument Document, ImmutableArray<GoldEvent> Events, bool InterstateOnly = false)
{
    public static GoldDocument Load(string path)
    {
        var lines = File.ReadAllLines(path);
        int i = 0;
        string id = System.IO.Path.GetFileNameWithoutExtension(path);
        string? title = null, outlet = null;
        DateOnly? published = null;
        bool interstateOnly = false;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            i = 1;
            for (; i < lines.Length && lines[i].Trim() != "---"; i++)
            {
                int colon = lines[i].IndexOf(':');
                if (colon <= 0) continue;
                var key = lines[i][..colon].Trim();
                var value = lines[i][(colon + 1)..].Trim().Trim('"');
                switch (key)
                {
                    case "id": id = value; break;
                    case "title": title = value; break;
                    case "outlet": outlet = value; break;
                    case "scope":
                        interstateOnly = value switch
                        {
                            "interstate" => true,
                            "all" => false,
                            _ => throw new FormatException($"{path}:{i + 1}: scope '{value}' is unknown (hint: 'interstate' for a document annotated under the interstate-only guideline, or 'all')"),
                        };
                        break;
                    case "published":
                        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p))
                            throw new FormatException($"{path}:{i + 1}: published '{value}' is not YYYY-MM-DD");
                        published = p; break;
                }
            }
            if (i >= lines.Length) throw new FormatException($"{path}: front matter has no closing '---' line");
            i++;
        }
        int marker = Array.FindIndex(lines, i, l => l.Trim() == "=== events");
        if (marker < 0) throw new FormatException($"{path}: no '=== events' line (hint: end the text with a line '=== events', followed by the expected events)");
        var body = string.Join("\n", lines[i..marker]).Trim('\n', '\r', ' ');
        var events = ImmutableArray.CreateBuilder<GoldEvent>();
        for (int k = marker + 1; k < lines.Length; k++)
        {
            var line = lines[k];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length is not (6 or 7)) throw new FormatException($"{path}:{k + 1}: expected 6 or 7 TAB-separated fields (source target cameo date status evidence [location]), found {f.Length}");
            if (!Enum.TryParse<EventStatus>(f[4].Trim(), true, out var status))
                throw new FormatException($"{path}:{k + 1}: status '{f[4]}' is not one of reported, confirmed, denied, planned, assessed, hypothetical");
            var evidence = f[5].Trim();
            if (!body.Contains(evidence, StringComparison.Ordinal))
                throw new FormatException($"{path}:{k + 1}: evidence '{evidence}' does not occur in the text");
            var where = $"{path}:{k + 1}";
            events.Add(new GoldEvent(GoldActor.Parse(f[0].Trim(), false, where), GoldActor.Parse(f[1].Trim(), true, where), f[2].Trim(),
                ParseRange(f[3].Trim(), path, k + 1), status, evidence, k + 1,
                f.Length == 7 ? GoldLocation.Parse(f[6].Trim(), where) : null, f.Length == 7));
        }
        var doc = new SourceDocument(path, body, "text", title, published, outlet);
        return new GoldDocument(path, id, doc, events.ToImmutable(), interstateOnly);
    }

    private static DateRange? ParseRange(string s, string path, int line)
    {
        if (s == "-" || s.Length == 0) return null;
        var parts = s.Split("..");
        DateOnly Parse(string x) => DateOnly.TryParseExact(x, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new FormatException($"{path}:{line}: date '{x}' is not YYYY-MM-DD");
        var a = Parse(parts[0]);
        return parts.Length == 2 ? new DateRange(a, Parse(parts[1])) : DateRange.Day(a);
    }

    /// <summary>Every .gold file under the given files or folders, sorted.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p)) files.AddRange(Directory.EnumerateFiles(p, "*.gold", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(p)) files.Add(p);
            else throw new FileNotFoundException($"{p}: no such file or folder (hint: give .gold files or folders holding them)");
        }
        return files;
    }
}
