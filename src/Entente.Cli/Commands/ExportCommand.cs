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
        if (Format is not ("gdelt" or "csv" or "jsonl" or "parquet"))
            return ValidationResult.Error($"--format '{Format}' is unknown (hint: gdelt, csv, jsonl or parquet)");
        if (Format == "parquet" && string.IsNullOrWhiteSpace(Out))
            return ValidationResult.Error("--format parquet needs --out FILE (hint: Parquet is a binary file, e.g. --out events.parquet)");
        return base.Validate();
    }
}

/// <summary><c>entente export</c>: the store's events, filtered, to a GDELT 2.0 event table, CSV, JSON lines or Parquet.</summary>
public sealed class ExportCommand : StoreCommand<ExportSettings>
{
    /// <summary>The FIPS 10-4 code of a state (data/places/fips-codes.tsv and user files of kind fips-codes).</summary>
    private static Func<string, string?> Fips(Entente.Core.Knowledge.KnowledgeBase knowledge)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in knowledge.LoadTables(Entente.Core.Knowledge.KnowledgeBase.FipsKind, "iso3", "fips"))
            foreach (var r in t.Rows) map[r.Required("iso3")] = r.Required("fips");
        return code => map.GetValueOrDefault(code);
    }

    protected override int Run(CorpusServices services, IEventStore store, ExportSettings settings, CancellationToken cancel)
    {
        if (!settings.TypeIsKnown(services)) return 2;
        if (settings.Events(store, services.Embargo, services.Knowledge) is not { } events) return 2;
        if (CommandOutput.Open(settings.Out) is not { } output) return 2;
        int n;
        using (output)
        {
            n = settings.Format switch
            {
                "gdelt" => WithText(output, t => new GdeltEventWriter(t, code => IsState(services.Knowledge, code), Fips(services.Knowledge),
                    code => services.Knowledge.Actors.NameOf(code)).Write(events)),
                "csv" => WithText(output, t => new EventCsvWriter(t, services.Embargo).Write(events)),
                "jsonl" => new EventJsonlWriter(output, services.Embargo).Write(events),
                _ => new ParquetEventWriter(output, services.Embargo).Write(events),
            };
        }
        if (settings.Out is { } file) Console.Error.WriteLine($"entente: export: {n} events to {file} ({settings.Format})");
        return 0;
    }

    private static bool IsState(KnowledgeBase kb, string code)
        => kb.Actors.KindOfCode.TryGetValue(code, out var kind) && kind == ActorKind.State;

    private static int WithText(Stream output, Func<TextWriter, int> write)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        return write(text);
    }
}
