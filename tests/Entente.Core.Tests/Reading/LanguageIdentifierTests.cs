using System.Diagnostics;
using Entente.Core.Reading;
using Xunit.Abstractions;

namespace Entente.Core.Tests.Reading;

public class LanguageIdentifierTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en", "The foreign ministers of both countries met on Tuesday and agreed to expand cooperation on energy, transport and the supply of military equipment, according to officials who spoke after the talks.")]
    [InlineData("ru", "Министры иностранных дел двух стран встретились во вторник и договорились расширить сотрудничество в области энергетики, транспорта и поставок военной техники, сообщили официальные лица после переговоров.")]
    [InlineData("fr", "Les ministres des affaires étrangères des deux pays se sont rencontrés mardi et ont convenu d'élargir leur coopération dans l'énergie, les transports et la fourniture d'équipements militaires, selon des responsables.")]
    [InlineData("uk", "Міністри закордонних справ двох країн зустрілися у вівторок і домовилися розширити співпрацю в галузі енергетики та транспорту.")]
    [InlineData("fa", "وزیران امور خارجه دو کشور روز سه‌شنبه دیدار کردند و درباره گسترش همکاری در زمینه انرژی و حمل و نقل گفتگو کردند.")]
    public void LanguageIdentifier_ReturnsIsoCode_WhenParagraphIsClear(string expected, string paragraph)
        => Assert.Equal(expected, LanguageIdentifier.Shared.Identify(paragraph, 0, paragraph.Length));

    [Fact]
    public void LanguageIdentifier_LooksOnlyAtSlice_WhenStartAndLengthAreGiven()
    {
        const string en = "Officials said the shipment had already crossed the Caspian Sea by boat. ";
        const string ru = "Чиновники заявили, что груз уже пересёк Каспийское море на судне.";
        var text = en + ru;
        Assert.Equal("ru", LanguageIdentifier.Shared.Identify(text, en.Length, ru.Length));
        Assert.Equal("en", LanguageIdentifier.Shared.Identify(text, 0, en.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("12345 67.89 — 2024")]
    [InlineData("OK")]
    [InlineData("Hotel Europa")]
    public void LanguageIdentifier_ReturnsUnd_WhenTextIsTooThinToTell(string text)
        => Assert.Equal("und", LanguageIdentifier.Shared.Identify(text, 0, text.Length));

    [Fact]
    public void LanguageIdentifier_Throws_WhenSliceRunsPastEnd()
        => Assert.Throws<ArgumentOutOfRangeException>(() => LanguageIdentifier.Shared.Identify("abc", 2, 5));

    [Fact]
    public void LanguageIdentifier_BuildsOnceAndIsFast_WhenCalledInParallel()
    {
        var identifier = new LanguageIdentifier();
        Assert.False(identifier.IsBuilt);
        const string text = "Analysts expect the two governments to sign a broader agreement on drones and missiles before the summer.";
        var sw = Stopwatch.StartNew();
        var first = identifier.Identify(text);
        var firstMs = sw.Elapsed.TotalMilliseconds;
        Assert.True(identifier.IsBuilt);
        var results = new string[64];
        sw.Restart();
        Parallel.For(0, results.Length, i => results[i] = identifier.Identify(text));
        var perCall = sw.Elapsed.TotalMilliseconds / results.Length;
        output.WriteLine($"first call (build + model load): {firstMs:F0} ms; later calls: {perCall:F2} ms each");
        Assert.Equal("en", first);
        Assert.All(results, r => Assert.Equal("en", r));
    }
}
