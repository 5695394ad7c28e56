using Entente.Core.Knowledge;
using Entente.Core.Sources;
using static Entente.Core.Tests.Sources.SourcesFixtures;

namespace Entente.Core.Tests.Sources;

public class OutletTableTests
{
    private const string Header = "# entente-data: 1\n# kind: outlets\nname\taliases\tcountry\tkind\ttype\tdomain\n";

    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "entente-outlets-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, content);
        return path;
    }

    [Theory]
    [InlineData("Tasnim News Agency", "Tasnim News Agency")]
    [InlineData("tasnim", "Tasnim News Agency")]
    [InlineData("the Tasnim News Agency", "Tasnim News Agency")]
    [InlineData("  Ukrainska   Pravda ", "Ukrainska Pravda")]
    [InlineData("Forbes.ua", "Forbes Ukraine")]
    [InlineData("IRNA", "Islamic Republic News Agency")]
    [InlineData("TASS", "TASS")]
    [InlineData("Moscow Times", "The Moscow Times")]
    [InlineData("themoscowtimes.com", "The Moscow Times")]
    public void TryFind_ReturnsCanonicalOutlet_WhenNameOrAliasMatches(string written, string canonical)
    {
        Assert.True(Outlets.Value.TryFind(written, out var info));
        Assert.Equal(canonical, info.Name);
    }

    [Theory]
    [InlineData("irna")]
    [InlineData("Tass")]
    [InlineData("up")]
    [InlineData("Pravda")]
    [InlineData("")]
    public void TryFind_ReturnsFalse_WhenAcronymCaseDiffersOrNameUnknown(string written)
    {
        Assert.False(Outlets.Value.TryFind(written, out _));
    }

    [Fact]
    public void Load_KeepsColumns_WhenRowIsComplete()
    {
        Assert.True(Outlets.Value.TryFind("Reuters", out var info));
        Assert.Equal(new OutletInfo("Reuters", "GBR", "independent", "agency", "reuters.com"), info);
    }

    [Fact]
    public void Load_ThrowsWithFileAndLine_WhenAliasNamesTwoOutlets()
    {
        var path = TempFile(Header + "Alpha News\tAN|Alpha\tX\t\t\t\nBeta News\tAlpha\tY\t\t\t\n");
        try
        {
            var ex = Assert.Throws<DataFileException>(() => OutletTable.Load(path));
            Assert.Equal(5, ex.LineNumber);
            Assert.StartsWith(path + ":5:", ex.Message);
            Assert.Contains("'Alpha'", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Load_MergesFiles_WhenSecondFileAddsOutlets()
    {
        var path = TempFile(Header + "Gamma Radio\tGR\tZ\t\t\t\n");
        try
        {
            var t = OutletTable.Load(FixturePath, path);
            Assert.True(t.TryFind("GR", out var g));
            Assert.Equal("Gamma Radio", g.Name);
            Assert.True(t.TryFind("Reuters", out _));
        }
        finally { File.Delete(path); }
    }
}
