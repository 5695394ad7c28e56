using Entente.Core.Events;
using Entente.Core.Output;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>The events of each document as a table for a person: date, source, event, target, status, sources.</summary>
internal static class EventTable
{
    public static int Print(IEnumerable<AnalysisOutcome> outcomes, Action<ReadError> onError)
    {
        int failures = 0;
        // output redirected to a file or pipe: Spectre assumes 80 columns; give the table room instead
        if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 140) AnsiConsole.Profile.Width = 140;
        foreach (var o in outcomes)
        {
            if (o.Document is not { } d) { failures++; onError(o.Error!); continue; }
            var title = d.Document.Title is { Length: > 0 } t ? $"{d.Document.DisplayName} — {t}" : d.Document.DisplayName;
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
            table.AddColumn(new TableColumn("Date").NoWrap()); // a date never wraps mid-date
            table.AddColumn("Source");
            table.AddColumn("Event");
            table.AddColumn("Target");
            table.AddColumn("Status");
            table.AddColumn("Sources");
            foreach (var e in d.Events)
            {
                table.AddRow(
                    Markup.Escape(DateText(e)),
                    Markup.Escape(Actor(e.Source, isSource: true)),
                    Markup.Escape($"{e.Type} ({e.Cameo}){Details(e)}"),
                    Markup.Escape(Actor(e.Target)),
                    Markup.Escape($"{e.Status.ToString().ToLowerInvariant()} {e.Confidence:0.00}"),
                    Markup.Escape(string.Join("; ", e.Sources.Select(s => s.Date is DateOnly sd ? $"{s.Outlet}, {JsonReportWriter.Date(sd)}" : s.Outlet))));
            }
            if (d.Events.Length == 0) table.AddRow("", "", d.Skipped ? "(not coded)" : "(no events found)", "", "", "");
            AnsiConsole.Write(table);
            foreach (var w in d.Warnings) AnsiConsole.MarkupLine($"[yellow]warning:[/] {Markup.Escape(w)}");
            AnsiConsole.WriteLine();
        }
        return failures;
    }

    /// <summary>"Iran (IRN)", "Nigeria (NGA COP)"; an actor no dictionary codes shows "(no code)"; the missing target of a
    /// one-actor event shows <see cref="NoTarget"/>.</summary>
    internal static string Actor(ActorRef a, bool isSource = false)
    {
        if (a.IsUnstated) return isSource ? NoSource : NoTarget;
        var code = a.IsUncoded ? "no code" : a.Code;
        return a.Role is { } r ? $"{a.Name} ({code} {r})" : $"{a.Name} ({code})";
    }

    /// <summary>How a table shows the target of a one-actor event.</summary>
    internal const string NoTarget = "— (no target)";

    /// <summary>How a table shows the missing source of a victim-only event ("three soldiers were killed").</summary>
    internal const string NoSource = "— (no source)";

    private static string DateText(CodedEvent e)
    {
        if (e.Date is not { } d) return "";
        var r = d.Range;
        var s = r.Start == r.End ? JsonReportWriter.Date(r.Start) : $"{JsonReportWriter.Date(r.Start)}..{JsonReportWriter.Date(r.End)}";
        return d.Basis == "text" ? s : $"{s} ({d.Basis})";
    }

    private static string Details(CodedEvent e)
    {
        var parts = new List<string>();
        if (e.Quantity is { } q) parts.Add(Corpus.Model.QuantityText.Show(q.Value, q.Approximate, q.Text, q.Money));
        if (e.Equipment.Length > 0) parts.Add(string.Join(", ", e.Equipment.Select(x => x.Name)));
        return parts.Count == 0 ? "" : ": " + string.Join(" ", parts);
    }
}
