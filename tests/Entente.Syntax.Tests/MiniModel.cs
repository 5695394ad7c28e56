using Entente.Syntax.Training;

namespace Entente.Syntax.Tests;

/// <summary>
/// A model trained once on Fixtures/mini-train.conllu (mini-dev as dev) with few epochs, shared by the classes of
/// the <see cref="MiniModelCollection"/>. Small enough to train in a second or two; good on its own training data.
/// </summary>
public sealed class MiniModel
{
    public static SyntaxTrainerOptions Options(int seed = 1, int folds = 1) =>
        new([TestData.MiniTrain], [TestData.MiniDev], Epochs: 8, TaggerEpochs: 8, Seed: seed, Folds: folds);

    public SyntaxModel Model { get; }
    public IReadOnlyList<string> Log { get; }

    public MiniModel()
    {
        var log = new List<string>();
        Model = new SyntaxTrainer(Options(), log.Add).Train();
        Log = log;
    }
}

[CollectionDefinition(Name)]
public sealed class MiniModelCollection : ICollectionFixture<MiniModel>
{
    public const string Name = "mini model";
}
