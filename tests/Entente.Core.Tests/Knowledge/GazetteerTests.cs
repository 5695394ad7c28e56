using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>The gazetteer: every candidate of an ambiguous name, our own named places, states' centre points, file:line errors.</summary>
public class GazetteerTests
{
    private static Gazetteer Places => TestData.Knowledge.Places;

    private static IReadOnlyList<PlaceName> Match(string text)
    {
        var doc = Entente.Core.Text.SentenceSplitter.Default.Split(text);
        Assert.Equal(doc.TokenCount, Places.Names.MatchLongest(doc, 0, doc.TokenCount, out var found));
        return found;
    }

    private static DataTable Table(string kind, string columns, params string[] rows)
        => DataTable.Parse(new StringReader($"# entente-data: 1\n# kind: {kind}\n# description: test\n# date: 2026-12-06\n{columns}\n{string.Join("\n", rows)}\n"), "test.tsv", kind);

    [Fact]
    public void Gazetteer_KeepsEveryCandidate_OfAnAmbiguousName()
    {
        var paris = Match("Paris");
        Assert.Contains(paris, p => p.Place.Country == "FRA" && p.Place.Feature == "PPLC");
        Assert.Contains(paris, p => p.Place.Country == "USA" && p.Place.Admin1 == "Texas");
    }

    [Fact]
    public void Gazetteer_KnowsANamedSea_WithItsStatesAndNoCountry()
    {
        var hormuz = Assert.Single(Match("Strait of Hormuz"));
        Assert.Equal((PlaceKind.Sea, "", "sea"), (hormuz.Place.Kind, hormuz.Place.Country, hormuz.Place.Precision));
        Assert.Equal(["IRN", "OMN"], hormuz.Place.States.ToArray());
    }

    [Fact]
    public void Gazetteer_FindsACityByItsAlternateName_MarkedAsAlternate()
    {
        var kharkov = Assert.Single(Match("Kharkov"), p => p.Place.Name == "Kharkiv");
        Assert.True(kharkov.Alternate);
        Assert.Equal(("UKR", "Kharkiv"), (kharkov.Place.Country, kharkov.Place.Admin1));
    }

    [Fact]
    public void Gazetteer_HasACentrePoint_ForAState()
    {
        var ukraine = Places.Countries["UKR"];
        Assert.InRange(ukraine.Lat!.Value, 44, 53);
        Assert.InRange(ukraine.Lon!.Value, 22, 41);
    }

    [Fact]
    public void Gazetteer_RejectsABadCoordinate_WithFileAndLine()
    {
        var named = Table(Gazetteer.NamedKind, "name\tkind\tstates\tlat\tlon", "Test Sea\tsea\tUKR\t95\t30");
        var ex = Assert.Throws<DataFileException>(() => Gazetteer.Load([], [named], c => c == "UKR"));
        Assert.Equal(6, ex.LineNumber);
        Assert.Contains("lat '95'", ex.Message);
    }
}
