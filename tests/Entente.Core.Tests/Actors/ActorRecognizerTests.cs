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
            .AddNonActors(DataTable.Load(F("nonactors.tsv"), "nonactors"))
            .AddCoreferencePhrases(DataTable.Load(F("coreference-phrases.tsv"), "coreference-phrases"));
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

    // ---- bare agents (issue 11 part 3): sentences written for these tests ----

    private static readonly Lazy<ActorRecognizer> Shipped = new(() => new ActorRecognizer(TestData.Knowledge.Actors));
    private static readonly Lazy<ActorRecognizer> KeepingUnplaced = new(() => new ActorRecognizer(TestData.Knowledge.Actors) { KeepUnplacedAgents = true });

    private static List<ActorMention> FindBare(string text, bool keepUnplaced = false)
        => (keepUnplaced ? KeepingUnplaced : Shipped).Value.Recognize(SentenceSplitter.Default.Split(text)).ToList();

    [Theory]
    [InlineData("Police in Lagos arrested twelve men on Friday.", "Police", "COP", "NGA", "a place after 'in'")]
    [InlineData("Rebels in northern Mali seized a small garrison town.", "Rebels", "REB", "MLI", "a place after 'in'")]
    [InlineData("Lagos police detained a reporter overnight.", "police", "COP", "NGA", "a place before it")]
    [InlineData("Riot police scattered the crowd in Kano with water cannon.", "Riot police", "COP", "NGA", "the sentence's place")]
    [InlineData("In Kharkiv, soldiers dug new trenches.", "soldiers", "MIL", "UKR", "the sentence's place")]
    [InlineData("Teachers walked out of schools across Kenya.", "Teachers", "EDU", "KEN", "the sentence's place")]
    [InlineData("Troops from the city of Kano were sent north.", "Troops", "MIL", "NGA", "a place after 'from'")]
    [InlineData("Kano's police held six students overnight.", "police", "COP", "NGA", "a place before it")]
    [InlineData("The police of Kano held six students overnight.", "police", "COP", "NGA", "a place after 'of'")]
    [InlineData("The Syrian army said rebels shelled a village.", "rebels", "REB", "SYR", "the sentence's only state, named before it")]
    [InlineData("Militants ambushed a Nigerien army patrol at dawn.", "Militants", "UAF", "NER", "the sentence's only state")]
    public void ActorRecognizer_CodesBareAgent_WithCountryFromContext(string text, string surface, string role, string code, string why)
    {
        var a = Assert.Single(FindBare(text), m => m.Text == surface);
        Assert.Equal((role, code, ActorForm.Agent, ActorKind.State), (a.Role, a.Code, a.Form, a.Kind));
        Assert.Contains("bare agent", a.Why);
        Assert.Contains(why, a.Why);
    }

    [Theory]
    [InlineData("KABUL — A checkpoint came under fire on Tuesday. Gunmen fled on motorbikes.", "Gunmen", "UAF", "AFG")]
    [InlineData("LAGOS, Nigeria (Coastal Wire) - Fuel prices rose again on Monday. Students marched to the assembly.", "Students", "EDU", "NGA")]
    [InlineData("NAIROBI, May 3 - The count was delayed again. The opposition called for fresh elections.", "opposition", "OPP", "KEN")]
    public void ActorRecognizer_TakesTheDatelineCountry_WhenTheSentenceNamesNoPlace(string text, string surface, string role, string code)
    {
        var a = Assert.Single(FindBare(text), m => m.Text == surface);
        Assert.Equal((role, code), (a.Role, a.Code));
        Assert.Contains("the dateline", a.Why);
    }

    [Fact]
    public void ActorRecognizer_TakesTheDominantState_WhenEarlierSentencesClearlyFavourOne()
    {
        var m = FindBare("Peru's president dissolved the legislature. Peru's top court weighed the move. Farmers blocked highways on Thursday.");
        var farmers = Assert.Single(m, a => a.Text == "Farmers");
        Assert.Equal(("AGR", "PER"), (farmers.Role, farmers.Code));
        Assert.Contains("dominant state", farmers.Why);
    }

    [Theory]
    [InlineData("The Malian army retook a town near Kidal. Envoys met in Algiers, but the army kept up its advance.", "army", "MIL", "MLI")]
    [InlineData("Kenyan police blocked the march. Crowds gathered in Kampala and Nairobi, and the police fired tear gas.", "police", "COP", "KEN")]
    [InlineData("Soldiers in Guinea detained the president on Sunday. Ghana's president said the soldiers must free him.", "soldiers", "MIL", "GIN")]
    public void ActorRecognizer_TakesTheEarlierSameSector_ForADefiniteBareAgent(string text, string surface, string role, string code)
    {
        var a = Assert.Single(FindBare(text), m => m.Text == surface);
        Assert.Equal((role, code), (a.Role, a.Code));
        Assert.Contains("the same sector named earlier", a.Why);
    }

    [Fact]
    public void ActorRecognizer_TakesTheOnlyEarlierState_WhenNoDatelineOrRuleGivesOne()
    {
        var m = FindBare("Bolivian miners blocked a highway near Oruro. Authorities promised talks on Friday.");
        var a = Assert.Single(m, x => x.Text == "Authorities");
        Assert.Equal("BOL", a.Code);
        Assert.Contains("the only state the document named before", a.Why);
    }

    [Fact]
    public void ActorRecognizer_DoesNotCountWhereABodyIsBased_AsAStateOfTheStory()
    {
        var m = FindBare("Bolivian miners blocked a highway. The London-based rights group said so. Authorities promised talks on Friday.");
        Assert.Equal("BOL", Assert.Single(m, x => x.Text == "Authorities").Code);
    }

    [Fact]
    public void ActorRecognizer_DoesNotTakeTheDatelineCity_ForTheSentencesOwnState()
    {
        var m = FindBare("AMMAN, May 3 (Wire) - Iraqi police fired tear gas at protesters on Friday.");
        Assert.Equal("IRQ", Assert.Single(m, x => x.Text == "protesters").Code);
    }

    [Fact]
    public void ActorRecognizer_ReadsTheScene_FromADemonymAndAPlaceNoun()
    {
        var m = FindBare("Riot police charged students in the Bangladeshi capital on Monday.");
        var a = Assert.Single(m, x => x.Text == "Riot police" || x.Text == "police");
        Assert.Equal("BGD", a.Code);
        Assert.Contains("the sentence's place", a.Why);
    }

    [Fact]
    public void ActorRecognizer_LeavesTheGovernmentToTheSentence_EvenAfterAnotherStatesGovernment()
    {
        var m = FindBare("Italy's government tightened its asylum rules. In Tripoli, relatives of missing sailors rallied against the government.");
        var gov = Assert.Single(m, a => a.Text == "government" && a.Sentence == 1);
        Assert.Equal("LBY", gov.Code);
    }

    [Fact]
    public void ActorRecognizer_PrefersTheDominantState_OverADatelineTheStoryHasLeft()
    {
        var m = FindBare("ROME, June 2 - Chile's president met the pope. Chile's ministers stayed at home. Protesters blocked roads on Friday.");
        Assert.Equal("CHL", Assert.Single(m, a => a.Text == "Protesters").Code);
    }

    [Fact]
    public void ActorRecognizer_KeepsJoinedStates_WhenTwoStatesEachHaveAnAgent()
    {
        var m = FindBare("Iranian officials met Russian officials in Tehran.");
        Assert.Equal(["IRN", "RUS"], m.Where(a => a.Role == "GOV").Select(a => a.Code).ToArray());
        Assert.DoesNotContain(m, a => a.Form == ActorForm.Agent);
    }

    [Theory]
    [InlineData("Police arrested two Iranian diplomats on Sunday.")]
    [InlineData("Protesters gathered outside the American embassy.")]
    public void ActorRecognizer_DoesNotTakeTheCountryOfPeopleAbroad_ForABareAgent(string text)
    {
        Assert.DoesNotContain(FindBare(text), a => a.Form == ActorForm.Agent);
        var kept = FindBare(text, keepUnplaced: true).Where(a => a.Form == ActorForm.Agent).ToList();
        Assert.NotEmpty(kept);
        Assert.All(kept, a => Assert.Equal("", a.Code));
    }

    [Fact]
    public void ActorRecognizer_KeepsTheRoleWithoutACountry_WhenAskedToKeepUnplacedAgents()
    {
        Assert.Empty(FindBare("Gunmen attacked a convoy."));
        var a = Assert.Single(FindBare("Gunmen attacked a convoy.", keepUnplaced: true));
        Assert.Equal(("", "UAF", "Gunmen"), (a.Code, a.Role, a.Text));
    }

    [Theory]
    [InlineData("Officers met at the police station in Lagos.")]
    [InlineData("Mali received military aid from abroad, said a report from Bamako.")]
    [InlineData("Crowds gathered near the army base in Kano.")]
    [InlineData("The Arakan Army seized a town in Myanmar.")]
    [InlineData("BLUEFOR troops guarded the bridge in Kosovo.")]
    public void ActorRecognizer_SkipsAgentWords_WhenTheyModifyANounOrBelongToAName(string text)
        => Assert.DoesNotContain(FindBare(text), a => a.Form == ActorForm.Agent && !a.Tentative); // a tentative one is the parse's to settle (TentativeAgentsTests)

    [Fact]
    public void ActorRecognizer_KeepsABareAgent_WhenItIsAPossessor()
    {
        var a = Assert.Single(FindBare("The government's decision angered growers in Punjab."), m => m.Form == ActorForm.Agent);
        Assert.Equal(("government", "GOV", "PAK", true), (a.Text, a.Role, a.Code, a.Possessive));
    }

    [Fact]
    public void ActorRecognizer_TakesAFollowingSectorNoun_IntoASingularBareAgent()
    {
        var a = Assert.Single(FindBare("An army spokesman in Kano denied the report."), m => m.Form == ActorForm.Agent);
        Assert.Equal(("army spokesman", "MIL", "NGA"), (a.Text, a.Role, a.Code));
    }

    [Theory]
    [InlineData("Police in Reading arrested a man.")]
    [InlineData("police in lagos arrested a man.")]
    public void ActorRecognizer_MatchesPlacesOnlyCapitalisedAndNotCommonWords(string text)
        => Assert.DoesNotContain(FindBare(text), a => a.Form == ActorForm.Agent);

    [Fact]
    public void ActorRecognizer_CodesACapitalAsTheStateGovernment_WhenItActs()
    {
        var a = Assert.Single(FindBare("Damascus said the convoy had been turned back."));
        Assert.Equal(("SYR", ActorForm.Capital), (a.Code, a.Form));
    }
    [Theory]
    [InlineData("Defence Minister Aden Duale toured the port on Monday.", "Aden")]
    [InlineData("Interior Minister Jordan Kamau spoke to reporters.", "Jordan")]
    public void ActorRecognizer_SkipsPlaceName_InsideAPersonsNameAfterATitle(string text, string place)
        => Assert.DoesNotContain(Find(text), m => m.Text == place);

    [Theory]
    [InlineData("Prime Minister Narendra Modi visited Jordan on Monday.", "Jordan", "JOR")]
    [InlineData("The minister flew to Aden on Monday.", "Aden", "YEM")]
    public void ActorRecognizer_KeepsPlaceName_NotBetweenTitleAndName(string text, string place, string code)
        => Assert.Contains(Find(text), m => m.Text == place && m.Code == code);
    [Theory]
    [InlineData("Delhi blamed Pakistan-based militants for the raid.", "militants", "PAK")]
    [InlineData("Kenya said Somalia-based militants crossed the border.", "militants", "SOM")]
    public void ActorRecognizer_PlacesBareAgent_AfterHyphenatedBase(string text, string agent, string code)
        => Assert.Contains(Find(text), m => m.Text == agent && m.Code == code && m.Role == "UAF");
    [Theory]
    [InlineData("ATLANTA, May 2 (Test Wire) - Georgia's legislature passed the bill on Tuesday.", "USA")]
    [InlineData("TBILISI, May 2 (Test Wire) - Georgia's parliament passed the bill on Tuesday.", "GEO")]
    public void ActorRecognizer_ReadsAStateNameAsADivisionOfTheDatelinesState_WhenTheDatelineStateHasOneOfThatName(string text, string code)
    {
        var full = new ActorRecognizer(TestData.Knowledge.Actors);
        var georgia = full.Recognize(SentenceSplitter.Default.Split(text)).First(m => m.Text.StartsWith("Georgia", StringComparison.Ordinal));
        Assert.Equal(code, georgia.Code);
        if (code == "USA") Assert.Contains("the dateline's state", georgia.Why);
    }
    [Theory]
    [InlineData("Chad, Sudan and Libya signed a pact. The three governments met again in June.", 3)]
    [InlineData("Chad, Sudan and Libya signed a pact. The governments of Egypt and Jordan objected.", 0)]
    [InlineData("Chad signed a pact with Sudan in Tripoli. The governments met again in June.", 0)]
    public void ActorRecognizer_ReadsAGroupNounAsTheStatesListedTogether_OnlyWhenTheyWereListed(string text, int expected)
    {
        var full = new ActorRecognizer(TestData.Knowledge.Actors);
        var group = full.Recognize(SentenceSplitter.Default.Split(text)).Where(m => m.Coreferent && m.Sentence == 1).ToList();
        Assert.Equal(expected, group.Count);
        if (expected > 0) Assert.Equal(["TCD", "SDN", "LBY"], group.Select(m => m.Code).ToArray());
    }
}
