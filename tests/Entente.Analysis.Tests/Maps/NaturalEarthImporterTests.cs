using System.IO.Compression;
using Entente.Analysis.Maps;
using Entente.Core.Knowledge;

namespace Entente.Analysis.Tests.Maps;

/// <summary>The Natural Earth importer on a tiny GeoJSON written here (invented countries, one feature a line).</summary>
public sealed class NaturalEarthImporterTests : TempFolderTest
{
    private const string GeoJson = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"ISO_A3":"-99","ADM0_A3":"FRN","ISO_A2":"-99","ADMIN":"Frankland"},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,40],[10,40],[10,50],[0,50],[0,40]]],[[[-55,3],[-52,3],[-52,5.004],[-55,5],[-55,3]]],[[[7,7],[7.001,7.001],[7.002,7],[7,7]]]]}},
        {"type":"Feature","properties":{"ISO_A3":"-99","ADM0_A3":"KSO","ISO_A2":"XK","ADMIN":"Kossa"},"geometry":{"type":"Polygon","coordinates":[[[20,42],[21,42],[21,43],[20,42]]]}},
        {"type":"Feature","properties":{"ISO_A3":"ZZZ","ADMIN":"Zed Land"},"geometry":{"type":"Polygon","coordinates":[[[30,10],[40,10],[40,20],[30,20],[30,10]],[[33,13],[34,13],[34,14],[33,13]]]}},
        {"type":"Feature","properties":{"NAME":"Nameless"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}},
        {"type":"Feature","properties":{"ISO_A3":"PTS","ADMIN":"Dots"},"geometry":{"type":"Point","coordinates":[1,1]}}
        ]}
        """;

    private string Data()
    {
        var data = Path.Combine(Dir, "data");
        Directory.CreateDirectory(Path.Combine(data, "actors"));
        File.WriteAllText(Path.Combine(data, "actors", "states.tsv"),
            "# entente-data: 1\n# kind: states\n# description: test states\n# date: 2026-12-06\ncode\tname\tiso2\nFRN\tFrankland Republic\tFN\nXKX\tKossovia\tXK\n");
        return data;
    }

    private string Source(string text, bool gzip = false)
    {
        var path = Path.Combine(Dir, "ne_110m_admin_0_countries.json" + (gzip ? ".gz" : ""));
        var bytes = System.Text.Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"));
        using var file = File.Create(path);
        if (gzip) { using var z = new GZipStream(file, CompressionLevel.Fastest); z.Write(bytes); }
        else file.Write(bytes);
        return path;
    }

    private Core.Knowledge.Import.ImportReport Import(string source)
        => new NaturalEarthImporter().Run(new NaturalEarthImportOptions(source, Path.Combine(Dir, "out"), Data(), "2026-12-06"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NaturalEarthImporter_WritesOutlines_ThatTheLoaderReads(bool gzip)
    {
        var report = Import(Source(GeoJson, gzip));
        var path = Path.Combine(Dir, "out", "countries-110m.tsv");
        Assert.StartsWith("# entente-data: 1\n# kind: country-outlines\n", File.ReadAllText(path));
        Assert.Contains("Made with Natural Earth", File.ReadAllText(path));
        var outlines = CountryOutlines.Load(path);
        Assert.Equal(["FRN", "XKX", "ZZZ"], outlines.Countries.Select(c => c.Code));
        Assert.Equal(5, report.Written["countries-110m.tsv"]);
        Assert.Equal(5, report.Read["features"]);
    }

    [Fact]
    public void NaturalEarthImporter_TakesStateCodesAndNames_WhereNaturalEarthWritesMinus99()
    {
        Import(Source(GeoJson));
        var outlines = CountryOutlines.Load(Path.Combine(Dir, "out", "countries-110m.tsv"));
        Assert.Equal("Frankland Republic", outlines.Find("FRN")!.Name); // ADM0_A3 for -99, name from states.tsv
        Assert.Equal("Kossovia", outlines.Find("XKX")!.Name);           // KSO is no state: the state of ISO_A2 XK
        Assert.Equal("Zed Land", outlines.Find("ZZZ")!.Name);           // not a state: Natural Earth's code and ADMIN
    }

    [Fact]
    public void NaturalEarthImporter_KeepsMultiPolygonsAndHoles_RoundingCoordinates()
    {
        var report = Import(Source(GeoJson));
        var outlines = CountryOutlines.Load(Path.Combine(Dir, "out", "countries-110m.tsv"));
        var frn = outlines.Find("FRN")!;
        Assert.Equal(2, frn.Polygons.Length); // the third collapses to a point at 0.01°
        Assert.Equal("-55,3 -52,3 -52,5 -55,5", string.Join(' ', frn.Polygons[1][0].Points.Select(p => $"{p.Lon},{p.Lat}"))); // closing point dropped, 5.004 → 5
        Assert.Equal(1, report.Skipped["polygons: outer ring of fewer than 3 points once rounded"]);
        var zzz = outlines.Find("ZZZ")!;
        Assert.True(Assert.Single(zzz.Polygons)[1].Hole);
        Assert.Equal(1, report.Skipped["features: geometry type Point is not drawn"]);
    }

    [Fact]
    public void NaturalEarthImporter_ReportsAFeatureWithoutCode_ByFileAndLine()
    {
        var source = Source(GeoJson);
        var report = Import(source);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(5, problem.Line);
        Assert.StartsWith($"{source}:5: feature without a three-letter ISO_A3 or ADM0_A3 code", problem.ToString());
    }

    [Fact]
    public void NaturalEarthImporter_Fails_WithFileAndLine_ForBrokenJson()
    {
        var source = Source("{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{},\n\"geometry\": {\"type\": \"Polygon\",, }}\n]}");
        var ex = Assert.Throws<DataFileException>(() => Import(source));
        Assert.StartsWith($"{source}:3: not valid JSON", ex.Message);
        Assert.False(File.Exists(Path.Combine(Dir, "out", "countries-110m.tsv")));
    }

    [Fact]
    public void NaturalEarthImporter_Fails_ForJsonThatIsNoFeatureCollection()
    {
        var ex = Assert.Throws<DataFileException>(() => Import(Source("[1, 2, 3]")));
        Assert.Contains("not a GeoJSON FeatureCollection", ex.Message);
    }

    [Theory]
    [InlineData("ne_110m_admin_0_countries.json.gz", "countries-110m.tsv")]
    [InlineData("/x/ne_50m_admin_0_countries.geojson", "countries-50m.tsv")]
    [InlineData("world.json", "countries.tsv")]
    public void NaturalEarthImporter_NamesTheOutput_ByTheSourcesScale(string source, string expected)
        => Assert.Equal(expected, NaturalEarthImporter.OutputName(source));
}
