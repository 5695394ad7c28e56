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

    public static int Extract(SyntaxSentence s, ArcHybridState st, Span<ulong> f)
    {
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

        int n = 0;
        f[n++] = Key(1, s0w); f[n++] = Key(2, s0t); f[n++] = Key(3, s0wt);
        f[n++] = Key(4, s1w); f[n++] = Key(5, s1t); f[n++] = Key(6, s1wt);
        f[n++] = Key(7, b0w); f[n++] = Key(8, b0t); f[n++] = Key(9, b0wt);
        f[n++] = Key(10, b1w); f[n++] = Key(11, b1t); f[n++] = Key(12, b1wt);
        f[n++] = Key(13, b2t); f[n++] = Key(14, s2t); f[n++] = Key(15, b2w);

        f[n++] = Key(16, s0wt, b0wt); f[n++] = Key(17, s0wt, b0w); f[n++] = Key(18, s0w, b0wt);
        f[n++] = Key(19, s0wt, b0t); f[n++] = Key(20, s0t, b0wt); f[n++] = Key(21, s0w, b0w);
        f[n++] = Key(22, s0t, b0t); f[n++] = Key(23, b0t, b1t);
        f[n++] = Key(24, s1t, s0t); f[n++] = Key(25, s1w, s0w); f[n++] = Key(26, s1wt, s0t);
        f[n++] = Key(27, s1t, s0wt); f[n++] = Key(28, s1wt, s0wt); f[n++] = Key(29, b0w, b1w);

        f[n++] = Key(30, b0t, b1t, b2t); f[n++] = Key(31, s0t, b0t, b1t); f[n++] = Key(32, s1t, s0t, b0t);
        f[n++] = Key(33, s2t, s1t, s0t); f[n++] = Key(34, s0t, s0lt, b0t); f[n++] = Key(35, s0t, s0rt, b0t);
        f[n++] = Key(36, s0t, b0t, b0lt); f[n++] = Key(37, s1t, s0t, s0lt); f[n++] = Key(38, s1t, s0t, s0rt);
        f[n++] = Key(39, s1t, s1rt, s0t); f[n++] = Key(40, s1t, s1lt, s0t); f[n++] = Key(41, s1t, s0t, b1t);

        f[n++] = Key(42, s0w, d); f[n++] = Key(43, s0t, d); f[n++] = Key(44, b0w, d); f[n++] = Key(45, b0t, d);
        f[n++] = Key(46, s0t, b0t, d); f[n++] = Key(47, s1t, s0t, d2); f[n++] = Key(48, s1w, s0w, d2);
        f[n++] = Key(49, s0wt, b0wt, d);

        if (s0 >= 0)
        {
            ulong vl = Valency(st.LeftCount[s0]), vr = Valency(st.RightCount[s0]);
            f[n++] = Key(50, s0w, vr); f[n++] = Key(51, s0t, vr); f[n++] = Key(52, s0w, vl); f[n++] = Key(53, s0t, vl);
            f[n++] = Key(54, s0t, st.LeftLabels[s0]); f[n++] = Key(55, s0t, st.RightLabels[s0]);
        }
        if (b0 >= 0)
        {
            ulong vl = Valency(st.LeftCount[b0]);
            f[n++] = Key(56, b0w, vl); f[n++] = Key(57, b0t, vl); f[n++] = Key(58, b0t, st.LeftLabels[b0]);
        }
        if (s1 >= 0)
        {
            f[n++] = Key(59, s1t, Valency(st.RightCount[s1])); f[n++] = Key(60, s1t, Valency(st.LeftCount[s1]));
        }

        f[n++] = Key(61, W(s, st, s0l)); f[n++] = Key(62, s0lt); f[n++] = Key(63, L(st, s0l));
        f[n++] = Key(64, W(s, st, s0r)); f[n++] = Key(65, s0rt); f[n++] = Key(66, L(st, s0r));
        f[n++] = Key(67, W(s, st, b0l)); f[n++] = Key(68, b0lt); f[n++] = Key(69, L(st, b0l));
        f[n++] = Key(70, L(st, s1r), s1rt); f[n++] = Key(71, L(st, s1l), s1lt);

        f[n++] = Key(72, T(s, st, s0l2), L(st, s0l2)); f[n++] = Key(73, T(s, st, s0r2), L(st, s0r2));
        f[n++] = Key(74, T(s, st, b0l2), L(st, b0l2));
        f[n++] = Key(75, s0t, s0lt, T(s, st, s0l2)); f[n++] = Key(76, s0t, s0rt, T(s, st, s0r2));
        f[n++] = Key(77, b0t, b0lt, T(s, st, b0l2));
        f[n++] = Key(78, s0t, L(st, s0l), L(st, s0r));
        // the words beside the stack top and before the buffer front, and punctuation between them
        ulong s0prev = s0 > 0 && s0 < st.N ? T(s, st, s0 - 1) : 0, s0next = s0 >= 0 && s0 + 1 < st.N ? T(s, st, s0 + 1) : 0;
        ulong b0prev = b0 > 0 ? T(s, st, b0 - 1) : 0;
        f[n++] = Key(79, s0prev, s0t, s0next);
        f[n++] = Key(80, b0prev, b0t);
        f[n++] = Key(81, s0t, s0next, b0t);
        ulong punct = s0 >= 0 && s0 < st.N && b0 >= 0 ? (ulong)Math.Min(3, s.PunctBefore[b0] - s.PunctBefore[s0 + 1]) : 7;
        f[n++] = Key(82, s0t, b0t, punct);
        f[n++] = Key(83, s0w, b0t, punct);
        // coarse (UPOS) backoff of the main tag combinations
        ulong s0u = U(s, st, s0), s1u = U(s, st, s1), b0u = U(s, st, b0), b1u = U(s, st, b1);
        f[n++] = Key(84, s0u, b0u, d);
        f[n++] = Key(85, s1u, s0u, b0u);
        f[n++] = Key(86, b0u, b1u, U(s, st, b2));
        f[n++] = Key(87, s0w, b0u);
        f[n++] = Key(88, s0u, b0w);
        // attachment of a prepositional phrase at the buffer front ("donated the stock | to Ukraine"): which of the
        // two stack words goes with its case word
        ulong prep = W(s, st, b0l);
        f[n++] = Key(89, s1w, prep);
        f[n++] = Key(90, s0w, prep);
        f[n++] = Key(91, s1w, s0w, prep);
        f[n++] = Key(92, s1t, prep, b0w);
        f[n++] = Key(93, s0t, prep, b0w);
        // lemmas generalise over inflection ("donated", "donates" → donate)
        ulong s0m = Lem(s, st, s0), s1m = Lem(s, st, s1), b0m = Lem(s, st, b0);
        f[n++] = Key(94, s0m, b0t);
        f[n++] = Key(95, s0t, b0m);
        f[n++] = Key(96, s1m, s0m);
        f[n++] = Key(97, s1m, prep);
        f[n++] = Key(98, s0m, prep);
        return n;
    }
}
