namespace Entente.Syntax.Tagging;

/// <summary>
/// Lemmas in three steps: the table learned from the treebank (lower-cased form + XPOS → lemma, plus irregular
/// verb forms added from data), else the longest learned suffix rule for the XPOS ("-ies" NNS → "-y", "-pped"
/// VBD → "-p"), else the form itself (lower-cased except for proper nouns). Proper nouns keep their case.
/// Lookups go through a span view of the table: no string is made for a word the table knows.
/// </summary>
public sealed class Lemmatizer
{
    private readonly Dictionary<string, string> _table;          // "form\txpos" → lemma
    private readonly Dictionary<string, (int Strip, string Append)> _rules; // "xpos\tsuffix" → rule
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _tableLookup;
    private readonly Dictionary<string, (int, string)>.AlternateLookup<ReadOnlySpan<char>> _ruleLookup;
    public const int MaxSuffix = 5;
    /// <summary>Longer forms (URLs, junk) are returned as they are.</summary>
    public const int MaxForm = 100;
    /// <summary>Length of the scratch buffer <see cref="Lemma"/> needs (the table key, the rule key, the built lemma, the memo key).</summary>
    public const int ScratchLength = 4 * (MaxForm + 17);

    internal Lemmatizer(Dictionary<string, string> table, Dictionary<string, (int, string)> rules)
    {
        _table = table; _rules = rules;
        _tableLookup = _table.GetAlternateLookup<ReadOnlySpan<char>>();
        _ruleLookup = _rules.GetAlternateLookup<ReadOnlySpan<char>>();
        _poolLookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        _memoLookup = _memo.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var v in _table.Values) _pool.TryAdd(v, v);
    }

    internal int TableSize => _table.Count;
    internal int RuleCount => _rules.Count;

    public string Lemma(ReadOnlySpan<char> form, string upos, string xpos, Span<char> scratch)
    {
        bool proper = upos == "PROPN";
        int len = form.Length;
        if (len > MaxForm || xpos.Length > 16 || scratch.Length < ScratchLength) return proper ? form.ToString() : form.ToString().ToLowerInvariant();
        // the memo key: XPOS, whether a proper noun (a control character, never in a tag), the form as written: all that decides the lemma
        var memoKey = scratch.Slice(3 * (MaxForm + 17), xpos.Length + 1 + len);
        xpos.AsSpan().CopyTo(memoKey);
        memoKey[xpos.Length] = proper ? '\u0001' : '\u0002';
        form.CopyTo(memoKey[(xpos.Length + 1)..]);
        if (_memoLookup.TryGetValue(memoKey, out var known)) return known;
        var made = Compute(form, proper, xpos, scratch);
        if (_memo.Count < MaxPool) _memo.TryAdd(memoKey.ToString(), made);
        return made;
    }

    /// <summary>
    /// Lemmas already computed, by form, XPOS and properness: a word seen before costs one look-up instead of the table's
    /// and up to five suffix rules' (the table holds only what the rules get wrong, so most words went through the rules
    /// every time). Same bound as the pool; the answer is the same either way.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _memo = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _memoLookup;

    private string Compute(ReadOnlySpan<char> form, bool proper, string xpos, Span<char> scratch)
    {
        int len = form.Length;
        var key = scratch[..(len + 1 + xpos.Length)];
        for (int i = 0; i < len; i++) key[i] = char.ToLowerInvariant(form[i]);
        key[len] = '\t';
        xpos.AsSpan().CopyTo(key[(len + 1)..]);
        if (_tableLookup.TryGetValue(key, out var lemma))
            return proper && lemma.AsSpan().Equals(form, StringComparison.OrdinalIgnoreCase) ? Intern(form) : lemma;
        if (proper && !xpos.EndsWith('S')) return Intern(form);
        var lower = key[..len];
        for (int k = Math.Min(MaxSuffix, len - 1); k >= 1; k--)
        {
            // rule key: xpos \t suffix, built in the scratch after the table key
            var ruleKey = scratch.Slice(key.Length, xpos.Length + 1 + k);
            xpos.AsSpan().CopyTo(ruleKey);
            ruleKey[xpos.Length] = '\t';
            lower[^k..].CopyTo(ruleKey[(xpos.Length + 1)..]);
            if (_ruleLookup.TryGetValue(ruleKey, out var rule) && rule.Item1 < len)
            {
                var stem = proper ? form[..(len - rule.Item1)] : lower[..(len - rule.Item1)];
                // stem + ending, built after the rule key in the scratch
                var built = scratch.Slice(key.Length + ruleKey.Length, stem.Length + rule.Item2.Length);
                stem.CopyTo(built);
                rule.Item2.AsSpan().CopyTo(built[stem.Length..]);
                if (rule.Item2.Length == 0 && KeepsDoubleEnding(lower, stem.Length))
                {
                    built = scratch.Slice(key.Length + ruleKey.Length, stem.Length + 1);
                    built[stem.Length] = lower[stem.Length];
                }
                else if (built.Length > 0 && built[^1] == 'e' && lower.EndsWith("ed") && TakesNoFinalE(built[..^1])) built = built[..^1];
                return Intern(built);
            }
        }
        return Intern(proper ? form : lower);
    }

    /// <summary>
    /// A suffix rule learned from "travelled" and "cancelled" ("-lled" → "-l") would make "shelled" "shel" and "quelled"
    /// "quel": English spelling doubles a final l, s, f or z after one short vowel in a word of one syllable ("shell", "kiss",
    /// "staff", "buzz"), so a one-syllable stem keeps the doubled letter the rule stripped. <paramref name="stemLength"/> is the
    /// stem the rule left; the letter after it in <paramref name="lower"/> is the one the rule dropped.
    /// </summary>
    private static bool KeepsDoubleEnding(ReadOnlySpan<char> lower, int stemLength)
    {
        if (stemLength < 2 || stemLength >= lower.Length) return false;
        char last = lower[stemLength - 1];
        if (last is not ('l' or 's' or 'f' or 'z') || lower[stemLength] != last || !IsVowel(lower[stemLength - 2])) return false;
        int groups = 0;
        for (int i = 0; i < stemLength; i++)
            if (IsVowel(lower[i]) && (i == 0 || !IsVowel(lower[i - 1]))) groups++;
        return groups == 1;
    }

    /// <summary>
    /// A rule learned from "described" ("-bed" → "-be") would make "bombed" "bombe" and "absorbed" "absorbe": English writes
    /// no silent e after a b that follows a consonant ("bomb", "climb", "absorb", "curb", "disturb"), so such a stem takes
    /// the rule's ending without its e (built from the lower-case form; a proper noun's capitals are not letters it reads).
    /// Nor after a consonant that follows a long vowel spelt with two letters ("raided" → raid, "detained" → detain, "loaded"
    /// → load), which needs no e to be long; a sibilant, v, g, c or h after it does take one ("raised", "voiced", "soothed"),
    /// and a u after g or q is no vowel ("guided", "quoted").
    /// </summary>
    private static bool TakesNoFinalE(ReadOnlySpan<char> stem)
        => stem.Length >= 3 && stem[^1] == 'b' && char.IsAsciiLetterLower(stem[^2]) && !IsVowel(stem[^2]) && stem[^2] is not ('b' or 'y')
           || stem.Length >= 4 && stem[^1] is 'd' or 'k' or 'l' or 'm' or 'n' or 'p' or 'r' or 't' && IsLongVowel(stem[^3], stem[^2])
              && !(stem[^3] == 'u' && stem[^4] is 'g' or 'q');

    /// <summary>Two letters that spell one long vowel (not e-a, i-a, u-a, which are often two syllables: "create", "negotiate", "evacuate").</summary>
    private static bool IsLongVowel(char a, char b) => (a, b) is ('a', 'i') or ('a', 'u') or ('e', 'e') or ('o', 'a') or ('o', 'o') or ('o', 'u') or ('o', 'i');

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// Lemmas are shared strings: a lemma seen before is returned without allocating (up to <see cref="MaxPool"/>
    /// distinct lemmas per model; beyond that new ones are allocated as they come).
    /// </summary>
    private string Intern(ReadOnlySpan<char> lemma)
    {
        if (_poolLookup.TryGetValue(lemma, out var shared)) return shared;
        var made = lemma.ToString();
        if (_pool.Count < MaxPool) _pool.TryAdd(made, made);
        return made;
    }

    public const int MaxPool = 200_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);
    private System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _poolLookup;

    internal void Write(BinaryWriter w)
    {
        w.Write(_table.Count);
        foreach (var (k, v) in _table.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v); }
        w.Write(_rules.Count);
        foreach (var (k, v) in _rules.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v.Strip); w.Write(v.Append); }
    }

    internal static Lemmatizer Read(BinaryReader r)
    {
        int n = SyntaxModel.Count(r.ReadInt32(), 10_000_000, "lemma table entries");
        var table = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) { var k = r.ReadString(); table[k] = string.Intern(r.ReadString()); }
        int m = SyntaxModel.Count(r.ReadInt32(), 10_000_000, "lemma rules");
        var rules = new Dictionary<string, (int, string)>(m, StringComparer.Ordinal);
        for (int i = 0; i < m; i++) { var k = r.ReadString(); rules[k] = (r.ReadInt32(), r.ReadString()); }
        return new Lemmatizer(table, rules);
    }

    /// <summary>Learns the table and the suffix rules from (form, xpos, lemma) triples; irregular forms fill gaps.</summary>
    internal static Lemmatizer Learn(IEnumerable<(string Form, string Upos, string Xpos, string Lemma)> words,
        IEnumerable<(string Form, string Xpos, string Lemma)> irregular)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var ruleCounts = new Dictionary<string, Dictionary<(int, string), int>>(StringComparer.Ordinal);
        foreach (var (form, upos, xpos, lemma) in words)
        {
            if (lemma is "_" or "" || form.Length > 60) continue;
            var lowerForm = form.ToLowerInvariant();
            string key = lowerForm + "\t" + xpos;
            if (!counts.TryGetValue(key, out var c)) counts[key] = c = new(StringComparer.Ordinal);
            c[lemma] = c.GetValueOrDefault(lemma) + 1;
            // suffix rule: strip what differs from the lower-cased lemma, append the rest
            var lowerLemma = lemma.ToLowerInvariant();
            int p = 0;
            while (p < lowerForm.Length && p < lowerLemma.Length && lowerForm[p] == lowerLemma[p]) p++;
            var rule = (lowerForm.Length - p, lowerLemma[p..]);
            for (int k = 1; k <= Math.Min(MaxSuffix, lowerForm.Length - 1); k++)
            {
                if (k < rule.Item1) continue; // the suffix must cover what is stripped
                string rk = xpos + "\t" + lowerForm[^k..];
                if (!ruleCounts.TryGetValue(rk, out var rc)) ruleCounts[rk] = rc = [];
                rc[rule] = rc.GetValueOrDefault(rule) + 1;
            }
        }
        var table = new Dictionary<string, string>(counts.Count, StringComparer.Ordinal);
        foreach (var (k, c) in counts)
        {
            var best = c.MaxBy(p => p.Value).Key;
            // keep entries that a rule would not reproduce anyway (keeps the table small)
            table[k] = string.Intern(best);
        }
        foreach (var (form, xpos, lemma) in irregular)
            table.TryAdd(form.ToLowerInvariant() + "\t" + xpos, lemma);
        var rules = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var (k, rc) in ruleCounts)
        {
            int total = rc.Values.Sum();
            var (rule, count) = rc.MaxBy(p => p.Value);
            if (count >= 3 && count >= 0.6 * total) rules[k] = rule;
        }
        // drop table rows a rule (or the identity) reproduces
        var lem = new Lemmatizer(new Dictionary<string, string>(StringComparer.Ordinal), rules);
        var pruned = new Dictionary<string, string>(StringComparer.Ordinal);
        Span<char> scratch = stackalloc char[ScratchLength];
        foreach (var (k, v) in table)
        {
            int tab = k.IndexOf('\t');
            var form = k[..tab]; var xpos = k[(tab + 1)..];
            bool proper = xpos.StartsWith("NNP", StringComparison.Ordinal);
            var got = form.Length > MaxForm ? null : lem.Lemma(form, proper ? "PROPN" : "X", xpos, scratch);
            if (got == null || !(proper ? got.Equals(v, StringComparison.OrdinalIgnoreCase) : got == v)) pruned[k] = v;
        }
        return new Lemmatizer(pruned, rules);
    }
}
