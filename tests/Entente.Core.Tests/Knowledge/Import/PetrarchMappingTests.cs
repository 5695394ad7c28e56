using Entente.Core.Knowledge.Import;

namespace Entente.Core.Tests.Knowledge.Import;

public class PetrarchMappingTests
{
    private static readonly PetrarchCodeMapper Mapper = new(["IRN", "RUS", "USA", "XKX", "MRT"], ["UN", "UNICEF", "AQ", "NATO"]);

    [Theory]
    [InlineData("IRNGOV", "IRN", "GOV", null)]
    [InlineData("IRNGOVMIL", "IRN", "GOV", "MIL")]
    [InlineData("USAGOVFRM", "USA", "GOV", null)]
    [InlineData("KSVGOV", "XKX", "GOV", null)]
    [InlineData("IRNELI", "IRN", "ELI", null)]
    [InlineData("IRNREBMUS", "IRN", "REB", "REL")]
    [InlineData("IRN", "IRN", null, null)]
    public void CodeMapper_MapsStateAndSector_WhenStateIsKnown(string code, string expectedCode, string? role, string? secondary)
    {
        Assert.True(Mapper.TryMap(code, out var m, out _));
        Assert.Equal(new MappedCode(expectedCode, role, secondary, false), m);
    }

    [Theory]
    [InlineData("IGOUNO", "UN", true)]
    [InlineData("IGOUNOKID", "UNICEF", true)]
    [InlineData("IGOUNOLABILO", "UN", false)]
    [InlineData("IMGMUSALQ", "AQ", true)]
    [InlineData("IGOWSTNAT", "NATO", true)]
    public void CodeMapper_MapsOrganization_WhenPhoenixCodeIsInTheTable(string code, string org, bool exact)
    {
        Assert.True(Mapper.TryMap(code, out var m, out _));
        Assert.Equal(org, m.Code);
        Assert.True(m.IsOrganization);
        Assert.Equal("GOV", m.Role);
        Assert.Equal(exact, m.Exact);
    }

    [Theory]
    [InlineData("MNCUSA", "company (MNC) code")]
    [InlineData("USRGOV", "first part is not an Entente state")]
    [InlineData("IRNVGBGOV", "part after the state is not an Entente sector")]
    [InlineData("IGOEUREEC", "organization code not in Entente's organizations")]
    [InlineData("IGOXYZ", "IGO code without an Entente organization")]
    [InlineData("NGO", "bare NGO code")]
    [InlineData("GOV", "sector code without a state")]
    [InlineData("IRNGO", "3-letter parts")]
    [InlineData("---", "null code")]
    public void CodeMapper_GivesReason_WhenCodeCannotBeMapped(string code, string reason)
    {
        Assert.False(Mapper.TryMap(code, out _, out var why));
        Assert.Contains(reason, why);
    }

    [Theory]
    [InlineData("GOVMED", "GOV", "MED")]
    [InlineData("MUSUAF", "UAF", "REL")]
    [InlineData("CHRCTH", "REL", null)]
    [InlineData("NGO", "NGO", null)]
    public void CodeMapper_MapsAgentCode_ToRoleAndSecondary(string code, string role, string? secondary)
    {
        Assert.True(PetrarchCodeMapper.TryMapAgent(code, out var r, out var s, out _));
        Assert.Equal(role, r);
        Assert.Equal(secondary, s);
    }

    [Fact]
    public void CodeMapper_RefusesAgentCode_WhenSectorIsNotEntentes()
        => Assert.False(PetrarchCodeMapper.TryMapAgent("CRM", out _, out _, out _));

    [Theory]
    [InlineData("KOFI_ANNAN_", true, new[] { "Kofi Annan" })]
    [InlineData("THE_UNITED_NATIONS_", true, new[] { "United Nations" })]
    [InlineData("U.N._", true, new[] { "U.N." })]
    [InlineData("UNSG", true, new[] { "UNSG" })]
    [InlineData("BAN_KI-MOON", true, new[] { "Ban Ki-Moon" })]
    [InlineData("SECRETARY_GENERAL_OF_THE_UN", true, new[] { "Secretary General of the UN" })]
    [InlineData("ABU_BAKR_AL-BAGHDADI_", true, new[] { "Abu Bakr al-Baghdadi" })]
    [InlineData("AL-QAEDA_EXAMPLE_FRONT_(AQEF)_", true, new[] { "Al-Qaeda Example Front", "AQEF" })]
    [InlineData("DAG_HAMMARSKJOLD)", true, new[] { "Dag Hammarskjold" })]
    [InlineData("COAST_GUARD", false, new[] { "coast guard" })]
    [InlineData("___", true, new string[0])]
    public void Phrase_ConvertsPetrarchSpelling_ToEntentePhrases(string petrarch, bool titleCase, string[] expected)
        => Assert.Equal(expected, PetrarchPhrase.ToPhrases(petrarch, titleCase).ToArray());
}
