using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Entente.Core.Knowledge.Import;

/// <summary>
/// What an import needs from Entente's own data folder: state codes, organization codes (with kind and country), and every
/// official, organization and agent phrase, folded (case, diacritics, curly apostrophes, a leading "the") so that imported
/// rows that repeat one can be dropped: Entente's own rows win.
/// </summary>
public sealed class ShippedKnowledge
{
    public required FrozenSet<string> StateCodes { get; init; }
    public required FrozenDictionary<string, (string Kind, string Country)> Organizations { get; init; }
    public required FrozenSet<string> Officials { get; init; }
    public required FrozenSet<string> OrganizationPhrases { get; init; }
    public required FrozenSet<string> AgentPhrases { get; init; }
    /// <summary>Every CAMEO code of data/cameo/cameo.tsv (imported event patterns must use one).</summary>
    public required FrozenSet<string> CameoCodes { get; init; }

    public static ShippedKnowledge Load(string dataDirectory)
    {
        DataTable T(string rel, string kind, params string[] cols) => DataTable.LoadAs(Path.Combine(dataDirectory, rel), "data/" + rel, kind, cols);
        var states = T("actors/states.tsv", "states", "code", "name");
        var orgs = T("actors/organizations.tsv", "organizations", "code", "name");
        var officials = T("actors/officials.tsv", "officials", "name", "code");
        var agents = T("actors/agents.tsv", "agents", "phrase", "role");
        var cameo = T("cameo/cameo.tsv", "cameo", "code");
        var orgInfo = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var r in orgs.Rows) orgInfo.TryAdd(r.Required("code"), (r["kind"], r["country"]));
        return new ShippedKnowledge
        {
            StateCodes = states.Rows.Select(r => r.Required("code")).ToFrozenSet(StringComparer.Ordinal),
            Organizations = orgInfo.ToFrozenDictionary(StringComparer.Ordinal),
            Officials = officials.Rows.SelectMany(r => r.List("aliases").Prepend(r["name"])).Select(Fold).ToFrozenSet(StringComparer.Ordinal),
            OrganizationPhrases = orgs.Rows.SelectMany(r => r.List("aliases").Prepend(r["name"])).Select(Fold).ToFrozenSet(StringComparer.Ordinal),
            AgentPhrases = agents.Rows.SelectMany(r => r.List("phrase")).Select(Fold).ToFrozenSet(StringComparer.Ordinal),
            CameoCodes = cameo.Rows.Select(r => r.Required("code")).ToFrozenSet(StringComparer.Ordinal),
        };
    }

    /// <summary>The comparison key of a phrase: lower case, no diacritics, straight apostrophes, single spaces, no leading "the".</summary>
    public static string Fold(string phrase)
    {
        var d = phrase.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
        }
        var s = string.Join(' ', sb.ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }
}
