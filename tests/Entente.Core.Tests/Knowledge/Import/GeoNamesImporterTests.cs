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

    private (ImportReport Report, Dictionary<string, DataRow> Rows) Run()
    {
        var report = new GeoNamesImporter().Run(new GeoNamesImportOptions(FixtureDir, _out, DataDir, "2026-12-01"));
        var table = DataTable.Load(Path.Combine(_out, "places.tsv"), "places", GeoNamesImporter.Columns);
        Assert.Equal("2026-12-01", table.Date);
        return (report, table.Rows.ToDictionary(r => r["name"], StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Portharbour", "NGA", "city", "500000")]
    [InlineData("Twinford", "GBR", "city", "900000")]
    [InlineData("Harbour State", "NGA", "region", "850000")]
    [InlineData("Harbour", "NGA", "region", "850000")]
    [InlineData("Kvitka", "UKR", "region", "0")]
    [InlineData("Songgang", "KOR", "city", "120000")]
    [InlineData("Sŏnggang", "KOR", "city", "120000")]
    public void Importer_WritesPlaceWithItsState_WhenNameIsKept(string name, string country, string kind, string population)
    {
        var (_, rows) = Run();
        var row = rows[name];
        Assert.Equal((country, kind, population), (row["country"], row["kind"], row["population"]));
    }

    [Theory]
    [InlineData("Smallton", "population under 100000")]
    [InlineData("Evenbury", "ambiguous")]
    [InlineData("Split", "excluded-names.tsv")]
    [InlineData("Abuja", "states.tsv")]
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
        Assert.Equal(8, report.Written["places.tsv"]);
    }

    [Fact]
    public void Importer_WritesAFileTheLexiconLoads()
    {
        Run();
        var b = new ActorLexicon.Builder().AddStates(DataTable.Load(Path.Combine(DataDir, "actors", "states.tsv"), "states"))
            .AddPlaces(DataTable.Load(Path.Combine(_out, "places.tsv"), "places"));
        var doc = Entente.Core.Text.SentenceSplitter.Default.Split("Portharbour");
        Assert.Equal(1, b.Build().Places.MatchLongest(doc, 0, 1, out var found));
        Assert.Equal("NGA", found[0].Country);
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
