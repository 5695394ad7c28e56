using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Entente.Analysis.Network;
using Entente.Analysis.Selection;
using Entente.Corpus.Model;
using static Entente.Analysis.Tests.Network.NetworkFixtures;

namespace Entente.Analysis.Tests.Network;

public sealed class NetworkWriterTests
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;
    private static readonly XNamespace X = GexfWriter.Namespace;

    /// <summary>IRN → RUS (2 cooperation, 1 conflict), RUS → SYR (1 material conflict), and a name full of XML specials.</summary>
    private static ActorNetwork Sample() => Build(
        Event("IRN", "RUS", 2, 7.4, sourceName: "Iran", targetName: "Russia"),
        Event("IRN", "RUS", 1, 3.5, sourceName: "Iran", targetName: "Russia"),
        Event("IRN", "RUS", 3, -2.0, sourceName: "Iran", targetName: "Russia"),
        Event("RUS", "SYR", 4, -10, sourceName: "Russia", targetName: "Syria & \"the <Assad> state\""));

    private static string Written(ActorNetwork network, Func<Stream, Action<ActorNetwork>> writer)
    {
        using var stream = new MemoryStream();
        writer(stream)(network);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string GraphMl(ActorNetwork n) => Written(n, s => new GraphMlWriter(s).Write);

    private static string Gexf(ActorNetwork n) => Written(n, s => new GexfWriter(s).Write);

    private static string Json(ActorNetwork n) => Written(n, s => new NetworkJsonWriter(s).Write);

    private static ActorNetwork Empty() => Build(Event("IRN", "RUS", 1, status: ReconciledStatus.Denied));

    [Fact]
    public void GraphMl_DeclaresATypedKey_ForEveryAttribute()
    {
        var doc = XDocument.Parse(GraphMl(Sample()));
        Assert.Equal(G + "graphml", doc.Root!.Name);
        var keys = doc.Root.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!);
        Assert.Equal(NetworkAttributes.Node.Count + NetworkAttributes.Edge.Count + 2, keys.Count);
        Assert.Equal("double", (string?)keys["n_betweenness"].Attribute("attr.type"));
        Assert.Equal("int", (string?)keys["e_cooperation"].Attribute("attr.type"));
        Assert.Equal("string", (string?)keys["e_kind"].Attribute("attr.type"));
        Assert.Equal("edge", (string?)keys["e_weight"].Attribute("for"));
        Assert.Equal("weight", (string?)keys["e_weight"].Attribute("attr.name"));
        Assert.Equal("label", (string?)keys["n_label"].Attribute("attr.name"));
        // every data element refers to a declared key for its own element kind
        foreach (var data in doc.Descendants(G + "data"))
            Assert.Equal(data.Parent!.Name.LocalName, (string?)keys[(string)data.Attribute("key")!].Attribute("for"));
    }

    [Fact]
    public void GraphMl_ReadsBack_WithTheNetworksNodesEdgesAndValues()
    {
        var doc = XDocument.Parse(GraphMl(Sample()));
        var graph = doc.Root!.Element(G + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var nodes = graph.Elements(G + "node").ToList();
        Assert.Equal(["IRN", "RUS", "SYR"], nodes.Select(n => (string)n.Attribute("id")!));
        string Data(XElement e, string key) => e.Elements(G + "data").Single(d => (string?)d.Attribute("key") == key).Value;
        Assert.Equal("Russia", Data(nodes[1], "n_label"));
        Assert.Equal("2", Data(nodes[1], "n_degree"));
        Assert.Equal("4", Data(nodes[1], "n_strength"));
        Assert.Equal(1.0, double.Parse(Data(nodes[1], "n_betweenness"), CultureInfo.InvariantCulture), 9);
        var edges = graph.Elements(G + "edge").ToList();
        Assert.Equal(2, edges.Count);
        Assert.Equal(("IRN", "RUS"), ((string)edges[0].Attribute("source")!, (string)edges[0].Attribute("target")!));
        Assert.Equal("3", Data(edges[0], "e_weight"));
        Assert.Equal("2", Data(edges[0], "e_cooperation"));
        Assert.Equal("1", Data(edges[0], "e_conflict"));
        Assert.Equal("10.9", Data(edges[0], "e_cooperation_goldstein"));
        Assert.Equal("cooperation", Data(edges[0], "e_kind"));
        Assert.Equal("conflict", Data(edges[1], "e_kind"));
        Assert.Equal("1", Data(edges[1], "e_material_share"));
    }

    [Fact]
    public void GraphMl_EscapesNames_WithAmpersandsQuotesAndAngleBrackets()
    {
        var text = GraphMl(Sample());
        Assert.Contains("Syria &amp; \"the &lt;Assad&gt; state\"", text);
        var doc = XDocument.Parse(text);
        var syr = doc.Descendants(G + "node").Single(n => (string?)n.Attribute("id") == "SYR");
        Assert.Equal("Syria & \"the <Assad> state\"", syr.Elements(G + "data").First(d => (string?)d.Attribute("key") == "n_label").Value);
    }

    [Fact]
    public void Gexf_ReadsBack_AsAStaticDirectedGraphWithDeclaredAttributes()
    {
        var doc = XDocument.Parse(Gexf(Sample()));
        Assert.Equal(X + "gexf", doc.Root!.Name);
        Assert.Equal("1.3", (string?)doc.Root.Attribute("version"));
        var graph = doc.Root.Element(X + "graph")!;
        Assert.Equal("static", (string?)graph.Attribute("mode"));
        Assert.Equal("directed", (string?)graph.Attribute("defaultedgetype"));
        var declared = graph.Elements(X + "attributes").ToDictionary(
            a => (string)a.Attribute("class")!,
            a => a.Elements(X + "attribute").ToDictionary(x => (string)x.Attribute("id")!, x => (string)x.Attribute("type")!));
        Assert.Equal("double", declared["node"]["pagerank"]);
        Assert.Equal("integer", declared["node"]["events"]);
        Assert.Equal("string", declared["edge"]["kind"]);
        Assert.Equal(NetworkAttributes.Edge.Count, declared["edge"].Count);

        var nodes = graph.Element(X + "nodes")!.Elements(X + "node").ToList();
        Assert.Equal(3, nodes.Count);
        var syr = nodes.Single(n => (string?)n.Attribute("id") == "SYR");
        Assert.Equal("Syria & \"the <Assad> state\"", (string?)syr.Attribute("label"));
        var edges = graph.Element(X + "edges")!.Elements(X + "edge").ToList();
        Assert.Equal(2, edges.Count);
        Assert.Equal("3", (string?)edges[0].Attribute("weight"));
        foreach (var value in doc.Descendants(X + "attvalue"))
        {
            var owner = value.Parent!.Parent!.Name.LocalName;
            Assert.True(declared[owner].ContainsKey((string)value.Attribute("for")!), $"{owner} attribute {value.Attribute("for")} is not declared");
        }
        var conflict = edges[1].Descendants(X + "attvalue").Single(v => (string?)v.Attribute("for") == "conflict_goldstein");
        Assert.Equal("-10", (string?)conflict.Attribute("value"));
    }

    [Fact]
    public void Json_ReadsBack_WithTheSameFieldsAsTheXmlFormats()
    {
        using var doc = JsonDocument.Parse(Json(Sample()));
        var root = doc.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["IRN", "RUS", "SYR"], nodes.Select(n => n.GetProperty("code").GetString()));
        Assert.Equal("Syria & \"the <Assad> state\"", nodes[2].GetProperty("name").GetString());
        foreach (var a in NetworkAttributes.Node) Assert.True(nodes[0].TryGetProperty(a.Name, out _), a.Name);
        Assert.Equal(1.0, nodes[1].GetProperty("betweenness").GetDouble(), 9);
        Assert.Equal(1.0, nodes.Sum(n => n.GetProperty("pagerank").GetDouble()), 9);
        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(2, edges.Count);
        foreach (var a in NetworkAttributes.Edge) Assert.True(edges[0].TryGetProperty(a.Name, out _), a.Name);
        Assert.Equal(3, edges[0].GetProperty("weight").GetInt32());
        Assert.Equal(1.0 / 3, edges[0].GetProperty("material_share").GetDouble(), 9);
        Assert.Equal(8.9, edges[0].GetProperty("goldstein").GetDouble(), 9);
        Assert.Equal(4, root.GetProperty("summary").GetProperty("events_counted").GetInt32());
    }

    [Fact]
    public void Writers_WriteValidEmptyGraphs_WhenTheNetworkIsEmpty()
    {
        var network = Empty();
        var graphml = XDocument.Parse(GraphMl(network));
        Assert.NotNull(graphml.Root!.Element(G + "graph"));
        Assert.Empty(graphml.Descendants(G + "node"));
        var gexf = XDocument.Parse(Gexf(network));
        Assert.NotNull(gexf.Root!.Element(X + "graph")!.Element(X + "nodes"));
        Assert.Empty(gexf.Descendants(X + "edge"));
        using var json = JsonDocument.Parse(Json(network));
        Assert.Equal(0, json.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public void Writers_AreByteForByteReproducible_AndCultureInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        string first;
        try
        {
            // a culture that writes decimal commas (the process runs in globalization-invariant mode, so build one)
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NegativeSign = "~";
            CultureInfo.CurrentCulture = comma;
            first = GraphMl(Sample()) + Gexf(Sample()) + Json(Sample());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        Assert.Equal(first, GraphMl(Sample()) + Gexf(Sample()) + Json(Sample()));
        Assert.Contains("<data key=\"e_cooperation_goldstein\">10.9</data>", first);
        Assert.DoesNotContain("10,9", first);
        Assert.Contains("value=\"-10\"", first);
    }

    [Fact]
    public void Gexf_DescribesWhatWasCounted_InTheMeta()
    {
        var network = Builder(minEvents: 2, selection: EventSelection.Default).Build([Event("IRN", "RUS", 1), Event("IRN", "RUS", 1), Event("RUS", "SYR", 1)]);
        var doc = XDocument.Parse(Gexf(network));
        var description = doc.Root!.Element(X + "meta")!.Element(X + "description")!.Value;
        Assert.Contains("2 actors and 1 directed edges from 2 merged events", description);
        Assert.Contains("1 edges with fewer than 2 events dropped", description);
    }
}
