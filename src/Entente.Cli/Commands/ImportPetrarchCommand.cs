using System.ComponentModel;
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
        => DictionaryImport.Validate(Source, "give the folder holding Phoenix.*.actors.txt, Phoenix.agents.txt and CAMEO.2.0.txt", Out, "--out data/imported/petrarch2", DataDirectory, Date);
}

/// <summary><c>entente dictionary import-petrarch</c>: converts the PETRARCH2/Phoenix actor and agent dictionaries to Entente files.</summary>
public sealed class ImportPetrarchCommand : Command<ImportPetrarchSettings>
{
    public override int Execute(CommandContext context, ImportPetrarchSettings settings, CancellationToken cancellationToken)
    {
        var (data, date) = DictionaryImport.Defaults(settings.DataDirectory, settings.Date);
        return DictionaryImport.Run(() => new PetrarchImporter().Run(new PetrarchImportOptions(settings.Source, settings.Out, data, date)).Lines());
    }
}
