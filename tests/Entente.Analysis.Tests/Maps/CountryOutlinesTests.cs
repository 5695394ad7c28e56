using Entente.Analysis.Maps;
using Entente.Core.Knowledge;

namespace Entente.Analysis.Tests.Maps;

public sealed class CountryOutlinesTests : TempFolderTest
{
    private string Write(string text) => Write("outlines.tsv", text);

    [Fact]
    public void CountryOutlines_LoadsPolygonsRingsAndHoles_ByCountry()
    {
        var outlines = CountryOutlines.Load(Write(MapFixtures.OutlinesText));
        Assert.Equal(["EQU", "NOR", "ISL"], outlines.Countries.Select(c => c.Code));
        var nor = outlines.Find("nor")!;
        Assert.Equal("Northland", nor.Name);
        Assert.Equal(2, nor.Polygons.Length);
        Assert.Equal([false, true], nor.Polygons[0].Select(r => r.Hole));
        Assert.Equal((33.0, 43.0), nor.Polygons[0][1].Points[0]);
        Assert.Null(outlines.Find("XXX"));
    }

    [Theory]
    [InlineData("EQU\tEquatoria\t1\touter\t-10,-10 10,-10 10", "point '10' is not 'lon,lat'")]
    [InlineData("EQU\tEquatoria\t1\touter\t-10,-10 10,-10", "a ring needs 3 points or more")]
    [InlineData("EQU\tEquatoria\t1\touter\t-10,-10 200,-10 10,10", "outside longitude")]
    [InlineData("EQU\tEquatoria\t1\thole\t-10,-10 10,-10 10,10", "comes before its outer ring")]
    [InlineData("EQU\tEquatoria\t1\tedge\t-10,-10 10,-10 10,10", "neither 'outer' nor 'hole'")]
    [InlineData("EQU\tEquatoria\t0\touter\t-10,-10 10,-10 10,10", "not 1 or more")]
    public void CountryOutlines_NamesFileAndLine_ForABadRow(string row, string message)
    {
        var path = Write("# entente-data: 1\n# kind: country-outlines\n# date: 2026-12-06\ncode\tname\tpolygon\tring\tpoints\n" + row + "\n");
        var ex = Assert.Throws<DataFileException>(() => CountryOutlines.Load(path, "data/maps/test.tsv"));
        Assert.StartsWith("data/maps/test.tsv:5: ", ex.Message);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void CountryOutlines_SaysWhy_WhenAKnowledgeFolderHasNoOutlines()
    {
        var (outlines, problem) = CountryOutlines.TryLoadFrom(Dir);
        Assert.Null(outlines);
        Assert.Contains("data/maps/countries-110m.tsv", problem);
    }

    [Fact]
    public void CountryOutlines_LoadsTheFolder_WhenItHasTheOutlines()
    {
        Directory.CreateDirectory(Path.Combine(Dir, "maps"));
        Write(CountryOutlines.DefaultFile, MapFixtures.OutlinesText);
        var (outlines, problem) = CountryOutlines.TryLoadFrom(Dir);
        Assert.Equal((3, null), (outlines?.Countries.Length, problem));
    }

    [Fact]
    public void CountryOutlines_RefusesAFileOfAnotherKind()
    {
        var path = Write("# entente-data: 1\n# kind: places\nname\tcountry\nLagos\tNGA\n");
        var ex = Assert.Throws<DataFileException>(() => CountryOutlines.Load(path));
        Assert.Contains("'country-outlines' file was expected", ex.Message);
    }

    [Fact]
    public void CountryOutlines_ShippedFile_HasEveryStateOfTheWorldMap()
    {
        var outlines = CountryOutlines.LoadFrom(KnowledgeBase.DefaultDataDirectory());
        Assert.True(outlines.Countries.Length >= 170, $"{outlines.Countries.Length} countries");
        // Natural Earth writes -99 as the ISO code of France, Norway and Kosovo: the importer kept a state code for each
        Assert.Equal("France", outlines.Find("FRA")!.Name);
        Assert.NotNull(outlines.Find("NOR"));
        Assert.Equal("Kosovo", outlines.Find("XKX")!.Name);
        Assert.DoesNotContain(outlines.Countries, c => c.Code == "-99");
    }
}
