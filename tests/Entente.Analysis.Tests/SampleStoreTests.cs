using Entente.Analysis.Network;
using Entente.Analysis.Selection;
using Entente.Analysis.Series;
using Entente.Core.Reading;
using Entente.Corpus.Store;
using Entente.Corpus.Tests;

namespace Entente.Analysis.Tests;

/// <summary>The project's samples ingested into a real SQLite store once, for the analyses that read a store.</summary>
public sealed class SampleStoreFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public string Db => _dir.File("samples.db");

    public SampleStoreFixture()
        => TestKit.IngestInto(Db, new DocumentReader().Read([Path.Combine(TestKit.RepoRoot(), "samples")], ReaderOptions.Default));

    public IEventStore Open() => TestKit.OpenSqliteReader(Db);

    public void Dispose() => _dir.Dispose();
}

public sealed class SampleStoreTests(SampleStoreFixture samples) : IClassFixture<SampleStoreFixture>
{
    private static AnalysisServices S => Events.Services.Value;

    [Theory]
    [InlineData(4, true, false, false)]
    [InlineData(3, false, false, false)]
    [InlineData(4, true, true, false)]
    [InlineData(1, true, false, true)]
    public void NetworkBuilder_FromStorePairs_EqualsNetworkFromEvents(int maxCredibility, bool unjudged, bool planned, bool everything)
    {
        using var store = samples.Open();
        var options = new NetworkOptions(new EventSelection(maxCredibility, unjudged, planned, everything));
        var builder = new NetworkBuilder(options, S.Knowledge.Cameo);
        var fromEvents = builder.Build(store.Events(new EventFilter()));
        var fromPairs = builder.Build(store.Pairs(new EventFilter(), options.Selection.Rule));
        Assert.True(fromEvents.Edges.Length > 10);
        // sums may differ in the last bits (SQL adds in another order): compare rounded
        static object Edge(NetworkEdge e) => (e.Source, e.Target, e.Cooperation, e.Conflict, e.Material, e.Mutual,
            Math.Round(e.CooperationGoldstein, 9), Math.Round(e.ConflictGoldstein, 9));
        static object Node(NetworkNode n) => (n.Code, n.Name, n.Events, n.Degree, n.Strength, Math.Round(n.Betweenness, 9), Math.Round(n.Eigenvector, 9), Math.Round(n.PageRank, 9));
        Assert.Equal(fromEvents.Edges.Select(Edge), fromPairs.Edges.Select(Edge));
        Assert.Equal(fromEvents.Nodes.Select(Node), fromPairs.Nodes.Select(Node));
        Assert.Equal(fromEvents.Summary, fromPairs.Summary);
    }

    [Fact]
    public void AnalysisServices_Dyad_ReadsSpheresFromEvidenceInTheStore()
    {
        using var store = samples.Open();
        var series = S.Dyad(store, new DyadQuery("IRN", "RUS", PeriodUnit.Year));
        Assert.True(series.Coverage.Counted >= 30);
        Assert.True(series.Total!.Spheres.GetValueOrDefault("infrastructure_energy") >= 1, "the Rasht–Astara railway agreement is infrastructure");
        Assert.True(series.Total.EmbargoFlagged >= 1, "2022 drone transfers fall inside UNSCR 2231 Annex B");
    }

    [Fact]
    public void AnalysisServices_Brief_CitesTheSampleOutlets()
    {
        using var store = samples.Open();
        var brief = S.Brief(store, new DyadQuery("IRN", "RUS", PeriodUnit.Quarter));
        Assert.Equal("Iran–Russia relations, 1 July 2021 to 30 September 2025", brief.Title);
        Assert.Contains(brief.Sources, s => s.Outlet == "Reuters" && s.Grade == 'B');
        Assert.All(brief.Summary, i => Assert.NotEmpty(i.Citations));
    }

    [Fact]
    public void AnalysisServices_BriefHtml_EmbedsTheMapOfTheCountedEventsPlaces()
    {
        using var store = samples.Open();
        var dir = Directory.CreateTempSubdirectory("entente-brief-").FullName;
        try
        {
            var brief = S.Brief(store, new DyadQuery("IRN", "RUS", PeriodUnit.Quarter), Path.Combine(dir, "chart.svg"));
            var places = brief.Series.Events.Select(c => Entente.Analysis.Maps.EventLocators.Default.Locate(c.Event)).OfType<Entente.Analysis.Maps.MapEvent>()
                .Select(m => m.PlaceId).Distinct().Count();
            Assert.True(places >= 2, $"the samples' IRN–RUS events have {places} places");
            var html = Entente.Analysis.Brief.BriefHtmlWriter.Write(brief);
            var svg = System.Text.RegularExpressions.Regex.Match(html, "<svg[^>]*aria-labelledby=\"briefmap-title.*?</svg>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
            Assert.Equal(places, System.Text.RegularExpressions.Regex.Matches(svg, "<circle ").Count);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
