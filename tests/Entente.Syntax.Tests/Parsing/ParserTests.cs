using Entente.Syntax.Parsing;

namespace Entente.Syntax.Tests.Parsing;

/// <summary>Transition legality: the root relation only on the root attachment, and a parse is always a tree.</summary>
[Collection(MiniModelCollection.Name)]
public class ParserTests(MiniModel mini)
{
    private const int Labels = 4, Root = 2;

    [Fact]
    public void BestLegal_NeverPicksRootLabel_ForOrdinaryArc()
    {
        var st = new ArcHybridState();
        st.Reset(3);
        st.Shift(); st.Shift(); // stack: root 0 1, buffer: 2
        var scores = new float[1 + 2 * Labels];
        scores[1 + Root] = 100;          // LEFT(root)
        scores[1 + Labels + Root] = 90;  // RIGHT(root)
        scores[1 + Labels + 3] = 5;      // RIGHT(3)

        int best = Parser.BestLegal(st, scores, Labels, Root);

        Assert.Equal(1 + Labels + 3, best);
        Assert.False(Parser.IsLegal(st, 1 + Root, Labels, Root));
        Assert.False(Parser.IsLegal(st, 1 + Labels + Root, Labels, Root));
        Assert.True(Parser.IsLegal(st, 0, Labels, Root));
    }

    [Fact]
    public void Forced_IsTheOnlyLegalTransition_OrNoneWhenThereIsAChoice()
    {
        var st = new ArcHybridState();
        st.Reset(2);
        Assert.Equal(0, Parser.Forced(st, Labels, Root));                 // stack: root, buffer 0 1: only SHIFT
        st.Shift();
        Assert.Equal(-1, Parser.Forced(st, Labels, Root));                // SHIFT or LEFT
        st.Shift();
        Assert.Equal(-1, Parser.Forced(st, Labels, Root));                // buffer empty, stack root 0 1: RIGHT with any label but root
        st.Right(3);
        Assert.Equal(1 + Labels + Root, Parser.Forced(st, Labels, Root)); // stack root 0: only RIGHT(root)
        // whenever a transition is forced, it is the one BestLegal picks whatever the scores
        var scores = new float[1 + 2 * Labels];
        Array.Fill(scores, 50f);
        Assert.Equal(Parser.BestLegal(st, scores, Labels, Root), Parser.Forced(st, Labels, Root));
    }

    [Fact]
    public void BestLegal_PicksRootLabel_LastWordOnRoot()
    {
        var st = new ArcHybridState();
        st.Reset(1);
        st.Shift(); // stack: root 0, buffer empty: only RIGHT(root) is legal
        var scores = new float[1 + 2 * Labels];
        scores[0] = 100; scores[1] = 100; scores[1 + Labels] = 100;

        Assert.Equal(1 + Labels + Root, Parser.BestLegal(st, scores, Labels, Root));
        for (int a = 0; a < scores.Length; a++) Assert.Equal(a == 1 + Labels + Root, Parser.IsLegal(st, a, Labels, Root));
    }

    [Fact]
    public void BestLegal_Throws_TerminalState()
    {
        var st = new ArcHybridState();
        st.Reset(0);
        Assert.True(st.Terminal);
        Assert.Throws<InvalidOperationException>(() => Parser.BestLegal(st, new float[1 + 2 * Labels], Labels, Root));
    }

    [Fact]
    public void Parse_GivesTree_EveryDevSentence()
    {
        var s = new SyntaxSentence();
        foreach (var gold in TestData.Read(TestData.MiniDev))
        {
            s.Clear();
            foreach (var w in gold.Words) s.Add(w.Form);
            mini.Model.Annotate(s);
            TreeAssert.IsTree(s, mini.Model, gold.Id!);
        }
    }

    [Fact]
    public void Parse_OnlyParses_TagsAlreadySet()
    {
        var a = new SyntaxSentence();
        a.AddRange(["Iran", "supplied", "drones", "to", "Russia", "."]);
        mini.Model.Annotate(a);
        var heads = a.Head[..a.Count];

        a.Head.AsSpan(0, a.Count).Fill(-1);
        mini.Model.Parser.Parse(a);

        Assert.True(a.Parsed);
        Assert.Equal(heads, a.Head[..a.Count]);
    }

    [Fact]
    public void Parse_ScoresWithExact_ExactScorerGiven()
    {
        var model = mini.Model.Parser;
        // a scorer that always prefers SHIFT: every word is shifted, then each attaches to the word before it
        var shifty = new Parser(model.Labels, model.Model) { Exact = (_, scores) => scores[0] = 1000 };
        var a = new SyntaxSentence();
        a.AddRange(["Iran", "supplied", "drones", "to", "Russia", "."]);
        mini.Model.Annotate(a);

        shifty.Parse(a);

        Assert.Equal([-1, 0, 1, 2, 3, 4], a.Head[..a.Count]);
    }
}
