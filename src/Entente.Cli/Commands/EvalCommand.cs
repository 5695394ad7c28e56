using System.ComponentModel;
using System.Globalization;
using Entente.Core.Evaluation;
using Entente.Core.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class EvalSettings : KnowledgeSettings
{
    [CommandArgument(0, "<GOLD>")]
    [Description(".gold files or folders holding them (see the README for the format).")]
    public string[] Gold { get; init; } = [];

    [CommandOption("--errors")]
    [Description("List every missed event, false positive, wrong date and wrong status.")]
    public bool ShowErrors { get; init; }

    public override ValidationResult Validate()
    {
        if (Gold.Length == 0) return ValidationResult.Error("no gold files given (hint: entente eval tests/gold/dev)");
        foreach (var g in Gold)
            if (!File.Exists(g) && !Directory.Exists(g)) return ValidationResult.Error($"'{g}': no such file or folder (hint: give .gold files or folders)");
        return base.Validate();
    }
}

/// <summary><c>entente eval</c>: precision, recall and F1 at CAMEO root and full-code level, actor-pair, date and status accuracy.</summary>
public sealed class EvalCommand : Command<EvalSettings>
{
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var kb = settings.LoadKnowledge();
        if (kb == null) return 2;
        var runner = new EvaluationRunner(new Analyzer(kb, new AnalyzerOptions(DetectLanguage: false)));
        EvalReport report;
        try
        {
            report = runner.Run(GoldDocument.Find(settings.Gold));
        }
        catch (Exception ex) when (ex is FormatException or FileNotFoundException)
        {
            Console.Error.WriteLine($"entente: error: {ex.Message}");
            return 2;
        }
        var table = new Table().Border(TableBorder.Rounded).Title($"{report.Documents} documents");
        table.AddColumn("level"); table.AddColumn("precision"); table.AddColumn("recall"); table.AddColumn("F1"); table.AddColumn("tp / predicted / expected");
        void Row(string name, PrfScore s) => table.AddRow(name, P(s.Precision), P(s.Recall), P(s.F1), $"{s.TruePositives} / {s.Predicted} / {s.Expected}");
        Row("CAMEO root", report.Root);
        Row("CAMEO full code", report.Full);
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"actor-pair accuracy {P(report.ActorPairAccuracy)} ({report.ActorPairCases} cases) · date accuracy {P(report.DateAccuracy)} ({report.DateCases}) · status accuracy {P(report.StatusAccuracy)} ({report.StatusCases})");
        if (report.LocationCases + report.LocationNoneCases > 0)
            AnsiConsole.MarkupLine($"location accuracy {P(report.LocationAccuracy)} ({report.LocationCases} matched events with a gold place) · given a place where the gold has none: {report.LocationSpurious} of {report.LocationNoneCases}");
        var roots = new Table().Border(TableBorder.Simple);
        roots.AddColumn("root"); roots.AddColumn("P"); roots.AddColumn("R"); roots.AddColumn("F1"); roots.AddColumn("tp/pred/gold");
        foreach (var (root, s) in report.PerRoot.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            roots.AddRow(root, P(s.Precision), P(s.Recall), P(s.F1), $"{s.TruePositives}/{s.Predicted}/{s.Expected}");
        AnsiConsole.Write(roots);
        if (settings.ShowErrors)
            foreach (var e in report.Errors)
                AnsiConsole.MarkupLine($"[grey]{Markup.Escape(e.Document)}[/] [yellow]{Markup.Escape(e.Kind)}[/] {Markup.Escape(e.Detail)}\n    [grey]{Markup.Escape(e.Sentence)}[/]");
        return 0;
    }

    private static string P(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
}
