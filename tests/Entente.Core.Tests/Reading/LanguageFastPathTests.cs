using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

public class LanguageFastPathTests
{
    private const string English = "The foreign ministers of the two countries met in Ankara on Tuesday to discuss trade, energy and the war in the region. " +
        "Officials said that the talks were constructive and that a new round would be held in the spring. The meeting was the first of its kind since " +
        "the election, and it came as both governments sought to repair ties that had been strained by a dispute over a pipeline and a series of arrests.";

    private const string French = "Les ministres des affaires étrangères des deux pays se sont rencontrés mardi à Ankara pour discuter du commerce, de l'énergie et de la guerre " +
        "dans la région. Selon des responsables, les discussions ont été constructives et une nouvelle session aura lieu au printemps prochain, après les élections.";

    [Fact]
    public void LanguageIdentifier_TakesFastPath_WhenProseIsClearlyEnglish()
        => Assert.True(LanguageIdentifier.IsClearlyEnglish(English));

    [Theory]
    [InlineData(French)]
    [InlineData("Iran Russia drones missiles sanctions Tehran Moscow.")]
    public void LanguageIdentifier_DefersToModel_WhenTextIsNotClearlyEnglish(string text)
        => Assert.False(LanguageIdentifier.IsClearlyEnglish(text));

    [Fact]
    public void LanguageIdentifier_StillIdentifiesFrench_WhenFastPathDeclines()
        => Assert.Equal("fr", LanguageIdentifier.Shared.Identify(French));
}
