using System.ComponentModel;
using System.Globalization;
using Entente.Corpus;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class FailuresSettings : TabularStoreSettings
{
    [CommandOption("--retry")]
    [Description("Give the failed documents another chance: failed jobs go back to the workers' queue (PostgreSQL) and the list is cleared, so the next ingest of the same inputs tries them again.")]
    public bool Retry { get; init; }
}

/// <summary>
/// <c>entente failures</c>: the inputs that could not be read or analysed, as the ingests and workers recorded them;
/// with --retry, re-queues the failed jobs and clears the list (one line saying what it did).
/// </summary>
public sealed class FailuresCommand : StoreCommand<FailuresSettings>
{
    private static readonly string[] Columns = ["input", "message", "hint", "at"];

    protected override int Run(CorpusServices services, IEventStore store, FailuresSettings settings, CancellationToken cancel)
    {
        if (settings.Retry)
        {
            var r = store.RetryFailures();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"entente: failures: {r.Requeued} failed documents queued again for the workers, {r.Cleared} failure records cleared in {store.Location} " +
                $"(hint: run entente worker for the queued ones, and the same entente ingest again for inputs that failed to read or analyse)"));
            return 0;
        }
        var failures = store.Failures();
        switch (settings.Format)
        {
            case "json":
                JsonOutput.Write(failures, lines: false, "failures", (w, f) =>
                {
                    w.WriteStartObject();
                    w.WriteString("path", f.Path);
                    if (f.Line is int l) w.WriteNumber("line", l); else w.WriteNull("line");
                    w.WriteString("message", f.Message);
                    w.WriteString("hint", f.Hint);
                    w.WriteString("at", At(f));
                    w.WriteEndObject();
                });
                break;
            case "csv":
            case "tsv":
                using (var w = RecordWriter.ToStdout(settings.Format))
                {
                    w.Row(Columns);
                    foreach (var f in failures) w.Row(Input(f), f.Message, f.Hint, At(f));
                }
                break;
            default:
                if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 160) AnsiConsole.Profile.Width = 160;
                var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{failures.Count} failures in {store.Location}"));
                foreach (var c in new[] { "Input", "Message", "Hint", "At" }) table.AddColumn(c);
                foreach (var f in failures) table.AddRow(Markup.Escape(Input(f)), Markup.Escape(f.Message), Markup.Escape(f.Hint), Markup.Escape(At(f)));
                AnsiConsole.Write(table);
                break;
        }
        return 0;
    }

    private static string Input(FailureRecord f) => f.Line is int l ? $"{f.Path}:{l}" : f.Path;

    private static string At(FailureRecord f) => f.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
