using System.Globalization;

namespace Entente.Analysis.Network;

/// <summary>The type of an attribute as the file formats declare it.</summary>
public enum AttributeType { String, Int, Double }

/// <summary>One attribute value, without boxing: exactly one of the fields is meaningful, as <see cref="Type"/> says.</summary>
public readonly record struct AttributeValue(AttributeType Type, string? Text, long Integer, double Number)
{
    public static implicit operator AttributeValue(string text) => new(AttributeType.String, text, 0, 0);
    public static implicit operator AttributeValue(int value) => new(AttributeType.Int, null, value, 0);
    public static implicit operator AttributeValue(double value) => new(AttributeType.Double, null, 0, value);

    /// <summary>Invariant text: integers as digits, doubles rounded to 10 decimals in round-trip form (so 0.1 + 0.2 is written 0.3).</summary>
    public string Format() => Type switch
    {
        AttributeType.String => Text ?? "",
        AttributeType.Int => Integer.ToString(CultureInfo.InvariantCulture),
        _ => NetworkAttributes.Round(Number).ToString("R", CultureInfo.InvariantCulture),
    };
}

/// <summary>A named, typed attribute of a node or an edge.</summary>
public sealed record NetworkAttribute<T>(string Name, AttributeType Type, string Description, Func<T, AttributeValue> Value);

/// <summary>
/// The attributes every format writes, in this order, so GraphML, GEXF and JSON carry the same fields. The node's code
/// and name and the edge's source, target and weight are written natively by each format (id/label, source/target/weight).
/// </summary>
public static class NetworkAttributes
{
    public static readonly IReadOnlyList<NetworkAttribute<NetworkNode>> Node =
    [
        new("events", AttributeType.Int, "counted events with the actor on either side, before --min-events", n => n.Events),
        new("degree", AttributeType.Int, "distinct neighbours", n => n.Degree),
        new("in_degree", AttributeType.Int, "edges ending at the actor", n => n.InDegree),
        new("out_degree", AttributeType.Int, "edges starting at the actor", n => n.OutDegree),
        new("strength", AttributeType.Int, "weighted degree: events on the actor's edges", n => n.Strength),
        new("cooperation", AttributeType.Int, "cooperation events (QuadClass 1-2) on the actor's edges", n => n.Cooperation),
        new("conflict", AttributeType.Int, "conflict events (QuadClass 3-4) on the actor's edges", n => n.Conflict),
        new("betweenness", AttributeType.Double, "normalised betweenness, distance 1/weight, undirected", n => n.Betweenness),
        new("eigenvector", AttributeType.Double, "eigenvector centrality, undirected, maximum 1", n => n.Eigenvector),
        new("pagerank", AttributeType.Double, "PageRank, directed, damping 0.85, sums to 1", n => n.PageRank),
    ];

    public static readonly IReadOnlyList<NetworkAttribute<NetworkEdge>> Edge =
    [
        new("kind", AttributeType.String, "cooperation, conflict or mixed (tie): which has more events", e => e.Kind),
        new("events", AttributeType.Int, "counted merged events (the weight)", e => e.Events),
        new("cooperation", AttributeType.Int, "events in QuadClass 1-2", e => e.Cooperation),
        new("conflict", AttributeType.Int, "events in QuadClass 3-4", e => e.Conflict),
        new("material", AttributeType.Int, "events in QuadClass 2 or 4", e => e.Material),
        new("mutual", AttributeType.Int, "events of a symmetric type (direction is code order)", e => e.Mutual),
        new("material_share", AttributeType.Double, "material / events", e => e.MaterialShare),
        new("balance", AttributeType.Double, "(cooperation - conflict) / events, -1 to 1", e => e.Balance),
        new("cooperation_goldstein", AttributeType.Double, "sum of Goldstein scores of the cooperation events", e => e.CooperationGoldstein),
        new("conflict_goldstein", AttributeType.Double, "sum of Goldstein scores of the conflict events", e => e.ConflictGoldstein),
        new("goldstein", AttributeType.Double, "sum of all Goldstein scores", e => e.Goldstein),
    ];

    /// <summary>Rounds to 10 decimals so sums and iterations print the same on every machine (and −0 prints as 0).</summary>
    public static double Round(double value)
    {
        var r = Math.Round(value, 10, MidpointRounding.AwayFromZero);
        return r == 0 ? 0 : r;
    }

    /// <summary>Invariant text of a weight or any double, as in <see cref="AttributeValue.Format"/>.</summary>
    public static string Format(double value) => Round(value).ToString("R", CultureInfo.InvariantCulture);
}
