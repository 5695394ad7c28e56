using System.Collections.Frozen;
using System.Collections.Immutable;
using Entente.Core.Knowledge;

namespace Entente.Core.Sources;

/// <summary>A news outlet from <c>data/outlets.tsv</c>.</summary>
/// <param name="Name">Canonical name ("Tasnim News Agency").</param>
/// <param name="Country">Country code or name as in the file, if given.</param>
/// <param name="Kind">The file's kind column (e.g. state, independent), if given.</param>
/// <param name="Type">The file's type column (e.g. agency, newspaper, broadcaster), if given.</param>
/// <param name="Domain">Web domain, if given.</param>
/// <param name="Reliability">The Admiralty grade A–F set for this outlet in its row, overriding <c>reliability.tsv</c>; null when not set.</param>
public sealed record OutletInfo(string Name, string? Country, string? Kind, string? Type, string? Domain, char? Reliability = null);

/// <summary>
/// The known news outlets: <c># kind: outlets</c> files with columns <c>name aliases country kind type domain</c>.
/// Names and aliases are matched case-insensitively, except all-capital aliases of 2–5 letters ("AP", "TASS", "IRNA"),
/// which must match exactly. Domains are accepted as names too ("forbes.ua") unless a name or alias already claims them.
/// Immutable and thread-safe.
/// </summary>
public sealed class OutletTable
{
    public const string FileKind = "outlets";

    private readonly FrozenDictionary<string, OutletInfo> _exact;
    private readonly FrozenDictionary<string, OutletInfo> _folded;
    private readonly FrozenDictionary<string, OutletInfo>.AlternateLookup<ReadOnlySpan<char>> _exactSpan;
    private readonly FrozenDictionary<string, OutletInfo>.AlternateLookup<ReadOnlySpan<char>> _foldedSpan;

    public ImmutableArray<OutletInfo> Outlets { get; }

    private OutletTable(ImmutableArray<OutletInfo> outlets, Dictionary<string, OutletInfo> exact, Dictionary<string, OutletInfo> folded)
    {
        Outlets = outlets;
        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _folded = folded.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _exactSpan = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _foldedSpan = _folded.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static OutletTable Empty { get; } = FromTables();

    /// <summary>Reads one or more outlet files; later files may add outlets but not re-map an alias to another outlet.</summary>
    public static OutletTable Load(params string[] paths)
        => FromTables([.. paths.Select(p => DataTable.Load(p, FileKind, "name"))]);

    /// <summary>Builds the table from already parsed files (tests, embedded data).</summary>
    public static OutletTable FromTables(params DataTable[] tables)
    {
        var exact = new Dictionary<string, OutletInfo>(StringComparer.Ordinal);
        var folded = new Dictionary<string, OutletInfo>(StringComparer.OrdinalIgnoreCase);
        var where = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var outlets = ImmutableArray.CreateBuilder<OutletInfo>();
        var domains = new List<(string Domain, OutletInfo Info)>();
        foreach (var table in tables)
            foreach (var row in table.Rows)
            {
                var name = Normalize(row.Required("name"));
                var info = new OutletInfo(name, row.Optional("country"), row.Optional("kind"), row.Optional("type"), row.Optional("domain"), ReliabilityOf(row));
                outlets.Add(info);
                foreach (var raw in row.List("aliases").Prepend(name))
                {
                    var key = Normalize(raw);
                    var dict = IsAcronym(key) ? exact : folded;
                    if (dict.TryGetValue(key, out var other))
                    {
                        if (!string.Equals(other.Name, info.Name, StringComparison.OrdinalIgnoreCase))
                            throw row.Error($"alias '{key}' already names '{other.Name}' (at {where[other.Name]})",
                                "an alias may name one outlet only; remove it from one of the rows");
                        continue;
                    }
                    dict[key] = info;
                }
                where.TryAdd(info.Name, row.Location);
                if (info.Domain is { } dom) domains.Add((dom.Trim(), info));
            }
        foreach (var (dom, info) in domains)
            if (dom.Length > 0) folded.TryAdd(dom, info);
        return new OutletTable(outlets.ToImmutable(), exact, folded);
    }

    /// <summary>
    /// Looks up a name as written ("Tasnim News Agency", "the Moscow Times", "TASS"). Surrounding whitespace, a leading
    /// "the", curly apostrophes and line breaks inside the name are tolerated.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> name, out OutletInfo info)
    {
        name = name.Trim();
        if (name.Length == 0) { info = null!; return false; }
        if (NeedsNormalizing(name)) return TryFindCore(Normalize(name.ToString()), out info);
        return TryFindCore(name, out info);
    }

    private bool TryFindCore(ReadOnlySpan<char> name, out OutletInfo info)
    {
        if (_exactSpan.TryGetValue(name, out info!)) return true;
        if (_foldedSpan.TryGetValue(name, out info!)) return true;
        if (name.Length > 4 && name[..4].Equals("the ", StringComparison.OrdinalIgnoreCase))
            return TryFindCore(name[4..], out info);
        info = null!;
        return false;
    }

    private static char? ReliabilityOf(DataRow row)
    {
        var v = row.Optional("reliability");
        if (v is null) return null;
        if (v.Length != 1 || !ReliabilityTable.IsGrade(v[0]))
            throw row.Error($"reliability '{v}' is not a letter A–F", "leave it empty to use reliability.tsv, or write one of A B C D E F");
        return v[0];
    }

    internal static bool IsAcronym(string key)
    {
        if (key.Length is < 2 or > 5) return false;
        foreach (var c in key) if (!char.IsUpper(c)) return false;
        return true;
    }

    private static bool NeedsNormalizing(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '’' or '‘') return true;
            if (char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < s.Length && char.IsWhiteSpace(s[i + 1])))) return true;
        }
        return false;
    }

    private static string Normalize(string s) => CollapseWhitespace(s, foldQuotes: true);

    /// <summary>Trims, collapses runs of white space to one space, and optionally folds curly quotes to straight ones.</summary>
    internal static string CollapseWhitespace(ReadOnlySpan<char> s, bool foldQuotes)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        bool space = false;
        foreach (var ch in s.Trim())
        {
            if (char.IsWhiteSpace(ch)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(foldQuotes && ch is '’' or '‘' ? '\'' : ch);
        }
        return sb.ToString();
    }
}
