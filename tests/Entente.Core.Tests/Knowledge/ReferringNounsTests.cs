using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>Nouns that refer back to an earlier act of a kind (data/cameo/referring-nouns.tsv): shipped rows, file:line errors.</summary>
public class ReferringNounsTests
{
    [Fact]
    public void ReferringNouns_IncidentIsAMaterialActAndMeasuresASanction_ShippedRows()
    {
        var r = TestData.Knowledge.ReferringNouns;
        Assert.True(r.RootsOf("incident")!.Contains("19"));
        Assert.False(r.RootsOf("incident")!.Contains("11"));
        Assert.True(r.RootsOf("measures")!.Contains("16"));
        Assert.Null(r.RootsOf("decision"));
    }

    [Fact]
    public void ReferringNouns_VerdictImpliesTheJudiciaryAndIncidentNoOne_ShippedRows()
    {
        var r = TestData.Knowledge.ReferringNouns;
        Assert.Equal("JUD", r.AgentOf("verdict"));
        Assert.Equal("OPP", r.AgentOf("protests"));
        Assert.Null(r.AgentOf("incident"));
    }

    [Theory]
    [InlineData("incident\t18|1x\t\tbad root\n", "'1x' is not a CAMEO root")]
    [InlineData("the incident\t18\t\ttwo words\n", "'the incident' is not one lower-case word")]
    [InlineData("verdict\t11\tjudges\tnot a code\n", "'judges' is not a CAMEO agent code")]
    public void ReferringNouns_FailsWithFileAndLine_BadRow(string row, string message)
    {
        UserDictionary.AssertRowFails("referring-nouns", "noun\troots\tagent\tnote", row, message);
    }
}
