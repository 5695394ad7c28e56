using System.Globalization;
using Entente.Syntax.Conllu;
using Entente.Syntax.Evaluation;
using Entente.Syntax.Training;

namespace Entente.Syntax.Tests.Training;

/// <summary>
/// Training end to end on the mini treebank (48 sentences, mini-dev as dev, 8 epochs): the model learns its own
/// training data, survives a save and load unchanged, and the same seed gives the same file.
/// </summary>
[Collection(MiniModelCollection.Name)]
public class SyntaxTrainerTests(MiniModel mini)
{
    [Fact]
    public void Train_ScoresHigh_OwnTrainingData()
    {
        // measured with seeds 1-3: UPOS 99.2-100, XPOS 99.0-100, LEMMA 99.0-99.4, UAS 98.3-100, LAS 97.9-100
        var scores = SyntaxEvaluator.Evaluate(mini.Model, TestData.Read(TestData.MiniTrain));

        Assert.Equal(48, scores.Sentences);
        Assert.Equal(627, scores.Words);
        Assert.Equal(0, scores.Unparsed);
        Assert.True(scores.Upos >= 97, scores.ToString());
        Assert.True(scores.Xpos >= 96, scores.ToString());
        Assert.True(scores.Lemma >= 97, scores.ToString());
        Assert.True(scores.Uas >= 95, scores.ToString());
        Assert.True(scores.Las >= 94, scores.ToString());
        Assert.True(scores.LasFull <= scores.Las && scores.Las <= scores.Uas, scores.ToString());
    }

    [Fact]
    public void Train_ScoresAboveChance_UnseenDevSentences()
    {
        // measured: UPOS 92.7, UAS 64.9 (48 training sentences do not make a parser, but they make more than noise)
        var scores = SyntaxEvaluator.Evaluate(mini.Model, TestData.Read(TestData.MiniDev));

        Assert.True(scores.Upos >= 85, scores.ToString());
        Assert.True(scores.Uas >= 50, scores.ToString());
    }

    [Fact]
    public void Train_LearnsLabelsAndTagsOfTreebank_MiniTrain()
    {
        var gold = TestData.Read(TestData.MiniTrain).SelectMany(s => s.Words).ToList();
        var relations = Enumerable.Range(0, mini.Model.Relations.Count).Select(i => mini.Model.Relations[i]).ToHashSet();
        var tags = Enumerable.Range(0, mini.Model.Tags.Count).Select(i => (mini.Model.Tags.Upos(i), mini.Model.Tags.Xpos(i))).ToHashSet();

        Assert.Equal(gold.Select(w => w.Deprel).Append("root").ToHashSet(), relations);
        Assert.Equal(gold.Select(w => (w.Upos, w.Xpos)).ToHashSet(), tags);
        Assert.Equal(relations.Count, mini.Model.Relations.Count);
    }

