using System.Collections.Immutable;
using Entente.Analysis.Series;
using Entente.Corpus.Model;
using static Entente.Analysis.Tests.Events;

namespace Entente.Analysis.Tests.Series;

public class DyadSeriesBuilderTests
{
    private static AnalysisServices S => Services.Value;

    /// <summary>Three months by hand: Jan two Iranian transfers and a meeting, Feb nothing, Mar a Russian transfer and US-style criticism.</summary>
    private static readonly StoredEvent[] Hand =
    [
        Make("IRN", "RUS", "072", "2023-01-05", equipment: ["Shahed-136"], id: "E1"),
        Make("IRN", "RUS", "072", "2023-01-20", id: "E2"),
        Make("RUS", "IRN", "042", "2023-01-25", id: "E3"),
        Make("RUS", "IRN", "072", "2023-03-02", id: "E4"),
        Make("RUS", "IRN", "111", "2023-03-09", id: "E5"),
    ];

    private static DyadSeries HandSeries() => S.Series.Build(new DyadQuery("IRN", "RUS"), Hand);

    [Fact]
    public void DyadSeries_CountsQuadClassesAndGoldstein_PerMonthByHand()
    {
        var s = HandSeries();
        Assert.Equal(["2023-01", "2023-02", "2023-03"], s.Periods.Select(p => p.Period.Label));
        var jan = s.Periods[0];
        Assert.Equal(3, jan.Events);
        Assert.Equal(new QuadCounts(1, 2, 0, 0), jan.Quad);
        Assert.Equal(8.3 + 8.3 + 1.9, jan.GoldsteinTotal, 9);
        Assert.Equal((8.3 + 8.3 + 1.9) / 3, jan.GoldsteinMean!.Value, 9);
        Assert.Equal(2, jan.Types["arms_transfer"]);
        Assert.Equal(1, jan.Types["meeting"]);
        var feb = s.Periods[1];
        Assert.Equal(0, feb.Events);
        Assert.Null(feb.GoldsteinMean);
        var mar = s.Periods[2];
        Assert.Equal(new QuadCounts(0, 1, 1, 0), mar.Quad);
        Assert.Equal(8.3 - 2, mar.GoldsteinTotal, 9);
    }

    [Fact]
    public void DyadSeries_ComputesDirectionsAndReciprocity_ByHand()
    {
        var s = HandSeries();
        var jan = s.Periods[0];
        Assert.Equal(2, jan.AToB.ArmsTransfers);
        Assert.Equal(0, jan.BToA.Cooperation);   // the meeting is joint
        Assert.Equal(1, jan.Joint);
        Assert.Equal(0.0, jan.Reciprocity);
        Assert.Equal(1.0, jan.Balance);
        var all = s.Total!;
        Assert.Equal(2, all.AToB.Cooperation);
        Assert.Equal(1, all.BToA.Cooperation);
        Assert.Equal(2.0 * 1 / 3, all.Reciprocity!.Value, 9);
        Assert.Equal(1.0 / 3, all.Balance!.Value, 9);
        Assert.Equal(1, all.BToA.Events - all.BToA.Cooperation); // the criticism
    }

    [Fact]
    public void DyadSeries_GroupsByQuarterAndYear()
    {
        var q = S.Series.Build(new DyadQuery("IRN", "RUS", PeriodUnit.Quarter), Hand);
        Assert.Equal("2023-Q1", Assert.Single(q.Periods).Period.Label);
        Assert.Equal(5, q.Periods[0].Events);
        var y = S.Series.Build(new DyadQuery("IRN", "RUS", PeriodUnit.Year), [.. Hand, Make("IRN", "RUS", "057", "2025-06-01")]);
        Assert.Equal(["2023", "2024", "2025"], y.Periods.Select(p => p.Period.Label));
        Assert.Equal(0, y.Periods[1].Events);
    }

    [Fact]
    public void DyadSeries_IncludesEmptyPeriods_ForExplicitSpan()
    {
        var s = S.Series.Build(new DyadQuery("IRN", "RUS", PeriodUnit.Month, new DateOnly(2022, 11, 1), new DateOnly(2023, 4, 30)), Hand);
        Assert.Equal(6, s.Periods.Length);
        Assert.Equal("2022-11", s.Periods[0].Period.Label);
        Assert.Equal(5, s.Periods.Sum(p => p.Events));
    }

    [Fact]
    public void DyadSeries_AnchorsShortRangeAtMiddle_AndLongRangeAtFirstReport()
    {
        var month = Make("IRN", "RUS", "072", "2023-01-20", end: "2023-02-19");
        Assert.Equal(new DateOnly(2023, 2, 4), DyadSeriesBuilder.AnchorDay(month));
        var since = Make("IRN", "RUS", "072", "2022-02-24", end: "2024-02-27", firstSeen: "2023-11-02");
        Assert.Equal(new DateOnly(2023, 11, 2), DyadSeriesBuilder.AnchorDay(since));
        var future = Make("IRN", "RUS", "072", "2024-03-01", end: "2024-12-31", firstSeen: "2024-02-01");
        Assert.Equal(new DateOnly(2024, 3, 1), DyadSeriesBuilder.AnchorDay(future));
    }

