using Entente.Core.Knowledge.Import;

namespace Entente.Core.Tests.Knowledge.Import;

public class PetrarchReaderTests
{
    private static string Fixture(string file) => TestData.Path("Knowledge", "Import", "Fixtures", "petrarch", file);

    private static (System.Collections.Immutable.ImmutableArray<PetrarchActor> Actors, System.Collections.Immutable.ImmutableArray<ImportProblem> Problems) ReadActors(string file)
    {
        using var r = new StreamReader(Fixture(file));
        return PetrarchActorReader.Read(r, "petrarch2/" + file);
    }

    [Fact]
    public void ActorReader_ReadsSynonymsAndDatedCodes_WhenPersonHasSeveralTerms()
    {
        var (actors, _) = ReadActors("Phoenix.Countries.actors.txt");
        var jane = Assert.Single(actors, a => a.Phrase == "JANE_EXAMPLE_");
        Assert.Equal(5, jane.Line);
        Assert.Equal(["J._EXAMPLE_"], jane.Synonyms.ToArray());
        Assert.Equal("CountryInfo.txt", jane.Comment);
        Assert.Equal(4, jane.Codes.Length);
        Assert.Equal(new PetrarchCode("IRNELI", new DateOnly(1960, 1, 1), new DateOnly(1992, 7, 31), true, 7), jane.Codes[0]);
        Assert.Equal(new PetrarchCode("IRNGOV", new DateOnly(1992, 8, 1), new DateOnly(1997, 8, 3), true, 8), jane.Codes[1]);
        Assert.Equal(new PetrarchCode("IRNGOVMIL", new DateOnly(2020, 1, 1), null, true, 9), jane.Codes[2]);
        Assert.Equal(new PetrarchCode("IRNELI", null, null, false, 10), jane.Codes[3]);
    }

    [Fact]
    public void ActorReader_KeepsPrimaryLineCode_WhenCodeIsOnTheSameLine()
    {
        var (actors, _) = ReadActors("Phoenix.Countries.actors.txt");
        var state = Assert.Single(actors, a => a.Phrase == "FREEDONIA_");
        Assert.Equal(["PERSIA_"], state.Synonyms.ToArray());
        Assert.Equal(new PetrarchCode("IRN", null, null, false, 2), Assert.Single(state.Codes));
        Assert.DoesNotContain(actors, a => a.Phrase.StartsWith('#'));
    }

    [Fact]
    public void ActorReader_NamesFileAndLine_WhenDateRestrictionIsMalformed()
    {
        var (actors, problems) = ReadActors("Phoenix.Countries.actors.txt");
        var p = Assert.Single(problems);
        Assert.Equal(15, p.Line);
        Assert.StartsWith("petrarch2/Phoenix.Countries.actors.txt:15: ", p.ToString());
        Assert.Contains("1998", p.Message);
        // the rest of the file is still read
        Assert.Contains(actors, a => a.Phrase == "IRANIAN_NAVY_");
        Assert.Single(actors.Single(a => a.Phrase == "JOHN_OUTSIDER_").Codes);
    }

    [Fact]
    public void ActorReader_JoinsUncodedPrimaryToNextRecord_AsPetrarchDoes()
    {
        var (actors, _) = PetrarchActorReader.Read(new StringReader("U.N._\nUN_SECRETARY_GENERAL\n+UNSG\n\t[IGOUNO]\nOTHER_ [IRN]\n"), "x.txt");
        Assert.Equal(2, actors.Length);
        Assert.Equal("U.N._", actors[0].Phrase);
        Assert.Equal(["UN_SECRETARY_GENERAL", "UNSG"], actors[0].Synonyms.ToArray());
        Assert.Equal("IGOUNO", Assert.Single(actors[0].Codes).Code);
    }

    [Fact]
    public void ActorReader_ReadsSeveralCodesOnOneLine_WhenRestrictionsShareTheLine()
    {
        var (actors, problems) = PetrarchActorReader.Read(new StringReader("ANN_EXAMPLE_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# note\n"), "x.txt");
        Assert.Empty(problems);
        var a = Assert.Single(actors);
        Assert.Equal("ANN_EXAMPLE_", a.Phrase);
        Assert.Equal(2, a.Codes.Length);
        Assert.Equal(new DateOnly(2005, 5, 1), a.Codes[1].From);
    }

    [Theory]
    [InlineData("300101", 2030, 1, 1)]
    [InlineData("310101", 1931, 1, 1)]
    [InlineData("000507", 2000, 5, 7)]
    [InlineData("18970101", 1897, 1, 1)]
    [InlineData("20120229", 2012, 2, 29)]
    public void ActorReader_ReadsDate_WhenSixOrEightDigits(string s, int y, int m, int d)
    {
        Assert.True(PetrarchActorReader.TryParseDate(s, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("9008223")]
    [InlineData("1920030320")]
    [InlineData("20130229")]
    [InlineData("1998")]
    [InlineData("12ab56")]
    public void ActorReader_RefusesDate_WhenLengthOrCalendarIsWrong(string s)
        => Assert.False(PetrarchActorReader.TryParseDate(s, out _));

    [Fact]
    public void ActorReader_RefusesRestriction_WhenEndIsBeforeStart()
    {
        Assert.False(PetrarchActorReader.TryParseRestriction("EGYGOV 20121207-20120802", 3, out _, out var error));
        Assert.Contains("before the start", error);
        Assert.False(PetrarchActorReader.TryParseRestriction("MNEGOV 20121204", 3, out _, out error));
        Assert.Contains("expected", error);
    }

    [Fact]
    public void AgentReader_ExpandsPluralsAndSubstitutions_WhenReadingTheFixture()
    {
        using var r = new StreamReader(Fixture("Phoenix.agents.txt"));
        var (agents, problems) = PetrarchAgentReader.Read(r, "petrarch2/Phoenix.agents.txt");
        var customs = agents.First(a => a.Phrase == "CUSTOMS_OFFICER");
        Assert.Equal(["CUSTOMS_OFFICERS"], customs.Plurals.ToArray());
        Assert.Equal(4, customs.Line);
        Assert.Empty(agents.Single(a => a.Phrase == "FISHING_FLEET").Plurals);
        Assert.Equal(["SOLICITORS_GENERAL"], agents.Single(a => a.Phrase == "SOLICITOR_GENERAL").Plurals.ToArray());
        Assert.Equal(["MILITIAMAN", "MILITIAWOMAN"], agents.Where(a => a.Code == "UAF").Select(a => a.Phrase).ToArray());
        var ngo = agents.Single(a => a.Phrase == "HUMAN_RIGHTS_BODY");
        Assert.True(ngo.CodeBefore);
        Assert.Equal("NGO", ngo.Code);
        var p = Assert.Single(problems);
        Assert.StartsWith("petrarch2/Phoenix.agents.txt:12: ", p.ToString());
    }

    [Theory]
    [InlineData("SOLDIER", "SOLDIERS")]
    [InlineData("PARTY", "PARTIES")]
    [InlineData("ATTORNEY", "ATTORNEYS")]
    [InlineData("WITNESS", "WITNESSES")]
    public void AgentReader_MakesRegularPlural_LikePetrarch(string singular, string plural)
        => Assert.Equal(plural, PetrarchAgentReader.RegularPlural(singular));
}
