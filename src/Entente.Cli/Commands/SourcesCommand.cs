using System.ComponentModel;
using Entente.Corpus;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class SourcesSettings : TabularStoreSettings
{
}

/// <summary><c>entente sources</c>: the outlets the store's documents come from, with country, kind, Admiralty reliability and its basis, and counts.</summary>
public sealed class SourcesCommand : StoreCommand<SourcesSettings>
{
    private const string Unknown = "(unknown outlet)";

    private static readonly string[] Columns = ["outlet", "country", "kind", "reliability", "basis", "documents", "mentions", "events", "denials"];

    protected override int Run(CorpusServices services, IEventStore store, SourcesSettings settings, CancellationToken cancel)
    {
        var sources = store.OutletCounts().Select(c =>
        {
            var grade = services.Grader.Grade(c.Outlet);
            services.Grader.Outlets.TryFind(c.Outlet ?? "", out var info);
            return new SourceSummary(c.Outlet ?? Unknown, info?.Country, info?.Kind, grade.Grade, grade.Basis, c.Documents, c.Mentions, c.Events, c.Denials);
        }).ToList();
        switch (settings.Format)
        {
            case "json":
                JsonOutput.Write(sources, lines: false, "sources", (w, s) =>
                {
                    w.WriteStartObject();
                    w.WriteString("outlet", s.Outlet);
                    w.WriteString("country", s.Country);
                    w.WriteString("kind", s.Kind);
                    w.WriteString("reliability", s.Reliability.ToString());
                    w.WriteString("basis", s.Basis);
                    w.WriteNumber("documents", s.Documents);
                    w.WriteNumber("mentions", s.Mentions);
                    w.WriteNumber("events", s.Events);
                    w.WriteNumber("denials", s.Denials);
                    w.WriteEndObject();
                });
                break;
            case "csv":
            case "tsv":
                using (var w = RecordWriter.ToStdout(settings.Format))
                {
                    w.Row(Columns);
                    foreach (var s in sources) w.Row(Cells(s));
                }
                break;
            default:
                if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 160) AnsiConsole.Profile.Width = 160;
                var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{sources.Count} outlets in {store.Location}"));
                table.AddColumn("Outlet");
                table.AddColumn("Country");
                table.AddColumn("Kind");
                table.AddColumn("Reliability");
                table.AddColumn("Basis");
                foreach (var c in new[] { "Documents", "Mentions", "Events", "Denials" }) table.AddColumn(new TableColumn(c).RightAligned());
                foreach (var s in sources) table.AddRow(Cells(s).Select(x => Markup.Escape(x ?? "")).ToArray());
                AnsiConsole.Write(table);
                break;
        }
        return 0;
    }

    private static string?[] Cells(SourceSummary s) =>
    [
        s.Outlet, s.Country, s.Kind, s.Reliability.ToString(), s.Basis, StoredEventFormat.Int(s.Documents), StoredEventFormat.Int(s.Mentions),
        StoredEventFormat.Int(s.Events), StoredEventFormat.Int(s.Denials),
    ];
}
