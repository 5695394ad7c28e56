using System.Runtime.CompilerServices;
using Entente.Syntax.Learning;

namespace Entente.Syntax.Tagging;

/// <summary>
/// Greedy left-to-right part-of-speech tagger: an averaged perceptron over hashed features of the word, its
/// affixes and shape, two words either side and the two previous tags. Frequent words that always had one tag in
/// training take it directly (the tag dictionary). Writes joint (UPOS, XPOS) tags into <see cref="SyntaxSentence.Tag"/>.
/// </summary>
public sealed class Tagger
{
    public const int MaxFeatures = 48;

    internal TagSet Tags { get; }
    internal LinearModel Model { get; }
    internal IReadOnlyDictionary<ulong, int> Unambiguous { get; }
    /// <summary>Word (lower-cased hash) → its ambiguity class: a hash of the tags it had in at least 5 % of its training occurrences.</summary>
    internal IReadOnlyDictionary<ulong, ulong> Ambiguity { get; }

    private readonly int _vbn, _vbd;
    private readonly bool[] _finite, _nominal, _otherVerb, _base, _to;

    internal Tagger(TagSet tags, LinearModel model, IReadOnlyDictionary<ulong, int> unambiguous, IReadOnlyDictionary<ulong, ulong> ambiguity)
    {
        Tags = tags; Model = model; Unambiguous = unambiguous; Ambiguity = ambiguity;
        _vbn = tags.Find("VERB", "VBN"); _vbd = tags.Find("VERB", "VBD");
        _finite = new bool[tags.Count]; _nominal = new bool[tags.Count]; _otherVerb = new bool[tags.Count]; _base = new bool[tags.Count]; _to = new bool[tags.Count];
        for (int t = 0; t < tags.Count; t++)
        {
            string x = tags.Xpos(t), u = tags.Upos(t);
            _finite[t] = x is "VBD" or "VBZ" or "VBP" or "MD";
            _base[t] = x == "VB";
            _to[t] = x == "TO";
            _nominal[t] = x is "NN" or "NNS" or "NNP" or "NNPS" && u is "NOUN" or "PROPN";
            _otherVerb[t] = u == "AUX";
        }
    }

    /// <summary>Looks up each word's ambiguity class (after <see cref="SyntaxSentence.Prepare"/>).</summary>
    internal static void PrepareLexical(SyntaxSentence s, IReadOnlyDictionary<ulong, ulong> ambiguity)
    {
        for (int i = 0; i < s.Count; i++) s.Amb[i] = ambiguity.TryGetValue(s.Lower[i], out var a) ? a : 0;
    }

