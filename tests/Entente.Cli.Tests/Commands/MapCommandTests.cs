using System.Xml.Linq;

namespace Entente.Cli.Tests.Commands;

/// <summary><c>entente map</c> and <c>entente dictionary import-naturalearth</c> as child processes, on files written here.</summary>
public sealed class MapCommandTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly TempFolder _tmp = new();

    public void Dispose() => _tmp.Dispose();

    private string EventsFile() => _tmp.Write("events.jsonl", """
        {"id":"E1","quad_class":4,"location":{"name":"Harbourtown","lat":46.5,"lon":30.7}}
        {"id":"E2","quad_class":4,"location":{"name":"Harbourtown","lat":46.5,"lon":30.7}}
        {"id":"E3","quad_class":1,"location":{"name":"<b>Hilltop</b>","lat":-15.8,"lon":-47.9}}
        {"id":"E4","quad_class":2}
        """);

    [Fact]
    public void Map_WritesAnSvg_FromAnEventsFile()
    {
        var svg = _tmp.File("map.svg");
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "map", "--events", EventsFile(), "--out", svg, "--title", "Test map");
        Assert.True(code == 0, stderr);
        Assert.Equal("", stdout);
        Assert.Contains("3 of 4 events", stderr);
        Assert.Contains("2 places", stderr);
        var doc = XDocument.Load(svg);
        Assert.Equal("img", (string?)doc.Root!.Attribute("role"));
        var circles = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "map-points").Elements(Svg + "circle").ToList();
        Assert.Equal(["2", "1"], circles.Select(c => (string?)c.Attribute("data-count")));
        Assert.Equal("<b>Hilltop</b>: 1 event (verbal cooperation 1)", circles[1].Element(Svg + "title")!.Value);
        // the shipped world outlines are drawn
        Assert.True(doc.Descendants(Svg + "path").Count(p => p.Attribute("data-code") != null) > 150);
    }

    [Fact]
    public void Map_WritesAPng_ZoomedToCountries()
    {
        var png = _tmp.File("map.png");
        var (code, _, stderr) = EntenteProcess.Run(_tmp.Path, "map", "--events", EventsFile(), "--out", png, "--fit", "UKR,ROU", "--width", "400", "--height", "300");
        Assert.True(code == 0, stderr);
        Assert.Contains("1 outside the view", stderr);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(400, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
    }

    [Theory]
    [InlineData("--out", "map.jpg", "neither .svg nor .png")]
    [InlineData("--box", "10,20,5,30", "--box '10,20,5,30' is not four numbers")]
    [InlineData("--fit", "ZZQ", "ZZQ: no outline")]
    public void Map_RefusesBadOptions_WithAHint(string option, string value, string message)
    {
        string[] args = option == "--out" ? ["map", "--events", EventsFile(), "--out", value] : ["map", "--events", EventsFile(), "--out", "m.svg", option, value];
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, args);
        Assert.NotEqual(0, code);
        Assert.Contains(message, stdout + stderr); // option errors are printed by the command-line parser
        Assert.False(File.Exists(_tmp.File("m.svg")));
    }

    [Fact]
    public void Map_NamesFileAndLine_ForABadLocation()
    {
        var bad = _tmp.Write("bad.jsonl", "{\"quad_class\":1,\"location\":{\"lat\":1,\"lon\":1}}\n{\"quad_class\":1,\"location\":{\"lat\":1,\"lon\":500}}\n");
        var (code, _, stderr) = EntenteProcess.Run(_tmp.Path, "map", "--events", bad, "--out", "m.svg");
        Assert.Equal(1, code);
        Assert.Contains("bad.jsonl:2: location.lon is 500", stderr);
    }

    [Fact]
    public void ImportNaturalEarth_WritesOutlines_ThatTheMapDraws()
    {
        var source = _tmp.Write("ne_110m_admin_0_countries.json", """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"ISO_A3":"-99","ADM0_A3":"FRA","ISO_A2":"-99","ADMIN":"France"},"geometry":{"type":"Polygon","coordinates":[[[-4,43],[7,43],[8,49],[2,51],[-4,48],[-4,43]]]}},
            {"type":"Feature","properties":{"ISO_A3":"ZZZ"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}}
            ]}
            """);
        var outDir = _tmp.File("maps");
        var (code, stdout, stderr) = EntenteProcess.Run(EntenteProcess.RepoRoot(), "dictionary", "import-naturalearth", source, "--out", outDir, "--date", "2026-12-06");
        Assert.True(code == 0, stderr);
        Assert.Contains("countries-110m.tsv\t1", stdout);
        Assert.Contains("ne_110m_admin_0_countries.json:3: feature without a three-letter ISO_A3 or ADM0_A3 code, or without a name", stdout);
        var outlines = Path.Combine(outDir, "countries-110m.tsv");
        Assert.Contains("FRA\tFrance\t1\touter\t-4,43 7,43 8,49 2,51 -4,48", File.ReadAllText(outlines));

        var svg = _tmp.File("fr.svg");
        (code, _, stderr) = EntenteProcess.Run(_tmp.Path, "map", "--events", EventsFile(), "--outlines", outlines, "--fit", "FRA", "--out", svg);
        Assert.True(code == 0, stderr);
        Assert.Equal(["FRA"], XDocument.Load(svg).Descendants(Svg + "path").Select(p => (string?)p.Attribute("data-code")).OfType<string>());
    }

    [Fact]
    public void ImportNaturalEarth_FailsWithHint_WhenTheFileIsMissing()
    {
        var (code, _, stderr) = EntenteProcess.Run(EntenteProcess.RepoRoot(), "dictionary", "import-naturalearth", _tmp.File("nowhere.json"), "--out", _tmp.File("out"));
        Assert.NotEqual(0, code);
        Assert.Contains("file not found", stderr);
    }
}

/// <summary><c>entente map</c> on the ingested samples: the stored events' locations as points.</summary>
public sealed class MapStoreCommandTests(SampleStore store) : IClassFixture<SampleStore>
{
    [Fact]
    public void Map_OnTheStore_DrawsTheStoredLocations_AndCountsEventsWithout()
    {
        var svg = store.Folder.File("store-map.svg");
        var (code, _, stderr) = EntenteProcess.Run(store.Folder.Path, "map", "--db", store.Db, "--all-events", "--out", svg);
        Assert.True(code == 0, stderr);
        var m = System.Text.RegularExpressions.Regex.Match(stderr, @"map: (\d+) of (\d+) events from .*samples\.db have a location: (\d+) places");
        Assert.True(m.Success, stderr);
        int located = int.Parse(m.Groups[1].Value), counted = int.Parse(m.Groups[2].Value), places = int.Parse(m.Groups[3].Value);
        Assert.InRange(located, 1, counted);
        var doc = XDocument.Load(svg);
        var points = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "map-points").Elements().ToList();
        Assert.Equal(places, points.Count);

        var (typeCode, _, typeErr) = EntenteProcess.Run(store.Folder.Path, "map", "--db", store.Db, "--type", "no_such_type", "--out", svg);
        Assert.Equal(2, typeCode);
        Assert.Contains("is not an event type", typeErr);
    }

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
}
