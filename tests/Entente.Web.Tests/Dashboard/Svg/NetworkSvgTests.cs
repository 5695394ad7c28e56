using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Entente.Analysis.Network;
using Entente.Web.Dashboard.Svg;

namespace Entente.Web.Tests.Dashboard.Svg;

/// <summary>The network drawing at a size where labels would collide: 130 actors, a few hubs and many small ones.</summary>
public sealed class NetworkSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>What the test estimates for a label's box (independently of the server's own estimate): 0.6 em a character, 1.2 em high.</summary>
    private const double Font = 12, CharEm = 0.6, HeightEm = 1.2;

    /// <summary>130 actors named "Actor 000 of the test" and so on: 5 hubs linked to everyone, and a ring of small neighbours.</summary>
    private static ActorNetwork Synthetic(int count = 130)
    {
        var codes = Enumerable.Range(0, count).Select(i => $"A{i:000}").ToArray();
        var edges = new List<NetworkEdge>();
        for (int i = 0; i < count; i++)
        {
            if (i >= 5) edges.Add(new NetworkEdge(codes[i % 5], codes[i], 1 + i % 7, i % 3, 0, 0, 2, -1));
            edges.Add(new NetworkEdge(codes[i], codes[(i + 1) % count], 1, 0, 0, 0, 1, 0));
        }
        var strength = new int[count];
        foreach (var e in edges) { strength[Array.IndexOf(codes, e.Source)] += e.Events; strength[Array.IndexOf(codes, e.Target)] += e.Events; }
        var nodes = codes.Select((c, i) => new NetworkNode(c, $"Actor {i:000} of the test", strength[i], 2, 1, 1, strength[i], strength[i], 0, 0, 0, 1.0 / count));
        return new ActorNetwork([.. nodes], [.. edges.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal)],
            new NetworkSummary(0, 0, 0, 0, 0, 0, 1, "test"));
    }

    private sealed record DrawnLabel(string Text, double X, double Y, string Anchor, string Dy, double MinZoom);

    private static (XElement Root, List<DrawnLabel> Labels) Draw(ActorNetwork net)
    {
        var root = XElement.Parse(NetworkSvg.Draw(net, (a, b) => $"/dyad?a={a}&b={b}"));
        var labels = root.Descendants(Svg + "text").Where(t => ((string?)t.Attribute("class"))?.Contains("node-label") == true)
            .Select(t => new DrawnLabel(t.Value, N(t, "x"), N(t, "y"), (string)t.Attribute("text-anchor")!, (string)t.Attribute("dy")!, N(t, "data-zoom-min")))
            .ToList();
        return (root, labels);
    }

    private static double N(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    /// <summary>A label's box from its character count at <paramref name="zoom"/> (font 12/zoom drawing units), from where its
    /// anchor and dy put the text: beside the node (dy about a third of an em: centred on y), above (negative dy) or below.</summary>
    private static (double L, double T, double R, double B) Box(DrawnLabel l, double zoom)
    {
        double f = Font / Math.Max(1, zoom), w = l.Text.Length * CharEm * f, h = HeightEm * f;
        double left = l.Anchor switch { "start" => l.X, "end" => l.X - w, _ => l.X - w / 2 };
        double top = l.Anchor != "middle" ? l.Y - h / 2 : l.Dy.StartsWith('-') ? l.Y - h : l.Y;
        return (left, top, left + w, top + h);
    }

    private static bool Overlap((double L, double T, double R, double B) a, (double L, double T, double R, double B) b)
        => a.L < b.R && b.L < a.R && a.T < b.B && b.T < a.B;

    [Fact]
    public void NetworkSvg_ShowsNoTwoOverlappingLabels_WhenTheNetworkHas130Actors()
    {
        var net = Synthetic();
        var (root, labels) = Draw(net);
        // every actor is drawn, and named by its tooltip even when its label is left out
        var nodes = root.Descendants(Svg + "a").Where(a => (string?)a.Attribute("class") == "node").ToList();
        Assert.Equal(net.Nodes.Select(x => "#node-" + x.Code).Order(), nodes.Select(a => (string)a.Attribute("href")!).Order());
        Assert.All(nodes, a => Assert.Single(a.Elements(Svg + "circle")));
        Assert.All(net.Nodes, x => Assert.Contains(nodes, a => a.Element(Svg + "title")!.Value.StartsWith(x.Name, StringComparison.Ordinal)));
        // at first only the labels of zoom 1 are shown, and they do not overlap
        var shown = labels.Where(l => l.MinZoom <= 1).ToList();
        Assert.InRange(shown.Count, 5, net.Nodes.Length - 1);
        AssertNoOverlap(shown, 1);
        // the strongest actor (a hub) is labelled from the start
        var hub = net.Nodes.MaxBy(x => x.Strength)!;
        Assert.Contains(shown, l => l.Text.StartsWith(hub.Name[..9], StringComparison.Ordinal));
    }

    [Fact]
    public void NetworkSvg_ShowsMoreLabelsWithoutOverlap_AsTheUserZoomsIn()
    {
        var (_, labels) = Draw(Synthetic());
        int before = 0;
        foreach (var zoom in NetworkLabels.ZoomLevels)
        {
            var shown = labels.Where(l => l.MinZoom <= zoom + 1e-3).ToList();
            AssertNoOverlap(shown, zoom);
            Assert.True(shown.Count >= before);
            before = shown.Count;
        }
        Assert.True(before > labels.Count(l => l.MinZoom <= 1), "zooming in reveals labels hidden at first");
        // labels hidden at first are marked for the script (class far) with the zoom that shows them
        Assert.Contains(labels, l => l.MinZoom > 1);
    }

    [Fact]
    public void NetworkSvg_LabelsEveryActor_WhenTheNetworkIsSmall()
    {
        var (root, labels) = Draw(Synthetic(6));
        Assert.Equal(6, labels.Count);
        Assert.All(labels, l => Assert.Equal(1, l.MinZoom));
        Assert.DoesNotContain(root.Descendants(Svg + "text"), t => ((string?)t.Attribute("class"))?.Contains("far") == true);
        Assert.Equal("12", (string?)root.Attribute("data-label-size"));
    }

    private static void AssertNoOverlap(List<DrawnLabel> shown, double zoom)
    {
        for (int i = 0; i < shown.Count; i++)
            for (int j = i + 1; j < shown.Count; j++)
                Assert.False(Overlap(Box(shown[i], zoom), Box(shown[j], zoom)), $"at zoom {zoom:0.##}: '{shown[i].Text}' overlaps '{shown[j].Text}'");
    }
}
