using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>A weapon system or generic class of military equipment with its category and producing state
/// (<see cref="Country"/>, null for generic nouns such as "drones"); <see cref="Source"/> is file:line.</summary>
public sealed record EquipmentEntry(string Name, string Category, string? Country, bool Generic, string Source, string Phrase);

/// <summary>data/equipment.tsv in a token trie.</summary>
public sealed class EquipmentLexicon
{
    public PhraseTrie<EquipmentEntry> Trie { get; }
    public int Count { get; }

    /// <summary>Every category named in the files ("uav", "fighter_aircraft", …).</summary>
    public FrozenSet<string> Categories { get; }

    private readonly FrozenSet<string> _generic;
    private readonly FrozenDictionary<string, string> _categoryOfName;
    private readonly FrozenDictionary<string, string> _pluralOfName;

    private EquipmentLexicon(PhraseTrie<EquipmentEntry> trie, int count, IEnumerable<string> generic, Dictionary<string, string> categoryOfName,
        Dictionary<string, string> pluralOfName)
    {
        _pluralOfName = pluralOfName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Trie = trie;
        Count = count;
        _generic = generic.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _categoryOfName = categoryOfName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Categories = categoryOfName.Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The category of an equipment name as stored on events (the row's name, e.g. "Shahed-136" → "loitering_munition"), or null when unknown.</summary>
    public string? CategoryOf(string name) => _categoryOfName.TryGetValue(name, out var c) ? c : null;

    /// <summary>True for a generic noun ("drone", "missile", "air defense system": rows with no origin), false for a named system or an unknown name.</summary>
    public bool IsGeneric(string name) => _generic.Contains(name);

    /// <summary>The plural a row lists among its aliases ("short-range ballistic missile" → "short-range ballistic missiles",
    /// "Shahed" → "Shaheds"), or null when it lists none (a designator such as "Fateh-360" is then written as it is).</summary>
    public string? PluralOf(string name) => _pluralOfName.TryGetValue(name, out var p) ? p : null;

    public static EquipmentLexicon Load(IEnumerable<DataTable> tables)
    {
        var b = new PhraseTrie<EquipmentEntry>.Builder();
        int count = 0;
        var generic = new List<string>();
        var categoryOfName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pluralOfName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var name = r.Required("name");
                var category = r.Required("category");
                var origin = r.Optional("origin");
                var e = new EquipmentEntry(name, category, origin, origin is null, r.Location, name);
                if (origin is null) generic.Add(name);
                categoryOfName.TryAdd(name, category);
                if (b.Add(name, e)) count++;
                foreach (var a in r.List("aliases"))
                {
                    if (b.Add(a, e with { Phrase = a })) count++;
                    if ((a.Equals(name + "s", StringComparison.OrdinalIgnoreCase) || a.Equals(name + "es", StringComparison.OrdinalIgnoreCase)) && !pluralOfName.ContainsKey(name))
                        pluralOfName[name] = a;
                }
            }
        return new EquipmentLexicon(b.Build(), count, generic, categoryOfName, pluralOfName);
    }
}
