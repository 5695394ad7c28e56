using System.Collections.Frozen;

namespace Entente.Core.Knowledge.Import;

/// <summary>What a PETRARCH code means in Entente: an actor code (state ISO3 or organization code) and CAMEO agent roles.</summary>
/// <param name="IsOrganization">True when <paramref name="Code"/> is an organization code.</param>
/// <param name="Role">For an organization: GOV (its leaders; MIL when Phoenix adds MIL), as in Entente's officials.tsv.</param>
public sealed record MappedCode(string Code, string? Role, string? Secondary, bool IsOrganization)
{
    /// <summary>For an organization: true when the whole Phoenix code is the organization's (IGOUNO), false for a body or
    /// office inside it (IGOUNOLABILO, the ILO, is not the UN itself).</summary>
    public bool Exact { get; init; } = true;
}

/// <summary>
/// Maps Phoenix/CAMEO actor codes, read as 3-letter parts (<c>IRN GOV</c>, <c>IGO UNO</c>, <c>IMG MUS ALQ</c>), to Entente's
/// (code, role): a state part must be a state of Entente's states.tsv (Phoenix's KSV is Kosovo, XKX); sector parts must be
/// Entente's CAMEO agent codes; organization parts go through a fixed table to codes that Entente's organizations.tsv
/// defines. Anything else is refused with a reason, which the importer counts.
/// </summary>
public sealed class PetrarchCodeMapper
{
    /// <summary>The CAMEO agent codes Entente uses (data/actors/README.md).</summary>
    public static readonly FrozenSet<string> Roles = new[]
    {
        "GOV", "MIL", "LEG", "JUD", "SPY", "COP", "MED", "BUS", "OPP", "REB", "UAF", "CVL", "REF", "EDU", "HLH", "HRI", "LAB",
        "ELI", "REL", "NGO", "AGR", "DEV", "ENV",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Phoenix religion parts, which Entente folds into the REL sector.</summary>
    private static readonly FrozenSet<string> Religions = new[] { "MUS", "CHR", "JEW", "HIN", "BUD", "SIK", "JAN", "CTH", "PRO", "ORT", "SHI", "SUN" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Phoenix state parts that are not ISO3.</summary>
    private static readonly FrozenDictionary<string, string> StateAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["KSV"] = "XKX",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Phoenix organization codes (after IGO/IMG/NGO) → Entente organization codes. Longest match wins.</summary>
    public static readonly FrozenDictionary<string, string> Organizations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UNO"] = "UN", ["UNOIAE"] = "IAEA", ["UNOJUDICJ"] = "ICJ", ["UNOHLHWHO"] = "WHO", ["UNOKID"] = "UNICEF",
        ["UNOREFHCR"] = "UNHCR", ["UNODEVWBK"] = "WB", ["UNOWBK"] = "WB", ["UNOHRIHCH"] = "OHCHR", ["UNOWFP"] = "WFP",
        ["UNODEVUND"] = "UNDP", ["UNOAGRFAO"] = "FAO", ["UNOEDUSCO"] = "UNESCO",
        ["EUREEC"] = "EU", ["WSTNAT"] = "NATO", ["SEAASN"] = "ASEAN", ["SASSAA"] = "SAARC", ["BUSOPC"] = "OPEC", ["BUSIMF"] = "IMF",
        ["BUSWTO"] = "WTO", ["EURDEVEBR"] = "EBRD", ["EAFEAC"] = "EAC", ["ASADEVADB"] = "ADB", ["AFRAFU"] = "AU", ["OAS"] = "OAS",
        ["MEAARL"] = "ARL", ["JUDICC"] = "ICC", ["COPITP"] = "INTERPOL", ["WAFWAS"] = "ECOWAS", ["MOSOIC"] = "OIC",
        ["CASCIS"] = "CIS", ["SAFDEVSAD"] = "SADC", ["MEAGCC"] = "GCC", ["EUROSC"] = "OSCE", ["EURCOE"] = "COE",
        ["MUSALQ"] = "AQ",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> OrganizationPrefixes = new[] { "IGO", "IMG", "NGO" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<string> _states;
    private readonly FrozenSet<string> _organizations;

    /// <param name="stateCodes">Entente's state codes (states.tsv).</param>
    /// <param name="organizationCodes">Entente's organization codes (organizations.tsv): a table entry whose target is missing is not used.</param>
    public PetrarchCodeMapper(IEnumerable<string> stateCodes, IEnumerable<string> organizationCodes)
    {
        _states = stateCodes.ToFrozenSet(StringComparer.Ordinal);
        _organizations = organizationCodes.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Maps <paramref name="code"/>; on failure <paramref name="reason"/> says why (a short, countable phrase).</summary>
    public bool TryMap(string code, out MappedCode mapped, out string reason)
    {
        mapped = null!; reason = "";
        if (code == "---") { reason = "null code [---]"; return false; }
        if (code.Length % 3 != 0 || code.Length == 0) { reason = "code is not made of 3-letter parts"; return false; }
        var parts = Enumerable.Range(0, code.Length / 3).Select(i => code.Substring(i * 3, 3)).ToArray();
        var first = StateAliases.GetValueOrDefault(parts[0], parts[0]);
        if (_states.Contains(first))
        {
            var (role, secondary, bad) = RolesOf(parts, 1);
            if (bad != null) { reason = "part after the state is not an Entente sector (dependent territory or Phoenix-only code)"; return false; }
            mapped = new MappedCode(first, role, secondary, false);
            return true;
        }
        if (OrganizationPrefixes.Contains(parts[0]))
        {
            for (int n = parts.Length; n >= 2; n--)
            {
                var key = string.Concat(parts[1..n]);
                if (Organizations.TryGetValue(key, out var org))
                {
                    if (!_organizations.Contains(org)) { reason = "organization code not in Entente's organizations"; return false; }
                    var rest = parts[n..];
                    mapped = new MappedCode(org, rest.Length > 0 && rest[0] == "MIL" ? "MIL" : "GOV", null, true) { Exact = rest.Length == 0 };
                    return true;
                }
            }
            reason = parts.Length == 1 ? $"bare {parts[0]} code without an organization" : $"{parts[0]} code without an Entente organization";
            return false;
        }
        if (Roles.Contains(parts[0]) && parts.Length == 1) { reason = "sector code without a state"; return false; }
        reason = parts[0] is "MNC" ? "company (MNC) code" : "first part is not an Entente state (region, former state, territory)";
        return false;
    }

    /// <summary>
    /// Maps a PETRARCH event code to a code <paramref name="exists"/> knows: the code itself, else its nearest listed parent
    /// (drop the last digit: 1722 → 172), never shorter than three digits (a bare root such as 17 says too little).
    /// </summary>
    public static bool TryMapEvent(string code, Func<string, bool> exists, out string mapped)
    {
        mapped = "";
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)) return false;
        for (var c = code; c.Length >= Math.Min(3, code.Length); c = c[..^1])
            if (exists(c)) { mapped = c; return true; }
        return false;
    }

    /// <summary>Maps an agent code (<c>GOVMED</c>, <c>NGO</c>; religions fold into REL) to a role and an optional secondary.</summary>
    public static bool TryMapAgent(string code, out string role, out string? secondary, out string reason)
    {
        role = ""; secondary = null; reason = "";
        if (code.Length == 0 || code.Length % 3 != 0) { reason = "code is not made of 3-letter parts"; return false; }
        var parts = Enumerable.Range(0, code.Length / 3).Select(i => code.Substring(i * 3, 3)).ToArray();
        var (r, s, bad) = RolesOf(parts, 0);
        if (r == null) { reason = $"sector part not used by Entente"; return false; }
        role = r; secondary = s;
        return true;
    }

    /// <summary>
    /// The first two sector parts from <paramref name="start"/>. Religion parts (MUS, CHR, …) become REL but give way to any
    /// other sector (MUSUAF, "Muslim militants", is UAF with secondary REL); finer parts after a known sector are ignored
    /// (GOVFRM is GOV); an unknown part before any sector makes the code unusable.
    /// </summary>
    private static (string? Role, string? Secondary, string? Bad) RolesOf(string[] parts, int start)
    {
        var found = new List<string>();
        for (int i = start; i < parts.Length; i++)
        {
            var p = Religions.Contains(parts[i]) ? "REL" : parts[i];
            if (!Roles.Contains(p))
            {
                if (found.Count == 0) return (null, null, parts[i]);
                continue;
            }
            if (!found.Contains(p)) found.Add(p);
        }
        if (found.Count == 0) return (null, null, null);
        var ordered = found.Where(r => r != "REL").Concat(found.Where(r => r == "REL")).ToList();
        return (ordered[0], ordered.Count > 1 ? ordered[1] : null, null);
    }
}
