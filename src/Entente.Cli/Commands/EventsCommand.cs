using System.ComponentModel;
using System.Text.RegularExpressions;
using Entente.Analysis.Selection;
using Entente.Corpus;
using Entente.Corpus.Context;
using Entente.Core.Knowledge;
using Entente.Core.Places;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>The event filters shared by <c>entente events</c> and <c>entente export</c>.</summary>
public partial class EventFilterSettings : StoreSettings
{
    [CommandOption("--dyad <A,B>")]
    [Description("Events between two actors, in either direction (actor codes, e.g. IRN,RUS).")]
    public string? Dyad { get; init; }

    [CommandOption("--actor <CODE>")]
    [Description("Events with this actor on either side (e.g. IRN).")]
    public string? Actor { get; init; }

    [CommandOption("--type <TYPE>")]
    [Description("Event type from data/cameo/event-types.tsv (e.g. arms_transfer).")]
    public string? Type { get; init; }

    [CommandOption("--cameo <CODE>")]
    [Description("CAMEO code or prefix: 07 (provide aid) or 072 (military aid).")]
    public string? Cameo { get; init; }

    [CommandOption("--since <DATE>")]
    [Description("Events ending on or after the start of this period: YYYY, YYYY-MM or YYYY-MM-DD.")]
    public string? Since { get; init; }

    [CommandOption("--until <DATE>")]
    [Description("Events starting on or before the end of this period: YYYY, YYYY-MM or YYYY-MM-DD.")]
    public string? Until { get; init; }

    [CommandOption("--status <STATUS>")]
    [Description("reported, confirmed, contested, denied, planned, assessed or hypothetical.")]
    public string? Status { get; init; }

    [CommandOption("--min-sources <N>")]
    [Description("Events reported by at least N distinct outlets.")]
    public int MinSources { get; init; }

    [CommandOption("--embargo")]
    [Description("Only arms transfers that fall inside an embargo in force (data/sanctions/embargoes.tsv and --dictionary files of kind embargoes).")]
    public bool Embargo { get; init; }

    [CommandOption("--limit <N>")]
    [Description("At most N events (the earliest first).")]
    public int? Limit { get; init; }

    [CommandOption("--one-sided <WHICH>")]
    [Description("One-actor events (a source acting, no target named): include (default), exclude or only.")]
    [TypeConverter(typeof(OneSidedFilterConverter))]
    [DefaultValue(OneSidedFilter.Include)]
    public OneSidedFilter OneSided { get; init; } = OneSidedFilter.Include;

    [CommandOption("--in <ISO3>")]
    [Description("Events located in this state (the ISO3 code of their location's country, e.g. UKR).")]
    public string? In { get; init; }

    [CommandOption("--near <PLACE>")]
    [Description("Events located within --radius km of a place of the gazetteer (data/places), e.g. --near Kharkiv.")]
    public string? Near { get; init; }

    [CommandOption("--radius <KM>")]
    [Description("The radius of --near in kilometres. Default: 50.")]
    [DefaultValue(50.0)]
    public double Radius { get; init; } = 50.0;

