using Entente.Corpus.Model;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The events table (Slices/Shared/EventTable.cshtml) shared by the home, events and dyad pages: one row per merged event, linking to its page.</summary>
public sealed record EventTableModel(string Id, IReadOnlyList<EventRow> Rows, int Total)
{
    public bool Truncated => Total > Rows.Count;
}

/// <summary>One event as the table shows it. <see cref="SourceMissing"/>/<see cref="TargetMissing"/>: the side is shown as a muted "no source"/"no target".</summary>
public sealed record EventRow(string Url, string When, string Type, string Cameo, string Source, bool SourceMissing, string Target, bool TargetMissing,
    string Status, string Grade, int Sources, string? FlagIds, string? FlagText);

/// <summary>Builds the events table and holds how the dashboard names event types and actors.</summary>
internal static class EventRows
{
    public const int MaxRows = 500;

    public static EventTableModel Table(IReadOnlyList<StoredEvent> events, DashboardContext ctx, string id = "events")
        => new(id, [.. events.Take(MaxRows).Select(e => Row(e, ctx))], events.Count);

    private static EventRow Row(StoredEvent e, DashboardContext ctx)
    {
        var flags = ctx.Corpus.Embargo.Flags(e);
        var (source, target, noTarget) = Actors(e);
        return new EventRow(EventUrl(e.Id), Html.Range(e.DateStart, e.DateEnd), TypeLabel(e.Type), e.Cameo,
            source, e.IsSourceUnstated, target, noTarget,
            StatusName(e.Status), e.Grade, e.NumSources,
            flags.IsEmpty ? null : string.Join(", ", flags.Select(f => f.Id).Distinct()),
            flags.IsEmpty ? null : string.Join("; ", flags.Select(f => f.Text)));
    }

    /// <summary>An event's two sides as the tables show them (the stored names), and whether it has no target.</summary>
    public static (string Source, string Target, bool NoTarget) Actors(StoredEvent e)
    {
        bool noTarget = e.IsOneSided && !e.IsSourceUnstated;
        return (e.IsSourceUnstated ? NoSource : Actor(e.SourceCode, e.SourceName), noTarget ? NoTarget : Actor(e.TargetCode, e.TargetName), noTarget);
    }

    public static string EventUrl(string id) => "/events/" + Uri.EscapeDataString(id);

    public static string TypeLabel(string type) => type.Replace('_', ' ');

    /// <summary>A status as the pages show it and as its CSS class ends (status-reported …).</summary>
    public static string StatusName(Enum status) => status.ToString().ToLowerInvariant();

    /// <summary>How the dashboard shows the missing target of a one-actor event.</summary>
    public const string NoTarget = "— (no target)";

    /// <summary>How the dashboard shows the missing source of a victim-only event ("three soldiers were killed").</summary>
    public const string NoSource = "— (no source)";

    /// <summary>An actor as stored: its name (an actor no dictionary codes has only a name), else its code, else
    /// <see cref="NoTarget"/> (or <see cref="NoSource"/> for the source side).</summary>
    public static string Actor(string code, string name, bool isSource = false) => name.Length > 0 ? name : code.Length > 0 ? code : isSource ? NoSource : NoTarget;

    /// <summary>An actor by its state's or organization's name (the knowledge files), else as <see cref="Actor"/>.</summary>
    public static string Label(string code, string name, Entente.Core.Knowledge.ActorLexicon actors, bool isSource = false)
        => code.Length > 0 ? actors.NameOf(code) : Actor(code, name, isSource);

    /// <summary>Events by date (undated last), then id.</summary>
    public static IReadOnlyList<StoredEvent> Ordered(IEnumerable<StoredEvent> events)
        => [.. events.OrderBy(e => e.DateStart ?? e.FirstSeen ?? DateOnly.MaxValue).ThenBy(e => e.Id, StringComparer.Ordinal)];
}
