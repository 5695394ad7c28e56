using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Entente.Analysis.Selection;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;

namespace Entente.Analysis.Network;

/// <summary>How the network is built: which events count and the smallest edge kept.</summary>
/// <param name="Selection">Which merged events count (the shared analysis policy).</param>
/// <param name="MinEvents">Edges with fewer counted events are dropped (with the nodes they leave without edges).</param>
public sealed record NetworkOptions(EventSelection Selection, int MinEvents = 1)
{
    public static readonly NetworkOptions Default = new(EventSelection.Default);
}

/// <summary>
/// Turns merged events into an <see cref="ActorNetwork"/>, in one pass over the events with no allocation per event:
/// <list type="number">
/// <item>Events the <see cref="EventSelection"/> does not count are left out, as are events without two distinct actor codes.</item>
/// <item>Each counted event adds to the edge source → target (symmetric event types to the pair in ordinal code order):
/// QuadClass 1–2 to cooperation, 3–4 to conflict, 2 and 4 to material, its Goldstein score to the matching sum.</item>
/// <item>Edges with fewer than <see cref="NetworkOptions.MinEvents"/> events are dropped; actors left without edges are dropped.</item>
/// <item>Centralities: betweenness and eigenvector on the undirected graph whose link weight is the events of both
/// directions; PageRank on the directed graph, where an event of a symmetric type gives half its weight to each direction
/// (its stored direction is only code order).</item>
/// </list>
/// </summary>
public sealed class NetworkBuilder
{
    private readonly NetworkOptions _options;
    private readonly Func<string, bool> _isSymmetric;
    private readonly Func<string, string?>? _canonicalName;

    /// <param name="isSymmetricType">Whether an event type (e.g. "meeting") has no direction.</param>
    /// <param name="canonicalName">The state's or organization's name for a code (the knowledge files); a node is
    /// labelled with it, not with the person who acted most often ("Mali", not "Assimi Goita"). Null or unknown: the name seen most often.</param>
    public NetworkBuilder(NetworkOptions options, Func<string, bool> isSymmetricType, Func<string, string?>? canonicalName = null)
    {
        _canonicalName = canonicalName;
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(isSymmetricType);
        if (options.MinEvents < 1) throw new ArgumentOutOfRangeException(nameof(options), $"MinEvents {options.MinEvents} must be 1 or more");
        _options = options;
        _isSymmetric = isSymmetricType;
    }

    /// <summary>A builder that reads the "symmetric" column of the event types (data/cameo/event-types.tsv).</summary>
    public NetworkBuilder(NetworkOptions options, CameoTable cameo, Func<string, string?>? canonicalName = null)
        : this(options, type => cameo.Types.TryGetValue(type, out var t) && t.Symmetric, canonicalName)
    {
    }

    internal struct EdgeTotals
    {
        public int Cooperation, Conflict, Material, Mutual;
        public double CooperationGoldstein, ConflictGoldstein;
    }

