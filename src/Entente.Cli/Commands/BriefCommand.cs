using System.ComponentModel;
using System.Text;
using Entente.Analysis.Brief;
using Entente.Analysis.Series;
using Entente.Corpus;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options of <c>entente brief A B</c>.</summary>
public sealed class BriefSettings : DyadArgumentsSettings
{
    protected override PeriodUnit DefaultUnit => PeriodUnit.Quarter;

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the brief to FILE: .md (Markdown, charts as PNG files beside it) or .html (one self-contained page). Default: Markdown on standard output, no charts. Markdown charts are FILE.png, FILE-quadclass.png, FILE-types.png and, when counted events have a place, the map FILE-map.png.")]
    public string? Out { get; init; }

    [CommandOption("--no-charts")]
    [Description("Leave the charts out.")]
    public bool NoCharts { get; init; }

    public override ValidationResult Validate()
    {
        if (Out != null && Path.GetExtension(Out).ToLowerInvariant() is not (".md" or ".html" or ".htm"))
            return ValidationResult.Error($"--out '{Out}' must end in .md or .html (hint: e.g. --out brief.html)");
        if (Out != null && Path.GetDirectoryName(Path.GetFullPath(Out)) is { } folder && !Directory.Exists(folder))
            return ValidationResult.Error($"cannot write the brief '{Path.GetFileName(Out)}': the folder '{folder}' does not exist (hint: create it first, or give --out a path in an existing folder)");
        return base.Validate();
    }
}

/// <summary><c>entente brief A B</c>: a cited brief on a dyad, in Markdown or self-contained HTML.</summary>
public sealed class BriefCommand : StoreCommand<BriefSettings>
{
    protected override int Run(CorpusServices services, IEventStore store, BriefSettings settings, CancellationToken cancel)
    {
        if (!settings.CheckKnownCodes(services.Knowledge)) return 2;
        var analysis = AnalysisFactory.Create(services);
        var html = settings.Out != null && Path.GetExtension(settings.Out).ToLowerInvariant() is ".html" or ".htm";
        string? chartPath = null;
        string? tempCharts = null;
        if (!settings.NoCharts && settings.Out != null)
        {
            if (html) chartPath = Path.Combine(tempCharts = Directory.CreateTempSubdirectory("entente-brief-").FullName, "chart.svg");
            else chartPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settings.Out))!, Path.GetFileNameWithoutExtension(settings.Out) + ".png");
        }
        try
        {
            var brief = analysis.Brief(store, settings.Query(), chartPath);
            var text = html ? BriefHtmlWriter.Write(brief) : BriefMarkdownWriter.Write(brief, settings.Out);
            if (settings.Out is { } path)
            {
                File.WriteAllText(path, text, new UTF8Encoding(false));
                Console.Error.WriteLine($"entente: brief written to {path}: {brief.Summary.Length} summary points, {brief.Sections.Sum(s => s.Items.Length)} developments in {brief.Sections.Length} sections, {brief.Sources.Length} sources" +
                                        (brief.Charts.IsEmpty || html ? "" : $", charts {string.Join(", ", brief.Charts.Select(c => c.Path))}"));
            }
            else
                Console.Out.Write(text);
            if (brief.Series.Coverage.Counted == 0)
                Console.Error.WriteLine($"entente: no counted events between {brief.Series.A} and {brief.Series.B} (hint: check the codes with 'entente events --actor {brief.Series.A}', widen --since/--until, or use --all-events)");
            return 0;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"entente: error: cannot write the brief '{settings.Out}' (or its charts beside it): {ex.Message} (hint: check the folder exists and is writable)");
            return 1;
        }
        finally
        {
            if (tempCharts != null) Directory.Delete(tempCharts, recursive: true);
        }
    }
}
