using System.Runtime.CompilerServices;
using Entente.Syntax.Learning;
using static Entente.Syntax.Learning.FeatureHash;

namespace Entente.Syntax.Parsing;

/// <summary>
/// The parser's feature templates, after Zhang and Nivre (2011) adapted to arc-hybrid: words and tags of the top
/// three stack items and the first three buffer words, their left- and rightmost children with labels, distance,
/// valency, and the label sets of the children, in single, pair and triple combinations.
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 100;
    private const ulong NoWord = 0x6A09E667F3BCC909UL, RootWord = 0xBB67AE8584CAA73BUL;

    private static ulong W(SyntaxSentence s, ArcHybridState st, int i) => i < 0 ? NoWord : i == st.N ? RootWord : s.Lower[i];
    private static ulong T(SyntaxSentence s, ArcHybridState st, int i) => i < 0 ? 0UL : i == st.N ? 1UL : (ulong)s.Tag[i] + 2;
    private static ulong Lem(SyntaxSentence s, ArcHybridState st, int i) => i < 0 ? NoWord : i == st.N ? RootWord : s.LemmaHash[i];
    private static ulong U(SyntaxSentence s, ArcHybridState st, int i) => i < 0 ? 0UL : i == st.N ? 1UL : (ulong)s.Coarse[i] + 2;
    private static ulong L(ArcHybridState st, int i) => i < 0 ? 0UL : (ulong)st.Label[i] + 1;
    private static ulong Distance(int a, int b)
    {
        if (a < 0 || b < 0) return 0;
        int d = Math.Abs(b - a);
        return d switch { <= 4 => (ulong)d, <= 9 => 5, _ => 6 };
    }
    private static ulong Valency(int v) => (ulong)Math.Min(v, 4);

    [SkipLocalsInit]
    public static int Extract(SyntaxSentence s, ArcHybridState st, Span<ulong> f)
    {
        var k = new KeyBatch(f, stackalloc ulong[Max], stackalloc ulong[Max], stackalloc byte[Max]);
        int s0 = st.S0, s1 = st.S1, s2 = st.S2, b0 = st.B0, b1 = st.Buffer(1), b2 = st.Buffer(2);
        int s0l = s0 >= 0 ? st.LeftMost[s0] : -1, s0l2 = s0 >= 0 ? st.LeftMost2[s0] : -1;
        int s0r = s0 >= 0 ? st.RightMost[s0] : -1, s0r2 = s0 >= 0 ? st.RightMost2[s0] : -1;
        int s1l = s1 >= 0 ? st.LeftMost[s1] : -1, s1r = s1 >= 0 ? st.RightMost[s1] : -1;
        int b0l = b0 >= 0 ? st.LeftMost[b0] : -1, b0l2 = b0 >= 0 ? st.LeftMost2[b0] : -1;

        ulong s0w = W(s, st, s0), s0t = T(s, st, s0), s1w = W(s, st, s1), s1t = T(s, st, s1);
        ulong b0w = W(s, st, b0), b0t = T(s, st, b0), b1w = W(s, st, b1), b1t = T(s, st, b1);
        ulong b2w = W(s, st, b2), b2t = T(s, st, b2), s2t = T(s, st, s2);
        ulong s0wt = Key(0, s0w, s0t), s1wt = Key(0, s1w, s1t), b0wt = Key(0, b0w, b0t), b1wt = Key(0, b1w, b1t);
        ulong s0lt = T(s, st, s0l), s0rt = T(s, st, s0r), b0lt = T(s, st, b0l), s1lt = T(s, st, s1l), s1rt = T(s, st, s1r);
        ulong d = Distance(s0, b0), d2 = Distance(s1, s0);

        k.Add(1, s0w); k.Add(2, s0t); k.Add(3, s0wt);
        k.Add(4, s1w); k.Add(5, s1t); k.Add(6, s1wt);
        k.Add(7, b0w); k.Add(8, b0t); k.Add(9, b0wt);
        k.Add(10, b1w); k.Add(11, b1t); k.Add(12, b1wt);
        k.Add(13, b2t); k.Add(14, s2t); k.Add(15, b2w);

        k.Add(16, s0wt, b0wt); k.Add(17, s0wt, b0w); k.Add(18, s0w, b0wt);
        k.Add(19, s0wt, b0t); k.Add(20, s0t, b0wt); k.Add(21, s0w, b0w);
        k.Add(22, s0t, b0t); k.Add(23, b0t, b1t);
        k.Add(24, s1t, s0t); k.Add(25, s1w, s0w); k.Add(26, s1wt, s0t);
        k.Add(27, s1t, s0wt); k.Add(28, s1wt, s0wt); k.Add(29, b0w, b1w);

        k.Add(30, b0t, b1t, b2t); k.Add(31, s0t, b0t, b1t); k.Add(32, s1t, s0t, b0t);
        k.Add(33, s2t, s1t, s0t); k.Add(34, s0t, s0lt, b0t); k.Add(35, s0t, s0rt, b0t);
        k.Add(36, s0t, b0t, b0lt); k.Add(37, s1t, s0t, s0lt); k.Add(38, s1t, s0t, s0rt);
        k.Add(39, s1t, s1rt, s0t); k.Add(40, s1t, s1lt, s0t); k.Add(41, s1t, s0t, b1t);

        k.Add(42, s0w, d); k.Add(43, s0t, d); k.Add(44, b0w, d); k.Add(45, b0t, d);
        k.Add(46, s0t, b0t, d); k.Add(47, s1t, s0t, d2); k.Add(48, s1w, s0w, d2);
        k.Add(49, s0wt, b0wt, d);

        if (s0 >= 0)
        {
            ulong vl = Valency(st.LeftCount[s0]), vr = Valency(st.RightCount[s0]);
            k.Add(50, s0w, vr); k.Add(51, s0t, vr); k.Add(52, s0w, vl); k.Add(53, s0t, vl);
            k.Add(54, s0t, st.LeftLabels[s0]); k.Add(55, s0t, st.RightLabels[s0]);
        }
        if (b0 >= 0)
        {
            ulong vl = Valency(st.LeftCount[b0]);
            k.Add(56, b0w, vl); k.Add(57, b0t, vl); k.Add(58, b0t, st.LeftLabels[b0]);
        }
        if (s1 >= 0)
        {
            k.Add(59, s1t, Valency(st.RightCount[s1])); k.Add(60, s1t, Valency(st.LeftCount[s1]));
        }

        k.Add(61, W(s, st, s0l)); k.Add(62, s0lt); k.Add(63, L(st, s0l));
        k.Add(64, W(s, st, s0r)); k.Add(65, s0rt); k.Add(66, L(st, s0r));
        k.Add(67, W(s, st, b0l)); k.Add(68, b0lt); k.Add(69, L(st, b0l));
        k.Add(70, L(st, s1r), s1rt); k.Add(71, L(st, s1l), s1lt);

        k.Add(72, T(s, st, s0l2), L(st, s0l2)); k.Add(73, T(s, st, s0r2), L(st, s0r2));
        k.Add(74, T(s, st, b0l2), L(st, b0l2));
        k.Add(75, s0t, s0lt, T(s, st, s0l2)); k.Add(76, s0t, s0rt, T(s, st, s0r2));
        k.Add(77, b0t, b0lt, T(s, st, b0l2));
        k.Add(78, s0t, L(st, s0l), L(st, s0r));
        // the words beside the stack top and before the buffer front, and punctuation between them
        ulong s0prev = s0 > 0 && s0 < st.N ? T(s, st, s0 - 1) : 0, s0next = s0 >= 0 && s0 + 1 < st.N ? T(s, st, s0 + 1) : 0;
        ulong b0prev = b0 > 0 ? T(s, st, b0 - 1) : 0;
        k.Add(79, s0prev, s0t, s0next);
        k.Add(80, b0prev, b0t);
        k.Add(81, s0t, s0next, b0t);
        ulong punct = s0 >= 0 && s0 < st.N && b0 >= 0 ? (ulong)Math.Min(3, s.PunctBefore[b0] - s.PunctBefore[s0 + 1]) : 7;
        k.Add(82, s0t, b0t, punct);
        k.Add(83, s0w, b0t, punct);
        // coarse (UPOS) backoff of the main tag combinations
        ulong s0u = U(s, st, s0), s1u = U(s, st, s1), b0u = U(s, st, b0), b1u = U(s, st, b1);
        k.Add(84, s0u, b0u, d);
        k.Add(85, s1u, s0u, b0u);
        k.Add(86, b0u, b1u, U(s, st, b2));
        k.Add(87, s0w, b0u);
        k.Add(88, s0u, b0w);
        // attachment of a prepositional phrase at the buffer front ("donated the stock | to Ukraine"): which of the
        // two stack words goes with its case word
        ulong prep = W(s, st, b0l);
        k.Add(89, s1w, prep);
        k.Add(90, s0w, prep);
        k.Add(91, s1w, s0w, prep);
        k.Add(92, s1t, prep, b0w);
        k.Add(93, s0t, prep, b0w);
        // lemmas generalise over inflection ("donated", "donates" → donate)
        ulong s0m = Lem(s, st, s0), s1m = Lem(s, st, s1), b0m = Lem(s, st, b0);
        k.Add(94, s0m, b0t);
        k.Add(95, s0t, b0m);
        k.Add(96, s1m, s0m);
        k.Add(97, s1m, prep);
        k.Add(98, s0m, prep);
        return k.Finish();
    }
}
