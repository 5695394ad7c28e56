namespace Entente.Syntax.Tagging;

/// <summary>
/// Morphological features (UD FEATS) from the tag and, for frequent closed-class words, the word: learned from the
/// treebank as the features a tag (or a word with that tag) carries in nearly all its occurrences, so nothing is
/// guessed that the tag does not imply ("VBD" → Mood=Ind|Tense=Past|VerbForm=Fin; "they"+PRP →
/// Case=Nom|Number=Plur|Person=3|PronType=Prs). Voice=Pass is added after parsing, from a passive auxiliary or subject.
/// </summary>
public sealed class MorphologyTable
{
    private readonly string[] _byTag;
    private readonly Dictionary<string, string> _byWord; // "lower\ttag" → feats
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal MorphologyTable(string[] byTag, Dictionary<string, string> byWord)
    {
        _byTag = byTag; _byWord = byWord; _lookup = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal int WordEntries => _byWord.Count;

    /// <summary>FEATS for a word with joint tag <paramref name="tag"/> ("_" when none).</summary>
    public string Features(ReadOnlySpan<char> form, int tag, Span<char> scratch)
    {
        if (_byWord.Count > 0 && form.Length <= 24)
        {
            var tagText = tag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var key = scratch[..(form.Length + 1 + tagText.Length)];
            for (int i = 0; i < form.Length; i++) key[i] = char.ToLowerInvariant(form[i]);
            key[form.Length] = '\t';
            tagText.AsSpan().CopyTo(key[(form.Length + 1)..]);
            if (_lookup.TryGetValue(key, out var feats)) return feats;
        }
        return tag >= 0 && tag < _byTag.Length ? _byTag[tag] : "_";
    }

    internal static MorphologyTable Learn(int tags, IEnumerable<(string Form, int Tag, string Feats)> words)
    {
        var perTag = new Dictionary<string, int>[tags];
        var tagTotals = new int[tags];
        var perWord = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (form, tag, treebankFeats) in words)
        {
            if (tag < 0) continue;
            var feats = WithoutVoice(treebankFeats);
            tagTotals[tag]++;
            var d = perTag[tag] ??= new(StringComparer.Ordinal);
            if (feats != "_")
                foreach (var f in feats.Split('|')) d[f] = d.GetValueOrDefault(f) + 1;
            string key = form.ToLowerInvariant() + "\t" + tag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!perWord.TryGetValue(key, out var w)) perWord[key] = w = new(StringComparer.Ordinal);
            w[feats] = w.GetValueOrDefault(feats) + 1;
        }
        var byTag = new string[tags];
        for (int t = 0; t < tags; t++)
        {
            var kept = perTag[t]?.Where(p => p.Value >= 0.95 * tagTotals[t]).Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToList() ?? [];
            byTag[t] = kept.Count == 0 ? "_" : string.Intern(string.Join('|', kept));
        }
        var byWord = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, counts) in perWord)
        {
            int total = counts.Values.Sum();
            var (feats, count) = counts.MaxBy(p => p.Value);
            int tab = key.IndexOf('\t');
            int tag = int.Parse(key.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
            if (total >= 3 && count >= 0.9 * total && feats != byTag[tag] && tab <= 24) byWord[key] = string.Intern(feats);
        }
        return new MorphologyTable(byTag, byWord);
    }

    internal void Write(BinaryWriter w)
    {
        w.Write(_byTag.Length);
        foreach (var f in _byTag) w.Write(f);
        w.Write(_byWord.Count);
        foreach (var (k, v) in _byWord.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v); }
    }

    internal static MorphologyTable Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 4096) throw new InvalidDataException($"bad feature table size {n}");
        var byTag = new string[n];
        for (int i = 0; i < n; i++) byTag[i] = string.Intern(WithoutVoice(r.ReadString()));
        int m = SyntaxModel.Count(r.ReadInt32(), 10_000_000, "feature table entries");
        var byWord = new Dictionary<string, string>(m, StringComparer.Ordinal);
        for (int i = 0; i < m; i++)
        {
            var k = r.ReadString();
            var v = WithoutVoice(r.ReadString());
            int tab = k.IndexOf('\t');
            int tag = tab < 0 ? -1 : int.Parse(k.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
            // an entry that only differed from its tag's features by Voice=Pass (models before format 5) says nothing more
            if (tag >= 0 && tag < byTag.Length && v == byTag[tag]) continue;
            byWord[k] = string.Intern(v);
        }
        return new MorphologyTable(byTag, byWord);
    }

    /// <summary>Voice is a property of the clause, not of the word ("has shipped" vs "was shipped"): it is never learned per
    /// word or tag, and is set from the parse (<see cref="SyntaxModel.Features"/>).</summary>
    internal static string WithoutVoice(string feats)
    {
        if (!feats.Contains("Voice=", StringComparison.Ordinal)) return feats;
        var kept = feats.Split('|').Where(f => !f.StartsWith("Voice=", StringComparison.Ordinal)).ToArray();
        return kept.Length == 0 ? "_" : string.Join('|', kept);
    }
}
