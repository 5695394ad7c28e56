using System.ComponentModel;
using Entente.Core.Knowledge.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class ImportGeoNamesSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The folder holding the GeoNames dumps: cities15000.txt (or .txt.gz) and admin1CodesASCII.txt.")]
    public string Source { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("Where to write places.tsv (e.g. data/places).")]
    public string Out { get; init; } = "";

    [CommandOption("--data <DIR>")]
    [Description("Entente's knowledge folder: actors/states.tsv maps GeoNames' country codes (its iso2 column) and its state names win; places/excluded-names.tsv lists names left out. Default: the shipped data/.")]
    public string? DataDirectory { get; init; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("The date written in the files' headers. Default: today (UTC).")]
    public string? Date { get; init; }

    [CommandOption("--min-population <N>")]
    [Description("Cities below this population are left out (first-level divisions are always kept). Default: 15000 (every city of the cities15000 dump).")]
    public long MinPopulation { get; init; } = 15_000;

    public override ValidationResult Validate()
    {
        var common = DictionaryImport.Validate(Source, "give the folder holding cities15000.txt.gz and admin1CodesASCII.txt", Out, "--out data/places", DataDirectory, Date);
        if (!common.Successful) return common;
        if (MinPopulation < 0) return ValidationResult.Error($"--min-population {MinPopulation}: expected 0 or more");
        return ValidationResult.Success();
    }
}

/// <summary><c>entente dictionary import-geonames</c>: builds the places table (cities and regions → state) from GeoNames.</summary>
public sealed class ImportGeoNamesCommand : Command<ImportGeoNamesSettings>
{
    public override int Execute(CommandContext context, ImportGeoNamesSettings settings, CancellationToken cancellationToken)
    {
        var (data, date) = DictionaryImport.Defaults(settings.DataDirectory, settings.Date);
        return DictionaryImport.Run(() => new GeoNamesImporter().Run(new GeoNamesImportOptions(settings.Source, settings.Out, data, date, settings.MinPopulation)).Lines());
    }
}
