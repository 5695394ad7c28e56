using Entente.Analysis.Alignment;
using Entente.Analysis.Selection;
using Entente.Analysis.Series;
using Entente.Corpus.Model;
using static Entente.Analysis.Tests.Events;

namespace Entente.Analysis.Tests.Alignment;

public class AlignmentIndexTests
{
    private static AnalysisServices S => Services.Value;

    private static DyadSeries Build(IReadOnlyList<StoredEvent> events, string a = "IRN", string b = "RUS", PeriodUnit unit = PeriodUnit.Year)
        => S.Series.Build(new DyadQuery(a, b, unit), events);

    [Theory]
    [InlineData("072", 24.9)]   // 8.3 × material 2 × structural 1.5
    [InlineData("042", 1.9)]    // verbal, not structural
    [InlineData("057", 12.0)]   // 8 × verbal 1 × structural 1.5
    [InlineData("163", 24.0)]   // |−8| × material 2 × structural 1.5
    [InlineData("111", 2.0)]    // |−2| verbal conflict
    public void AlignmentIndex_WeighsEvent_ByGoldsteinMaterialAndStructure(string cameo, double weight)
        => Assert.Equal(weight, S.Index.Weight(Make("IRN", "RUS", cameo, "2023-05-01")), 6);

    [Fact]
    public void AlignmentIndex_EqualsHandComputedValue_OneArmsTransfer()
    {
        var s = Build([Make("IRN", "RUS", "072", "2023-05-01")]);
        Assert.Equal(24.9 / 49.9, s.Total!.Alignment.Index, 9);
        Assert.Equal(24.9, s.Total.Alignment.Components.ArmsAToB, 9);
        Assert.Equal(0, s.Total.Alignment.Components.ArmsBToA, 9);
    }

    [Fact]
    public void AlignmentIndex_AddsReciprocityBonus_WhenArmsFlowBothWays()
    {
        var s = Build([Make("IRN", "RUS", "072", "2023-05-01"), Make("RUS", "IRN", "072", "2023-06-01")]);
        var c = s.Total!.Alignment.Components;
        Assert.Equal(12.45, c.ReciprocatedArms, 9);
        Assert.Equal(62.25 / 87.25, s.Total.Alignment.Index, 9);
    }

    [Fact]
    public void AlignmentIndex_CountsSanctionsAsConflict_HandComputed()
    {
        var s = Build([Make("IRN", "RUS", "072", "2023-05-01"), Make("RUS", "IRN", "163", "2023-06-01")]);
        Assert.Equal(24.0, s.Total!.Alignment.Components.SanctionsBetween, 9);
        Assert.Equal((24.9 - 24.0) / (24.9 + 24.0 + 25.0), s.Total.Alignment.Index, 9);
    }

    private static readonly string[] Cooperative = ["072", "057", "042", "061", "062", "036", "051"];
    private static readonly string[] Conflictual = ["163", "111", "130", "160", "172", "190"];

    private static List<StoredEvent> RandomEvents(Random r, int n)
    {
        var all = Cooperative.Concat(Conflictual).ToArray();
        return [.. Enumerable.Range(0, n).Select(_ =>
        {
            var forward = r.Next(2) == 0;
            return Make(forward ? "IRN" : "RUS", forward ? "RUS" : "IRN", all[r.Next(all.Length)], $"2023-{r.Next(1, 13):00}-{r.Next(1, 28):00}");
        })];
    }

