using Entente.Core.Evaluation;
using Entente.Core.Events;

namespace Entente.Core.Tests.Evaluation;

/// <summary>Whether a predicted location is the gold place at the gold precision (<see cref="LocationScorer"/>), with the shipped gazetteer.</summary>
public class LocationScorerTests
{
    private static readonly Lazy<LocationScorer> Scorer = new(() => new LocationScorer(TestData.Knowledge.Places));

    private static EventLocation Loc(string name, string kind, string? country, string? id = null)
        => new(name, kind, country, null, 0, 0, "clause", 0, 1, id);

    [Theory]
    [InlineData("Kharkiv", "city", "UKR", "Kharkiv|city|UKR")]
    [InlineData("Donets'k", "city", "UKR", "Donetsk|city|UKR")]
    [InlineData("Ukraine", "country", "UKR", "Ukraine|country|UKR")]
    [InlineData("Black Sea", "sea", null, "Black Sea|sea|-")]
    public void LocationScorer_Matches_SamePlaceAndPrecision(string name, string kind, string? country, string gold)
        => Assert.True(Scorer.Value.Matches(Loc(name, kind, country), GoldLocation.Parse(gold, "test")!));

    [Theory]
    [InlineData("Kharkiv", "admin1", "UKR", "Kharkiv|city|UKR")]
    [InlineData("Ukraine", "country", "UKR", "Kharkiv|city|UKR")]
    [InlineData("Lviv", "city", "UKR", "Kharkiv|city|UKR")]
    [InlineData("Russia", "country", "RUS", "Ukraine|country|UKR")]
    public void LocationScorer_Rejects_OtherPlaceOrPrecision(string name, string kind, string? country, string gold)
        => Assert.False(Scorer.Value.Matches(Loc(name, kind, country), GoldLocation.Parse(gold, "test")!));

    [Fact]
    public void LocationScorer_Matches_GoldNameThatIsAnAlternateOfThePredictedPlace()
        => Assert.True(Scorer.Value.Matches(Loc("Kiev", "city", "UKR", "703448"), GoldLocation.Parse("Kyiv|city|UKR", "test")!));

    [Fact]
    public void LocationScorer_Rejects_NoPrediction()
        => Assert.False(Scorer.Value.Matches(null, GoldLocation.Parse("Kyiv|city|UKR", "test")!));
}
