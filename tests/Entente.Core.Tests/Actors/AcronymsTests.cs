namespace Entente.Core.Tests.Actors;

/// <summary>A name spelled out once with its acronym, then named by the acronym (sentences written for these tests).</summary>
public class AcronymsTests
{
    [Fact]
    public void Acronyms_CodesTheAcronymLikeItsDefinition_WhenNamedAgain()
    {
        var r = TestData.Analyze("ABUJA, March 4 (Test Wire) - Police detained members of the opposition National Unity Front (NUF) on Monday. The NUF condemned the arrests.");
        var nuf = Assert.Single(r.Entities, e => e.Text == "NUF" && e.Sentence == 1);
        Assert.Equal("NGA", nuf.Code);
        var e = Assert.Single(r.Events, x => x.Evidence.Sentence == 1);
        Assert.Equal(("NGA", "OPP"), (e.Source.Code, e.Source.Role));
    }

    [Fact]
    public void Acronyms_GivesAPersonAfterItTheCoding_WhenTheAcronymIsATitle()
    {
        var r = TestData.Analyze("ABUJA, March 4 (Test Wire) - The government blamed the opposition National Unity Front (NUF) for the riots. Police arrested NUF spokesman Bello Okafor on Friday.");
        var e = Assert.Single(r.Events, x => x.Evidence.Sentence == 1);
        Assert.Equal(("NGA", "COP", "NGA", "OPP"), (e.Source.Code, e.Source.Role, e.Target.Code, e.Target.Role));
    }

    [Fact]
    public void Acronyms_DefinesNothing_WhenTheLettersAreNotTheInitials()
    {
        var r = TestData.Analyze("ABUJA, March 4 (Test Wire) - Police detained members of the opposition National Unity Front (PDX) on Monday. The PDX condemned the arrests.");
        Assert.DoesNotContain(r.Entities, e => e.Text == "PDX" && e.Code == "NGA");
    }
}
