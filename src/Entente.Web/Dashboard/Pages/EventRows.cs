using System.Text;
using Entente.Corpus.Model;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The events table shared by the home and dyad pages: one row per merged event, linking to its page.</summary>
internal static class EventRows
{
    public const int MaxRows = 500;

    public static string Table(IReadOnlyList<StoredEvent> events, DashboardContext ctx, string id = "events")
    {
        var sb = new StringBuilder(events.Count * 400 + 1024);
        sb.Append($"<div class=\"scroll\"><table id=\"{E(id)}\" class=\"data\"><thead><tr>")
          .Append("<th>Date</th><th>Event</th><th>Actors</th><th>Status</th>")
          .Append("<th title=\"Admiralty grade: reliability of the best reporting outlet (A–F) and credibility of the event (1–6)\">Grade</th>")
          .Append("<th title=\"Distinct outlets that reported it\">Sources</th><th title=\"Arms transfer inside an embargo in force\">Embargo</th></tr></thead><tbody>");
        foreach (var e in events.Take(MaxRows))
        {
            var flags = ctx.Corpus.Embargo.Flags(e);
            var url = "/events/" + Uri.EscapeDataString(e.Id);
            sb.Append("<tr>")
              .Append($"<td class=\"nowrap\">{E(Range(e.DateStart, e.DateEnd))}</td>")
              .Append($"<td><a href=\"{E(url)}\">{E(TypeLabel(e.Type))}</a> <span class=\"muted\">CAMEO {E(e.Cameo)}</span></td>")
              .Append($"<td>{(e.IsSourceUnstated ? $"<span class=\"muted no-source\">{E(NoSource)}</span>" : E(Actor(e.SourceCode, e.SourceName)))} → {(e.IsOneSided && !e.IsSourceUnstated ? $"<span class=\"muted no-target\">{E(NoTarget)}</span>" : E(Actor(e.TargetCode, e.TargetName)))}</td>")
              .Append($"<td><span class=\"status status-{E(e.Status.ToString().ToLowerInvariant())}\">{E(e.Status.ToString().ToLowerInvariant())}</span></td>")
              .Append($"<td class=\"grade\">{E(e.Grade)}</td>")
              .Append($"<td class=\"num\">{e.NumSources}</td>")
              .Append(flags.IsEmpty ? "<td></td>" : $"<td><span class=\"flag\" title=\"{E(string.Join("; ", flags.Select(f => f.Text)))}\">⚑ {E(string.Join(", ", flags.Select(f => f.Id).Distinct()))}</span></td>")
              .Append("</tr>");
        }
        sb.Append("</tbody></table></div>");
        if (events.Count > MaxRows) sb.Append($"<p class=\"muted\">Showing the first {MaxRows} of {events.Count} events: narrow the filters or the period to see the rest.</p>");
        return sb.ToString();
    }

    public static string TypeLabel(string type) => type.Replace('_', ' ');

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