    [Fact]
    public void DyadSeries_LeavesOutEventsAnchoredOutsideSpan()
    {
        var since = Make("IRN", "RUS", "072", "2020-01-01", end: "2023-06-30", firstSeen: "2021-05-01");
        var s = S.Series.Build(new DyadQuery("IRN", "RUS", Since: new DateOnly(2023, 1, 1)), [.. Hand, since]);
        Assert.Equal(1, s.Coverage.OutsideSpan);
        Assert.Equal(5, s.Coverage.Counted);
    }

    [Theory]
    [InlineData("057", "The two governments signed an agreement to finish the Rasht–Astara railway.", null, "infrastructure_energy")]
    [InlineData("057", "Moscow and Tehran signed a deal on payments in national currencies.", null, "economic")]
    [InlineData("057", "They signed a memorandum on cultural exchanges.", null, "diplomatic")]
    [InlineData("057", "They signed a contract for more fighter jets.", null, "military")]
    [InlineData("057", "A contract was signed.", "Su-35", "military")]
    [InlineData("042", "The minister visited Moscow to discuss gas swaps.", null, "infrastructure_energy")]
    [InlineData("072", "Iran shipped drones.", null, "military")]
    [InlineData("163", "Sanctions on the oil trade were imposed.", null, "economic")]
    public void SphereClassifier_PlacesEvent_ByTypeKeywordsAndEquipment(string cameo, string sentence, string? equipment, string sphere)
    {
        var e = Make("IRN", "RUS", cameo, "2023-05-01", equipment: equipment is null ? null : [equipment]);
        Assert.Equal(sphere, S.Spheres.Classify(e, [sentence]));
    }

    [Fact]
    public void DyadSeries_CountsSpheres_FromEvidenceSentences()
    {
        var e = Make("IRN", "RUS", "057", "2023-05-17", id: "Erail");
        var s = S.Series.Build(new DyadQuery("IRN", "RUS"), [e],
            new Dictionary<string, IReadOnlyList<string>> { ["Erail"] = ["The deal finances the railway link between Rasht and Astara."] });
        Assert.Equal(1, s.Total!.Spheres["infrastructure_energy"]);
    }

    [Fact]
    public void DyadSeries_CountsEmbargoFlags_FromFlagger()
    {
        var builder = new DyadSeriesBuilder(S.Spheres, S.IsSymmetric, S.Index, S.ChangePoints,
            e => e.Type == "arms_transfer" && e.DateStart < new DateOnly(2023, 2, 1) ? ["UN-2231-B"] : ImmutableArray<string>.Empty);
        var s = builder.Build(new DyadQuery("IRN", "RUS"), Hand);
        Assert.Equal(2, s.Periods[0].EmbargoFlagged);
        Assert.Equal(0, s.Periods[2].EmbargoFlagged);
        Assert.Equal(new[] { "UN-2231-B" }, s.Events.First(c => c.Event.Id == "E1").Embargoes.ToArray());
    }

    [Fact]
    public void DyadSeries_ReadsNamesFromEvents_AndIgnoresOtherDyads()
    {
        var s = S.Series.Build(new DyadQuery("RUS", "IRN"), [.. Hand, Make("USA", "IRN", "163", "2023-01-10")]);
        Assert.Equal("Russia", s.NameA);
        Assert.Equal("Iran", s.NameB);
        Assert.Equal(5, s.Coverage.Counted);
        Assert.Equal(2, s.Total!.BToA.ArmsTransfers); // read from RUS: Iran's two transfers run B→A
    }

    [Fact]
    public void DyadSeries_IsEmpty_WithoutEvents()
    {
        var s = S.Series.Build(new DyadQuery("IRN", "RUS"), []);
        Assert.Empty(s.Periods);
        Assert.Null(s.Total);
        Assert.Empty(s.ChangePoints);
    }

    [Fact]
    public void DyadSeries_ReportsChangePoint_WhenCooperationJumps()
    {
        // 2021: a statement a quarter; from 2022-Q2 on: arms transfers every month
        var events = new List<StoredEvent>();
        for (int m = 1; m <= 12; m += 3) events.Add(Make("IRN", "RUS", "010", $"2021-{m:00}-10"));
        for (int m = 1; m <= 3; m++) events.Add(Make("IRN", "RUS", "010", $"2022-{m:00}-10"));
        for (int m = 4; m <= 12; m++) { events.Add(Make("IRN", "RUS", "072", $"2022-{m:00}-05")); events.Add(Make("RUS", "IRN", "057", $"2022-{m:00}-15")); }
        for (int m = 1; m <= 6; m++) events.Add(Make("IRN", "RUS", "072", $"2023-{m:00}-05"));
        var s = S.Series.Build(new DyadQuery("IRN", "RUS", PeriodUnit.Quarter), events);
        var cp = Assert.Single(s.ChangePoints);
        Assert.Equal("2022-Q2", cp.Label);
        Assert.True(cp.Shift > 0.3);
    }
}
