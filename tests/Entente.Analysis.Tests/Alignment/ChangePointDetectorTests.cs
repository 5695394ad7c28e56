using Entente.Analysis.Alignment;

namespace Entente.Analysis.Tests.Alignment;

public class ChangePointDetectorTests
{
    private static IReadOnlyList<ChangePoint> Detect(params double[] v)
        => new ChangePointDetector().Detect(v, [.. v.Select((_, i) => $"p{i}")]);

    [Fact]
    public void ChangePointDetector_FindsStep_WhereMeanShifts()
    {
        var cp = Assert.Single(Detect(0.1, 0.12, 0.09, 0.11, 0.6, 0.62, 0.59, 0.61));
        Assert.Equal(4, cp.Index);
        Assert.Equal("p4", cp.Label);
        Assert.Equal(0.105, cp.MeanBefore, 9);
        Assert.Equal(0.605, cp.MeanAfter, 9);
    }

    [Fact]
    public void ChangePointDetector_FindsTwoSteps_UpThenDown()
    {
        var cps = Detect(0, 0, 0, 0.5, 0.5, 0.5, 0.5, -0.3, -0.3, -0.3);
        Assert.Equal([3, 7], cps.Select(c => c.Index));
        Assert.True(cps[1].Shift < 0);
    }

    [Fact]
    public void ChangePointDetector_FindsNone_InConstantOrSmallNoise()
    {
        Assert.Empty(Detect(0.3, 0.3, 0.3, 0.3, 0.3, 0.3));
        Assert.Empty(Detect(0.30, 0.31, 0.29, 0.30, 0.32, 0.28, 0.30, 0.31));
    }

    [Fact]
    public void ChangePointDetector_IgnoresSinglePeriodSpike_WithMinimumSegmentOfTwo()
        => Assert.Empty(Detect(0, 0, 0, 0.9, 0, 0, 0));

    [Fact]
    public void ChangePointDetector_ReturnsNothing_ForSeriesShorterThanTwoSegments()
        => Assert.Empty(Detect(0, 1, 1));

    [Fact]
    public void ChangePointDetector_Throws_WhenLabelsDoNotMatchValues()
        => Assert.Throws<ArgumentException>(() => new ChangePointDetector().Detect([1, 2, 3, 4], ["a"]));
}
