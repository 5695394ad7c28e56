using Entente.Syntax;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// Trains once, on the Syntax tests' small treebank (about 50 sentences, seconds), with two epochs each: the tests read
/// that run's output, the model it wrote, and what <c>parse --eval</c> says with that model in a data folder.
/// </summary>
public sealed class MiniTrainingRun : IDisposable
{
    private readonly TempFolder _folder = new();
    public string Train { get; }
    public string Dev { get; }
    public string ModelPath { get; }
    public (int Code, string Out, string Err) Result { get; }

    public MiniTrainingRun()
    {
        var fixtures = Path.Combine(EntenteProcess.RepoRoot(), "tests", "Entente.Syntax.Tests", "Fixtures");
        Train = Path.Combine(fixtures, "mini-train.conllu");
        Dev = Path.Combine(fixtures, "mini-dev.conllu");
        ModelPath = _folder.File(Path.Combine("out", "mini-syntax.bin.gz")); // the folder does not exist yet
        Result = EntenteProcess.Run(_folder.Path, "train-syntax", "--train", Train, "--dev", Dev, "--test", Dev, "--out", ModelPath,
            "--epochs", "2", "--tagger-epochs", "2", "--folds", "1", "--seed", "7",
            "--note", "treebank=mini", "--note", "purpose=entente tests");
    }

    public void Dispose() => _folder.Dispose();
}

public sealed class TrainSyntaxCommandTests(MiniTrainingRun run) : IClassFixture<MiniTrainingRun>, IDisposable
{
    private readonly TempFolder _tmp = new();

    public void Dispose() => _tmp.Dispose();

