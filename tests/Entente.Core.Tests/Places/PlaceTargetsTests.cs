using System.Collections.Frozen;
using System.Collections.Immutable;
using Entente.Core.Events;
using Entente.Core.Places;

namespace Entente.Core.Tests.Places;

/// <summary>The state of the place an act was done to, as the target of an event that names no target.</summary>
public class PlaceTargetsTests
{
    [Fact]
    public void PlaceTargets_TargetsThePlacesState_WhenAnAttackNamesOnlyAPlace()
    {
        var e = Assert.Single(TestData.Analyze("Russian forces shelled Kharkiv overnight.").Events);
        Assert.Equal(("RUS", "UKR"), (e.Source.Code, e.Target.Code));
        Assert.Null(e.Target.Role);
        Assert.Contains(e.Why.Entries, x => x.Contains("'Kharkiv' (UKR)") && x.Contains("place-target-codes.tsv"));
        Assert.DoesNotContain(EventCoder.OneActorNoTarget, e.Why.Cues);
    }

    [Fact]
    public void PlaceTargets_LeavesNoTarget_WhenThePlaceIsInTheSourcesOwnState()
    {
        var e = Assert.Single(TestData.Analyze("Syrian forces shelled Idlib overnight.").Events);
        Assert.True(e.Target.IsUnstated);
    }

    [Fact]
    public void PlaceTargets_TargetsTheHomeState_WhenAnArmedGroupActsAtHome()
    {
        var e = Assert.Single(TestData.Analyze("M23 rebels shelled Goma overnight.").Events);
        Assert.Equal("M23", e.Source.Code);
        Assert.Equal("COD", e.Target.Code);
    }

    [Fact]
    public void PlaceTargets_LeavesNoTarget_WhenTheCodeIsNotAnActOnAPlace()
    {
        // a meeting in Geneva is held there, not done to Switzerland
        var e = Assert.Single(TestData.Analyze("Iranian protesters rallied in Geneva on Monday.").Events);
        Assert.True(e.Target.IsUnstated);
    }

    [Fact]
    public void PlaceTargets_CodesTheStateOfAnUncodedTargetName_WhenTheGazetteerPlacesIt()
    {
        var e = Event(new ActorRef("", "Kharkiv", null), location: null);
        var places = new DocumentPlaces([Mention("Kharkiv", "UKR")], null);
        var placed = Assert.Single(Targets().Assign([e], places));
        Assert.Equal(("UKR", "Ukraine"), (placed.Target.Code, placed.Target.Name));
        Assert.Contains(placed.Why.Entries, x => x.Contains("named as the target"));
    }

    [Fact]
    public void PlaceTargets_IgnoresAPlaceOfTheSentenceOnly()
    {
        var e = Event(ActorRef.Unstated, new EventLocation("Kharkiv", "city", "UKR", null, 50, 36.2, "sentence", 0, 7));
        Assert.Same(e, Assert.Single(Targets().Assign([e], DocumentPlaces.None)));
    }

    private static PlaceTargets Targets()
        => new(new[] { "19" }.ToFrozenSet(), TestData.Knowledge.Places);

    private static CodedEvent Event(ActorRef target, EventLocation? location)
    {
        var e = Assert.Single(TestData.Analyze("Russian forces shelled Kharkiv overnight.").Events);
        return e with { Target = target, Cameo = "194", Location = location };
    }

    private static PlaceMention Mention(string name, string country)
        => new(0, 3, 4, 23, 30, name, TestData.Knowledge.Places.Countries[country] with { Name = name, Kind = Entente.Core.Knowledge.PlaceKind.City }, true, null, "test");
}
