using System.ComponentModel;
using System.Globalization;
using System.Text;
using Entente.Core.Output;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class AnalyzeSettings : KnowledgeSettings
{
    [CommandArgument(0, "<ARTICLES>")]
    [Description("Files or folders (searched recursively), or - for standard input.")]
    public string[] Articles { get; init; } = [];

    [CommandOption("--published <DATE>")]
    [Description("Publication date (YYYY-MM-DD) used to resolve relative dates, overriding the documents' own.")]
    public string? Published { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("json (default), table, jsonl (one event per line) or tsv (GDELT-like columns).")]
    [DefaultValue("json")]
    public string Format { get; init; } = "json";

    [CommandOption("--parallel <N>")]
    [Description("Documents analysed at once (default: the number of cores).")]
    public int Parallel { get; init; }

    [CommandOption("--no-language-check")]
    [Description("Analyse every document as English without identifying its language.")]
    public bool NoLanguageCheck { get; init; }

    /// <summary>What Program passes instead of "-", which the parser would take for an option.</summary>
    public const string StdinPlaceholder = "@stdin";

    /// <summary>The inputs with the stdin placeholder turned back into "-".</summary>
    public IEnumerable<string> Inputs => Articles.Select(a => a == StdinPlaceholder ? "-" : a);

    public DateOnly? PublishedDate => Published == null ? null : DateOnly.ParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override ValidationResult Validate()
    {
        if (Articles.Length == 0) return ValidationResult.Error("no articles given (hint: entente analyze samples/ or - for stdin)");
        if (Published != null && !DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return ValidationResult.Error($"--published '{Published}' is not a date (hint: use YYYY-MM-DD, e.g. 2024-02-27)");
        if (Format is not ("json" or "table" or "jsonl" or "tsv"))
            return ValidationResult.Error($"--format '{Format}' is unknown (hint: json, table, jsonl or tsv)");
        if (Parallel < 0) return ValidationResult.Error($"--parallel {Parallel} must be 0 or more");
        return base.Validate();
    }
}

/// <summary><c>entente analyze</c>: read, analyse, print; exit code 1 when any input failed, 2 when the knowledge could not be loaded.</summary>
public sealed class AnalyzeCommand : Command<AnalyzeSettings>
{
    public override int Execute(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
    {
        var kb = settings.LoadKnowledge();
        if (kb == null) return 2;
        var service = new AnalysisService(new Analyzer(kb, new AnalyzerOptions(DetectLanguage: !settings.NoLanguageCheck)));
        var options = new ReaderOptions { Published = settings.PublishedDate };
        int failures = 0;
        var outcomes = service.Run(settings.Inputs, options, settings.Parallel, cancellationToken);
        using var stdout = Console.OpenStandardOutput();
        switch (settings.Format)
        {
            case "json":
            {
                using var writer = new JsonReportWriter(stdout);
                writer.Begin();
                foreach (var o in outcomes)
                {
                    if (o.Document is { } d) writer.Write(d); else { failures++; ReportError(o.Error!); }
                }
                writer.End();
                stdout.Write("\n"u8);
                break;
            }
            case "jsonl":
            {
                foreach (var o in outcomes)
                {
                    if (o.Document is not { } d) { failures++; ReportError(o.Error!); continue; }
                    foreach (var ev in d.Events)
                    {
                        using (var w = new System.Text.Json.Utf8JsonWriter(stdout, JsonReportWriter.Compact))
                            JsonReportWriter.WriteEvent(w, ev, d.Document.BaseOffset, d.Document.DisplayName);
                        stdout.Write("\n"u8);
                    }
                    WriteWarnings(d);
                }
                break;
            }
            case "tsv":
            {
                using var w = new StreamWriter(stdout, new UTF8Encoding(false));
                w.Write(TsvEventWriter.Header + "\n");
                foreach (var o in outcomes)
                {
                    if (o.Document is not { } d) { failures++; ReportError(o.Error!); continue; }
                    TsvEventWriter.Write(w, d);
                    WriteWarnings(d);
                }
                break;
            }
            default:
                failures = EventTable.Print(outcomes, ReportError);
                break;
        }
        return failures > 0 ? 1 : 0;
    }

    private static void WriteWarnings(AnalyzedDocument d)
    {
        foreach (var w in d.Warnings) Console.Error.WriteLine($"{d.Document.DisplayName}: warning: {w}");
    }

    private static void ReportError(ReadError e) => Console.Error.WriteLine($"entente: error: {e}");
}
