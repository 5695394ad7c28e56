using System.Text;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>
/// /events/{id}: one merged event — its fields, grades, embargo flags, status history, and every mention with its
/// evidence sentence (trigger and actors highlighted), document, outlet grade and cited outlets.
/// </summary>
internal static class EventPage
{
    public static IResult Render(string id, DashboardContext ctx)
    {
        using var store = ctx.OpenStore();
        if (store is null) return Layout.Problem("Event not found", "", $"There is no store at {ctx.Options.Db} yet.", ctx.EmptyStoreHint, 404);
        var detail = store.Event(id);
        if (detail is null)
            return Layout.Problem("Event not found", "", $"No event has the id {id}.", "Event ids look like E0123456789abcdef; find events on the dyad or search pages.", 404);
        var e = detail.Event;
        var grader = ctx.Corpus.Grader;
        string Outlet(string? o) => o is null ? "unknown outlet" : $"{o} ({grader.Grade(o).Grade})";

        var sb = new StringBuilder(32768);
        // the title and the dyad link name the states or organizations; the person who acted stays in the evidence below
        var actors = ctx.Analysis.Knowledge.Actors;
        string sourceLabel = EventRows.Label(e.SourceCode, e.SourceName, actors, isSource: true), targetLabel = EventRows.Label(e.TargetCode, e.TargetName, actors);
        // a one-actor event, an actor known only by name or one state on both sides is no dyad: no dyad link
        sb.Append($"<h1>{E(EventRows.TypeLabel(e.Type))}: {E(sourceLabel)} → {E(targetLabel)}</h1>")
          .Append($"<p class=\"muted\">Event <code>{E(e.Id)}</code>")
          .Append(e.IsDyadic ? $" · {A(Url("/dyad", ("a", e.SourceCode), ("b", e.TargetCode)), $"{sourceLabel} and {targetLabel} over time")}"
              : e.IsSourceUnstated ? " · <span id=\"one-sided\">one-actor event: only the victim named, no source (left out of dyad series and networks by default)</span>"
              : e.IsOneSided ? " · <span id=\"one-sided\">one-actor event: no target named (left out of dyad series and networks by default)</span>"
              : " · <span id=\"not-dyadic\">not a relation between two coded actors (left out of dyad series and networks by default)</span>")
          .Append("</p>");
        var flags = ctx.Corpus.Embargo.Flags(e);
        if (!flags.IsEmpty)
            sb.Append("<div class=\"warning\" id=\"embargo\"><strong>⚑ Embargo:</strong><ul>").AppendJoin("", flags.Select(f => $"<li>{E(f.Text)} <span class=\"muted\">({E(f.Id)})</span></li>")).Append("</ul></div>");

        sb.Append("<div class=\"cols\"><section><h2>Fields</h2><table class=\"fields\" id=\"fields\"><tbody>");
        void Row(string k, string v) => sb.Append($"<tr><th>{E(k)}</th><td>{v}</td></tr>");
        Row("When", E(Range(e.DateStart, e.DateEnd)));
        string ActorCell(string code, string name, string none) => code.Length == 0 && name.Length == 0 ? $"<span class=\"muted\">{E(none)}</span>"
            : $"{E(name)} <span class=\"muted\">{E(code.Length > 0 ? code : "no code")}</span>";
        Row("Source actor", ActorCell(e.SourceCode, e.SourceName, EventRows.NoSource));
        Row("Target actor", ActorCell(e.TargetCode, e.TargetName, EventRows.NoTarget));
        Row("Type", $"{E(EventRows.TypeLabel(e.Type))} · CAMEO {E(e.Cameo)} · PLOVER {E(e.Plover)}");
        Row("Goldstein / QuadClass", $"{F(e.Goldstein, "+0.0;−0.0;0")} / {e.QuadClass} ({E(QuadName(e.QuadClass))})");
        Row("Status", $"<span class=\"status status-{E(e.Status.ToString().ToLowerInvariant())}\">{E(e.Status.ToString().ToLowerInvariant())}</span>");
        Row("Confidence", F(e.Confidence));
        Row("Admiralty grade", $"<strong class=\"grade\">{E(e.Grade)}</strong> <span class=\"muted\">reliability {E(e.Reliability.ToString())} (best reporting outlet), credibility {e.Credibility} ({E(CredibilityName(e.Credibility))})</span>");
        if (QuantityText.Of(e) is { } q) Row(e.QuantityMoney ? "Amount" : "Quantity", E(q) + (e.QuantityOf is { } of ? $" <span class=\"muted\">({E(of)})</span>" : ""));
        if (!e.Equipment.IsDefaultOrEmpty) Row("Equipment", E(string.Join(", ", e.Equipment)));
        Row("Reports", $"{e.NumMentions} mentions in {e.NumArticles} articles from {e.NumSources} outlets; {e.NumIndependent} independent");
        Row("Reported by", e.ReportedBy.IsDefaultOrEmpty ? "<span class=\"muted\">no named outlet</span>" : E(string.Join(", ", e.ReportedBy.Select(Outlet))));
        Row("Denied by", e.DeniedBy.IsDefaultOrEmpty ? "<span class=\"muted\">nobody</span>" : E(string.Join(", ", e.DeniedBy.Select(Outlet))));
        Row("First / last report", $"{E(D(e.FirstSeen))} / {E(D(e.LastSeen))}");
        Row("Embargo", flags.IsEmpty ? "<span class=\"muted\">not flagged</span>" : E(string.Join(", ", flags.Select(f => f.Id).Distinct())));
        sb.Append("</tbody></table></section>");

        sb.Append("<section><h2>Status history</h2><ol class=\"history\" id=\"history\">");
        foreach (var m in detail.Mentions)
            sb.Append($"<li><span class=\"nowrap\">{E(D(m.Mention.Published) is { Length: > 0 } p ? p : "undated")}</span> · {E(Outlet(m.Mention.Outlet))}: ")
              .Append($"<span class=\"status status-{E(m.Mention.Status.ToString().ToLowerInvariant())}\">{E(m.Mention.Status.ToString().ToLowerInvariant())}</span></li>");
        sb.Append($"</ol><p>Reconciled: <span class=\"status status-{E(e.Status.ToString().ToLowerInvariant())}\">{E(e.Status.ToString().ToLowerInvariant())}</span></p></section></div>");

        sb.Append($"<h2>Mentions <span class=\"muted\">{detail.Mentions.Count}</span></h2>")
          .Append("<p class=\"legend\"><mark class=\"trigger\">trigger</mark> <mark class=\"actor source\">source actor</mark> <mark class=\"actor target\">target actor</mark> ")
          .Append("<mark class=\"equipment\">equipment</mark> <mark class=\"date\">date</mark> <mark class=\"citation\">cited source</mark></p>");
        var analyzer = EvidenceMarks.AnalyzerFor(ctx.Corpus.Knowledge);
        foreach (var mv in detail.Mentions)
        {
            var m = mv.Mention;
            sb.Append("<article class=\"mention\">")
              .Append($"<blockquote class=\"evidence\">{Highlighter.Render(m.Quote, EvidenceMarks.For(m, analyzer))}</blockquote>")
              .Append("<p class=\"meta\">")
              .Append($"{External(mv.Url, mv.Title ?? Path.GetFileName(mv.Path))}")
              .Append(mv.Url is null ? $" <span class=\"muted\">{E(mv.Path)}</span>" : "")
              .Append(mv.Version > 1 ? $" <span class=\"muted\">version {mv.Version}</span>" : "")
              .Append($" · published {E(D(m.Published) is { Length: > 0 } p ? p : "date unknown")}")
              .Append($" · outlet <strong>{E(Outlet(m.Outlet))}</strong>")
              .Append($" · sentence {m.Sentence + 1}, characters {m.Start}–{m.End}")
              .Append($" · {E(m.Status.ToString().ToLowerInvariant())}, confidence {F(m.Confidence)}")
              .Append(m.DateText is { } dt ? $" · date “{E(dt)}” ({E(m.DateBasis)})" : "")
              .Append(m.Cited.IsDefaultOrEmpty ? "" : $" · cites {E(string.Join(", ", m.Cited.Select(Outlet)))}")
              .Append("</p></article>");
        }
        return Layout.Page($"{EventRows.TypeLabel(e.Type)} {(e.SourceCode.Length > 0 ? e.SourceCode : e.SourceName.Length > 0 ? e.SourceName : "—")}→{(e.IsOneSided && !e.IsSourceUnstated ? "—" : e.TargetCode.Length > 0 ? e.TargetCode : e.TargetName)}", "", sb.ToString());
    }

    public static string QuadName(int q) => q switch { 1 => "verbal cooperation", 2 => "material cooperation", 3 => "verbal conflict", 4 => "material conflict", _ => "unknown" };

    public static string CredibilityName(int c) => c switch
    {
        1 => "confirmed", 2 => "probably true", 3 => "possibly true", 4 => "doubtful", 5 => "improbable", _ => "cannot be judged",
    };
}
