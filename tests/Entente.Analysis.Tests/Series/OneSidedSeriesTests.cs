using Entente.Analysis.Selection;
using Entente.Analysis.Series;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using static Entente.Analysis.Tests.Events;

namespace Entente.Analysis.Tests.Series;

/// <summary>One-actor events (no target named) and acts with one state on both sides in dyad series and briefs.</summary>
public class OneSidedSeriesTests
{
    private static AnalysisServices S => Services.Value;

    private static readonly StoredEvent Pair = Make("IRN", "RUS", "057", "2024-03-01");
    private static readonly StoredEvent Alone = Make("IRN", "", "112", "2024-03-02") with { TargetName = "" };
    private static readonly StoredEvent Within = Make("RUS", "RUS", "112", "2024-03-03");

    [Fact]
    public void EventSelection_Counts_LeavesOutOneActorAndSameActorEvents_ByDefault()
    {
        Assert.True(Alone.IsOneSided);
        Assert.False(EventSelection.Default.Counts(Alone));
        Assert.False(EventSelection.Default.Counts(Within));
        Assert.False(EventSelection.All.Counts(Alone));
        Assert.True(EventSelection.Default.Counts(Pair));
        Assert.True((EventSelection.Default with { IncludeOneSided = true }).Counts(Alone));
    }

    [Fact]
    public void DyadSeries_CountsOnlyThePair_ByDefault()
    {
        var s = S.Series.Build(new DyadQuery("IRN", "RUS", PeriodUnit.Year), [Pair, Alone, Within]);
        Assert.Equal(1, s.Coverage.Counted);
        Assert.Equal(1, s.Total!.Events);
        Assert.Equal(("Iran", "Russia"), (s.NameA, s.NameB));
    }

    [Fact]
    public void DyadSeries_CountsOneSidedOnTheActingSide_WhenIncluded()
    {
        var q = new DyadQuery("IRN", "RUS", PeriodUnit.Year, Selection: EventSelection.Default with { IncludeOneSided = true });
        var s = S.Series.Build(q, [Pair, Alone, Within]);
        Assert.Equal(3, s.Coverage.Counted);
        Assert.Equal(1, s.Total!.AToB.Events);   // Iran's accusation with no target
        Assert.Equal(1, s.Total.BToA.Events);    // the act within Russia
        Assert.Equal(1, s.Total.Joint);          // the agreement, symmetric
        Assert.Equal(("Iran", "Russia"), (s.NameA, s.NameB)); // the empty and the same-actor targets do not rename a side
    }

    [Fact]
    public void AnalysisServices_Filters_ReadOneActorEventsOfBothSides_OnlyWhenIncluded()
    {
        Assert.Single(AnalysisServices.Filters(new DyadQuery("IRN", "RUS")));
        var filters = AnalysisServices.Filters(new DyadQuery("IRN", "RUS", Selection: EventSelection.Default with { IncludeOneSided = true }));
        Assert.Contains(filters, f => f.Actor == "IRN" && f.OneSided == OneSidedFilter.Only);
        Assert.Contains(filters, f => f.Actor == "RUS" && f.OneSided == OneSidedFilter.Only);
        Assert.Contains(filters, f => f.Dyad == ("RUS", "RUS"));
    }

    [Fact]
    public void Brief_CitesAOneActorEvent_WithoutNamingATarget_WhenIncluded()
    {
        var q = new DyadQuery("IRN", "RUS", PeriodUnit.Year, Selection: EventSelection.Default with { IncludeOneSided = true });
        var events = new[] { Pair, Alone };
        var mentions = events.Select(e => Mentions.Of(e, "Reuters", "2024-03-10")).ToList();
        var brief = S.Briefs.Build(S.Series.Build(q, events), mentions, []);
        var item = brief.Sections.SelectMany(x => x.Items).Single(i => i.Event.Event.Id == Alone.Id);
        Assert.Contains("one-actor event with no target named", item.Claim);
        Assert.DoesNotContain("Russia", item.Claim);
        Assert.Contains(brief.Overview, l => l.StartsWith("1 of these events are not relations", StringComparison.Ordinal));
    }
}
