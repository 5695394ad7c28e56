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

    internal Tagger(TagSet tags, LinearModel model, IReadOnlyDictionary<ulong, int> unambiguous, IReadOnlyDictionary<ulong, ulong> ambiguity)
    {
        Tags = tags; Model = model; Unambiguous = unambiguous; Ambiguity = ambiguity;
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
        for (int i = 0; i < s.Count; i++)
        {
            if (Unambiguous.TryGetValue(s.Lower[i], out int fixedTag)) { s.Tag[i] = fixedTag; continue; }
            int n = Features(s, i, features);
            scores.Clear();
            Model.Score(features[..n], scores);
            s.Tag[i] = ArgMax(scores[..Tags.Count]);
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;
        return best;
    }

    private const ulong None = 0x2545F4914F6CDD1DUL, Start = 0x3C6EF372FE94F82AUL;

    /// <summary>The features of word <paramref name="i"/>, given the tags already chosen for the words before it.</summary>
    internal static int Features(SyntaxSentence s, int i, Span<ulong> f)
    {
        int n = 0;
        ulong w = s.Lower[i];
        ulong wm1 = i > 0 ? s.Lower[i - 1] : Start, wm2 = i > 1 ? s.Lower[i - 2] : Start;
        ulong wp1 = i + 1 < s.Count ? s.Lower[i + 1] : None, wp2 = i + 2 < s.Count ? s.Lower[i + 2] : None;
        ulong tm1 = i > 0 ? (ulong)s.Tag[i - 1] + 1 : 0, tm2 = i > 1 ? (ulong)s.Tag[i - 2] + 1 : 0;
        f[n++] = FeatureHash.Key(1, 0);
        f[n++] = FeatureHash.Key(2, w);
        f[n++] = FeatureHash.Key(3, s.Suf1[i]);
        f[n++] = FeatureHash.Key(4, s.Suf2[i]);
        f[n++] = FeatureHash.Key(5, s.Suf3[i]);
        f[n++] = FeatureHash.Key(6, s.Suf4[i]);
        f[n++] = FeatureHash.Key(7, s.Pre1[i]);
        f[n++] = FeatureHash.Key(8, s.Pre2[i]);
        f[n++] = FeatureHash.Key(9, s.Pre3[i]);
        f[n++] = FeatureHash.Key(10, s.Shape[i]);
        f[n++] = FeatureHash.Key(11, wm1);
        f[n++] = FeatureHash.Key(12, wp1);
        f[n++] = FeatureHash.Key(13, wm2);
        f[n++] = FeatureHash.Key(14, wp2);
        f[n++] = FeatureHash.Key(15, tm1);
        f[n++] = FeatureHash.Key(16, tm2, tm1);
        f[n++] = FeatureHash.Key(17, tm1, w);
        f[n++] = FeatureHash.Key(18, i > 0 ? s.Suf3[i - 1] : Start);
        f[n++] = FeatureHash.Key(19, i + 1 < s.Count ? s.Suf3[i + 1] : None);
        f[n++] = FeatureHash.Key(20, i + 1 < s.Count ? s.Shape[i + 1] : None);
        f[n++] = FeatureHash.Key(21, i > 0 ? s.Shape[i - 1] : Start);
        f[n++] = FeatureHash.Key(22, wm1, w);
        f[n++] = FeatureHash.Key(23, w, wp1);
        f[n++] = FeatureHash.Key(24, s.ExactForm[i]);
        f[n++] = FeatureHash.Key(25, s.Flags[i], s.Shape[i]);
        f[n++] = FeatureHash.Key(26, tm1, s.Suf3[i]);
        f[n++] = FeatureHash.Key(27, wp1, wp2);
        f[n++] = FeatureHash.Key(28, wm1, wp1);
        f[n++] = FeatureHash.Key(29, tm1, wp1);
        f[n++] = FeatureHash.Key(30, i + 1 < s.Count ? s.Suf2[i + 1] : None, s.Suf3[i]);
        if (s.LastPart[i] != 0) { f[n++] = FeatureHash.Key(31, s.LastPart[i]); f[n++] = FeatureHash.Key(32, s.LastPart[i], tm1); }
        f[n++] = FeatureHash.Key(33, tm1, s.Flags[i]);
        ulong a0 = s.Amb[i], a1 = i + 1 < s.Count ? s.Amb[i + 1] : None, a2 = i + 2 < s.Count ? s.Amb[i + 2] : None;
        f[n++] = FeatureHash.Key(34, a0);
        f[n++] = FeatureHash.Key(35, a1);
        f[n++] = FeatureHash.Key(36, a2);
        f[n++] = FeatureHash.Key(37, tm1, a1);
        f[n++] = FeatureHash.Key(38, a0, a1);
        f[n++] = FeatureHash.Key(39, w, a1);
        f[n++] = FeatureHash.Key(40, tm1, a0);
        f[n++] = FeatureHash.Key(41, a1, a2);
        return n;
    }
}