    [Fact]
    public void Train_WritesProvenance_Metadata()
    {
        var meta = mini.Model.Metadata;

        Assert.Equal("Fixtures/mini-train.conllu", meta["train"]);
        Assert.Equal("Fixtures/mini-dev.conllu", meta["dev"]);
        Assert.Equal("1", meta["seed"]);
        Assert.True(DateOnly.TryParseExact(meta["trained"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day));
        Assert.InRange(day.DayNumber, DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - 1, DateOnly.FromDateTime(DateTime.UtcNow).DayNumber);
        Assert.InRange(int.Parse(meta["tagger-epochs"], CultureInfo.InvariantCulture), 1, 8);
        Assert.InRange(int.Parse(meta["parser-epochs"], CultureInfo.InvariantCulture), 1, 8);
    }

    [Fact]
    public void Train_LogsWhatItRead_MiniTrain()
    {
        Assert.Contains("read 48 training sentences (627 words), 10 dev sentences", mini.Log);
        Assert.Contains(mini.Log, l => l.StartsWith("parser: 48 training trees, 0 non-projective arcs lifted", StringComparison.Ordinal));
    }

    [Fact]
    public void SaveLoad_GivesIdenticalAnnotation_EveryDevSentence()
    {
        using var temp = new TestData.TempFolder();
        var path = temp.File("mini.bin.gz");
        mini.Model.Save(path);
        var loaded = SyntaxModel.Load(path);

        Assert.Equal(mini.Model.Metadata.OrderBy(p => p.Key), loaded.Metadata.OrderBy(p => p.Key));
        Assert.False(File.Exists(path + ".tmp"));
        var a = new SyntaxSentence();
        var b = new SyntaxSentence();
        foreach (var gold in TestData.Read(TestData.MiniDev))
        {
            a.Clear(); b.Clear();
            foreach (var w in gold.Words) { a.Add(w.Form); b.Add(w.Form); }
            mini.Model.Annotate(a);
            loaded.Annotate(b);

            Assert.True(a.Parsed && b.Parsed);
            for (int i = 0; i < a.Count; i++)
            {
                var trained = Describe(mini.Model, a, i);
                var reloaded = Describe(loaded, b, i);
                Assert.True(trained == reloaded, $"{gold.Id} word {i + 1}: trained {trained}, reloaded {reloaded}");
            }
        }
    }

    [Fact]
    public void SaveLoad_WritesSameBytes_SavingLoadedModelAgain()
    {
        using var temp = new TestData.TempFolder();
        mini.Model.Save(temp.File("a.bin.gz"));
        SyntaxModel.Load(temp.File("a.bin.gz")).Save(temp.File("b.bin.gz"));

        Assert.Equal(File.ReadAllBytes(temp.File("a.bin.gz")), File.ReadAllBytes(temp.File("b.bin.gz")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Train_WritesIdenticalModel_SameSeedTwice(int folds)
    {
        // "trained" is the UTC day: a run that straddles midnight would differ there only, so both copies get one date
        var first = new SyntaxTrainer(MiniModel.Options(seed: 5, folds: folds), _ => { }).Train();
        var second = new SyntaxTrainer(MiniModel.Options(seed: 5, folds: folds), _ => { }).Train();

        Assert.Equal(first.Metadata.Keys.Order(), second.Metadata.Keys.Order());
        Assert.All(first.Metadata.Keys.Where(k => k != "trained"), k => Assert.Equal(first.Metadata[k], second.Metadata[k]));
        Assert.Equal(Bytes(SameDay(first)), Bytes(SameDay(second)));
    }

    [Fact]
    public void Train_KeepsLastEpochsAndChoosesNothing_FixedEpochs()
    {
        var log = new List<string>();
        var model = new SyntaxTrainer(MiniModel.Options() with { Epochs = 3, TaggerEpochs = 2, FixedEpochs = true }, log.Add).Train();

        Assert.Equal("true", model.Metadata["fixed-epochs"]);
        Assert.Equal("2", model.Metadata["tagger-epochs"]);
        Assert.Equal("3", model.Metadata["parser-epochs"]);
        Assert.Equal("1", model.Metadata["parser-min-updates"]);
        Assert.Single(log, l => l.StartsWith("parser epoch 3:", StringComparison.Ordinal) && l.Contains("dev UAS"));
        Assert.DoesNotContain(log, l => l.StartsWith("parser with features from", StringComparison.Ordinal));
        Assert.False(mini.Model.Metadata.ContainsKey("fixed-epochs"));
    }

    [Fact]
    public void Train_GivesSameModelWithOrWithoutDev_FixedEpochs()
    {
        // dev is only scored in the log: a final model trained on train+dev must not depend on a dev set
        var log = new List<string>();
        var withDev = new SyntaxTrainer(MiniModel.Options() with { Epochs = 3, TaggerEpochs = 2, FixedEpochs = true, MinUpdates = 2 }, _ => { }).Train();
        var withoutDev = new SyntaxTrainer(MiniModel.Options() with { Dev = [], Epochs = 3, TaggerEpochs = 2, MinUpdates = 2 }, log.Add).Train();

        Assert.Equal(Bytes(SameMetadata(withDev)), Bytes(SameMetadata(withoutDev)));
        Assert.False(withoutDev.Metadata.ContainsKey("dev"));
        Assert.False(withoutDev.Metadata.ContainsKey("parser-dev-las"));
        Assert.False(withoutDev.Metadata.ContainsKey("tagger-dev-accuracy"));
        Assert.Equal("true", withoutDev.Metadata["fixed-epochs"]);
        Assert.Single(log, l => l.StartsWith("parser epoch 3: train error ", StringComparison.Ordinal));
        Assert.DoesNotContain(log, l => l.Contains("dev U"));
    }

    [Fact]
    public void Train_KeepsFeaturesFromGivenUpdates_MinUpdates()
    {
        var all = new SyntaxTrainer(MiniModel.Options() with { Dev = [], Epochs = 3, TaggerEpochs = 2, MinUpdates = 1 }, _ => { }).Train();
        var log = new List<string>();
        var fewer = new SyntaxTrainer(MiniModel.Options() with { Dev = [], Epochs = 3, TaggerEpochs = 2, MinUpdates = 3 }, log.Add).Train();

        Assert.Equal("3", fewer.Metadata["parser-min-updates"]);
        Assert.InRange(fewer.Parser.Model.FeatureCount, 1, all.Parser.Model.FeatureCount - 1);
        Assert.Single(log, l => l.StartsWith("parser with features from ≥ 3 updates (fixed): ", StringComparison.Ordinal));
    }

    [Fact]
    public void Train_ThrowsNamingFile_MalformedTrainingFile()
    {
        using var temp = new TestData.TempFolder();
        var bad = temp.File("bad.conllu");
        File.WriteAllText(bad, "1\tOnly\tfive\tcolumns\there\n\n");

        var e = Assert.Throws<ConlluFormatException>(() => new SyntaxTrainer(new SyntaxTrainerOptions([bad], []), _ => { }).Train());
        Assert.StartsWith($"{bad}:1: ", e.Message);
    }

    [Fact]
    public void Train_ThrowsWithHint_NoTrainingSentences()
    {
        using var temp = new TestData.TempFolder();
        var empty = temp.File("empty.conllu");
        File.WriteAllText(empty, "");

        var e = Assert.Throws<InvalidDataException>(() => new SyntaxTrainer(new SyntaxTrainerOptions([empty], []), _ => { }).Train());
        Assert.Contains("no training sentences", e.Message);
    }

    /// <summary>Everything the model says about word i: tags, lemma, head, relation and features.</summary>
    private static string Describe(SyntaxModel m, SyntaxSentence s, int i) =>
        $"{m.Tags.Upos(s.Tag[i])}/{m.Tags.Xpos(s.Tag[i])} lemma={s.Lemma[i]} head={s.Head[i] + 1} {m.Relations[s.Relation[i]]} {m.Features(s, i)}";

    private static SyntaxModel SameDay(SyntaxModel m) =>
        m.WithMetadata(m.Metadata.ToDictionary(p => p.Key, p => p.Key == "trained" ? "2000-01-01" : p.Value));

    private static SyntaxModel SameMetadata(SyntaxModel m) => m.WithMetadata(new Dictionary<string, string> { ["seed"] = "1" });

    private static byte[] Bytes(SyntaxModel m)
    {
        using var stream = new MemoryStream();
        m.Write(stream);
        return stream.ToArray();
    }
}
