using Entente.Core.Events;
using Entente.Core.Text;

namespace Entente.Core.Tests.Events;

public class QuantityRecognizerTests
{
    private static IReadOnlyList<QuantityMention> Find(string text)
    {
        var t = SentenceSplitter.Default.Split(text);
        return new QuantityRecognizer().Recognize(t, t.Sentences[0], []);
    }

    [Theory]
    [InlineData("Iran sent approximately 400 missiles.", "approximately 400", 400, true, false)]
    [InlineData("It fired several hundred rockets.", "several hundred", 300, true, false)]
    [InlineData("They delivered dozens of drones.", "dozens of", 24, true, false)]
    [InlineData("The deal is worth $1.5 billion.", "$1.5 billion", 1_500_000_000, false, true)]
    [InlineData("Moscow lent 2 billion euros.", "2 billion euros", 2_000_000_000, false, true)]
    [InlineData("They will sign six documents.", "six", 6, false, false)]
    [InlineData("Some 1,200 troops moved.", "Some 1,200", 1200, true, false)]
    public void QuantityRecognizer_ReadsValue_WhenCountOrAmountIsWritten(string text, string surface, double value, bool approximate, bool money)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal(surface, q.Text);
        Assert.Equal(value, q.Value);
        Assert.Equal(approximate, q.Approximate);
        Assert.Equal(money, q.IsMoney);
    }

    [Theory]
    [InlineData("The embargo expired in 2023.")]
    [InlineData("It was one of the largest deals.")]
    [InlineData("The Fateh-110 and the Su-35 were shown.")]
    public void QuantityRecognizer_FindsNothing_WhenNumberIsAYearOrPartOfAName(string text)
        => Assert.Empty(Find(text));
}
