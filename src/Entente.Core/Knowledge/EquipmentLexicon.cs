namespace Entente.Core.Knowledge;

/// <summary>A weapon system or generic class of military equipment with its category and producing state
/// (<see cref="Country"/>, null for generic nouns such as "drones"); <see cref="Source"/> is file:line.</summary>
public sealed record EquipmentEntry(string Name, string Category, string? Country, bool Generic, string Source, string Phrase);

/// <summary>data/equipment.tsv in a token trie.</summary>
public sealed class EquipmentLexicon
{
    public PhraseTrie<EquipmentEntry> Trie { get; }
    public int Count { get; }

    private EquipmentLexicon(PhraseTrie<EquipmentEntry> trie, int count) { Trie = trie; Count = count; }

    public static EquipmentLexicon Load(IEnumerable<DataTable> tables)
    {
        var b = new PhraseTrie<EquipmentEntry>.Builder();
        int count = 0;
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var name = r.Required("name");
                var category = r.Required("category");
                var origin = r.Optional("origin");
                var e = new EquipmentEntry(name, category, origin, origin is null, r.Location, name);
                if (b.Add(name, e)) count++;
                foreach (var a in r.List("aliases")) if (b.Add(a, e with { Phrase = a })) count++;
            }
        return new EquipmentLexicon(b.Build(), count);
    }
}