    private static string[] Lines(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void TrainSyntax_WritesModelAndOneLinePerEpoch_MiniTreebank()
    {
        Assert.True(run.Result.Code == 0, run.Result.Err);
        Assert.True(File.Exists(run.ModelPath), run.Result.Err);
        Assert.True(new FileInfo(run.ModelPath).Length > 1000);
        Assert.False(File.Exists(run.ModelPath + ".tmp"));
        var err = Lines(run.Result.Err);
        Assert.Single(err, l => l.StartsWith("train-syntax: parser epoch 1:", StringComparison.Ordinal));
        Assert.Single(err, l => l.StartsWith("train-syntax: parser epoch 2:", StringComparison.Ordinal));
        Assert.DoesNotContain(err, l => l.Contains("parser epoch 3"));
        Assert.Single(err, l => l.StartsWith("train-syntax: tagger epoch 1:", StringComparison.Ordinal));
        Assert.Single(err, l => l.StartsWith("train-syntax: tagger epoch 2:", StringComparison.Ordinal));
        int sentences = Entente.Syntax.Conllu.ConlluReader.ReadFile(run.Train).Count();
        Assert.Contains(err, l => l.StartsWith($"train-syntax: read {sentences} training sentences", StringComparison.Ordinal));
        Assert.Contains(err, l => l.StartsWith("train-syntax: wrote ", StringComparison.Ordinal) && l.Contains("mini-syntax.bin.gz"));
    }

    [Fact]
    public void TrainSyntax_RecordsSeedNotesAndTestScores_MiniTreebank()
    {
        Assert.True(run.Result.Code == 0, run.Result.Err);
        var model = SyntaxModel.Load(run.ModelPath);
        Assert.Equal("7", model.Metadata["seed"]);
        Assert.Equal("mini", model.Metadata["treebank"]);
        Assert.Equal("entente tests", model.Metadata["purpose"]);
        Assert.Equal("Fixtures/mini-train.conllu", model.Metadata["train"]);
        Assert.StartsWith("entente train-syntax ", model.Metadata["command"]);
        var test = model.Metadata["test Fixtures/mini-dev.conllu"];
        var dev = Entente.Syntax.Conllu.ConlluReader.ReadFile(run.Dev).ToList();
        Assert.Matches(@"^UPOS=\d+\.\d\d XPOS=\d+\.\d\d LEMMA=\d+\.\d\d UAS=\d+\.\d\d LAS=\d+\.\d\d sentences=\d+ tokens=\d+$", test);
        Assert.EndsWith($" sentences={dev.Count} tokens={dev.Sum(x => x.Words.Count)}", test);
        Assert.Contains(Lines(run.Result.Err), l => l.EndsWith(": " + test, StringComparison.Ordinal));
        // a tiny treebank still teaches the commonest words
        var s = new SyntaxSentence();
        s.AddRange(["Iran", "supplied", "drones", "to", "Russia", "."]);
        model.Annotate(s);
        Assert.True(s.Parsed);
        Assert.Equal("PROPN", model.Tags.Upos(s.Tag[0]));
        Assert.Equal("PUNCT", model.Tags.Upos(s.Tag[5]));
    }

    [Fact]
    public void ParseEval_ScoresTheTrainedModel_WhenDataFolderHoldsIt()
    {
        Assert.True(run.Result.Code == 0, run.Result.Err);
        var data = ParseCommandTests.CopyDataWithoutModel(_tmp);
        File.Copy(run.ModelPath, Path.Combine(data, "models", "en-syntax.bin.gz"));
        var (code, stdout, stderr) = EntenteProcess.Run(_tmp.Path, "parse", "--eval", run.Dev, "--data", data);
        Assert.True(code == 0, stderr);
        // the same scores as the trainer measured on the same file: parse used this model, not the shipped one
        Assert.Equal(SyntaxModel.Load(run.ModelPath).Metadata["test Fixtures/mini-dev.conllu"], Lines(stdout)[^1]);
        var shipped = EntenteProcess.Run(_tmp.Path, "parse", "--eval", run.Dev);
        Assert.NotEqual(Lines(shipped.Out)[^1], Lines(stdout)[^1]);
    }

    [Fact]
    public void TrainSyntax_IsDeterministic_WhenSeedIsTheSame()
    {
        var again = _tmp.File("again.bin.gz");
        var (code, _, stderr) = EntenteProcess.Run(_tmp.Path, "train-syntax", "--train", run.Train, "--dev", run.Dev, "--test", run.Dev, "--out", again,
            "--epochs", "2", "--tagger-epochs", "2", "--folds", "1", "--seed", "7");
        Assert.True(code == 0, stderr);
        Assert.Equal(SyntaxModel.Load(run.ModelPath).Metadata["test Fixtures/mini-dev.conllu"], SyntaxModel.Load(again).Metadata["test Fixtures/mini-dev.conllu"]);
    }

    [Fact]
    public void TrainSyntax_TrainsExactEpochsWithoutDev_FixedEpochs()
    {
        var path = _tmp.File("fixed.bin.gz");
        var (code, _, stderr) = EntenteProcess.Run(_tmp.Path, "train-syntax", "--train", run.Train, "--train", run.Dev, "--fixed-epochs", "--min-updates", "2",
            "--out", path, "--epochs", "3", "--tagger-epochs", "2", "--folds", "1", "--seed", "7");

        Assert.True(code == 0, stderr);
        var meta = SyntaxModel.Load(path).Metadata;
        Assert.Equal("true", meta["fixed-epochs"]);
        Assert.Equal("3", meta["parser-epochs"]);
        Assert.Equal("2", meta["tagger-epochs"]);
        Assert.Equal("2", meta["parser-min-updates"]);
        Assert.False(meta.ContainsKey("dev"));
        Assert.Contains("--fixed-epochs --min-updates 2", meta["command"]);
        Assert.Single(Lines(stderr), l => l.StartsWith("train-syntax: parser epoch 3: train error ", StringComparison.Ordinal));
        Assert.DoesNotContain(Lines(stderr), l => l.Contains("parser epoch 4"));
    }

    public static TheoryData<string[], string> BadUsage => new()
    {
        { ["--out", "m.bin.gz"], "no --train file given (hint: --train" },
        { ["--train", "{train}", "--epochs", "1"], "no --out given (hint: --out" },
        { ["--train", "missing.conllu", "--out", "m.bin.gz"], "'missing.conllu': no such treebank file (hint:" },
        { ["--train", "{train}", "--dev", "missing-dev.conllu", "--out", "m.bin.gz"], "'missing-dev.conllu': no such treebank file (hint:" },
        { ["--train", "{train}", "--out", "m.bin.gz", "--epochs", "0"], "must be at least 1" },
        { ["--train", "{train}", "--out", "m.bin.gz", "--note", "treebank=mini"], "no --dev file given to choose the epochs on (hint: --dev" },
        { ["--train", "{train}", "--out", "m.bin.gz", "--fixed-epochs", "--min-updates", "-1"], "--min-updates must be at least 0" },
        { ["--train", "{train}", "--dev", "{train}", "--out", "m.bin.gz", "--note", "treebank"], "--note 'treebank': expected KEY=VALUE" },
    };

    [Theory]
    [MemberData(nameof(BadUsage))]
    public void TrainSyntax_ExitsTwoWithMessage_WhenUsageIsBad(string[] args, string message)
    {
        var (code, _, stderr) = EntenteProcess.Run(_tmp.Path, ["train-syntax", .. args.Select(a => a == "{train}" ? run.Train : a)]);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.False(File.Exists(_tmp.File("m.bin.gz")));
    }

    [Fact]
    public void TrainSyntax_ExitsTwoNamingFileAndLine_WhenTreebankIsMalformed()
    {
        var nineColumns = ParseCommandTests.Gold.Replace("4\tairspace\tairspace\tNOUN\tNN\tNumber=Sing\t2\tobj\t_\t_", "4\tairspace\tairspace\tNOUN\tNN\t2\tobj\t_\t_");
        Assert.NotEqual(ParseCommandTests.Gold, nineColumns);
        var bad = _tmp.Write("bad.conllu", nineColumns);
        var (code, _, stderr) = EntenteProcess.Run(_tmp.Path, "train-syntax", "--train", bad, "--fixed-epochs", "--out", _tmp.File("m.bin.gz"), "--epochs", "1", "--tagger-epochs", "1", "--folds", "1");
        Assert.Equal(2, code);
        Assert.Contains("bad.conllu:6", stderr);
        Assert.DoesNotContain("internal error", stderr);
        Assert.False(File.Exists(_tmp.File("m.bin.gz")));
    }
}
