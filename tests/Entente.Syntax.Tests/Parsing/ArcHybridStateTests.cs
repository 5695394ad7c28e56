using Entente.Syntax.Conllu;
using Entente.Syntax.Parsing;

namespace Entente.Syntax.Tests.Parsing;

/// <summary>
/// The arc-hybrid system and its dynamic oracle: zero-cost transitions rebuild the gold tree, and the costs of the
/// transitions taken add up to the arcs the final tree gets wrong (the system is arc-decomposable).
/// </summary>
public class ArcHybridStateTests
{
    public static TheoryData<string> Files => ["mini-train.conllu", "mini-dev.conllu"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Oracle_RebuildsGoldTree_ZeroCostTransitions(string name)
    {
        var st = new ArcHybridState();
        foreach (var s in TestData.Read(TestData.Fixture(name)))
        {
            var gold = GoldHeads(s);
            int n = s.Words.Count;
            st.Reset(n);
            while (!st.Terminal)
            {
                var (shift, left, right) = st.Costs(gold);
                // label: the dependent's number, to check labels land on the right word
                if (st.CanLeft && left == 0) st.Left(st.S0);
                else if (st.CanRight && right == 0) st.Right(st.S0);
                else { Assert.True(st.CanShift && shift == 0, $"{s.Id}: no zero-cost transition"); st.Shift(); }
            }
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(gold[i], st.Head[i]);
                Assert.Equal(i, st.Label[i]);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Oracle_CostsAddUpToWrongArcs_RandomTransitions(int seed)
    {
        var rng = new Random(seed);
        var st = new ArcHybridState();
        foreach (var s in TestData.Read(TestData.MiniTrain).Concat(TestData.Read(TestData.MiniDev)))
        {
            var gold = GoldHeads(s);
            int n = s.Words.Count;
            st.Reset(n);
            int cost = 0;
            while (!st.Terminal)
            {
                var (shift, left, right) = st.Costs(gold);
                var legal = new List<(int Action, int Cost)>();
                if (st.CanShift) legal.Add((0, shift));
                if (st.CanLeft) legal.Add((1, left));
                if (st.CanRight) legal.Add((2, right));
                Assert.NotEmpty(legal);
                Assert.All(legal, a => Assert.InRange(a.Cost, 0, n));
                var (action, c) = legal[rng.Next(legal.Count)];
                cost += c;
                if (action == 0) st.Shift(); else if (action == 1) st.Left(0); else st.Right(0);
            }
            int wrong = Enumerable.Range(0, n).Count(i => st.Head[i] != gold[i]);
            Assert.True(cost == wrong, $"{s.Id}: costs add up to {cost}, the tree has {wrong} wrong heads");
        }
    }

    [Fact]
    public void Transitions_GiveOneRootAndTree_AnySequence()
    {
        var rng = new Random(7);
        var st = new ArcHybridState();
        for (int t = 0; t < 500; t++)
        {
            int n = rng.Next(1, 40);
            st.Reset(n);
            int steps = 0;
            while (!st.Terminal)
            {
                var legal = new List<int>();
                if (st.CanShift) legal.Add(0);
                if (st.CanLeft) legal.Add(1);
                if (st.CanRight) legal.Add(2);
                int a = legal[rng.Next(legal.Count)];
                if (a == 0) st.Shift(); else if (a == 1) st.Left(0); else st.Right(0);
                steps++;
            }
            Assert.Equal(2 * n, steps); // n shifts and n attachments
            Assert.Single(Enumerable.Range(0, n), i => st.Head[i] == n);
            Assert.All(Enumerable.Range(0, n), i => Assert.InRange(st.Head[i], 0, n));
        }
    }

    [Fact]
    public void Reset_GrowsAndClears_LongerSentenceAfterShorter()
    {
        var st = new ArcHybridState();
        st.Reset(3);
        st.Shift(); st.Shift(); st.Left(5);
        st.Reset(200);

        Assert.Equal(200, st.N);
        Assert.Equal(0, st.B);
        Assert.Equal(200, st.S0);
        Assert.All(Enumerable.Range(0, 201), i => { Assert.Equal(-1, st.Head[i]); Assert.Equal(-1, st.Label[i]); Assert.Equal(0, st.LeftCount[i]); });
    }

    [Fact]
    public void Attach_KeepsChildrenInOrder_LeftAndRightDependents()
    {
        // words 0 1 2 3: 0 and 1 depend on 2 (left), 3 on 2 (right), 2 on the root
        var st = new ArcHybridState();
        st.Reset(4);
        st.Shift(); st.Shift();          // stack: root 0 1
        st.Left(1);                      // 2 → 1
        st.Left(2);                      // 2 → 0
        st.Shift(); st.Shift();          // stack: root 2 3
        st.Right(3);                     // 2 → 3
        st.Right(0);                     // root → 2

        Assert.True(st.Terminal);
        Assert.Equal([2, 2, 4, 2], st.Head[..4]);
        Assert.Equal(0, st.LeftMost[2]);
        Assert.Equal(1, st.LeftMost2[2]);
        Assert.Equal(3, st.RightMost[2]);
        Assert.Equal(2, st.LeftCount[2]);
        Assert.Equal(1, st.RightCount[2]);
        Assert.Equal((1UL << 1) | (1UL << 2), st.LeftLabels[2]);
        Assert.Equal(1UL << 3, st.RightLabels[2]);
    }

    private static int[] GoldHeads(ConlluSentence s)
    {
        int n = s.Words.Count;
        return [.. s.Words.Select(w => w.Head == 0 ? n : w.Head - 1)];
    }
}
