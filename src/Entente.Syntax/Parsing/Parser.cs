using Entente.Syntax.Learning;
using Entente.Syntax.Tagging;

namespace Entente.Syntax.Parsing;

/// <summary>
/// Greedy labelled arc-hybrid dependency parser with an averaged-perceptron transition classifier. Output trees are
/// projective (non-projective training trees are made projective by lifting, see <see cref="Projectivizer"/>);
/// time is linear in sentence length. Classes: 0 = SHIFT, 1 + l = LEFT(l), 1 + L + l = RIGHT(l).
/// </summary>
public sealed class Parser
{
    internal LabelSet Labels { get; }
    internal LinearModel Model { get; }
    internal int RootLabel { get; }

    internal Parser(LabelSet labels, LinearModel model)
    {
        Labels = labels; Model = model;
        RootLabel = labels.Find("root");
        if (RootLabel < 0) throw new InvalidDataException("the parser's label set has no 'root' relation");
    }

    /// <summary>Scores a decision's features instead of <see cref="Model"/> (null: the model): for measuring offline what
    /// the 8-bit weights cost against the trainer's float weights.</summary>
    internal Scorer? Exact { get; init; }
    internal delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

    internal static int ClassCount(int labels) => 1 + 2 * labels;

    /// <summary>Parses the tagged words of <paramref name="s"/> into heads and relations.</summary>
    public void Parse(SyntaxSentence s) => Parse(s, s.State);

    internal void Parse(SyntaxSentence s, ArcHybridState st)
    {
        int labels = Labels.Count;
        st.Reset(s.Count);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[Model.ScoreLength];
        while (!st.Terminal)
        {
            int action = Forced(st, labels, RootLabel);
            if (action < 0)
            {
                int n = ParserFeatures.Extract(s, st, features);
                scores.Clear();
                if (Exact is null) Model.Score(features[..n], scores); else Exact(features[..n], scores);
                action = BestLegal(st, scores, labels, RootLabel);
            }
            Apply(st, action, labels);
        }
        for (int i = 0; i < s.Count; i++)
        {
            int h = st.Head[i];
            s.Head[i] = h == s.Count ? -1 : h;
            s.Relation[i] = st.Label[i];
        }
        s.Parsed = true;
    }

    /// <summary>
    /// The one legal transition when there is only one, else -1: SHIFT while the stack holds only the root (the first
    /// word of every sentence), and RIGHT(root) for the last word once the buffer is empty. <see cref="BestLegal"/>
    /// would choose the same whatever the scores, so the parse skips scoring these (two decisions per sentence).
    /// </summary>
    internal static int Forced(ArcHybridState st, int labels, int root)
    {
        if (st.CanShift && !st.CanLeft && !st.CanRight) return 0;
        if (!st.CanShift && !st.CanLeft && st.CanRight && st.RightIsRoot) return 1 + labels + root;
        return -1;
    }

    internal static bool IsLegal(ArcHybridState st, int action, int labels, int root)
    {
        if (action == 0) return st.CanShift;
        if (action <= labels) return st.CanLeft && action - 1 != root;
        int l = action - 1 - labels;
        return st.CanRight && (st.RightIsRoot ? l == root : l != root);
    }

    internal static int BestLegal(ArcHybridState st, ReadOnlySpan<float> scores, int labels, int root)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (st.CanShift) { best = 0; bestScore = scores[0]; }
        if (st.CanLeft)
            for (int l = 0; l < labels; l++)
                if (l != root && (best < 0 || scores[1 + l] > bestScore)) { best = 1 + l; bestScore = scores[1 + l]; }
        if (st.CanRight)
        {
            if (st.RightIsRoot) { int a = 1 + labels + root; if (best < 0 || scores[a] > bestScore) { best = a; bestScore = scores[a]; } }
            else
                for (int l = 0; l < labels; l++)
                    if (l != root && (best < 0 || scores[1 + labels + l] > bestScore)) { best = 1 + labels + l; bestScore = scores[1 + labels + l]; }
        }
        if (best < 0) throw new InvalidOperationException("no legal transition (parser state is terminal)");
        return best;
    }

    internal static void Apply(ArcHybridState st, int action, int labels)
    {
        if (action == 0) st.Shift();
        else if (action <= labels) st.Left(action - 1);
        else st.Right(action - 1 - labels);
    }
}
