using Entente.Analysis.Network;
using Entente.Analysis.Selection;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;
using static Entente.Analysis.Tests.Network.NetworkFixtures;

namespace Entente.Analysis.Tests.Network;

public sealed class NetworkBuilderTests
{
    [Fact]
    public void Build_SplitsCooperationAndConflict_ByQuadClass()
    {
        var network = Build(
            Event("IRN", "RUS", 1, 3.4),
            Event("IRN", "RUS", 2, 7.4),
            Event("IRN", "RUS", 2, 7.0),
            Event("IRN", "RUS", 3, -2.0),
            Event("IRN", "RUS", 4, -10));
        var e = network.Edge("IRN", "RUS");
        Assert.Equal(3, e.Cooperation);
        Assert.Equal(2, e.Conflict);
        Assert.Equal(5, e.Events);
        Assert.Equal(3, e.Material);
        Assert.Equal(0.6, e.MaterialShare, 12);
        Assert.Equal(17.8, e.CooperationGoldstein, 12);
        Assert.Equal(-12.0, e.ConflictGoldstein, 12);
        Assert.Equal(5.8, e.Goldstein, 12);
        Assert.Equal(0.2, e.Balance, 12);
        Assert.Equal("cooperation", e.Kind);
    }

    [Theory]
    [InlineData(1, 3, "conflict")]
    [InlineData(2, 2, "mixed")]
    [InlineData(4, 0, "cooperation")]
    public void Build_NamesTheEdgeKind_ByTheLargerCount(int cooperation, int conflict, string kind)
    {
        var events = Enumerable.Repeat(0, cooperation).Select(_ => Event("USA", "CHN", 1))
            .Concat(Enumerable.Repeat(0, conflict).Select(_ => Event("USA", "CHN", 3, -4))).ToArray();
        Assert.Equal(kind, Build(events).Edge("USA", "CHN").Kind);
    }

    [Fact]
    public void Build_KeepsOneEdgePerDirection_ForAsymmetricTypes()
    {
        var network = Build(Event("IRN", "RUS", 2), Event("RUS", "IRN", 2), Event("RUS", "IRN", 4, -9));
        Assert.Equal(2, network.Edges.Length);
        Assert.Equal(1, network.Edge("IRN", "RUS").Events);
        Assert.Equal(2, network.Edge("RUS", "IRN").Events);
        Assert.Equal(1, network.Edge("RUS", "IRN").Conflict);
    }

    [Fact]
    public void Build_CountsSymmetricTypesOnTheCodeOrderedPair_WhateverTheDirection()
    {
        var network = Build(Event("RUS", "IRN", 1, type: "meeting"), Event("IRN", "RUS", 1, type: "meeting"), Event("RUS", "IRN", 2, type: "arms_transfer"));
        var mutual = network.Edge("IRN", "RUS");
        Assert.Equal(2, mutual.Events);
        Assert.Equal(2, mutual.Mutual);
        var directed = network.Edge("RUS", "IRN");
        Assert.Equal(1, directed.Events);
        Assert.Equal(0, directed.Mutual);
    }

    [Fact]
    public void Build_LabelsANodeWithTheStatesName_WhenAPersonActedForIt()
    {
        var events = new[]
        {
            Event("MLI", "RUS", 1, sourceName: "Assimi Goita", targetName: "Russia"),
            Event("MLI", "RUS", 1, sourceName: "Assimi Goita", targetName: "Russia"),
            Event("MLI", "RUS", 2, sourceName: "Mali", targetName: "Russia"),
        };
        var byPerson = Build(events);
        Assert.Equal("Assimi Goita", byPerson.Nodes.Single(n => n.Code == "MLI").Name);
        var named = new NetworkBuilder(NetworkOptions.Default, KnowledgeBase.Default.Cameo,
            code => KnowledgeBase.Default.Actors.NameOfCode.TryGetValue(code, out var n) ? n : null).Build(events);
        Assert.Equal("Mali", named.Nodes.Single(n => n.Code == "MLI").Name);
        Assert.Equal("Russia", named.Nodes.Single(n => n.Code == "RUS").Name);
    }

    [Fact]
    public void Build_ReadsSymmetryFromTheEventTypesTable_WhenGivenTheCameoTable()
    {
        var builder = new NetworkBuilder(NetworkOptions.Default, KnowledgeBase.Default.Cameo);
        var network = builder.Build([Event("RUS", "IRN", 1, type: "meeting"), Event("RUS", "IRN", 2, type: "arms_transfer")]);
        Assert.Equal(1, network.Edge("IRN", "RUS").Mutual);
        Assert.Equal(0, network.Edge("RUS", "IRN").Mutual);
    }

    [Fact]
    public void Build_DropsEdgesBelowMinEvents_AndTheNodesTheyLeaveAlone()
    {
        var events = new[]
        {
            Event("IRN", "RUS", 1), Event("IRN", "RUS", 2), Event("IRN", "RUS", 3, -2),
            Event("RUS", "IRN", 1), Event("RUS", "IRN", 1),
            Event("SYR", "IRN", 1),
        };
        var network = Builder(minEvents: 3).Build(events);
        var edge = Assert.Single(network.Edges);
        Assert.Equal(("IRN", "RUS"), (edge.Source, edge.Target));
        Assert.Equal(["IRN", "RUS"], network.Nodes.Select(n => n.Code));
        Assert.Equal(2, network.Summary.EdgesDropped);
        Assert.Equal(3, network.Summary.EventsDropped);
        Assert.Equal(6, network.Summary.EventsCounted);
        // the node's event count is its activity before the filter; strength only counts kept edges
        Assert.Equal(6, network.Node("IRN").Events);
        Assert.Equal(3, network.Node("IRN").Strength);
    }

