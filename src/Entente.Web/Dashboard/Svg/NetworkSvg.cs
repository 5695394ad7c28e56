using System.Text;
using Entente.Analysis.Network;
using static Entente.Web.Dashboard.Html;
using static Entente.Web.Dashboard.Svg.SvgText;

namespace Entente.Web.Dashboard.Svg;

/// <summary>
/// The actor network with a force-directed layout (<see cref="NetworkLayout"/>, computed on the server): node area grows
/// with strength, edge width with events, edge colour with its kind (cooperation green, conflict red, mixed grey). Nodes
/// are labelled with the actor's name from the knowledge files (a state by its name, never by a person who acted for it).
/// Each edge links to its dyad page, each node to its row in the node table. The SVG carries <c>data-zoom</c>: the
/// dashboard's script adds zoom (wheel, buttons) and pan (drag) by changing its viewBox. Labels are placed by
/// <see cref="NetworkLabels"/> so that no two shown labels overlap: each carries <c>data-zoom-min</c>, the zoom from which the
/// script shows it (class <c>far</c>: hidden at first), and <c>data-label-size</c> tells the script to keep them that many
/// px high on the screen however far the drawing is zoomed in.
/// </summary>
internal static class NetworkSvg
{
    private const int Size = 640, Pad = 100;

    public static string Draw(ActorNetwork net, Func<string, string, string> dyadUrl)
    {
        var nodes = net.Nodes;
        int n = nodes.Length;
        double cx = Size / 2.0;
        var pos = NetworkLayout.Compute(net, Size, Pad);
        int maxEdge = Math.Max(1, net.Edges.IsEmpty ? 1 : net.Edges.Max(e => e.Events));
        int maxStrength = Math.Max(1, n == 0 ? 1 : nodes.Max(x => x.Strength));
        var sb = new StringBuilder(8192)
            .Append($"<svg class=\"chart chart-network\" data-zoom=\"\" data-label-size=\"{F(NetworkLabels.FontSize, "0")}\" viewBox=\"0 0 {Size} {Size}\" role=\"img\" aria-label=\"Actor network\" xmlns=\"http://www.w3.org/2000/svg\"><title>Actor network: edges link to dyad pages</title>")
            .Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
        foreach (var e in net.Edges)
        {
            if (!pos.TryGetValue(e.Source, out var p1) || !pos.TryGetValue(e.Target, out var p2)) continue;
            var color = e.Kind switch { "cooperation" => "#2e8b57", "conflict" => "#c0392b", _ => "#888" };
            double w = 1 + 5 * e.Events / (double)maxEdge;
            // stop short of the target circle so the arrow shows
            double dx = p2.X - p1.X, dy = p2.Y - p1.Y, len = Math.Max(1, Math.Sqrt(dx * dx + dy * dy)), rt = Radius(Strength(net, e.Target), maxStrength) + 3;
            var tip = $"{e.Source} → {e.Target}: {e.Events} events ({e.Cooperation} cooperation, {e.Conflict} conflict) — open the dyad";
            sb.Append($"<a href=\"{E(dyadUrl(e.Source, e.Target))}\" class=\"edge\"><title>{E(tip)}</title>")
              .Append($"<line x1=\"{F(p1.X, "0.#")}\" y1=\"{F(p1.Y, "0.#")}\" x2=\"{F(p2.X - dx / len * rt, "0.#")}\" y2=\"{F(p2.Y - dy / len * rt, "0.#")}\" stroke=\"{color}\" stroke-width=\"{F(w, "0.#")}\" stroke-opacity=\"0.7\" marker-end=\"url(#arrow)\"/></a>");
        }
        var labelled = nodes.Select(node => new NetworkLabels.Node(pos[node.Code].X, pos[node.Code].Y, Radius(node.Strength, maxStrength), Label(node))).ToArray();
        var labels = NetworkLabels.Place(labelled, [.. nodes.Select(x => (double)x.Strength)], cx);
        for (int i = 0; i < n; i++)
        {
            var (node, at) = (nodes[i], labelled[i]);
            sb.Append($"<a href=\"#node-{E(node.Code)}\" class=\"node\"><title>{E($"{node.Name} ({node.Code}): {node.Events} events, strength {node.Strength}")}</title>")
              .Append($"<circle cx=\"{F(at.X, "0.#")}\" cy=\"{F(at.Y, "0.#")}\" r=\"{F(at.Radius, "0.#")}\" fill=\"#457b9d\" stroke=\"#1d3557\"/></a>");
        }
        // the labels on top of every circle and edge; one that fits at no zoom is left out (the node's tooltip names it)
        sb.Append("<g class=\"node-labels\">");
        for (int i = 0; i < n; i++)
            if (labels[i] is { MinZoom: double zoom } label)
                sb.Append($"<text x=\"{F(label.X, "0.#")}\" y=\"{F(label.Y, "0.#")}\" dy=\"{label.Dy}\" text-anchor=\"{label.Anchor}\" class=\"node-label{(zoom > 1 ? " far" : "")}\" data-node=\"{E(nodes[i].Code)}\" data-zoom-min=\"{F(zoom, "0.###")}\">{E(labelled[i].Text)}</text>");
        sb.Append("</g>");
        return sb.Append("</svg>").ToString();
    }

    /// <summary>The actor's name, shortened past 18 characters; its code when it has no name.</summary>
    private static string Label(NetworkNode node)
        => node.Name.Length == 0 ? node.Code : node.Name.Length <= 18 ? node.Name : node.Name[..17] + "…";

    private static int Strength(ActorNetwork net, string code) => net.Nodes.FirstOrDefault(x => x.Code == code)?.Strength ?? 1;

    private static double Radius(int strength, int max) => 5 + 17 * Math.Sqrt(strength / (double)max);
}