    [GeneratedRegex("^[A-Za-z0-9]{2,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();

    [GeneratedRegex("^[0-9]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CameoShape();

    private const string StatusList = "reported, confirmed, contested, denied, planned, assessed or hypothetical";

    public override ValidationResult Validate()
    {
        if (Dyad != null)
        {
            var parts = Dyad.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !parts.All(p => CodeShape().IsMatch(p)))
                return ValidationResult.Error($"--dyad '{Dyad}' is not two actor codes (hint: write two codes separated by a comma, e.g. --dyad IRN,RUS)");
        }
        if (Actor != null && !CodeShape().IsMatch(Actor.Trim()))
            return ValidationResult.Error($"--actor '{Actor}' is not an actor code (hint: a state's ISO3 code or an organization code, e.g. IRN or NATO)");
        if (Cameo != null && !CameoShape().IsMatch(Cameo.Trim()))
            return ValidationResult.Error($"--cameo '{Cameo}' is not a CAMEO code (hint: 2 to 4 digits, e.g. 07 or 072)");
        if (Since != null && !PeriodArgument.TryParse(Since, end: false, out _))
            return ValidationResult.Error($"--since '{Since}' is not a date (hint: YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-01)");
        if (Until != null && !PeriodArgument.TryParse(Until, end: true, out _))
            return ValidationResult.Error($"--until '{Until}' is not a date (hint: YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-06-30)");
        if (Since != null && Until != null && SinceDay > UntilDay)
            return ValidationResult.Error($"--since '{Since}' is after --until '{Until}' (hint: swap them)");
        if (Status != null && StatusValue is null)
            return ValidationResult.Error($"--status '{Status}' is unknown (hint: {StatusList})");
        if (MinSources < 0) return ValidationResult.Error($"--min-sources {MinSources} must be 0 or more");
        if (Limit is int l && l < 1) return ValidationResult.Error($"--limit {l} must be 1 or more");
        if (In != null && !(In.Trim().Length == 3 && In.Trim().All(char.IsAsciiLetter)))
            return ValidationResult.Error($"--in '{In}' is not a state code (hint: an ISO 3166-1 alpha-3 code, e.g. --in IRN)");
        if (Near != null && Near.Trim().Length == 0) return ValidationResult.Error("--near needs a place name (hint: e.g. --near Kharkiv)");
        if (Radius <= 0 || Radius > 5000) return ValidationResult.Error($"--radius {Radius} must be more than 0 and at most 5000 km");
        return base.Validate();
    }

    private DateOnly? SinceDay => Since != null && PeriodArgument.TryParse(Since, end: false, out var d) ? d : null;

    private DateOnly? UntilDay => Until != null && PeriodArgument.TryParse(Until, end: true, out var d) ? d : null;

    private ReconciledStatus? StatusValue
        => Status != null && Enum.GetNames<ReconciledStatus>().FirstOrDefault(n => n.Equals(Status.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<ReconciledStatus>(name) : null;

    /// <summary>Whether --type names a known event type; prints the error (with the known types) when it does not.</summary>
    public bool TypeIsKnown(CorpusServices services) => TypeIsKnown(Type, services);

    /// <summary>Whether a --type value names a known event type; prints the error (with the known types) when it does not.</summary>
    public static bool TypeIsKnown(string? type, CorpusServices services)
    {
        if (type is null || services.Knowledge.Cameo.Types.ContainsKey(type.Trim())) return true;
        var known = string.Join(", ", services.Knowledge.Cameo.Types.Keys.Order(StringComparer.Ordinal).Take(12));
        Console.Error.WriteLine($"entente: error: --type '{type}' is not an event type (hint: types are listed in data/cameo/event-types.tsv, e.g. {known}, …)");
        return false;
    }

    /// <summary>The events the options select: the store filter, then (with --embargo) only flagged events, (with --near) only
    /// those within the radius, --limit applied last. Null (with the error printed) when --near names no known place.</summary>
    public IReadOnlyList<StoredEvent>? Events(IEventStore store, EmbargoFlagger embargoes, KnowledgeBase knowledge)
    {
        var filter = Filter();
        Place? near = null;
        if (Near != null)
        {
            near = PlaceLookup.Find(knowledge, Near);
            if (near is not { Lat: double, Lon: double })
            {
                Console.Error.WriteLine($"entente: error: --near '{Near}': {(near is null ? "no place of that name in the gazetteer" : "the place has no coordinates")} (hint: a city, division, sea or named region of data/places, e.g. --near Kharkiv)");
                return null;
            }
            filter = filter with { Box = GeoBox.Around(near.Lat.Value, near.Lon.Value, Radius) };
        }
        if (!Embargo && near is null) return store.Events(filter);
        IEnumerable<StoredEvent> selected = store.Events(filter with { Limit = null });
        if (Embargo) selected = selected.Where(embargoes.IsFlagged);
        if (near is { Lat: double nlat, Lon: double nlon })
            selected = selected.Where(e => e.Location is { Lat: double lat, Lon: double lon } && GeoBox.DistanceKm(nlat, nlon, lat, lon) <= Radius);
        return [.. Limit is int n ? selected.Take(n) : selected];
    }

    /// <summary>The store filter the options describe (call after <see cref="Validate"/> succeeded).</summary>
    public EventFilter Filter()
    {
        (string, string)? dyad = null;
        if (Dyad != null)
        {
            var p = Dyad.Split(',', StringSplitOptions.TrimEntries);
            dyad = (p[0].ToUpperInvariant(), p[1].ToUpperInvariant());
        }
        return new EventFilter(dyad, Actor?.Trim().ToUpperInvariant(), Type?.Trim(), Cameo?.Trim(), SinceDay, UntilDay, StatusValue, MinSources, Limit, OneSided,
            In?.Trim().ToUpperInvariant());
    }
}

/// <summary>Options of <c>entente events</c>: the filters and the output format.</summary>
public sealed class EventsSettings : EventFilterSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default), json, jsonl, csv or tsv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    public override ValidationResult Validate()
    {
        if (Format is not ("table" or "json" or "jsonl" or "csv" or "tsv"))
            return ValidationResult.Error($"--format '{Format}' is unknown (hint: table, json, jsonl, csv or tsv)");
        return base.Validate();
    }
}

/// <summary><c>entente events</c>: the merged events of the store, filtered, as a table, JSON, JSON lines, CSV or TSV.</summary>
public sealed class EventsCommand : StoreCommand<EventsSettings>
{
    protected override int Run(CorpusServices services, IEventStore store, EventsSettings settings, CancellationToken cancel)
    {
        if (!settings.TypeIsKnown(services)) return 2;
        if (settings.Events(store, services.Embargo, services.Knowledge) is not { } events) return 2;
        switch (settings.Format)
        {
            case "json":
            case "jsonl":
                JsonOutput.Write(events, settings.Format == "jsonl", "events", (w, e) => StoredEventFormat.Write(w, e, services.Embargo));
                break;
            case "csv":
            case "tsv":
                using (var w = RecordWriter.ToStdout(settings.Format))
                {
                    w.Row(StoredEventFormat.Columns);
                    foreach (var e in events) w.Row(StoredEventFormat.Row(e, services.Embargo));
                }
                break;
            default:
                PrintTable(events, store.Location, services.Embargo);
                break;
        }
        return 0;
    }

    private static void PrintTable(IReadOnlyList<StoredEvent> events, string location, EmbargoFlagger embargoes)
    {
        if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 160) AnsiConsole.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{events.Count} events in {location}"));
        table.AddColumn("Id");
        table.AddColumn(new TableColumn("Date").NoWrap()); // a date never wraps mid-date
        table.AddColumn("Source → Target");
        table.AddColumn("Event");
        table.AddColumn("Status");
        table.AddColumn("Grade");
        table.AddColumn(new TableColumn("Mentions/Sources/Indep.").RightAligned());
        table.AddColumn("Equipment / quantity");
        table.AddColumn("Embargo");
        foreach (var e in events)
            table.AddRow(
                Markup.Escape(e.Id),
                Markup.Escape(StoredEventFormat.DateRange(e)),
                Markup.Escape(StoredEventFormat.Pair(e)),
                Markup.Escape($"{e.Cameo} {e.Type}"),
                Markup.Escape(StoredEventFormat.Status(e.Status)),
                Markup.Escape(e.Grade),
                Markup.Escape($"{e.NumMentions}/{e.NumSources}/{e.NumIndependent}"),
                Markup.Escape(StoredEventFormat.Details(e)),
                Markup.Escape(embargoes.Ids(e)));
        AnsiConsole.Write(table);
    }
}