    [Fact]
    public void Build_ComputesDegreesAndStrength_FromKeptEdges()
    {
        var network = Build(Event("IRN", "RUS", 1), Event("IRN", "RUS", 1), Event("RUS", "IRN", 3, -2), Event("IRN", "SYR", 2));
        var irn = network.Node("IRN");
        Assert.Equal(2, irn.Degree);
        Assert.Equal(2, irn.OutDegree);
        Assert.Equal(1, irn.InDegree);
        Assert.Equal(4, irn.Strength);
        Assert.Equal(3, irn.Cooperation);
        Assert.Equal(1, irn.Conflict);
        var rus = network.Node("RUS");
        Assert.Equal(1, rus.Degree);
        Assert.Equal(3, rus.Strength);
    }

    [Fact]
    public void Build_UsesTheSelection_ToLeaveOutDeniedAndImprobableEvents()
    {
        var events = new[]
        {
            Event("IRN", "RUS", 2),
            Event("IRN", "RUS", 2, status: ReconciledStatus.Denied),
            Event("IRN", "RUS", 2, status: ReconciledStatus.Hypothetical),
            Event("IRN", "RUS", 2, credibility: 5),
            Event("IRN", "RUS", 2, status: ReconciledStatus.Planned),
        };
        var selected = Build(events);
        Assert.Equal(1, selected.Edge("IRN", "RUS").Events);
        Assert.Equal(4, selected.Summary.NotSelected);
        Assert.Equal(2, Builder(selection: new EventSelection(IncludePlanned: true)).Build(events).Edge("IRN", "RUS").Events);
        Assert.Equal(5, Builder(selection: EventSelection.All).Build(events).Edge("IRN", "RUS").Events);
    }

    [Fact]
    public void Build_SkipsEventsWithoutTwoDistinctActors()
    {
        var network = Build(Event("IRN", "IRN", 1), Event("", "RUS", 1), Event("IRN", "RUS", 1));
        Assert.Single(network.Edges);
        Assert.Equal(2, network.Summary.NoPair);
        Assert.Equal(1, network.Node("IRN").Events);
    }

    [Fact]
    public void Build_NamesTheActor_ByItsMostFrequentName()
    {
        var network = Build(
            Event("IRN", "RUS", 1, sourceName: "Iran", targetName: "Russia"),
            Event("IRN", "RUS", 1, sourceName: "Tehran", targetName: "Moscow"),
            Event("RUS", "IRN", 1, sourceName: "Russia", targetName: "Tehran"),
            Event("IRN", "SYR", 1, sourceName: "Iran", targetName: ""));
        Assert.Equal("Iran", network.Node("IRN").Name);
        Assert.Equal("Russia", network.Node("RUS").Name);
        Assert.Equal("SYR", network.Node("SYR").Name);
    }

    [Fact]
    public void Build_OrdersNodesAndEdgesByCode_WhateverTheEventOrder()
    {
        var events = new[] { Event("USA", "CHN", 3, -2), Event("CHN", "RUS", 1), Event("BLR", "USA", 1), Event("CHN", "BLR", 4, -9) };
        var forward = Build(events);
        var backward = Build([.. events.Reverse()]);
        Assert.Equal(["BLR", "CHN", "RUS", "USA"], forward.Nodes.Select(n => n.Code));
        Assert.Equal(["BLR>USA", "CHN>BLR", "CHN>RUS", "USA>CHN"], forward.Edges.Select(e => $"{e.Source}>{e.Target}"));
        Assert.Equal(forward.Nodes.ToArray(), backward.Nodes.ToArray());
        Assert.Equal(forward.Edges.ToArray(), backward.Edges.ToArray());
    }

    [Fact]
    public void Build_GivesAnEmptyNetwork_WhenNoEventCounts()
    {
        var network = Build(Event("IRN", "RUS", 1, status: ReconciledStatus.Denied));
        Assert.True(network.IsEmpty);
        Assert.Empty(network.Edges);
        Assert.Equal(1, network.Summary.NotSelected);
    }

    [Fact]
    public void Build_Throws_WhenMinEventsIsBelowOne()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Builder(minEvents: 0));
        Assert.Contains("MinEvents 0", ex.Message);
    }

    [Fact]
    public void Build_WeightsPageRankOfMutualEventsBothWays_SoCodeOrderDoesNotBiasIt()
    {
        // AAA-ZZZ meet twice: the stored direction is AAA → ZZZ only because of code order
        var network = Build(Event("ZZZ", "AAA", 1, type: "meeting"), Event("AAA", "ZZZ", 1, type: "meeting"));
        Assert.Equal(0.5, network.Node("AAA").PageRank, 12);
        Assert.Equal(0.5, network.Node("ZZZ").PageRank, 12);
    }

    [Fact]
    public void Build_ComputesBetweennessOnTheUndirectedGraph_ForADirectedPath()
    {
        // A → B → C as one-way events: B is still the broker between A and C
        var network = Build(Event("AAA", "BBB", 4, -9), Event("BBB", "CCC", 4, -9));
        Assert.Equal(1.0, network.Node("BBB").Betweenness, 12);
        Assert.Equal(0.0, network.Node("AAA").Betweenness, 12);
    }
}
