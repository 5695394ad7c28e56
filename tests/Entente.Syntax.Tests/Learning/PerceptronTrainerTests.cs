using Entente.Syntax.Learning;

namespace Entente.Syntax.Tests.Learning;

/// <summary>Averaged perceptron arithmetic on examples small enough to follow by hand, and the compact model it makes.</summary>
public class PerceptronTrainerTests
{
    // two keys that stay apart when the model folds them to 32 bits (high half XOR low half)
    private const ulong F = 0x0000_0001_0000_0010UL, G = 0x0000_0002_0000_0020UL;

    [Fact]
    public void Average_WeighsEachWeightByInstancesItLasted_TwoUpdates()
    {
        var p = new PerceptronTrainer(2);
        p.Update([F], gold: 0, guess: 1);   // at instance 0: w0 = +1, w1 = −1
        p.Tick(); p.Tick(); p.Tick();       // three instances with those weights
        p.Update([F], gold: 1, guess: 0);   // at instance 3: back to 0, 0
        p.Tick();                           // one instance with zeros

        var scores = new float[2];
        p.Average().Score([F], scores);

        Assert.Equal([0.75f, -0.75f], scores);   // (3 × 1 + 1 × 0) / 4
        var current = new float[2];
        p.Score([F], current);
        Assert.Equal([0f, 0f], current);
    }

    [Fact]
    public void WriteAveraged_WritesFloatAveragesAndUpdateCounts_TwoFeatures()
    {
        var p = new PerceptronTrainer(3);
        p.Update([F, G], gold: 0, guess: 2);  // F and G: one update each
        p.Tick(); p.Tick();
        p.Update([F], gold: 1, guess: 2);     // F: a second update
        p.Tick();                             // 3 instances: F class 0 = 1 throughout, class 1 = 1 for 1 of 3

        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) p.WriteAveraged(w);
        buffer.Position = 0;
        using var r = new BinaryReader(buffer);

        Assert.Equal(3, r.ReadInt32());
        Assert.Equal(2, r.ReadInt32());
        var rows = new Dictionary<ulong, (int Updates, Dictionary<int, float> Weights)>();
        for (int i = 0; i < 2; i++)
        {
            ulong key = r.ReadUInt64();
            int updates = r.ReadInt32(), n = r.ReadInt32();
            var weights = new Dictionary<int, float>();
            for (int j = 0; j < n; j++) weights[r.ReadInt16()] = r.ReadSingle();
            rows[key] = (updates, weights);
        }
        Assert.Equal(2, rows[F].Updates);
        Assert.Equal(1f, rows[F].Weights[0]);
        Assert.Equal(1f / 3, rows[F].Weights[1], 6);
        Assert.Equal(-4f / 3, rows[F].Weights[2], 6);  // −1 for 2 instances, −2 for 1
        Assert.Equal(1, rows[G].Updates);
        Assert.Equal(-1f, rows[G].Weights[2]);
    }

    [Fact]
    public void Update_ChangesNothing_GoldEqualsGuess()
    {
        var p = new PerceptronTrainer(3);
        p.Update([F, G], gold: 2, guess: 2);
        p.Tick();

        Assert.Equal(0, p.FeatureCount);
        Assert.Equal(0, p.Average().FeatureCount);
    }

    [Fact]
    public void Average_DropsWeightsBelowPrune_SmallAverages()
    {
        var p = new PerceptronTrainer(2);
        p.Update([F], 0, 1);
        for (int i = 0; i < 10; i++) p.Tick();
        p.Update([G], 0, 1);
        p.Tick();                            // F averages ±1, G ±1/11

        var pruned = p.Average(prune: 0.5f);

        Assert.Equal(1, pruned.FeatureCount);
        var scores = new float[2];
        pruned.Score([G], scores);
        Assert.Equal([0f, 0f], scores);
        pruned.Score([F], scores);
        Assert.Equal([1f, -1f], scores);
    }

    [Fact]
    public void Pruned_KeepsLargerWeightsOnly_LinearModel()
    {
        var p = new PerceptronTrainer(2);
        p.Update([F], 0, 1); p.Tick(); p.Tick(); p.Tick();
        p.Update([G], 0, 1); p.Tick();        // F: ±1, G: ±0.25
        var model = p.Average();

        var pruned = model.Pruned(0.5f);

        Assert.Equal(2, model.FeatureCount);
        Assert.Equal(1, pruned.FeatureCount);
        var scores = new float[2];
        pruned.Score([F, G], scores);
        Assert.Equal([1f, -1f], scores);
    }
}
