using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>Actor codes a user types: known ones pass, unknown ones get the closest known codes.</summary>
public class ActorLexiconTests
{
    private static ActorLexicon Actors => TestData.Knowledge.Actors;

    [Theory]
    [InlineData("IRN")]
    [InlineData("rus")]
    [InlineData("NATO")]
    public void ActorLexicon_KnowsTheCode_WhenItIsListed(string code)
    {
        Assert.True(Actors.IsKnownCode(code));
        Assert.Null(Actors.UnknownCode(code));
    }

    [Fact]
    public void ActorLexicon_NamesTheClosestCodes_WhenACodeIsMistyped()
    {
        var (detail, hint) = Actors.UnknownCode("IRX")!.Value;
        Assert.Contains("'IRX' is not a known actor code", detail);
        Assert.Contains("IRN (Iran)", detail);
        Assert.Contains("states.tsv", hint);
    }

    [Fact]
    public void ActorLexicon_SuggestsTheCodeOfAName_WhenANameIsTypedForACode()
        => Assert.Equal("IRN (Iran)", Actors.ClosestCodes("Iran", 1).Single());

    [Fact]
    public void KnowledgeBase_ReturnsTheSharedKnowledge_WhenNoFolderOrDictionaryIsGiven()
    {
        Assert.Same(KnowledgeBase.Default, KnowledgeBase.Resolve(null, null));
        Assert.Same(KnowledgeBase.Default, KnowledgeBase.Resolve("", []));
        Assert.Throws<DataFileException>(() => KnowledgeBase.Resolve(Path.Combine(Path.GetTempPath(), "entente-no-such-folder"), null));
    }

    [Theory]
    [InlineData("police", true)]
    [InlineData("rebels", true)]
    [InlineData("the opposition", true)]
    [InlineData("teachers", true)]
    [InlineData("president", true)]
    [InlineData("minister", false)]
    [InlineData("forces", false)]
    [InlineData("diplomats", false)]
    [InlineData("rebel", false)]
    public void ActorLexicon_MarksBareAgents_AsAgentsTsvListsThem(string phrase, bool bare)
    {
        var doc = Entente.Core.Text.SentenceSplitter.Default.Split(phrase);
        int start = doc.KeyIs(0, "the") ? 1 : 0;
        Assert.True(Actors.Agents.MatchLongest(doc, start, doc.TokenCount, out var agents) > 0);
        Assert.Equal(bare, agents[0].Bare);
    }

    private static DataTable Table(string kind, string columns, params string[] rows)
        => DataTable.Parse(new StringReader($"# entente-data: 1\n# kind: {kind}\n# description: test\n# date: 2026-12-01\n{columns}\n{string.Join("\n", rows)}\n"), "test.tsv", kind);

    [Fact]
    public void ActorLexicon_RejectsABarePhrase_WhenTheRowDoesNotListIt()
    {
        var t = Table("agents", "phrase\trole\tsecondary\tbare\tnotes", "police|policemen\tCOP\t\tpolice|cops\t");
        var ex = Assert.Throws<DataFileException>(() => new ActorLexicon.Builder().AddAgents(t));
        Assert.Equal(6, ex.LineNumber);
        Assert.Contains("'cops'", ex.Message);
    }

    [Fact]
    public void ActorLexicon_LoadsPlaces_AndRejectsAnUnknownCountryWithItsLine()
    {
        var states = Table("states", "code\tname", "NGA\tNigeria");
        var places = Table("places", "name\tcountry\tkind\tpopulation", "Port Example\tNGA\tcity\t250000", "Elsewhere\tXYZ\tcity\t1");
        var ex = Assert.Throws<DataFileException>(() => new ActorLexicon.Builder().AddStates(states).AddPlaces(places));
        Assert.Equal(7, ex.LineNumber);
        var ok = new ActorLexicon.Builder().AddStates(states).AddPlaces(Table("places", "name\tcountry\tkind\tpopulation", "Port Example\tNGA\tcity\t250000")).Build();
        var doc = Entente.Core.Text.SentenceSplitter.Default.Split("Port Example");
        Assert.Equal(2, ok.Places.MatchLongest(doc, 0, doc.TokenCount, out var found));
        Assert.Equal(("NGA", PlaceKind.City, 250000L), (found[0].Country, found[0].Kind, found[0].Population));
    }

    [Fact]
    public void KnowledgeBase_LoadsTheShippedPlaces_WithCitiesAndRegions()
    {
        var doc = Entente.Core.Text.SentenceSplitter.Default.Split("Lagos Kharkiv");
        Assert.True(Actors.Places.MatchLongest(doc, 0, 1, out var lagos) == 1 && lagos[0].Country == "NGA");
        Assert.True(Actors.Places.MatchLongest(doc, 1, 2, out var kharkiv) == 1 && kharkiv[0].Country == "UKR");
    }
}
