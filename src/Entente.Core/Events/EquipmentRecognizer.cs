using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Finds weapons and military equipment with data/equipment.tsv: named systems ("Fateh-110", "Su-35") and generic
/// classes ("ballistic missiles", "combat trainer aircraft"). A named system followed by its class noun
/// ("Su-35 fighter jets") is one mention. Attaches the quantity written just before it ("approximately 400
/// surface-to-surface ballistic missiles"). Reads: tokens, quantities. Writes: <see cref="EquipmentMention"/>s.
/// </summary>
public sealed class EquipmentRecognizer
{
    private readonly EquipmentLexicon _lexicon;

    public EquipmentRecognizer(EquipmentLexicon lexicon) { _lexicon = lexicon; }

    public IReadOnlyList<EquipmentMention> Recognize(Doc text, Sentence s, IReadOnlyList<QuantityMention> quantities, Func<int, bool> isActorToken)
    {
        List<EquipmentMention>? result = null;
        int end = s.EndToken;
        for (int i = s.FirstToken; i < end; i++)
        {
            if (isActorToken(i)) continue;
            int len = _lexicon.Trie.MatchLongest(text, i, end, out var entries);
            if (len == 0) continue;
            var entry = entries[0];
            int stop = i + len;
            // "Su-35 fighter jets", "Fateh-110 family": absorb the class noun after a named system
            if (!entry.Generic && stop < end)
            {
                int l2 = _lexicon.Trie.MatchLongest(text, stop, end, out var e2);
                if (l2 > 0 && e2[0].Generic) stop += l2;
            }
            // a generic noun preceded by a named system's class, e.g. "ballistic missiles of the Fateh-110 family"
            if (entry.Generic && stop + 3 < end && text.KeyIs(stop, "of") && text.KeyIs(stop + 1, "the"))
            {
                int l3 = _lexicon.Trie.MatchLongest(text, stop + 2, end, out var e3);
                if (l3 > 0 && !e3[0].Generic) { entry = e3[0]; stop = stop + 2 + l3; if (stop < end && text.KeyIs(stop, "family")) stop++; }
            }
            Quantity? quantity = null;
            // the quantity ends at most three modifier words before the equipment: "approximately 400 surface-to-surface ballistic missiles"
            foreach (var q in quantities)
            {
                if (q.IsMoney || q.EndToken > i || i - q.EndToken > 3) continue;
                bool clean = true;
                for (int k = q.EndToken; k < i && clean; k++) clean = text.Tokens[k].IsWord && !text.KeyIs(k, "and") && !text.KeyIs(k, "of") || text.KeyIs(k, "of") && k == q.EndToken && k + 1 == i;
                if (clean) quantity = new Quantity(q.Value, q.Approximate, q.Text);
            }
            int start = text.Tokens[i].Start, endChar = text.Tokens[stop - 1].End;
            (result ??= []).Add(new EquipmentMention(s.Index, i, stop, start, endChar, text.Text[start..endChar], entry, quantity));
            i = stop - 1;
        }
        return result ?? (IReadOnlyList<EquipmentMention>)[];
    }
}
