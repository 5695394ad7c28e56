using System.ComponentModel;
using System.Text;
using Entente.Core.Knowledge;
using Entente.Corpus;
using Entente.Corpus.Export;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options of <c>entente export</c>: the filters of <c>entente events</c>, a format and an output file.</summary>
public sealed class ExportSettings : EventFilterSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("gdelt (GDELT 2.0 event table, TSV), csv, jsonl or parquet.")]
    public string? Format { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("The file to write (default: standard output; parquet needs a file).")]
    public string? Out { get; init; }

    public override ValidationResult Validate()
    {
        if (Format is null)
            return ValidationResult.Error("--format is required (hint: gdelt, csv, jsonl or parquet)");
        if (!EventExport.IsFormat(Format))
            return ValidationResult.Error($"--format '{Format}' is unknown (hint: gdelt, csv, jsonl or parquet)");
        if (Format == "parquet" && string.IsNullOrWhiteSpace(Out))
            return ValidationResult.Error("--format parquet needs --out FILE (hint: Parquet is a binary file, e.g. --out events.parquet)");
        return base.Validate();
    }
}

/// <summary><c>entente export</c>: the store's events, filtered, to a GDELT 2.0 event table, CSV, JSON lines or Parquet.</summary>
public sealed class ExportCommand : StoreCommand<ExportSettings>
{

    protected override int Run(CorpusServices services, IEventStore store, ExportSettings settings, CancellationToken cancel)
    {
        if (!settings.TypeIsKnown(services)) return 2;
        if (settings.Events(store, services.Embargo, services.Knowledge) is not { } events) return 2;
        if (CommandOutput.Open(settings.Out) is not { } output) return 2;
        int n;
        using (output) n = EventExport.Write(settings.Format!, output, events, services);
        if (settings.Out is { } file) Console.Error.WriteLine($"entente: export: {n} events to {file} ({settings.Format})");
        return 0;
    }
}
