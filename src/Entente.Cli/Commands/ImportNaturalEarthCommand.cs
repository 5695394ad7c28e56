using System.ComponentModel;
using Entente.Analysis.Maps;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class ImportNaturalEarthSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Natural Earth's admin-0 countries in GeoJSON: ne_110m_admin_0_countries.json (or .json.gz).")]
    public string Source { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("Where to write the outlines (countries-110m.tsv for a 1:110m source; e.g. data/maps).")]
    public string Out { get; init; } = "";

    [CommandOption("--data <DIR>")]
    [Description("Entente's knowledge folder: actors/states.tsv gives the codes and names of states. Default: the shipped data/.")]
    public string? DataDirectory { get; init; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("The date written in the file's header. Default: today (UTC).")]
    public string? Date { get; init; }

    [CommandOption("--decimals <N>")]
    [Description("Decimal places kept of each coordinate, 0 to 6. Default: 2 (0.01°, about 1 km).")]
    [DefaultValue(2)]
    public int Decimals { get; init; } = 2;

    public override ValidationResult Validate()
    {
        if (!File.Exists(Source)) return ValidationResult.Error($"'{Source}': file not found (hint: give ne_110m_admin_0_countries.json.gz)");
        var common = DictionaryImport.Validate(Path.GetDirectoryName(Path.GetFullPath(Source))!, "", Out, "--out data/maps", DataDirectory, Date);
        if (!common.Successful) return common;
        if (Decimals is < 0 or > 6) return ValidationResult.Error($"--decimals {Decimals}: expected 0 to 6");
        return ValidationResult.Success();
    }
}

/// <summary><c>entente dictionary import-naturalearth</c>: converts Natural Earth's country outlines into data/maps/ for the maps.</summary>
public sealed class ImportNaturalEarthCommand : Command<ImportNaturalEarthSettings>
{
    public override int Execute(CommandContext context, ImportNaturalEarthSettings settings, CancellationToken cancellationToken)
    {
        var (data, date) = DictionaryImport.Defaults(settings.DataDirectory, settings.Date);
        return DictionaryImport.Run(() => new NaturalEarthImporter().Run(new NaturalEarthImportOptions(settings.Source, settings.Out, data, date, settings.Decimals)).Lines());
    }
}
