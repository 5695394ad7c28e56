using Entente.Corpus.Model;

namespace Entente.Corpus.Tests.Model;

/// <summary>Quantities as shown to a person: money as money, vague counts in their own words, never more precise than the text.</summary>
public sealed class QuantityTextTests
{
    [Theory]
    [InlineData(40e9, "$40 billion", "$40 bn")]
    [InlineData(2e9, "about $2 billion", "about $2 bn")]
    [InlineData(2.5e9, "2.5 billion euros", "2.5 bn euros")]
    [InlineData(1.2e6, "1.2 million rubles", "1.2 m rubles")]
    [InlineData(500_000, "500 thousand", "500,000")]
    public void QuantityText_ShowsMoneyInItsCurrency_NeverAScaleWordAsOne(double value, string words, string shown)
        => Assert.Equal(shown, QuantityText.Money(value, words));

    [Theory]
    [InlineData(2000, true, "thousands of", "thousands of")]
    [InlineData(400, true, "around 400", "around 400")]
    [InlineData(200, false, "200", "200")]
    [InlineData(1500, true, null, "about 1,500")]
    public void QuantityText_KeepsTheWords_OfAnApproximateCount(double value, bool approximate, string? words, string shown)
        => Assert.Equal(shown, QuantityText.Show(value, approximate, words, money: false));
}
