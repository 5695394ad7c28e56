using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;

namespace Entente.Analysis.Series;

/// <summary>One row of data/analysis/spheres.tsv: events of <paramref name="Types"/> whose evidence names a keyword belong to <paramref name="Sphere"/>.</summary>
public sealed record SphereRule(string Sphere, FrozenSet<string> Types, bool MatchesEquipment, Regex? Keywords, string Location);

/// <summary>
/// The sphere of an event (military, economic, infrastructure_energy, diplomatic, …): the first rule of
/// data/analysis/spheres.tsv whose types include the event's type and whose keywords occur in one of the event's
/// evidence sentences (or "*equipment" when the event names equipment); otherwise the sphere of its type in
/// data/cameo/event-types.tsv. Keyword patterns are compiled once, when the table is loaded.
/// </summary>
public sealed class SphereClassifier
{
    public const string Kind = "spheres";

    private readonly ImmutableArray<SphereRule> _rules;
    private readonly FrozenDictionary<string, string> _typeSphere;

    public SphereClassifier(IEnumerable<SphereRule> rules, IReadOnlyDictionary<string, string> typeSphere)
    {
        _rules = [.. rules];
        _typeSphere = typeSphere.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public ImmutableArray<SphereRule> Rules => _rules;

    /// <summary>The spheres in the order briefs and tables show them.</summary>
    public static readonly ImmutableArray<string> Order = ["military", "economic", "infrastructure_energy", "diplomatic", "humanitarian", "legal", "other"];

    public static SphereClassifier From(KnowledgeBase knowledge)
    {
        var rules = new List<SphereRule>();
        foreach (var table in knowledge.LoadTables(Kind, "sphere", "types", "keywords"))
            foreach (var row in table.Rows)
            {
                var sphere = row.Required("sphere");
                if (!Order.Contains(sphere))
                    throw row.Error($"sphere '{sphere}' is not known", $"use one of: {string.Join(", ", Order)}");
                var types = row.List("types");
                foreach (var t in types)
                    if (!knowledge.Cameo.Types.ContainsKey(t))
                        throw row.Error($"event type '{t}' is not in event-types.tsv", "use the type names of data/cameo/event-types.tsv");
                var words = row.List("keywords");
                var phrases = words.Where(w => w != "*equipment").OrderByDescending(w => w.Length).Select(Regex.Escape).ToList();
                var regex = phrases.Count == 0 ? null
                    : new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", phrases) + @")(?![\p{L}\p{N}])",
                        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
                rules.Add(new SphereRule(sphere, types.ToFrozenSet(StringComparer.Ordinal), words.Contains("*equipment"), regex, row.Location));
            }
        return new SphereClassifier(rules, knowledge.Cameo.Types.ToDictionary(kv => kv.Key, kv => kv.Value.Sphere));
    }

    /// <summary>The sphere of an event given its evidence sentences (may be empty: then only the type and the equipment decide).</summary>
    public string Classify(StoredEvent e, IReadOnlyList<string> evidence)
    {
        foreach (var rule in _rules)
        {
            if (!rule.Types.Contains(e.Type)) continue;
            if (rule.MatchesEquipment && !e.Equipment.IsDefaultOrEmpty) return rule.Sphere;
            if (rule.Keywords is { } k)
                foreach (var s in evidence)
                    if (k.IsMatch(s)) return rule.Sphere;
        }
        return TypeSphere(e.Type);
    }

    /// <summary>The default sphere of an analyst type.</summary>
    public string TypeSphere(string type) => _typeSphere.TryGetValue(type, out var s) ? s : "other";
}