    public ActorNetwork Build(IReadOnlyList<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var acc = new Accumulator(_isSymmetric);
        int notSelected = 0;
        // events without two distinct coded actors are counted as "no pair" below (as from the store's pair totals), not as not selected
        var selection = _options.Selection with { IncludeOneSided = true };
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!selection.Counts(e)) { notSelected++; continue; }
            acc.Add(e.SourceCode, e.SourceName, e.TargetCode, e.TargetName, e.Type, e.QuadClass, 1, e.Goldstein);
        }
        return Finish(acc, events.Count, notSelected);
    }

    /// <summary>
    /// The network from pair totals the store aggregated in SQL (<see cref="Corpus.Store.IEventStore.Pairs"/>, counted with
    /// this builder's selection's <see cref="EventSelection.Rule"/>): the same network as from the events, without reading them.
    /// </summary>
    public ActorNetwork Build(Corpus.Store.PairTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var acc = new Accumulator(_isSymmetric);
        int counted = 0;
        foreach (var p in totals.Rows)
        {
            acc.Add(p.SourceCode, p.SourceName, p.TargetCode, p.TargetName, p.Type, p.QuadClass, p.Events, p.Goldstein);
            counted += p.Events;
        }
        return Finish(acc, totals.EventsMatched, totals.EventsMatched - counted);
    }

    /// <summary>Totals per edge, actor and name, filled event by event or pair total by pair total.</summary>
    private sealed class Accumulator(Func<string, bool> isSymmetricType)
    {
        public readonly Dictionary<(string Source, string Target), EdgeTotals> Edges = [];
        public readonly Dictionary<(string Code, string Name), int> Names = [];
        public readonly Dictionary<string, int> ActorEvents = new(StringComparer.Ordinal);
        private readonly Dictionary<string, bool> _symmetric = new(StringComparer.Ordinal);
        public int NoPair, Counted;

        public void Add(string sourceCode, string? sourceName, string targetCode, string? targetName, string type, int quadClass, int n, double goldstein)
        {
            if (string.IsNullOrEmpty(sourceCode) || string.IsNullOrEmpty(targetCode)
                || string.Equals(sourceCode, targetCode, StringComparison.Ordinal) || quadClass is < 1 or > 4)
            {
                NoPair += n;
                return;
            }
            ref bool isSymmetric = ref CollectionsMarshal.GetValueRefOrAddDefault(_symmetric, type, out bool known);
            if (!known) isSymmetric = isSymmetricType(type);
            var (source, target) = isSymmetric && string.CompareOrdinal(sourceCode, targetCode) > 0
                ? (targetCode, sourceCode) : (sourceCode, targetCode);

            ref var edge = ref CollectionsMarshal.GetValueRefOrAddDefault(Edges, (source, target), out _);
            if (quadClass <= 2)
            {
                edge.Cooperation += n;
                edge.CooperationGoldstein += goldstein;
            }
            else
            {
                edge.Conflict += n;
                edge.ConflictGoldstein += goldstein;
            }
            if (quadClass is 2 or 4) edge.Material += n;
            if (isSymmetric) edge.Mutual += n;

            CollectionsMarshal.GetValueRefOrAddDefault(ActorEvents, sourceCode, out _) += n;
            CollectionsMarshal.GetValueRefOrAddDefault(ActorEvents, targetCode, out _) += n;
            CollectionsMarshal.GetValueRefOrAddDefault(Names, (sourceCode, sourceName ?? ""), out _) += n;
            CollectionsMarshal.GetValueRefOrAddDefault(Names, (targetCode, targetName ?? ""), out _) += n;
            Counted += n;
        }
    }

    private ActorNetwork Finish(Accumulator acc, int eventsRead, int notSelected)
    {
        var edges = acc.Edges;
        var names = acc.Names;
        var actorEvents = acc.ActorEvents;
        int noPair = acc.NoPair, counted = acc.Counted;
        var selection = _options.Selection;

        // edges that stay, in (source, target) ordinal order
        var kept = new List<NetworkEdge>(edges.Count);
        int edgesDropped = 0, eventsDropped = 0;
        foreach (var ((source, target), t) in edges)
        {
            int n = t.Cooperation + t.Conflict;
            if (n < _options.MinEvents)
            {
                edgesDropped++;
                eventsDropped += n;
                continue;
            }
            kept.Add(new NetworkEdge(source, target, t.Cooperation, t.Conflict, t.Material, t.Mutual, t.CooperationGoldstein, t.ConflictGoldstein));
        }
        kept.Sort(static (a, b) =>
        {
            int c = string.CompareOrdinal(a.Source, b.Source);
            return c != 0 ? c : string.CompareOrdinal(a.Target, b.Target);
        });

        var codes = kept.SelectMany(e => new[] { e.Source, e.Target }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (int i = 0; i < codes.Length; i++) index[codes[i]] = i;

        var degreeIn = new int[codes.Length];
        var degreeOut = new int[codes.Length];
        var strength = new int[codes.Length];
        var cooperation = new int[codes.Length];
        var conflict = new int[codes.Length];
        var undirected = new List<(int, int, double)>(kept.Count);
        var directed = new List<(int, int, double)>(kept.Count * 2);
        foreach (var e in kept)
        {
            int s = index[e.Source], t = index[e.Target];
            degreeOut[s]++;
            degreeIn[t]++;
            foreach (int v in (ReadOnlySpan<int>)[s, t])
            {
                strength[v] += e.Events;
                cooperation[v] += e.Cooperation;
                conflict[v] += e.Conflict;
            }
            undirected.Add((s, t, e.Events));
            double oneWay = e.Events - e.Mutual + e.Mutual / 2.0;
            if (oneWay > 0) directed.Add((s, t, oneWay));
            if (e.Mutual > 0) directed.Add((t, s, e.Mutual / 2.0));
        }
        var undirectedGraph = new WeightedGraph(codes.Length, undirected, directed: false);
        var betweenness = Centrality.Betweenness(undirectedGraph);
        var eigenvector = Centrality.Eigenvector(undirectedGraph);
        var pageRank = Centrality.PageRank(new WeightedGraph(codes.Length, directed, directed: true));

        var bestName = BestNames(names);
        var nodes = ImmutableArray.CreateBuilder<NetworkNode>(codes.Length);
        for (int i = 0; i < codes.Length; i++)
        {
            var code = codes[i];
            nodes.Add(new NetworkNode(code, _canonicalName?.Invoke(code) ?? bestName.GetValueOrDefault(code, code), actorEvents.GetValueOrDefault(code),
                undirectedGraph.Neighbours(i).Length, degreeIn[i], degreeOut[i], strength[i], cooperation[i], conflict[i],
                betweenness[i], eigenvector[i], pageRank[i]));
        }
        var summary = new NetworkSummary(eventsRead, counted, notSelected, noPair, edgesDropped, eventsDropped, _options.MinEvents, selection.Describe());
        return new ActorNetwork(nodes.MoveToImmutable(), [.. kept], summary);
    }

    /// <summary>Per code, the name seen most often; ties go to the ordinally first name; empty names only when there is no other.</summary>
    private static Dictionary<string, string> BestNames(Dictionary<(string Code, string Name), int> names)
    {
        var best = new Dictionary<string, (string Name, int Count)>(StringComparer.Ordinal);
        foreach (var ((code, name), count) in names)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            if (!best.TryGetValue(code, out var current) || count > current.Count
                || count == current.Count && string.CompareOrdinal(name, current.Name) < 0)
                best[code] = (name, count);
        }
        return best.ToDictionary(p => p.Key, p => p.Value.Name, StringComparer.Ordinal);
    }
}
