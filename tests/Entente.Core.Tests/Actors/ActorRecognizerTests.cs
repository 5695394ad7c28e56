using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Tests.Actors;

public class ActorRecognizerTests
{
    private static readonly Lazy<ActorRecognizer> Recognizer = new(() =>
    {
        string F(string name) => TestData.Path("data", "actors", name);
        var b = new ActorLexicon.Builder()
            .AddStates(DataTable.Load(F("states.tsv"), "states"))
            .AddOrganizations(DataTable.Load(F("organizations.tsv"), "organizations"))
            .AddInstitutions(DataTable.Load(F("institutions.tsv"), "institutions"))
            .AddOfficials(DataTable.Load(F("officials.tsv"), "officials"))
            .AddAgents(DataTable.Load(F("agents.tsv"), "agents"))
            .AddNonActors(DataTable.Load(F("nonactors.tsv"), "nonactors"));
        return new ActorRecognizer(b.Build());
    });

    private static List<ActorMention> Find(string text, DateOnly? date = null)
        => Recognizer.Value.Recognize(SentenceSplitter.Default.Split(text), date).ToList();

    [Theory]
    [InlineData("Tehran and Moscow signed a deal.", "Tehran", "IRN")]
    [InlineData("The Kremlin said nothing.", "Kremlin", "RUS")]
    [InlineData("Officials in Kyiv disagreed.", "Officials in Kyiv", "UKR")]
    [InlineData("The Islamic Republic will respond.", "Islamic Republic", "IRN")]
    [InlineData("Brussels extended the measures.", "Brussels", "EU")]
    [InlineData("The collective West was blamed.", "collective West", "WST")]
    public void ActorRecognizer_CodesMetonymsAndEpithets_WhenStateIsNamedIndirectly(string text, string surfacePart, string code)
    {
        var m = Find(text);
        Assert.Contains(m, a => a.Code == code && a.Text.Contains(surfacePart));
    }

    [Fact]
    public void ActorRecognizer_GivesRole_WhenAdjectiveOrPossessiveJoinsAnAgent()
    {
        var m = Find("Iranian officials met the Russian Defense Ministry and Iran's Minister of Petroleum, Javad Owji.", new DateOnly(2024, 2, 28));
        Assert.Contains(m, a => a.Code == "IRN" && a.Role == "GOV" && a.Text == "Iranian officials");
        Assert.Contains(m, a => a.Code == "RUS" && a.Text == "Russian Defense Ministry" && a.Role != null);
        Assert.Contains(m, a => a.Code == "IRN" && a.Kind == ActorKind.Person && a.Text == "Javad Owji");
    }

    [Theory]
    [InlineData("Britain expelled six diplomats from the Russian embassy.", "Britain")]
    [InlineData("Poland summoned 12 envoys on Monday.", "Poland")]
    [InlineData("France expels two diplomats.", "France")]
    public void ActorRecognizer_StopsAtVerbOrCount_WhenAnAgentNounFollowsTheState(string text, string mention)
    {
        var m = Find(text);
        Assert.Equal(mention, m[0].Text);
        Assert.Null(m[0].Role);
    }

    [Fact]
    public void ActorRecognizer_KeepsAdjectives_BetweenStateAndAgent()
    {
        var m = Find("The Russian armed forces and Iran's elite naval forces trained together.");
        Assert.Contains(m, a => a.Code == "RUS" && a.Role == "MIL" && a.Text == "Russian armed forces");
        Assert.Contains(m, a => a.Code == "IRN" && a.Role == "MIL" && a.Text.EndsWith("naval forces"));
    }

    [Fact]
    public void ActorRecognizer_MatchesAcronymCaseSensitively_WhenWordIsAPronoun()
    {
        var m = Find("The US told us nothing.");
        Assert.Single(m, a => a.Code == "USA");
    }

    [Fact]
    public void ActorRecognizer_SkipsRegions_WhenNameIsPartOfAPlace()
    {
        var m = Find("Ships crossed the South China Sea toward Latin America.");
        Assert.DoesNotContain(m, a => a.Code is "CHN" or "USA");
    }

    [Fact]
    public void ActorRecognizer_ResolvesTheTwoCountries_WhenTwoStatesPrecede()
    {
        var m = Find("Iran and Russia have grown closer. The two countries signed a deal.");
        var pair = m.Where(a => a.Sentence == 1 && a.Coreferent).Select(a => a.Code).Order().ToArray();
        Assert.Equal(new[] { "IRN", "RUS" }, pair);
    }

    [Fact]
    public void ActorRecognizer_SplitsHyphenatedCompound_WhenPartsAreStates()
    {
        var text = "The Iran-Russia document and the Russia-led union.";
        var m = Find(text);
        Assert.Contains(m, a => a.Code == "IRN" && a.Modifier && text[a.Start..a.End] == "Iran");
        Assert.Contains(m, a => a.Code == "RUS" && text[a.Start..a.End] == "Russia" && a.Start == text.IndexOf("Russia", StringComparison.Ordinal));
    }

    [Fact]
    public void ActorRecognizer_KeepsOffsets_WhenTextHasCurlyApostrophe()
    {
        const string text = "Moscow’s ally Tehran replied.";
        var m = Find(text);
        var moscow = Assert.Single(m, a => a.Code == "RUS");
        Assert.Equal("Moscow", text[moscow.Start..moscow.End]);
        Assert.True(moscow.Possessive);
    }
}
