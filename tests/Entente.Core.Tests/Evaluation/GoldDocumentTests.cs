using Entente.Core.Evaluation;

namespace Entente.Core.Tests.Evaluation;

public sealed class GoldDocumentTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-gold-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(params string[] eventLines)
    {
        var path = Path.Combine(_dir, "t.gold");
        File.WriteAllText(path, "---\nid: t-1\npublished: 2024-05-02\n---\nABUJA (Wire) - Police fired tear gas at protesters. Workers went on strike.\n=== events\n"
            + string.Join("\n", eventLines) + "\n");
        return path;
    }

    [Fact]
    public void GoldDocument_ReadsAgentActors_WhenCodeHasRole()
    {
        var g = GoldDocument.Load(Write("NGA/COP\tNGA/OPP\t1711\t-\treported\tfired tear gas", "/LAB\t-\t143\t-\treported\twent on strike"));
        var (police, protesters) = (g.Events[0].Source, g.Events[0].Target);
        Assert.Equal(("NGA", "COP"), (police.Code, police.Agent));
        Assert.Equal(("NGA", "OPP"), (protesters.Code, protesters.Agent));
        Assert.Equal((null, "LAB"), (g.Events[1].Source.Code, g.Events[1].Source.Agent));
        Assert.True(g.Events[1].Target.IsNone);
    }

    [Fact]
    public void GoldDocument_ReadsPlainAndUnknownActors_AsBefore()
    {
        var g = GoldDocument.Load(Write("?\tNGA\t180\t-\treported\tfired tear gas", "G7\tUN\t143\t-\treported\twent on strike"));
        Assert.True(g.Events[0].Source.IsUnknown);
        Assert.Null(g.Events[0].Source.Code);
        Assert.Equal(("NGA", null), (g.Events[0].Target.Code, g.Events[0].Target.Agent));
        Assert.Equal("G7", g.Events[1].Source.Code);
        Assert.Equal("UN", g.Events[1].Target.ToString());
    }

    [Theory]
    [InlineData("NGA/POL\tNGA\t173\t-\treported\tfired tear gas", "unknown agent code 'POL'", "COP")]
    [InlineData("/\tNGA\t173\t-\treported\tfired tear gas", "unknown agent code ''", "COP")]
    [InlineData("-\tNGA\t173\t-\treported\tfired tear gas", "source '-' is not allowed", "'?'")]
    [InlineData("nga/COP\tNGA\t173\t-\treported\tfired tear gas", "code 'nga'", "ISO3")]
    [InlineData("NGA\tNGA/cop\t173\t-\treported\tfired tear gas", "unknown agent code 'cop'", "agents.tsv")]
    public void GoldDocument_RefusesBadActor_WithFileLineAndHint(string line, string message, string hint)
    {
        AssertRefusedAtLine8(Write("# source\ttarget", line), message, hint);
    }

    private static void AssertRefusedAtLine8(string path, string message, string hint)
    {
        var e = Assert.Throws<FormatException>(() => GoldDocument.Load(path));
        Assert.StartsWith($"{path}:8: ", e.Message);
        Assert.Contains(message, e.Message);
        Assert.Contains("hint:", e.Message);
        Assert.Contains(hint, e.Message);
    }

    [Fact]
    public void GoldDocument_ReadsLocations_WhenSeventhFieldGiven()
    {
        var g = GoldDocument.Load(Write("NGA/COP\tNGA/OPP\t175\t-\treported\tfired tear gas\tAbuja|city|NGA",
            "NGA/LAB\t-\t143\t-\treported\twent on strike\t-", "NGA/LAB\t-\t143\t-\treported\tWorkers went on"));
        Assert.Equal(new GoldLocation("Abuja", GoldPlaceKind.City, "NGA"), g.Events[0].Location);
        Assert.True(g.Events[0].LocationAnnotated);
        Assert.Equal((null, true), (g.Events[1].Location, g.Events[1].LocationAnnotated));
        Assert.Equal((null, false), (g.Events[2].Location, g.Events[2].LocationAnnotated));
    }

    [Theory]
    [InlineData("Red Sea|sea|-", "Red Sea", GoldPlaceKind.Sea, null)]
    [InlineData("Kashmir|admin1|-", "Kashmir", GoldPlaceKind.Admin1, null)]
    [InlineData("Donbas|admin1|UKR", "Donbas", GoldPlaceKind.Admin1, "UKR")]
    [InlineData("Nigeria|country|NGA", "Nigeria", GoldPlaceKind.Country, "NGA")]
    public void GoldLocation_ReadsEveryKind_WithItsCountry(string text, string name, GoldPlaceKind kind, string? country)
    {
        var l = GoldLocation.Parse(text, "f:1");
        Assert.Equal(new GoldLocation(name, kind, country), l);
        Assert.Equal(text, l!.ToString());
    }

    [Theory]
    [InlineData("Abuja|NGA", "is not Name|kind|CCC", "Kharkiv|admin1|UKR")]
    [InlineData("Abuja|town|NGA", "kind 'town' is unknown", "city, admin1")]
    [InlineData("Abuja|city|NG", "country 'NG' is not an ISO3 code", "UKR")]
    [InlineData("Red Sea|sea|YEM", "a sea takes '-'", "Black Sea|sea|-")]
    [InlineData("Abuja|city|-", "needs the ISO3 code", "disputed")]
    [InlineData("|city|NGA", "empty name", "GeoNames")]
    [InlineData("", "is not Name|kind|CCC", "'-' when the text gives no place")]
    public void GoldDocument_RefusesBadLocation_WithFileLineAndHint(string location, string message, string hint)
    {
        AssertRefusedAtLine8(Write("# source\ttarget", "NGA/COP\tNGA/OPP\t175\t-\treported\tfired tear gas\t" + location), message, hint);
    }

    [Fact]
    public void GoldDocument_RefusesEightFields_WithFileLine()
    {
        var path = Write("NGA/COP\tNGA/OPP\t175\t-\treported\tfired tear gas\t-\textra");
        var e = Assert.Throws<FormatException>(() => GoldDocument.Load(path));
        Assert.StartsWith($"{path}:7: expected 6 or 7", e.Message);
    }
}
