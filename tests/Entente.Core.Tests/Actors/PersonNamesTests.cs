using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Actors;

/// <summary>A person introduced with a title keeps their coding when named again by surname (sentences written for these tests).</summary>
public class PersonNamesTests
{
    private static AnalyzedDocument Analyze(string text) => TestData.Analyze(text);

    [Fact]
    public void PersonNames_CodesTheSurname_AsThePersonIntroducedByTitle()
    {
        var r = Analyze("LUSAKA, March 1 (Test Wire) - Zambia's President Hakainde Hichilema dissolved the cabinet on Thursday.\n\n"
            + "The opposition accused Hichilema of trying to delay the vote.");
        var later = Assert.Single(r.Entities, e => e.Text == "Hichilema" && e.Sentence == 1);
        Assert.Equal("ZMB", later.Code);
        var accusation = Assert.Single(r.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal(("ZMB", "OPP", "ZMB", "GOV"), (accusation.Source.Code, accusation.Source.Role, accusation.Target.Code, accusation.Target.Role));
        Assert.Contains(accusation.Why.Entries, w => w.Contains("the person introduced as", StringComparison.Ordinal));
    }

    [Fact]
    public void PersonNames_CodesTheName_AfterTitleWordsOfAnInstitution()
    {
        var r = Analyze("White House press secretary Marta Quell said on Monday that Washington condemned the arrests.");
        var person = Assert.Single(r.Entities, e => e.Text == "Marta Quell");
        Assert.Equal("USA", person.Code);
    }

    [Fact]
    public void PersonNames_LeavesADayName_WhenATitleIsFollowedByADate()
    {
        var r = Analyze("Russian officials Tuesday rejected the plan.\n\nOn Tuesday the talks ended.");
        Assert.DoesNotContain(r.Entities, e => e.Kind == EntityKind.Person && e.Text.Contains("Tuesday", StringComparison.Ordinal));
    }

    [Fact]
    public void PersonNames_LeavesTheSurname_WhenTwoPeopleOfDifferentCodingsShareIt()
    {
        var r = Analyze("Kenya's President Amos Ndeti met Uganda's Defence Minister Ruth Ndeti in Nairobi.\n\nNdeti said the talks went well.");
        Assert.DoesNotContain(r.Entities, e => e.Text == "Ndeti" && e.Sentence == 1);
    }
}
