using Entente.Analysis.Network;

namespace Entente.Analysis.Tests.Network;

public sealed class CentralityTests
{
    private static WeightedGraph Undirected(int n, params (int, int, double)[] links) => new(n, links, directed: false);

    private static WeightedGraph Directed(int n, params (int, int, double)[] links) => new(n, links, directed: true);

    [Fact]
    public void Betweenness_GivesTheStarCentreOne_AndLeavesZero()
    {
        var b = Centrality.Betweenness(Undirected(5, (0, 1, 1), (0, 2, 1), (0, 3, 1), (0, 4, 1)));
        Assert.Equal(1.0, b[0], 12);
        for (int i = 1; i < 5; i++) Assert.Equal(0.0, b[i], 12);
    }

    [Fact]
    public void Betweenness_MatchesHandValues_OnAPathOfFive()
    {
        // path 0-1-2-3-4: node 1 lies on 3 of the 6 pairs of other nodes, node 2 on 4 of them
        var b = Centrality.Betweenness(Undirected(5, (0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1)));
        double[] expected = [0, 0.5, 4 / 6.0, 0.5, 0];
        for (int i = 0; i < 5; i++) Assert.Equal(expected[i], b[i], 12);
    }

    [Fact]
    public void Betweenness_SplitsPairs_WhenShortestPathsTie()
    {
        // square 0-1-2-3-0: 0 and 2 are joined through 1 and through 3 equally; each of 1 and 3 gets half of that pair
        var b = Centrality.Betweenness(Undirected(4, (0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 0, 1)));
        Assert.All(b, x => Assert.Equal(0.5 / 3, x, 12));
    }

    [Fact]
    public void Betweenness_FollowsStrongTies_WhenDistanceIsOneOverWeight()
    {
        // 0-2 direct with weight 1 (distance 1); 0-1-2 with weight 4 each (distance 0.25 + 0.25): the path goes through 1
        var b = Centrality.Betweenness(Undirected(3, (0, 2, 1), (0, 1, 4), (1, 2, 4)));
        Assert.Equal(1.0, b[1], 12);
        Assert.Equal(0.0, b[0], 12);
        // with equal weights the direct tie is shorter and nobody brokers
        var flat = Centrality.Betweenness(Undirected(3, (0, 2, 1), (0, 1, 1), (1, 2, 1)));
        Assert.All(flat, x => Assert.Equal(0.0, x, 12));
    }

    [Fact]
    public void Betweenness_IsZero_WhenTheGraphHasFewerThanThreeNodes()
    {
        Assert.Equal([0.0, 0.0], Centrality.Betweenness(Undirected(2, (0, 1, 1))));
        Assert.Empty(Centrality.Betweenness(Undirected(0)));
    }

    [Fact]
    public void Eigenvector_GivesStarLeavesOneOverRootK_WhenTheCentreIsOne()
    {
        var x = Centrality.Eigenvector(Undirected(5, (0, 1, 1), (0, 2, 1), (0, 3, 1), (0, 4, 1)));
        Assert.Equal(1.0, x[0], 9);
        for (int i = 1; i < 5; i++) Assert.Equal(0.5, x[i], 9);
    }

    [Fact]
    public void Eigenvector_IsEqual_OnASymmetricCycle()
    {
        var x = Centrality.Eigenvector(Undirected(4, (0, 1, 2), (1, 2, 2), (2, 3, 2), (3, 0, 2)));
        Assert.All(x, v => Assert.Equal(1.0, v, 12));
    }

    [Fact]
    public void Eigenvector_WeighsTies_OnAWeightedPath()
    {
        // path 0 -(w)- 1 -(w)- 2 with equal weights: leaves are 1/√2 of the centre whatever w
        var x = Centrality.Eigenvector(Undirected(3, (0, 1, 5), (1, 2, 5)));
        Assert.Equal(1.0, x[1], 9);
        Assert.Equal(1 / Math.Sqrt(2), x[0], 9);
    }

    [Fact]
    public void PageRank_MatchesTheClosedForm_OnASymmetricStar()
    {
        // centre 0 and three leaves, links both ways: c = 0.0375 + 0.85·3·l, l = 0.0375 + 0.85·c/3
        var links = new List<(int, int, double)>();
        for (int leaf = 1; leaf <= 3; leaf++) { links.Add((0, leaf, 1)); links.Add((leaf, 0, 1)); }
        var pr = Centrality.PageRank(Directed(4, [.. links]));
        double centre = 0.0375 * 3.55 / (1 - 0.85 * 0.85);
        Assert.Equal(centre, pr[0], 10);
        for (int leaf = 1; leaf <= 3; leaf++) Assert.Equal((1 - centre) / 3, pr[leaf], 10);
        Assert.Equal(1.0, pr.Sum(), 10);
    }

    [Fact]
    public void PageRank_SpreadsDanglingRank_AndSumsToOne()
    {
        // 0 → 1 only: 1 has no out-link and spreads its rank: r0 = 0.075 + 0.425·r1, r1 = 0.075 + 0.425·r1 + 0.85·r0
        var pr = Centrality.PageRank(Directed(2, (0, 1, 1)));
        double r1 = (0.075 + 0.85 * 0.075) / (1 - 0.425 - 0.85 * 0.425);
        Assert.Equal(r1, pr[1], 10);
        Assert.Equal(1 - r1, pr[0], 10);
        Assert.True(pr[1] > pr[0]);
    }

    [Fact]
    public void WeightedGraph_Throws_WhenAWeightIsNotPositive()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Undirected(2, (0, 1, 0)));
        Assert.Contains("weight 0", ex.Message);
    }

    [Fact]
    public void WeightedGraph_AddsParallelLinks_AndIgnoresSelfLinks()
    {
        var g = Undirected(2, (0, 1, 1), (1, 0, 2), (0, 0, 5));
        Assert.Equal([1], g.Neighbours(0).ToArray());
        Assert.Equal([3.0], g.Weights(0).ToArray());
        Assert.Equal([3.0], g.Weights(1).ToArray());
    }

    [Fact]
    public void Centrality_Throws_WhenTheGraphHasTheWrongDirection()
    {
        Assert.Throws<ArgumentException>(() => Centrality.PageRank(Undirected(2, (0, 1, 1))));
        Assert.Throws<ArgumentException>(() => Centrality.Betweenness(Directed(2, (0, 1, 1))));
    }
}
