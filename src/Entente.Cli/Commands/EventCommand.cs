using System.ComponentModel;
using System.Text.Json;
using Entente.Corpus;
using Entente.Corpus.Context;
using Entente.Corpus.Grading;
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
        if (settings.Format == "json") JsonOutput.WriteOne(w => WriteJson(w, detail, services.Grader, services.Embargo));
        else PrintTable(detail, services.Grader, services.Embargo);
        return 0;
    }

    /// <summary>Statuses reported on each publication date (undated mentions last), each with the outlets that reported it.</summary>
    internal static IEnumerable<(DateOnly? Published, IEnumerable<(string Status, IReadOnlyList<string> Outlets)> Statuses)> History(EventDetail detail)
        => detail.Mentions
            .GroupBy(v => v.Mention.Published)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => (g.Key, g.GroupBy(v => SqlEventStore.StatusName(v.Mention.Status), StringComparer.Ordinal)
                .OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => (s.Key, (IReadOnlyList<string>)[.. s.Select(v => v.Mention.Outlet ?? "unknown outlet").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))));

    private static void WriteJson(Utf8JsonWriter w, EventDetail detail, SourceGrader grader, EmbargoFlagger embargoes)
    {
        w.WriteStartObject();
        w.WritePropertyName("event");
        StoredEventFormat.Write(w, detail.Event, embargoes);
        w.WriteStartArray("mentions");
        foreach (var v in detail.Mentions)
        {
            var m = v.Mention;
            w.WriteStartObject();
            w.WriteString("key", m.Key);
            StoredEventFormat.WriteDate(w, "published", m.Published);
            if (m.Outlet is { } o) w.WriteString("outlet", o); else w.WriteNull("outlet");
            var grade = grader.Grade(m.Outlet);
            w.WriteString("reliability", grade.Grade.ToString());
            w.WriteString("reliability_basis", grade.Basis);
            w.WriteString("status", SqlEventStore.StatusName(m.Status));
            w.WriteNumber("confidence", Math.Round(m.Confidence, 3));
            w.WriteString("cameo", m.Cameo);
            w.WriteStartObject("date"); StoredEventFormat.WriteDate(w, "start", m.DateStart); StoredEventFormat.WriteDate(w, "end", m.DateEnd);
            w.WriteString("text", m.DateText); w.WriteString("basis", m.DateBasis); w.WriteEndObject();
            w.WriteNumber("sentence", m.Sentence);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteString("quote", m.Quote);
            StoredEventFormat.Strings(w, "cited", m.Cited);
            if (m.Origin is { } origin) w.WriteString("origin", origin); else w.WriteNull("origin");
            w.WriteStartObject("document");
            w.WriteString("path", v.Path); w.WriteString("url", v.Url); w.WriteString("title", v.Title); w.WriteNumber("version", v.Version);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("status_history");
        foreach (var (published, statuses) in History(detail))
            foreach (var (status, outlets) in statuses)
            {
                w.WriteStartObject();
                StoredEventFormat.WriteDate(w, "published", published);
                w.WriteString("status", status);
                StoredEventFormat.Strings(w, "outlets", outlets);
                w.WriteEndObject();
            }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void PrintTable(EventDetail detail, SourceGrader grader, EmbargoFlagger embargoes)
    {
        if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 160) AnsiConsole.Profile.Width = 160;
        var e = detail.Event;
        var fields = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Field(string name, string value) => fields.AddRow($"[grey]{name}[/]", Markup.Escape(value));
        Field("event", e.Id);
        Field("what", $"{e.SourceName} ({e.SourceCode}) → {e.TargetName} ({e.TargetCode}): {e.Type}, CAMEO {e.Cameo} ({e.Plover}, Goldstein {StoredEventFormat.Num(e.Goldstein)}, quad class {e.QuadClass})");
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
