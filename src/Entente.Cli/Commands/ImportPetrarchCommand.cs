using System.ComponentModel;
using System.Globalization;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class ImportPetrarchSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The folder holding the PETRARCH2/Phoenix dictionaries (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt, Phoenix.agents.txt, CAMEO.2.0.txt).")]
    public string Source { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("Where to write officials.tsv, organizations.tsv, agents.tsv and verbs.tsv (e.g. data/imported/petrarch2).")]
    public string Out { get; init; } = "";

    [CommandOption("--data <DIR>")]
    [Description("Entente's knowledge folder: its states and organizations give the codes, and its own rows win over imported ones. Default: the shipped data/.")]
    public string? DataDirectory { get; init; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("The date written in the files' headers. Default: today (UTC).")]
    public string? Date { get; init; }

    public override ValidationResult Validate()
    {
        if (!Directory.Exists(Source)) return ValidationResult.Error($"'{Source}': folder not found (hint: give the folder holding Phoenix.*.actors.txt, Phoenix.agents.txt and CAMEO.2.0.txt)");
        if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("no --out given (hint: --out data/imported/petrarch2)");
        if (DataDirectory != null && !Directory.Exists(DataDirectory))
            return ValidationResult.Error($"--data '{DataDirectory}': folder not found (hint: point it at the project's data/ folder)");
        if (Date != null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return ValidationResult.Error($"--date '{Date}': expected YYYY-MM-DD");
        return ValidationResult.Success();
    }
}

/// <summary><c>entente dictionary import-petrarch</c>: converts the PETRARCH2/Phoenix actor and agent dictionaries to Entente files.</summary>
public sealed class ImportPetrarchCommand : Command<ImportPetrarchSettings>
{
    public override int Execute(CommandContext context, ImportPetrarchSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var options = new PetrarchImportOptions(settings.Source, settings.Out, settings.DataDirectory ?? KnowledgeBase.DefaultDataDirectory(),
                settings.Date ?? DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var report = new PetrarchImporter().Run(options);
            foreach (var line in report.Lines()) Console.WriteLine(line);
            return 0;
        }
        catch (DataFileException ex)
        {
            Console.Error.WriteLine($"entente: {ex.Message}");
            return 1;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"entente: {ex.Message} (hint: check that --out can be written)");
            return 1;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"entente: {ex.Message} (hint: check that --out can be written)");
            return 1;
        }
    }
}
