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
