using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>Whose act a victim-only event is (data/cameo/passive-agents.tsv): shipped rows, longest prefix, file:line errors.</summary>
public class PassiveAgentsTests
{
    [Fact]
    public void PassiveAgents_ArrestsArePoliceAndCurfewsGovernment_ShippedRows()
    {
        var p = TestData.Knowledge.PassiveAgents;
        Assert.True(p.TryGet("173", out var arrest, out var origin));
        Assert.Equal("COP", arrest);
        Assert.Contains("passive-agents.tsv:", origin);
        Assert.True(p.TryGet("1723", out var curfew, out _));
        Assert.Equal("GOV", curfew);
        Assert.False(p.TryGet("190", out _, out _));
        Assert.False(p.TryGet("1823", out _, out _));
    }

    [Theory]
    [InlineData("999\tCOP\tno such code\n", "'999' is not a CAMEO code")]
    [InlineData("173\tpolice\tnot an agent code\n", "'police' is not an agent code")]
    public void PassiveAgents_FailsWithFileAndLine_BadRow(string row, string message)
    {
        UserDictionary.AssertRowFails("passive-agents", "act\tagent\tnote", row, message);
    }
}
