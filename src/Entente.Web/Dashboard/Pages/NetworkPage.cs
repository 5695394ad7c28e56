using Entente.Analysis.Network;
using Entente.Analysis.Selection;
using Entente.Corpus.Store;
using Entente.Web.Dashboard.Svg;
using Microsoft.AspNetCore.Html;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The network page's data (Slices/Network.cshtml). <see cref="Drawing"/> is trusted markup (<see cref="NetworkSvg"/> encodes names and URLs).</summary>
public sealed record NetworkModel(PageFrame Frame, string Since, string Until, int Min, OptionList Types, string? Hint, NetworkView? Network);

/// <summary>A drawn network: its summary line, downloads, drawing, and tables (null drawing: no counted events).</summary>
public sealed record NetworkView(int Actors, int EdgeCount, string Counted, DownloadsModel Downloads, bool Filtered, HtmlString? Drawing,
    IReadOnlyList<(string Url, NetworkEdge Edge)> Edges, IReadOnlyList<NetworkNode> Nodes);

/// <summary>/network?since&amp;until&amp;min=&amp;type=: the actor network of the counted events — drawing, nodes with centralities, edges with weights.</summary>
internal static class NetworkPage
{
    public static IResult Render(HttpRequest req, DashboardContext ctx)
    {
        var (since, until) = (ParseDate(Q(req, "since")), ParseDate(Q(req, "until")));
        int min = ParseInt(Q(req, "min")) is int m and >= 1 ? m : 1;
        var type = Q(req, "type") is { } t && ctx.Corpus.Knowledge.Cameo.Types.ContainsKey(t) ? t : null;
        NetworkModel Page(string? hint, NetworkView? view)
            => new(new PageFrame("Network", "/network"), D(since), D(until), min, EventFilters.TypeChoices(ctx, type), hint, view);
        using var store = ctx.OpenStore();
        if (store is null) return PageResult.Of(Slices.Network.Create(Page(ctx.EmptyStoreHint, null)));
        var options = new NetworkOptions(EventSelection.Default, min);
        var net = ctx.Analysis.Network(store, new EventFilter(Type: type, Since: since, Until: until), options);
        var downloads = new DownloadsModel("Download this network:", [.. new[] { ("graphml", "GraphML"), ("gexf", "GEXF"), ("json", "JSON") }
            .Select(f => new DownloadLink(f.Item1, f.Item2, $"network.{f.Item1}", Url("/api/network", ("format", f.Item1), ("since", D(since)), ("until", D(until)), ("min_events", min.ToString()), ("type", type))))]);
        string DyadUrl(string a, string b) => Url("/dyad", ("a", a), ("b", b), ("since", D(since)), ("until", D(until)));
        var view = new NetworkView(net.Nodes.Length, net.Edges.Length, options.Selection.Describe(), downloads, !(since is null && until is null && min == 1),
            net.IsEmpty ? null : new HtmlString(NetworkSvg.Draw(net, DyadUrl)),
            [.. net.Edges.OrderByDescending(e => e.Events).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).Select(e => (DyadUrl(e.Source, e.Target), e))],
            [.. net.Nodes.OrderByDescending(n => n.Strength).ThenBy(n => n.Code, StringComparer.Ordinal)]);
        return PageResult.Of(Slices.Network.Create(Page(null, view)));
    }
}
