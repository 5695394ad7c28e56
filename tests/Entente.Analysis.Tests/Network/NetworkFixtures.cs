using System.Collections.Immutable;
using Entente.Analysis.Network;
using Entente.Analysis.Selection;
using Entente.Corpus.Model;

namespace Entente.Analysis.Tests.Network;

/// <summary>Hand-made merged events and a builder whose only symmetric type is "meeting".</summary>
internal static class NetworkFixtures
{
    private static int _next;

    public static StoredEvent Event(string source, string target, int quadClass, double goldstein = 1, string type = "statement",
        ReconciledStatus status = ReconciledStatus.Reported, int credibility = 2, string? sourceName = null, string? targetName = null)
        => new(
            $"E{Interlocked.Increment(ref _next):x16}", $"{type}|{source}|{target}", source, sourceName ?? source + " name", target, targetName ?? target + " name",
            type, "010", "COOP", goldstein, quadClass, new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 1), status, 0.8, null,
            ImmutableArray<string>.Empty, 1, 1, 1, 1, new DateOnly(2023, 1, 2), new DateOnly(2023, 1, 2), 'B', credibility,
            ["Outlet"], ImmutableArray<string>.Empty);

    public static NetworkBuilder Builder(int minEvents = 1, EventSelection? selection = null)
        => new(new NetworkOptions(selection ?? EventSelection.Default, minEvents), type => type == "meeting");

    public static ActorNetwork Build(params StoredEvent[] events) => Builder().Build(events);

    public static NetworkNode Node(this ActorNetwork network, string code) => Assert.Single(network.Nodes, n => n.Code == code);

    public static NetworkEdge Edge(this ActorNetwork network, string source, string target)
        => Assert.Single(network.Edges, e => e.Source == source && e.Target == target);

}
