using System.Collections.Immutable;

namespace Entente.Analysis.Network;

/// <summary>
/// The actor network of a set of merged events: actors as nodes, directed actor pairs as weighted edges, ordered by
/// code (nodes) and by source then target code (edges), ordinal, so the same events always give the same file.
/// Built by <see cref="NetworkBuilder"/>; written by <see cref="GraphMlWriter"/>, <see cref="GexfWriter"/> and <see cref="NetworkJsonWriter"/>.
/// </summary>
public sealed record ActorNetwork(ImmutableArray<NetworkNode> Nodes, ImmutableArray<NetworkEdge> Edges, NetworkSummary Summary)
{
    public bool IsEmpty => Nodes.IsEmpty;
}

/// <summary>
/// An actor. Counts and strengths are numbers of merged events (one real-world event counts once however often it was
/// reported). Centralities are computed on the edges that survive <c>--min-events</c>.
/// </summary>
/// <param name="Code">Actor code (ISO3 for states, e.g. IRN; organization codes such as NATO).</param>
/// <param name="Name">The state's or organization's name from the knowledge files when the builder is given them (a person who acted for it stays in the evidence); else the name most often given to the code in the counted events (ties: the ordinally first).</param>
/// <param name="Events">Counted events the actor takes part in, as source or target, before edges are dropped by <c>--min-events</c>.</param>
/// <param name="Degree">Distinct neighbours (undirected).</param>
/// <param name="InDegree">Edges that end at the actor.</param>
/// <param name="OutDegree">Edges that start at the actor.</param>
/// <param name="Strength">Weighted degree: the events of every edge touching the actor (in + out).</param>
/// <param name="Cooperation">Cooperation events (QuadClass 1–2) of every edge touching the actor.</param>
/// <param name="Conflict">Conflict events (QuadClass 3–4) of every edge touching the actor.</param>
/// <param name="Betweenness">Normalised weighted betweenness, 0–1 (see <see cref="Centrality.Betweenness"/>).</param>
/// <param name="Eigenvector">Eigenvector centrality, the most central actor is 1 (see <see cref="Centrality.Eigenvector"/>).</param>
/// <param name="PageRank">PageRank on the directed graph, summing to 1 over the nodes (see <see cref="Centrality.PageRank"/>).</param>
public sealed record NetworkNode(
    string Code,
    string Name,
    int Events,
    int Degree,
    int InDegree,
    int OutDegree,
    int Strength,
    int Cooperation,
    int Conflict,
    double Betweenness,
    double Eigenvector,
    double PageRank);

/// <summary>
/// All counted events from one actor to another. Events of a symmetric type ("symmetric" in data/cameo/event-types.tsv:
/// meetings, agreements, cooperation) have no direction: they are counted on the pair in ordinal code order
/// (a meeting of RUS and IRN is on IRN → RUS), as the store's merge block orders them, and <see cref="Mutual"/> says how many.
/// </summary>
/// <param name="Cooperation">Events in QuadClass 1 (verbal cooperation) or 2 (material cooperation).</param>
/// <param name="Conflict">Events in QuadClass 3 (verbal conflict) or 4 (material conflict).</param>
/// <param name="Material">Events in QuadClass 2 or 4 (deeds rather than words).</param>
/// <param name="Mutual">Events of a symmetric type among them (direction given by code order, not by the text).</param>
/// <param name="CooperationGoldstein">Sum of the Goldstein scores of the cooperation events.</param>
/// <param name="ConflictGoldstein">Sum of the Goldstein scores of the conflict events.</param>
public sealed record NetworkEdge(
    string Source,
    string Target,
    int Cooperation,
    int Conflict,
    int Material,
    int Mutual,
    double CooperationGoldstein,
    double ConflictGoldstein)
{
    /// <summary>Counted events: the edge weight.</summary>
    public int Events => Cooperation + Conflict;

    /// <summary>Share of material events (QuadClass 2 or 4), 0–1.</summary>
    public double MaterialShare => Events == 0 ? 0 : (double)Material / Events;

    /// <summary>Net Goldstein sum: cooperation plus conflict scores.</summary>
    public double Goldstein => CooperationGoldstein + ConflictGoldstein;

    /// <summary>(cooperation − conflict) / events, from −1 (only conflict) to 1 (only cooperation).</summary>
    public double Balance => Events == 0 ? 0 : (double)(Cooperation - Conflict) / Events;

    /// <summary>"cooperation" or "conflict" when one has more events, "mixed" on a tie: a partition Gephi can filter and colour by.</summary>
    public string Kind => Cooperation > Conflict ? "cooperation" : Conflict > Cooperation ? "conflict" : "mixed";
}

/// <summary>What went into the network and what was left out, for messages and the file's description.</summary>
/// <param name="EventsRead">Events the store returned for the filters.</param>
/// <param name="EventsCounted">Events the selection counts that became part of an edge before <c>--min-events</c>.</param>
/// <param name="NotSelected">Events the selection left out (status, credibility).</param>
/// <param name="NoPair">Counted events with a missing actor code or the same actor on both sides (no edge).</param>
/// <param name="EdgesDropped">Edges with fewer than <see cref="MinEvents"/> events.</param>
/// <param name="EventsDropped">Events on the dropped edges.</param>
/// <param name="Selection">The selection in words (<see cref="Selection.EventSelection.Describe"/>).</param>
public sealed record NetworkSummary(
    int EventsRead,
    int EventsCounted,
    int NotSelected,
    int NoPair,
    int EdgesDropped,
    int EventsDropped,
    int MinEvents,
    string Selection)
{
    /// <summary>One line for the file's description and standard error.</summary>
    public string Describe(int nodes, int edges)
        => $"{nodes} actors and {edges} directed edges from {EventsCounted - EventsDropped} merged events ({Selection}; "
           + $"{NotSelected} events not selected, {NoPair} without two distinct actors"
           + (MinEvents > 1 ? $", {EdgesDropped} edges with fewer than {MinEvents} events dropped)" : ")");
}