    [Theory]
    [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)] [InlineData(5)] [InlineData(6)] [InlineData(7)] [InlineData(8)]
    public void AlignmentIndex_IsMonotone_InAddedCooperationAndConflict(int seed)
    {
        var r = new Random(seed);
        var events = RandomEvents(r, r.Next(0, 12));
        var before = Build(events).Total?.Alignment.Index ?? 0;
        var forward = r.Next(2) == 0;
        var coop = Make(forward ? "IRN" : "RUS", forward ? "RUS" : "IRN", Cooperative[r.Next(Cooperative.Length)], "2023-07-15");
        var conflict = Make(forward ? "IRN" : "RUS", forward ? "RUS" : "IRN", Conflictual[r.Next(Conflictual.Length)], "2023-07-15");
        Assert.True(Build([.. events, coop]).Total!.Alignment.Index > before, "adding cooperation must raise the index");
        Assert.True(Build([.. events, conflict]).Total!.Alignment.Index < before, "adding conflict must lower the index");
    }

    [Theory]
    [InlineData(11)] [InlineData(12)] [InlineData(13)] [InlineData(14)]
    public void AlignmentIndex_IsSymmetric_WhenActorsSwapped(int seed)
    {
        var events = RandomEvents(new Random(seed), 15);
        var ab = Build(events, "IRN", "RUS", PeriodUnit.Quarter);
        var ba = Build(events, "RUS", "IRN", PeriodUnit.Quarter);
        Assert.Equal(ab.Periods.Select(p => p.Alignment.Index), ba.Periods.Select(p => p.Alignment.Index));
        Assert.Equal(ab.Periods.Select(p => p.Alignment.Smoothed), ba.Periods.Select(p => p.Alignment.Smoothed));
        Assert.Equal(ab.Total!.Alignment.Components.ArmsAToB, ba.Total!.Alignment.Components.ArmsBToA);
        Assert.Equal(ab.Periods.Select(p => p.Reciprocity), ba.Periods.Select(p => p.Reciprocity));
        Assert.Equal(ab.Periods.Select(p => p.Balance), ba.Periods.Select(p => p.Balance is double b ? -b : (double?)null));
    }

    [Fact]
    public void AlignmentIndex_IsStable_UnderDuplicateMentions()
    {
        var once = RandomEvents(new Random(21), 10);
        var repeated = once.Select(e => e with { NumMentions = 300, NumArticles = 120, NumSources = 40 }).ToList();
        Assert.Equal(Build(once, unit: PeriodUnit.Month).Periods.Select(p => (p.Events, p.Alignment.Index, p.GoldsteinTotal)),
            Build(repeated, unit: PeriodUnit.Month).Periods.Select(p => (p.Events, p.Alignment.Index, p.GoldsteinTotal)));
    }

    [Fact]
    public void AlignmentIndex_StaysInsideOpenInterval_ForOverwhelmingEvidence()
    {
        var coop = Enumerable.Range(0, 500).Select(i => Make("IRN", "RUS", "072", "2023-05-01")).ToList();
        var conflict = Enumerable.Range(0, 500).Select(i => Make("IRN", "RUS", "190", "2023-05-01")).ToList();
        var up = Build(coop).Total!.Alignment.Index;
        var down = Build(conflict).Total!.Alignment.Index;
        Assert.InRange(up, 0.99, 0.999999);
        Assert.InRange(down, -0.999999, -0.99);
    }

    [Fact]
    public void AlignmentIndex_SmoothsWithHalfLife_HandComputed()
    {
        // one arms transfer in January, nothing in February: the smoothed sums halve every 2 periods
        var s = S.Series.Build(new DyadQuery("IRN", "RUS", PeriodUnit.Month, new DateOnly(2023, 1, 1), new DateOnly(2023, 2, 28)),
            [Make("IRN", "RUS", "072", "2023-01-10")]);
        var c = 24.9 * Math.Pow(0.5, 0.5);
        Assert.Equal(0, s.Periods[1].Alignment.Index, 9);
        Assert.Equal(c / (c + 25), s.Periods[1].Alignment.Smoothed, 9);
    }

    [Fact]
    public void EventSelection_LeavesOutDeniedHypotheticalPlannedAndImprobable_ByDefault()
    {
        var events = new[]
        {
            Make("IRN", "RUS", "072", "2023-05-01"),
            Make("IRN", "RUS", "072", "2023-05-02", ReconciledStatus.Denied, credibility: 5),
            Make("IRN", "RUS", "072", "2023-05-03", ReconciledStatus.Hypothetical, credibility: 6),
            Make("IRN", "RUS", "072", "2023-05-04", ReconciledStatus.Planned, credibility: 6),
            Make("IRN", "RUS", "072", "2023-05-05", ReconciledStatus.Contested, credibility: 5),
            Make("IRN", "RUS", "072", "2023-05-06", credibility: 6),
        };
        Assert.Equal(2, Build(events).Coverage.Counted);
        Assert.Equal(4, Build(events).Coverage.NotSelected);
        Assert.Equal(1, S.Series.Build(new DyadQuery("IRN", "RUS", Selection: new EventSelection(IncludeUnjudged: false)), events).Coverage.Counted);
        Assert.Equal(3, S.Series.Build(new DyadQuery("IRN", "RUS", Selection: new EventSelection(IncludePlanned: true)), events).Coverage.Counted);
        Assert.Equal(6, S.Series.Build(new DyadQuery("IRN", "RUS", Selection: EventSelection.All), events).Coverage.Counted);
    }
}
