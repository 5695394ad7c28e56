using System.Text.Json;
using System.Xml.Linq;
using Entente.Analysis.Selection;
using Entente.Cli.Commands;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente network</c> on the ingested samples, run as a child process.</summary>
public sealed class NetworkCommandTests(SampleStore store) : IClassFixture<SampleStore>
{
    private (int Code, string Out, string Err) Run(params string[] args)
        => EntenteProcess.Run(store.Folder.Path, [.. args, "--db", store.Db]);

    private JsonElement Network(params string[] options)
    {
        var (code, stdout, stderr) = Run(["network", "--format", "json", .. options]);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.Clone();
    }

    [Fact]
    public void Network_WritesNodesAndEdges_FromTheCountedEvents()
    {
        var network = Network("--all-events");
        var (_, json, _) = Run("events", "--format", "json");
        using var events = JsonDocument.Parse(json);
        int pairs = events.RootElement.GetProperty("events").EnumerateArray().Count(e => !e.GetProperty("one_sided").GetBoolean()
            && e.GetProperty("source").GetProperty("code").GetString() is { Length: > 0 } source && e.GetProperty("target").GetProperty("code").GetString() is { Length: > 0 } target && source != target);
        var edges = network.GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(edges);
        // with every event counted, the edge weights add up to the events between two distinct actors
        Assert.Equal(pairs, edges.Sum(e => e.GetProperty("weight").GetInt32()));
        Assert.All(edges, e => Assert.Equal(e.GetProperty("weight").GetInt32(), e.GetProperty("cooperation").GetInt32() + e.GetProperty("conflict").GetInt32()));
        var codes = network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Contains("IRN", codes);
        Assert.Contains("RUS", codes);
    }

    [Fact]
    public void Network_WritesGraphMlAndGexfFiles_ThatParseWithTheSameGraph()
    {
        var json = Network();
        int nodes = json.GetProperty("nodes").GetArrayLength(), edges = json.GetProperty("edges").GetArrayLength();
        var graphml = store.Folder.File("n.graphml");
        var (code, stdout, stderr) = Run("network", "--format", "graphml", "--out", graphml);
        Assert.True(code == 0, stderr);
        Assert.Equal("", stdout);
        Assert.Contains($"to {graphml} (graphml)", stderr);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var doc = XDocument.Load(graphml);
        Assert.Equal(nodes, doc.Descendants(g + "node").Count());
        Assert.Equal(edges, doc.Descendants(g + "edge").Count());

        var gexf = store.Folder.File("n.gexf");
        (code, _, stderr) = Run("network", "--format", "gexf", "--out", gexf);
        Assert.True(code == 0, stderr);
        XNamespace x = "http://gexf.net/1.3";
        var g2 = XDocument.Load(gexf);
        Assert.Equal(nodes, g2.Descendants(x + "node").Count());
        Assert.Equal(edges, g2.Descendants(x + "edge").Count());
    }

    [Fact]
    public void Network_DropsWeakEdges_WhenMinEventsIsRaised()
    {
        var all = Network("--all-events").GetProperty("edges").EnumerateArray().ToList();
        var strong = Network("--all-events", "--min-events", "2").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(all.Count(e => e.GetProperty("weight").GetInt32() >= 2), strong.Count);
        Assert.True(strong.Count < all.Count, "the samples have single-event edges");
        Assert.All(strong, e => Assert.True(e.GetProperty("weight").GetInt32() >= 2));
    }

    [Fact]
    public void Network_CountsFewerEvents_WithTheDefaultSelectionThanWithAllEvents()
    {
        var selected = Network().GetProperty("summary");
        var all = Network("--all-events").GetProperty("summary");
        Assert.True(selected.GetProperty("not_selected").GetInt32() > 0);
        Assert.Equal(0, all.GetProperty("not_selected").GetInt32());
        Assert.True(selected.GetProperty("events_counted").GetInt32() < all.GetProperty("events_counted").GetInt32());
    }

    [Fact]
    public void Network_WritesAnEmptyGraphAndSaysSo_WhenNoEventIsInThePeriod()
    {
        var (code, stdout, stderr) = Run("network", "--format", "graphml", "--since", "2090-01");
        Assert.Equal(0, code);
        var doc = XDocument.Parse(stdout);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        Assert.NotNull(doc.Root!.Element(g + "graph"));
        Assert.Empty(doc.Descendants(g + "node"));
        Assert.Contains("no edges", stderr);
        Assert.Contains("wrote an empty graph", stderr);
    }

    [Fact]
    public void Network_WritesAnEmptyGraph_ForAnEmptyStore()
    {
        using var folder = new TempFolder();
        var db = folder.File("empty.db");
        var article = folder.Write("quiet.txt", "The harbour town held its yearly rowing race on a calm Sunday morning, and a local baker won it.");
        var ingest = EntenteProcess.Run(folder.Path, "ingest", article, "--db", db, "--no-language-check");
        Assert.True(ingest.Code == 0, ingest.Err);
        Assert.Contains("holds 0 events", ingest.Err);
        var (code, stdout, stderr) = EntenteProcess.Run(folder.Path, "network", "--format", "json", "--db", db);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(0, json.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Contains("no edges: 0 events", stderr);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("csv")]
    public void Network_ExitsWith2_WhenTheFormatIsUnknown(string format)
    {
        var (code, stdout, stderr) = Run("network", "--format", format);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains($"--format '{format}' is unknown", stderr);
        Assert.Contains("graphml, gexf or json", stderr);
    }

    [Theory]
    [InlineData("--min-credibility", "0", "--min-credibility 0 is out of range")]
    [InlineData("--min-credibility", "6", "--min-credibility 6 is out of range")]
    [InlineData("--min-events", "0", "--min-events 0 must be 1 or more")]
    [InlineData("--since", "2024-13", "--since '2024-13' is not a date")]
    public void Network_ExitsWith2_WhenAnOptionIsOutOfRange(string option, string value, string message)
    {
        var (code, _, stderr) = Run("network", "--format", "json", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void Network_ExitsWith2_WhenTheFormatIsMissing()
    {
        var (code, _, stderr) = Run("network");
        Assert.Equal(2, code);
        Assert.Contains("--format is required", stderr);
    }

    [Fact]
    public void NetworkSettings_MapTheSelectionOptions_OntoTheSharedEventSelection()
    {
        Assert.Equal(EventSelection.Default, new NetworkSettings().Selection());
        Assert.Equal(new EventSelection(MaxCredibility: 2, IncludeUnjudged: false, IncludePlanned: true),
            new NetworkSettings { MinCredibility = 2, ExcludeUnjudged = true, IncludePlanned = true }.Selection());
        Assert.True(new NetworkSettings { AllEvents = true, MinCredibility = 1 }.Selection().Everything);
    }
}
