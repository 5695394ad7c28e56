using System.ComponentModel;
using System.Globalization;
using Entente.Core.Knowledge;
using Entente.Syntax;
using Entente.Syntax.Conllu;
using Entente.Syntax.Evaluation;
using Entente.Syntax.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class TrainSyntaxSettings : CommandSettings
{
    [CommandOption("--train <FILE>")]
    [Description("Training treebank in CoNLL-U (plain or .gz). Repeatable.")]
    public string[] Train { get; init; } = [];

    [CommandOption("--dev <FILE>")]
    [Description("Development treebank(s) used to choose the epochs and the parser's size. Repeatable. Optional with --fixed-epochs (then only scored in the log).")]
    public string[] Dev { get; init; } = [];

    [CommandOption("--test <FILE>")]
    [Description("Test treebank(s), scored once at the end and recorded in the model's metadata. Repeatable.")]
    public string[] Test { get; init; } = [];

    [CommandOption("--out <FILE>")]
    [Description("Where to write the model (e.g. data/models/en-syntax.bin.gz).")]
    public string Out { get; init; } = "";

    [CommandOption("--epochs <N>")]
    [Description("Maximum parser epochs (the best on dev is kept; exactly this many with --fixed-epochs). Default 15.")]
    public int Epochs { get; init; } = 15;

    [CommandOption("--tagger-epochs <N>")]
    [Description("Maximum tagger epochs (the best on dev is kept; exactly this many with --fixed-epochs). Default 10.")]
    public int TaggerEpochs { get; init; } = 10;

    [CommandOption("--fixed-epochs")]
    [Description("Train the tagger exactly --tagger-epochs and the parser exactly --epochs epochs and keep the last: nothing is chosen on dev. For a final model on train+dev with epoch counts chosen on dev in an earlier run (give them and --min-updates from that run's metadata).")]
    public bool FixedEpochs { get; init; }

    [CommandOption("--min-updates <N>")]
    [Description("Keep the parser features that took part in at least N updates. Default: the smallest model within 0.1 dev LAS of the full one, chosen on dev; with --fixed-epochs, all features.")]
    public int MinUpdates { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Random seed: the same data, options and seed give the same model. Default 1.")]
    public int Seed { get; init; } = 1;

    [CommandOption("--folds <N>")]
    [Description("Jackknife folds for the parser's training tags (1 = gold tags). Default 5.")]
    public int Folds { get; init; } = 5;

    [CommandOption("--prune <X>")]
    [Description("Drop parser weights of magnitude ≤ X from the saved model (smaller file). Default 0.05.")]
    public float Prune { get; init; } = 0.05f;

    [CommandOption("--dump-weights <DIR>")]
    [Description("Write each parser epoch's averaged weights in full precision, with update counts, to DIR (for measuring what the 8-bit file and pruning cost).")]
    public string? DumpWeights { get; init; }

    [CommandOption("--note <TEXT>")]
    [Description("Provenance recorded in the model (e.g. treebank names and commits). Repeatable; KEY=VALUE.")]
    public string[] Notes { get; init; } = [];

    public override ValidationResult Validate()
    {
        if (Train.Length == 0) return ValidationResult.Error("no --train file given (hint: --train en_ewt/train.conllu.gz)");
        foreach (var f in Train.Concat(Dev).Concat(Test))
            if (!File.Exists(f)) return ValidationResult.Error($"'{f}': no such treebank file (hint: CoNLL-U, plain or .gz)");
        if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("no --out given (hint: --out data/models/en-syntax.bin.gz)");
        if (Epochs < 1 || TaggerEpochs < 1 || Folds < 1) return ValidationResult.Error("--epochs, --tagger-epochs and --folds must be at least 1");
        if (MinUpdates < 0) return ValidationResult.Error("--min-updates must be at least 0");
        foreach (var n in Notes)
            if (!n.Contains('=')) return ValidationResult.Error($"--note '{n}': expected KEY=VALUE");
        if (Dev.Length == 0 && !FixedEpochs) return ValidationResult.Error("no --dev file given to choose the epochs on (hint: --dev en_ewt/dev.conllu.gz, or --fixed-epochs to train exactly --epochs and --tagger-epochs)");
        return ValidationResult.Success();
    }
}

/// <summary><c>entente train-syntax</c>: trains the tagger, lemmatiser and parser from CoNLL-U treebanks.</summary>
public sealed class TrainSyntaxCommand : Command<TrainSyntaxSettings>
{
    public override int Execute(CommandContext context, TrainSyntaxSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var irregular = IrregularForms(Path.Combine(KnowledgeBase.DefaultDataDirectory(), "english", "irregular-verbs.tsv"));
            var options = new SyntaxTrainerOptions(settings.Train, settings.Dev, settings.Epochs, settings.TaggerEpochs, settings.Seed,
                settings.Folds, Prune: settings.Prune, IrregularForms: irregular, FixedEpochs: settings.FixedEpochs, MinUpdates: settings.MinUpdates, DumpWeights: settings.DumpWeights);
            var model = new SyntaxTrainer(options, line => Console.Error.WriteLine($"train-syntax: {line}")).Train();
            var meta = new Dictionary<string, string>(model.Metadata, StringComparer.Ordinal)
            {
                ["command"] = "entente " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1).Select(a => a.Contains(' ') ? $"\"{a}\"" : a)),
            };
            foreach (var n in settings.Notes) { int eq = n.IndexOf('='); meta[n[..eq]] = n[(eq + 1)..]; }
            foreach (var test in settings.Test)
            {
                var scores = SyntaxEvaluator.Evaluate(model, ConlluReader.ReadFile(test));
                meta["test " + Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(test))) + "/" + Path.GetFileName(test)] = scores.ToString();
                Console.Error.WriteLine($"train-syntax: test {test}: {scores}");
            }
            model = model.WithMetadata(meta);
            model.Save(settings.Out);
            Console.Error.WriteLine($"train-syntax: wrote {settings.Out} ({new FileInfo(settings.Out).Length / 1024.0 / 1024.0:F1} MB)");
            return 0;
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException or DataFileException)
        {
            Console.Error.WriteLine($"entente: error: {ex.Message}");
            return 2;
        }
    }

    /// <summary>Past and participle forms from data/english/irregular-verbs.tsv, as (form, XPOS, lemma).</summary>
    internal static List<(string, string, string)> IrregularForms(string path)
    {
        var list = new List<(string, string, string)>();
        if (!File.Exists(path)) return list;
        var table = DataTable.Load(path, "irregular-verbs", "lemma", "past", "participle");
        foreach (var r in table.Rows)
        {
            var lemma = r.Required("lemma").ToLowerInvariant();
            foreach (var p in r.List("past")) list.Add((p.ToLowerInvariant(), "VBD", lemma));
            foreach (var p in r.List("participle")) list.Add((p.ToLowerInvariant(), "VBN", lemma));
        }
        return list;
    }
}
