using Entente.Syntax.Parsing;

namespace Entente.Syntax.Tests.Parsing;

/// <summary>Lifting non-projective arcs (heads 0-based, −1 for the root).</summary>
public class ProjectivizerTests
{
    // "A hearing is scheduled on the issue today": "issue" (6) depends on "hearing" (1) across "is scheduled"
    private static readonly int[] Hearing = [1, 3, 3, -1, 6, 6, 1, 3];

    [Fact]
    public void Lift_ReattachesToHeadsHead_OneCrossingArc()
    {
        var heads = (int[])Hearing.Clone();
        Assert.False(Projectivizer.IsProjective(heads, heads.Length, 1, 6));

        int lifted = Projectivizer.Lift(heads, heads.Length);

        Assert.Equal(1, lifted);
        Assert.Equal([1, 3, 3, -1, 6, 6, 3, 3], heads);
        AssertProjective(heads);
    }

    [Fact]
    public void Lift_LiftsTwice_ArcStillCrossingAfterOneLift()
    {
        // 4 is the root; 0 hangs from 3, whose head 2 is still crossed by 1 (which hangs from the root)
        int[] heads = [3, 4, 4, 2, -1];

        int lifted = Projectivizer.Lift(heads, heads.Length);

        Assert.Equal(2, lifted);
        Assert.Equal([4, 4, 4, 2, -1], heads);
        AssertProjective(heads);
    }

    [Fact]
    public void Lift_LiftsBoth_TwoCrossingArcs()
    {
        // root 3; 2 → 0 crosses word 1 (under 4), and 4 → 1 crosses words 2 and 3 (not under 4): both go up to 3
        int[] heads = [2, 4, 3, -1, 3];
        Assert.False(Projectivizer.IsProjective(heads, 5, 2, 0));
        Assert.False(Projectivizer.IsProjective(heads, 5, 4, 1));

        int lifted = Projectivizer.Lift(heads, heads.Length);

        Assert.Equal(2, lifted);
        Assert.Equal([3, 3, 3, -1, 3], heads);
        AssertProjective(heads);
    }

    [Theory]
    [InlineData("mini-train.conllu")]
    [InlineData("mini-dev.conllu")]
    public void Lift_ChangesNothing_ProjectiveTreebank(string name)
    {
        foreach (var s in TestData.Read(TestData.Fixture(name)))
        {
            var heads = s.Words.Select(w => w.Head - 1).ToArray();
            var before = (int[])heads.Clone();

            Assert.Equal(0, Projectivizer.Lift(heads, heads.Length));
            Assert.Equal(before, heads);
        }
    }

    [Fact]
    public void Lift_ChangesNothing_SingleWordAndFlatTree()
    {
        int[] one = [-1];
        int[] flat = [-1, 0, 0, 0, 0];

        Assert.Equal(0, Projectivizer.Lift(one, 1));
        Assert.Equal(0, Projectivizer.Lift(flat, 5));
        Assert.Equal([-1], one);
        Assert.Equal([-1, 0, 0, 0, 0], flat);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Lift_GivesProjectiveTreeMovingWordsUpOnly_RandomTrees(int seed)
    {
        var rng = new Random(seed);
        for (int t = 0; t < 200; t++)
        {
            int n = rng.Next(2, 25);
            var original = RandomTree(rng, n);
            var heads = (int[])original.Clone();
            int crossing = Enumerable.Range(0, n).Count(d => original[d] >= 0 && !Projectivizer.IsProjective(original, n, original[d], d));

            int lifted = Projectivizer.Lift(heads, n);

            AssertProjective(heads);
            Assert.Equal(crossing == 0, lifted == 0);
            Assert.Equal(Array.IndexOf(original, -1), Array.IndexOf(heads, -1));
            Assert.Single(heads, h => h == -1);
            int moved = 0;
            for (int d = 0; d < n; d++)
            {
                if (heads[d] == original[d]) continue;
                moved++;
                // the new head is an ancestor of the old one in the original tree
                int a = original[d];
                while (a >= 0 && a != heads[d]) a = original[a];
                Assert.True(a == heads[d], $"word {d}: {original[d]} → {heads[d]} is not a lift in [{string.Join(",", original)}]");
            }
            Assert.InRange(moved, 0, lifted);
        }
    }

    /// <summary>A random tree: words attach in a random order to a word already in the tree.</summary>
    private static int[] RandomTree(Random rng, int n)
    {
        var order = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).ToArray();
        var heads = new int[n];
        heads[order[0]] = -1;
        for (int k = 1; k < n; k++) heads[order[k]] = order[rng.Next(k)];
        return heads;
    }

    private static void AssertProjective(int[] heads)
    {
        for (int d = 0; d < heads.Length; d++)
            if (heads[d] >= 0) Assert.True(Projectivizer.IsProjective(heads, heads.Length, heads[d], d), $"{heads[d]} → {d} crosses in [{string.Join(",", heads)}]");
    }
}