    public void Tag(SyntaxSentence s)
    {
        PrepareLexical(s, Ambiguity);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Model.ScoreLength];
        for (int i = 0; i < s.Count; i++) s.Tag[i] = TagAt(s, i, features, scores);
        if (_vbn >= 0 && _vbd >= 0) FiniteVerb(s, features, scores);
    }

    /// <summary>The tag of word <paramref name="i"/> given the tags before it: the tag dictionary's, else the model's best
    /// (over the real tags only: <paramref name="scores"/> is padded past them for the vector sums).</summary>
    private int TagAt(SyntaxSentence s, int i, Span<ulong> features, Span<float> scores)
    {
        if (Unambiguous.TryGetValue(s.Lower[i], out int fixedTag)) return fixedTag;
        int n = Features(s, i, features);
        scores.Clear();
        Model.Score(features[..n], scores);
        return ArgMax(scores[..Tags.Count]);
    }

    /// <summary>
    /// A full sentence has a finite verb. Greedy tagging reads a past tense after a noun as a participle ("Thousands of
    /// Kurds demonstrated in Kirkuk.", "The ministers agreed on Saturday to …": -ed is both), which leaves a sentence
    /// with no finite verb and the parser a reduced relative. When a sentence that ends in a full stop has no finite
    /// verb and no auxiliary, its first -ed participle right after a noun becomes a past tense, and the words after it
    /// are tagged again. Headlines ("Three killed in attack") have no full stop and keep their participles.
    /// </summary>
    private void FiniteVerb(SyntaxSentence s, Span<ulong> features, Span<float> scores)
    {
        if (s.Count < 4 || !(s.Form(s.Count - 1) is "." or "!")) return;
        int candidate = -1;
        for (int i = 0; i < s.Count; i++)
        {
            int t = s.Tag[i];
            // a base form is finite unless it is an infinitive after "to" ("agreed to extend")
            if (_finite[t] || _otherVerb[t] || _base[t] && (i == 0 || !_to[s.Tag[i - 1]])) return;
            if (candidate < 0 && t == _vbn && i > 0 && _nominal[s.Tag[i - 1]] && s.Form(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) candidate = i;
        }
        if (candidate < 0) return;
        s.Tag[candidate] = _vbd;
        for (int i = candidate + 1; i < s.Count; i++) s.Tag[i] = TagAt(s, i, features, scores);
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;
        return best;
    }

    private const ulong None = 0x2545F4914F6CDD1DUL, Start = 0x3C6EF372FE94F82AUL;

    /// <summary>The features of word <paramref name="i"/>, given the tags already chosen for the words before it.</summary>
    [SkipLocalsInit]
    internal static int Features(SyntaxSentence s, int i, Span<ulong> f)
    {
        var k = new KeyBatch(f, stackalloc ulong[MaxFeatures], stackalloc ulong[MaxFeatures], stackalloc byte[MaxFeatures]);
        ulong w = s.Lower[i];
        ulong wm1 = i > 0 ? s.Lower[i - 1] : Start, wm2 = i > 1 ? s.Lower[i - 2] : Start;
        ulong wp1 = i + 1 < s.Count ? s.Lower[i + 1] : None, wp2 = i + 2 < s.Count ? s.Lower[i + 2] : None;
        ulong tm1 = i > 0 ? (ulong)s.Tag[i - 1] + 1 : 0, tm2 = i > 1 ? (ulong)s.Tag[i - 2] + 1 : 0;
        k.Add(1, 0);
        k.Add(2, w);
        k.Add(3, s.Suf1[i]);
        k.Add(4, s.Suf2[i]);
        k.Add(5, s.Suf3[i]);
        k.Add(6, s.Suf4[i]);
        k.Add(7, s.Pre1[i]);
        k.Add(8, s.Pre2[i]);
        k.Add(9, s.Pre3[i]);
        k.Add(10, s.Shape[i]);
        k.Add(11, wm1);
        k.Add(12, wp1);
        k.Add(13, wm2);
        k.Add(14, wp2);
        k.Add(15, tm1);
        k.Add(16, tm2, tm1);
        k.Add(17, tm1, w);
        k.Add(18, i > 0 ? s.Suf3[i - 1] : Start);
        k.Add(19, i + 1 < s.Count ? s.Suf3[i + 1] : None);
        k.Add(20, i + 1 < s.Count ? s.Shape[i + 1] : None);
        k.Add(21, i > 0 ? s.Shape[i - 1] : Start);
        k.Add(22, wm1, w);
        k.Add(23, w, wp1);
        k.Add(24, s.ExactForm[i]);
        k.Add(25, s.Flags[i], s.Shape[i]);
        k.Add(26, tm1, s.Suf3[i]);
        k.Add(27, wp1, wp2);
        k.Add(28, wm1, wp1);
        k.Add(29, tm1, wp1);
        k.Add(30, i + 1 < s.Count ? s.Suf2[i + 1] : None, s.Suf3[i]);
        if (s.LastPart[i] != 0) { k.Add(31, s.LastPart[i]); k.Add(32, s.LastPart[i], tm1); }
        k.Add(33, tm1, s.Flags[i]);
        ulong a0 = s.Amb[i], a1 = i + 1 < s.Count ? s.Amb[i + 1] : None, a2 = i + 2 < s.Count ? s.Amb[i + 2] : None;
        k.Add(34, a0);
        k.Add(35, a1);
        k.Add(36, a2);
        k.Add(37, tm1, a1);
        k.Add(38, a0, a1);
        k.Add(39, w, a1);
        k.Add(40, tm1, a0);
        k.Add(41, a1, a2);
        return k.Finish();
    }
}
