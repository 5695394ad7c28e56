using System.ComponentModel;
using System.Text.Json;
using Entente.Corpus;
using Entente.Corpus.Context;
using Entente.Corpus.Grading;
using Entente.Corpus.Output;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class EventSettings : StoreSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The event's id as `entente events` shows it (E followed by 16 hex digits).")]
    public string Id { get; init; } = "";

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default) or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Id)) return ValidationResult.Error("no event id given (hint: entente events lists the ids)");
        if (Format is not ("table" or "json")) return ValidationResult.Error($"--format '{Format}' is unknown (hint: table or json)");
        return base.Validate();
    }
}

/// <summary>
/// <c>entente event ID</c>: one event with every mention that reports it (date, outlet and its grade, status, the
/// sentence, the document, the sources it cites) and its status history: the statuses reported, by publication date.
/// </summary>
public sealed class EventCommand : StoreCommand<EventSettings>
{
    protected override int Run(CorpusServices services, IEventStore store, EventSettings settings, CancellationToken cancel)
    {
        var id = settings.Id.Trim();
        var detail = store.Event(id) ?? (id.StartsWith('e') ? store.Event("E" + id[1..]) : null);
        if (detail is null)
        {
            Console.Error.WriteLine($"entente: error: no event {id} in {store.Location} (hint: entente events --db {store.Location} lists the ids; check --db names the store you ingested into)");
            return 2;
        }
        if (settings.Format == "json") JsonOutput.WriteOne(w => EventDetailFormat.Write(w, detail, services.Grader, services.Embargo));
        else PrintTable(detail, services.Grader, services.Embargo);
        return 0;
    }

    /// <summary>Statuses reported on each publication date (undated mentions last), each with the outlets that reported it.</summary>
    internal static IEnumerable<(DateOnly? Published, IEnumerable<(string Status, IReadOnlyList<string> Outlets)> Statuses)> History(EventDetail detail)
        => EventDetailFormat.History(detail);

    private static void PrintTable(EventDetail detail, SourceGrader grader, EmbargoFlagger embargoes)
    {
        if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 160) AnsiConsole.Profile.Width = 160;
        var e = detail.Event;
        var fields = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Field(string name, string value) => fields.AddRow($"[grey]{name}[/]", Markup.Escape(value));
        Field("event", e.Id);
        Field("what", $"{StoredEventFormat.Named(e.SourceCode, e.SourceName)} → {StoredEventFormat.Named(e.TargetCode, e.TargetName)}: {e.Type}, CAMEO {e.Cameo} ({e.Plover}, Goldstein {StoredEventFormat.Num(e.Goldstein)}, quad class {e.QuadClass})");
        Field("when", StoredEventFormat.DateRange(e) is { Length: > 0 } d ? d : "undated");
        Field("status", $"{StoredEventFormat.Status(e.Status)} (confidence {e.Confidence:0.00})");
        Field("grade", $"{e.Grade} (reliability {e.Reliability}, credibility {e.Credibility})");
        if (StoredEventFormat.Details(e) is { Length: > 0 } details) Field("equipment", details);
        Field("counts", $"{e.NumMentions} mentions in {e.NumArticles} articles from {e.NumSources} outlets, {e.NumIndependent} independent");
        Field("seen", StoredEventFormat.Range(e.FirstSeen, e.LastSeen));
        if (e.ReportedBy.Length > 0) Field("reported by", string.Join(", ", e.ReportedBy));
        if (e.DeniedBy.Length > 0) Field("denied by", string.Join(", ", e.DeniedBy));
        foreach (var flag in embargoes.Flags(e)) Field("embargo", $"{flag.Id}: {flag.Text}");
        AnsiConsole.Write(new Panel(fields).Header(Markup.Escape(e.Id)).Border(BoxBorder.Rounded));

        var mentions = new Table().Border(TableBorder.Rounded).Title($"{detail.Mentions.Count} mentions");
        mentions.AddColumn("Published");
        mentions.AddColumn("Outlet");
        mentions.AddColumn("Status");
        mentions.AddColumn("Sentence");
        mentions.AddColumn("Document");
        mentions.AddColumn("Cites");
        foreach (var v in detail.Mentions)
        {
            var m = v.Mention;
            var grade = grader.Grade(m.Outlet);
            var document = string.Join("\n", new[] { v.Title, v.Url ?? v.Path, v.Version > 1 ? $"version {v.Version}" : null }.Where(s => !string.IsNullOrEmpty(s)));
            mentions.AddRow(
                Markup.Escape(StoredEventFormat.Date(m.Published) ?? ""),
                Markup.Escape($"{m.Outlet ?? "unknown outlet"} ({grade.Grade})"),
                Markup.Escape(SqlEventStore.StatusName(m.Status)),
                Markup.Escape($"#{m.Sentence}: {m.Quote}"),
                Markup.Escape(document),
                Markup.Escape(string.Join(", ", m.Cited)));
        }
        AnsiConsole.Write(mentions);

        var history = new Table().Border(TableBorder.Simple).Title("status history");
        history.AddColumn("Published");
        history.AddColumn("Status");
        history.AddColumn("Outlets");
        foreach (var (published, statuses) in History(detail))
            foreach (var (status, outlets) in statuses)
                history.AddRow(Markup.Escape(StoredEventFormat.Date(published) ?? "undated"), Markup.Escape(status), Markup.Escape(string.Join(", ", outlets)));
        AnsiConsole.Write(history);
    }
}
