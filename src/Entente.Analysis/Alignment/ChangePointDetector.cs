namespace Entente.Analysis.Alignment;

/// <summary>A period where the relationship shifted: the series' mean before and after it.</summary>
/// <param name="Index">Position in the series of the first period of the new segment.</param>
public sealed record ChangePoint(int Index, string Label, double MeanBefore, double MeanAfter)
{
    public double Shift => MeanAfter - MeanBefore;
}

/// <summary>
/// Change points in the mean of a series, found by optimal partitioning (exact dynamic programming, O(n²)):
/// the segmentation that minimises the sum of squared deviations from each segment's mean plus a penalty
/// β = 2·σ²·ln(n) per change (the BIC penalty for a change in mean), with σ estimated robustly from the
/// median absolute first difference (σ = MAD/(0.6745·√2)) and never below <see cref="MinSigma"/>, and segments of at
/// least <see cref="MinSegment"/> periods. The floor on σ (0.25 by default, a quarter of the index's scale) keeps a single
/// busy month from being reported as a shift in a sparse series. Deterministic; a constant series has none.
/// </summary>
public sealed class ChangePointDetector(int minSegment = 2, double minSigma = 0.25)
{
    public int MinSegment { get; } = minSegment >= 1 ? minSegment : throw new ArgumentOutOfRangeException(nameof(minSegment), "a segment has at least one period");
    public double MinSigma { get; } = minSigma;

    public IReadOnlyList<ChangePoint> Detect(IReadOnlyList<double> values, IReadOnlyList<string> labels)
    {
        int n = values.Count;
        if (labels.Count != n) throw new ArgumentException("one label per value is needed", nameof(labels));
        if (n < 2 * MinSegment) return [];
        var sigma = Math.Max(MinSigma, RobustSigma(values));
        var beta = 2 * sigma * sigma * Math.Log(n);

        // prefix sums for O(1) segment cost
        var s1 = new double[n + 1];
        var s2 = new double[n + 1];
        for (int i = 0; i < n; i++) { s1[i + 1] = s1[i] + values[i]; s2[i + 1] = s2[i] + values[i] * values[i]; }
        double Cost(int from, int to) // [from, to)
        {
            int len = to - from;
            var sum = s1[to] - s1[from];
            return s2[to] - s2[from] - sum * sum / len;
        }

        var best = new double[n + 1];
        var last = new int[n + 1];
        best[0] = -beta;
        for (int t = 1; t <= n; t++)
        {
            best[t] = double.PositiveInfinity;
            for (int s = 0; s <= t - MinSegment; s++)
            {
                if (double.IsPositiveInfinity(best[s])) continue; // no segmentation ends at s (0 < s < MinSegment)
                var c = best[s] + Cost(s, t) + beta;
                if (c < best[t] - 1e-12) { best[t] = c; last[t] = s; }
            }
        }
        var starts = new List<int>();
        for (int t = n; t > 0; t = last[t]) starts.Add(last[t]);
        starts.Reverse(); // segment starts, first is 0
        var points = new List<ChangePoint>();
        for (int k = 1; k < starts.Count; k++)
        {
            int prev = starts[k - 1], start = starts[k], end = k + 1 < starts.Count ? starts[k + 1] : n;
            points.Add(new ChangePoint(start, labels[start], (s1[start] - s1[prev]) / (start - prev), (s1[end] - s1[start]) / (end - start)));
        }
        return points;
    }

    private static double RobustSigma(IReadOnlyList<double> values)
    {
        var diffs = new double[values.Count - 1];
        for (int i = 1; i < values.Count; i++) diffs[i - 1] = Math.Abs(values[i] - values[i - 1]);
        Array.Sort(diffs);
        var median = diffs.Length % 2 == 1 ? diffs[diffs.Length / 2] : (diffs[diffs.Length / 2 - 1] + diffs[diffs.Length / 2]) / 2;
        return median / (0.6745 * Math.Sqrt(2));
    }
}
