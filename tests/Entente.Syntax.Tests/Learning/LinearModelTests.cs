using System.Text;
using Entente.Syntax.Learning;

namespace Entente.Syntax.Tests.Learning;

/// <summary>The read-only weight table: 8-bit weights as the file keeps them, bucketed look-up, dense and sparse rows.</summary>
public class LinearModelTests
{
    /// <summary>Random features: most with a few weights (sparse runs), some with nearly every class (dense rows).</summary>
    private static LinearModel Random(int classes, int features, int seed, out ulong[] keys)
    {
        var rng = new Random(seed);
        keys = new ulong[features];
        var runs = new (int, float)[features][];
        for (int i = 0; i < features; i++)
        {
            keys[i] = (ulong)rng.NextInt64();
            int n = i % 10 == 0 ? classes - rng.Next(3) : 1 + rng.Next(8);
            runs[i] = [.. Enumerable.Range(0, classes).OrderBy(_ => rng.Next()).Take(n).Order().Select(c => (c, (float)(rng.NextDouble() * 20 - 10)))];
        }
        return LinearModel.Build(classes, keys, runs);
    }

    private static LinearModel WrittenAndRead(LinearModel model)
    {
        using var m = new MemoryStream();
        using (var w = new BinaryWriter(m, Encoding.UTF8, leaveOpen: true)) model.Write(w);
        m.Position = 0;
        using var r = new BinaryReader(m);
        return LinearModel.Read(r);
    }

    private static float[] Scores(LinearModel model, ReadOnlySpan<ulong> features, int length)
    {
        var scores = new float[length];
        model.Score(features, scores);
        return scores;
    }

    [Fact]
    public void Build_KeepsWeightsAsFileDoes_EightBitsAgainstHalfScale()
    {
        const ulong F = 0x0000_0001_0000_0010UL;
        var model = LinearModel.Build(3, [F], [[(0, 2.5f), (1, -1f), (2, 0.3f)]]);

        var scores = Scores(model, [F], 3);

        float step = (float)(Half)2.5f / 127f;
        Assert.Equal([127 * step, -51 * step, 15 * step], scores); // round(-1 / 2.5 × 127) = -51, round(0.3 / 2.5 × 127) = 15
    }

    [Theory]
    [InlineData(103)] // the parser's classes: dense rows in whole vectors plus a tail
    [InlineData(300)] // more than 256: two-byte classes
    public void WriteRead_KeepsScoresExactly_ModelJustBuilt(int classes)
    {
        var model = Random(classes, 400, 5, out var keys);

        var read = WrittenAndRead(model);

        Assert.Equal(model.FeatureCount, read.FeatureCount);
        Assert.Equal(model.WeightCount, read.WeightCount);
        for (int i = 0; i + 50 <= keys.Length; i += 50)
            Assert.Equal(Scores(model, keys.AsSpan(i, 50), classes), Scores(read, keys.AsSpan(i, 50), classes));
    }

    [Fact]
    public void Score_SameScores_BufferOfClassesOrOfScoreLength()
    {
        var model = Random(103, 300, 7, out var keys);
        Assert.True(model.ScoreLength >= model.Classes);

        var exact = Scores(model, keys.AsSpan(0, 100), model.Classes);
        var padded = Scores(model, keys.AsSpan(0, 100), model.ScoreLength);

        Assert.Equal(exact, padded[..model.Classes]);
        Assert.All(padded[model.Classes..], s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Score_SameAsOneFeatureAtATime_ConsecutiveDenseRows()
    {
        var model = Random(103, 300, 9, out var keys);
        // dense rows (every tenth feature) several in a row, between sparse runs and absent features
        ulong[] features = [keys[1], keys[0], keys[10], keys[20], keys[30], keys[2], 42UL, keys[40], keys[50], 43UL, keys[60], keys[3]];

        var together = Scores(model, features, model.ScoreLength);

        var oneByOne = new float[model.ScoreLength];
        foreach (var f in features) model.Score([f], oneByOne);
        Assert.Equal(oneByOne, together); // the same sums in the same order: equal to the bit
    }

    [Fact]
    public void Score_FindsEveryFeatureAndNoOther_BucketsOverflowing()
    {
        // 2,000 features in buckets of eight slots, 80 % full: many keys live past their home bucket
        var model = Random(20, 2000, 11, out var keys);
        var rng = new Random(12);

        foreach (var key in keys) Assert.Contains(Scores(model, [key], 20), s => s != 0);
        for (int i = 0; i + 16 <= keys.Length; i += 16) // eight keys at a time take the vector path to their buckets
        {
            var oneByOne = new float[20];
            foreach (var key in keys.AsSpan(i, 16)) model.Score([key], oneByOne);
            Assert.Equal(oneByOne, Scores(model, keys.AsSpan(i, 16), 20));
        }
        for (int i = 0; i < 2000; i++) Assert.All(Scores(model, [(ulong)rng.NextInt64()], 20), s => Assert.Equal(0f, s));
    }

    [Theory]
    [InlineData(103, 21)] // the parser's classes: dense rows and sparse runs spread out, in whole vectors plus a tail
    [InlineData(50, 22)]  // the tagger's: one pair of vectors past the blocks of 32
    [InlineData(20, 23)]
    [InlineData(300, 24)] // two-byte classes: the path one feature at a time
    public void Score_SameAsPlainSums_ThisProcessorsPath(int classes, int seed)
    {
        // whatever vector path this machine takes (AVX-512, AVX2 or none) must give the plain sums to the bit
        var model = Random(classes, 1000, seed, out var keys);
        var rng = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            // batches of 1 to 120 features, known ones mixed with absent ones, in any order
            var features = Enumerable.Range(0, 1 + rng.Next(120)).Select(_ => rng.Next(5) == 0 ? (ulong)rng.NextInt64() : keys[rng.Next(keys.Length)]).ToArray();

            var scores = Scores(model, features, model.ScoreLength);

            Assert.Equal(model.ScoresPlain(features), scores[..classes]);
        }
    }

    [Fact]
    public void Score_AddsEachFeatureOnce_MoreFeaturesThanOneBatch()
    {
        var model = Random(20, 300, 13, out var keys);
        var many = keys.Take(LinearModel.MaxFeatures + 40).ToArray();

        var all = Scores(model, many, 20);

        var expected = Scores(model, many.AsSpan(0, LinearModel.MaxFeatures), 20);
        model.Score(many.AsSpan(LinearModel.MaxFeatures), expected);
        Assert.Equal(expected, all);
    }

    [Fact]
    public void WriteRead_KeepsScoresExactly_AveragedPerceptron()
    {
        var p = new PerceptronTrainer(300); // more than 256 classes: two-byte class ids in the file
        var rng = new Random(3);
        var features = Enumerable.Range(0, 200).Select(_ => (ulong)rng.NextInt64()).ToArray();
        for (int i = 0; i < 2000; i++)
        {
            p.Update(features.AsSpan(rng.Next(190), 10), rng.Next(300), rng.Next(300));
            p.Tick();
        }
        var model = p.Average();

        var read = WrittenAndRead(model);

        Assert.Equal(model.Classes, read.Classes);
        Assert.Equal(model.FeatureCount, read.FeatureCount);
        Assert.Equal(model.WeightCount, read.WeightCount);
        var a = new float[300]; var b = new float[300];
        foreach (var f in features.Append(12345UL))
        {
            Array.Clear(a); Array.Clear(b);
            model.Score([f], a);
            read.Score([f], b);
            Assert.Equal(a, b); // quantised when built, as the file keeps it
        }
    }
}
