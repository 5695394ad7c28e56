using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Import;

namespace Entente.Core.Tests.Knowledge.Import;

/// <summary>The GeoNames importer on invented rows in GeoNames' formats (Fixtures/geonames), mapped through the shipped states.tsv.</summary>
public sealed class GeoNamesImporterTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("entente-geonames-").FullName;
    private static string FixtureDir => TestData.Path("Knowledge", "Import", "Fixtures", "geonames");
    private static string DataDir => TestData.Path("data");

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private (ImportReport Report, Dictionary<string, DataRow> Rows) Run(long minPopulation = 15_000)
    {
        var (report, all) = RunAll(minPopulation);
        return (report, all.Where(r => r["kind"] != "country").GroupBy(r => r["name"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    }

    private (ImportReport Report, IReadOnlyList<DataRow> Rows) RunAll(long minPopulation = 15_000)
    {
        var report = new GeoNamesImporter().Run(new GeoNamesImportOptions(FixtureDir, _out, DataDir, "2026-12-01", minPopulation));
        var table = DataTable.Load(Path.Combine(_out, "places.tsv"), "places", GeoNamesImporter.Columns);
        Assert.Equal("2026-12-01", table.Date);
        return (report, table.Rows);
    }

    [Theory]
    [InlineData("Portharbour", "NGA", "city", "500000")]
    [InlineData("Twinford", "GBR", "city", "900000")]
    [InlineData("Harbour State", "NGA", "region", "850000")]
    [InlineData("Kvitka Oblast", "UKR", "region", "0")]
    [InlineData("Sŏnggang", "KOR", "city", "120000")]
    [InlineData("Smallton", "NGA", "city", "50000")]
    [InlineData("Abuja", "NGA", "city", "3000000")]
    public void Importer_WritesPlaceWithItsState_WhenNameIsKept(string name, string country, string kind, string population)
    {
        var (_, rows) = Run();
        var row = rows[name];
        Assert.Equal((country, kind, population), (row["country"], row["kind"], row["population"]));
    }

    [Fact]
    public void Importer_WritesCoordinatesDivisionAndAlternateNames_OfACity()
    {
        var (_, rows) = Run();
        var row = rows["Portharbour"];
        Assert.Equal(("6.45", "3.4", "Harbour State", "PPLA", "Port Harbour|Harbourtown"), (row["lat"], row["lon"], row["admin1"], row["feature"], row["aliases"]));
        Assert.Equal(("Songgang", "Harbour"), (rows["Sŏnggang"]["ascii"], rows["Harbour State"]["aliases"]));
    }

    [Theory]
    [InlineData("Kvitka Oblast", "Kvitka")]
    [InlineData("Zarechye Republic", "Zarechye")]
    public void Importer_WritesADivisionsShortForm_WithoutADivisionWordOfPlaceWords(string name, string shortForm)
    {
        var (_, rows) = Run();
        Assert.Equal(shortForm, rows[name]["aliases"]);
    }

    [Fact]
    public void Importer_KeepsEveryPlaceOfAnAmbiguousName_ForTheResolver()
    {
        var (_, all) = RunAll();
        Assert.Equal(["AUS", "CAN"], all.Where(r => r["name"] == "Evenbury").Select(r => r["country"]).Order());
    }

    [Fact]
    public void Importer_WritesAStatesCentrePoint_FromItsCapitalWithoutOutlines()
    {
        var (_, all) = RunAll();
        var nigeria = Assert.Single(all, r => r["kind"] == "country" && r["country"] == "NGA");
        Assert.Equal(("9.06", "7.49", "PCLI:capital"), (nigeria["lat"], nigeria["lon"], nigeria["feature"]));
    }

    [Fact]
    public void Importer_LeavesOutSmallCities_BelowTheMinimumGiven()
    {
        var (report, rows) = Run(100_000);
        Assert.False(rows.ContainsKey("Smallton"));
        Assert.Contains(report.Skipped.Keys, k => k.Contains("population under 100000"));
    }

    [Theory]
    [InlineData("Split", "excluded-names.tsv")]
    [InlineData("Oldquarter", "not a living populated place")]
    [InlineData("Nowhereville", "country code not in states.tsv")]
    public void Importer_LeavesOutAndCountsTheName_WhenItIsSmallAmbiguousCommonOrKnown(string name, string reason)
    {
        var (report, rows) = Run();
        Assert.False(rows.ContainsKey(name));
        Assert.Contains(report.Skipped.Keys, k => k.Contains(reason));
    }

    [Fact]
    public void Importer_ReportsAMalformedLine_WithFileAndLine()
    {
        var (report, _) = Run();
        var p = Assert.Single(report.Problems);
        Assert.EndsWith("cities15000.txt", p.Path);
        Assert.Equal(13, p.Line);
        Assert.Equal(11, report.Written["places.tsv"] - RunAll().Rows.Count(r => r["kind"] == "country"));
    }

    [Fact]
    public void Importer_WritesAFileTheLexiconLoads()
    {
        Run();
        var b = new ActorLexicon.Builder().AddStates(DataTable.Load(Path.Combine(DataDir, "actors", "states.tsv"), "states"))
            .AddPlaces(DataTable.Load(Path.Combine(_out, "places.tsv"), "places"));
        var lexicon = b.Build();
        var doc = Entente.Core.Text.SentenceSplitter.Default.Split("Portharbour Evenbury Abuja");
        Assert.Equal(1, lexicon.Places.MatchLongest(doc, 0, 1, out var found));
        Assert.Equal("NGA", found[0].Country);
        // context only: an ambiguous name without a 3x margin and a capital (the actor recognizer's own) are not context
        Assert.Equal(0, lexicon.Places.MatchLongest(doc, 1, 2, out _));
        Assert.Equal(0, lexicon.Places.MatchLongest(doc, 2, 3, out _));
    }

    [Fact]
    public void Importer_FailsWithTheMissingFile_WhenTheFolderHasNoDump()
    {
        var empty = Directory.CreateTempSubdirectory("entente-geonames-empty-").FullName;
        try
        {
            var ex = Assert.Throws<DataFileException>(() => new GeoNamesImporter().Run(new GeoNamesImportOptions(empty, _out, DataDir, "2026-12-01")));
            Assert.Contains("cities15000", ex.FilePath + ex.Hint);
        }
        finally { Directory.Delete(empty, true); }
    }
}
