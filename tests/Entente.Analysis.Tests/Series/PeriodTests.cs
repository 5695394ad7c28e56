using Entente.Analysis.Series;

namespace Entente.Analysis.Tests.Series;

public sealed class PeriodTests
{
    [Theory]
    [InlineData(PeriodUnit.Month, "9999-12")]
    [InlineData(PeriodUnit.Quarter, "9999-Q4")]
    [InlineData(PeriodUnit.Year, "9999")]
    public void Period_EndsOnLastDayOfCalendar_WhenPeriodIsTheCalendarsLast(PeriodUnit unit, string label)
    {
        var p = Period.Containing(new DateOnly(9999, 12, 31), unit);
        Assert.Equal((label, DateOnly.MaxValue), (p.Label, p.End));
        Assert.Equal(p, Assert.Single(Period.Span(new DateOnly(9999, 12, 1), DateOnly.MaxValue, unit)));
    }

    [Theory]
    [InlineData("2024-01-01", "2024-12-31", PeriodUnit.Month, 12)]
    [InlineData("2023-11-15", "2024-02-01", PeriodUnit.Quarter, 2)]
    [InlineData("2001-06-01", "2024-01-01", PeriodUnit.Year, 24)]
    [InlineData("0001-01-01", "9998-12-31", PeriodUnit.Month, 119_976)]
    public void Period_CountsLikeSpan_WhenSpanIsGiven(string first, string last, PeriodUnit unit, long expected)
    {
        var (f, l) = (DateOnly.Parse(first), DateOnly.Parse(last));
        Assert.Equal(expected, Period.Count(f, l, unit));
        if (expected <= Period.MaxPeriods) Assert.Equal(expected, Period.Span(f, l, unit).Count());
    }

    [Fact]
    public void Period_RefusesWithHint_WhenSpanHasMorePeriodsThanASeriesMayHave()
    {
        var ex = Assert.Throws<SeriesSpanException>(() => Period.CheckSpan(new DateOnly(1, 1, 1), new DateOnly(9998, 12, 31), PeriodUnit.Month));
        Assert.Contains("119,976 months", ex.Message);
        Assert.Contains("by quarter or year", ex.Hint);
        Period.CheckSpan(new DateOnly(1, 1, 1), new DateOnly(1000, 12, 31), PeriodUnit.Year);
    }
}
