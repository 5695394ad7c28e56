using System.Text;
using Entente.Analysis.Network;
using Entente.Analysis.Selection;
using Entente.Corpus.Store;
using Entente.Web.Dashboard.Svg;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>/network?since&amp;until&amp;min=&amp;type=: the actor network of the counted events — drawing, nodes with centralities, edges with weights.</summary>
internal static class NetworkPage
{
    public static IResult Render(HttpRequest req, DashboardContext ctx)
    {
        var (since, until) = (ParseDate(Q(req, "since")), ParseDate(Q(req, "until")));
        int min = ParseInt(Q(req, "min")) is int m and >= 1 ? m : 1;
        var type = Q(req, "type") is { } t && ctx.Corpus.Knowledge.Cameo.Types.ContainsKey(t) ? t : null;
        var sb = new StringBuilder(32768).Append("<h1>Actor network</h1>")
            .Append("<form class=\"bar\" method=\"get\" action=\"/network\">")
            .Append($"<label>From <input type=\"date\" name=\"since\" value=\"{E(D(since))}\"></label>")
            .Append($"<label>To <input type=\"date\" name=\"until\" value=\"{E(D(until))}\"></label>")
            .Append($"<label title=\"Edges with fewer events are left out\">Events per edge at least <input type=\"number\" name=\"min\" min=\"1\" value=\"{min}\"></label>")
            .Append("<label>Type <select name=\"type\"><option value=\"\">any</option>")
            .AppendJoin("", ctx.Corpus.Knowledge.Cameo.Types.Keys.Order(StringComparer.Ordinal).Select(k => Option(k, EventRows.TypeLabel(k), type)))
            .Append("</select></label><button type=\"submit\">Show</button></form>");
        using var store = ctx.OpenStore();
        if (store is null)
            return Layout.Page("Network", "/network", sb.Append($"<div class=\"empty\"><p>There is no store yet.</p><p>{E(ctx.EmptyStoreHint)}</p></div>").ToString());
        var options = new NetworkOptions(EventSelection.Default, min);
        var net = ctx.Analysis.Network(store, new EventFilter(Type: type, Since: since, Until: until), options);
        sb.Append($"<p class=\"muted\">{net.Nodes.Length} actors, {net.Edges.Length} edges; counted: {E(options.Selection.Describe())}.</p>");
        sb.Append(Downloads("Download this network:", new[] { ("graphml", "GraphML"), ("gexf", "GEXF"), ("json", "JSON") }
            .Select(f => (f.Item1, f.Item2, (string?)$"network.{f.Item1}", Url("/api/network", ("format", f.Item1), ("since", D(since)), ("until", D(until)), ("min_events", min.ToString()), ("type", type))))));
        if (net.IsEmpty)
            return Layout.Page("Network", "/network", sb.Append($"<div class=\"empty\"><p>No counted events between two actors{(since is null && until is null && min == 1 ? "" : " with these settings")}.</p><p>Widen the dates, lower the minimum, or ingest more articles.</p></div>").ToString());
        string DyadUrl(string a, string b) => Url("/dyad", ("a", a), ("b", b), ("since", D(since)), ("until", D(until)));
        sb.Append("<div class=\"cols network\"><figure><figcaption>Force-directed layout (linked actors close together); node size: strength; edge width: events; ")
          .Append("<span class=\"swatch\" style=\"background:#2e8b57\"></span> cooperation <span class=\"swatch\" style=\"background:#c0392b\"></span> conflict <span class=\"swatch\" style=\"background:#888\"></span> mixed. Click an edge to open the dyad; scroll or use the buttons to zoom, drag to pan.</figcaption>")
          .Append(NetworkSvg.Draw(net, DyadUrl)).Append("</figure><section><h2>Edges</h2><div class=\"scroll\"><table id=\"edges\" class=\"data\"><thead><tr>")
          .Append("<th>From → to</th><th>Events</th><th title=\"QuadClass 1–2\">Coop.</th><th title=\"QuadClass 3–4\">Conflict</th><th title=\"QuadClass 2 or 4\">Material</th><th title=\"Sum of Goldstein scores\">Goldstein</th></tr></thead><tbody>");
        foreach (var e in net.Edges.OrderByDescending(e => e.Events).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal))
            sb.Append($"<tr><td>{A(DyadUrl(e.Source, e.Target), $"{e.Source} → {e.Target}")}</td><td class=\"num\">{e.Events}</td><td class=\"num\">{e.Cooperation}</td><td class=\"num\">{e.Conflict}</td><td class=\"num\">{e.Material}</td><td class=\"num\">{F(e.Goldstein, "+0.0;−0.0;0")}</td></tr>");
        sb.Append("</tbody></table></div></section></div>");
        sb.Append("<h2>Actors</h2><div class=\"scroll\"><table id=\"nodes\" class=\"data\"><thead><tr><th>Actor</th><th>Events</th><th>Degree</th><th title=\"Weighted degree: events of every edge touching the actor\">Strength</th>")
          .Append("<th>Coop.</th><th>Conflict</th><th title=\"Normalised weighted betweenness, 0–1\">Betweenness</th><th title=\"Most central actor = 1\">Eigenvector</th><th title=\"Sums to 1 over the actors\">PageRank</th></tr></thead><tbody>");
        foreach (var n in net.Nodes.OrderByDescending(n => n.Strength).ThenBy(n => n.Code, StringComparer.Ordinal))
            sb.Append($"<tr id=\"node-{E(n.Code)}\"><td>{E(n.Name)} <span class=\"muted\">{E(n.Code)}</span></td><td class=\"num\">{n.Events}</td><td class=\"num\">{n.Degree}</td><td class=\"num\">{n.Strength}</td>")
              .Append($"<td class=\"num\">{n.Cooperation}</td><td class=\"num\">{n.Conflict}</td><td class=\"num\">{F(n.Betweenness, "0.000")}</td><td class=\"num\">{F(n.Eigenvector, "0.000")}</td><td class=\"num\">{F(n.PageRank, "0.000")}</td></tr>");
        return Layout.Page("Network", "/network", sb.Append("</tbody></table></div>").ToString());
    }
}
