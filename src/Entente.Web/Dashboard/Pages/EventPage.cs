using Entente.Corpus.Model;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>
/// The event page's data (Slices/Event.cshtml): the stored event with what the page derives from it — the names of its
/// actors, its dyad link or why it has none, embargo flags, outlets with their grades, and each mention's highlighted sentence.
/// </summary>
public sealed record EventModel(PageFrame Frame, StoredEvent Event, string Heading, string? DyadUrl, string DyadLabel, string? Note, string? NoteId,
    IReadOnlyList<(string Id, string Text)> Flags, string? Quantity, string? ReportedBy, string? DeniedBy,
    IReadOnlyList<HistoryItem> History, IReadOnlyList<MentionView> Mentions);

/// <summary>One line of the status history: when, who (with the outlet's grade), and what it said.</summary>
public sealed record HistoryItem(string Published, string Outlet, string Status);

/// <summary>A mention: its evidence sentence cut into highlighted pieces, its document and what the analyzer read in it.</summary>
public sealed record MentionView(IReadOnlyList<MarkedSpan> Evidence, ExternalLink Document, string? Path, int Version, string Published, string Outlet,
    int Sentence, int Start, int End, string Status, string Confidence, string? DateText, string? DateBasis, string? Cited);

/// <summary>
/// /events/{id}: one merged event — its fields, grades, embargo flags, status history, and every mention with its
/// evidence sentence (trigger and actors highlighted), document, outlet grade and cited outlets.
/// </summary>
internal static class EventPage
{
    public static IResult Render(string id, DashboardContext ctx)
    {
        using var store = ctx.OpenStore();
        if (store is null) return PageResult.Problem("Event not found", "", $"There is no store at {ctx.Options.Db} yet.", ctx.EmptyStoreHint, 404);
        var detail = store.Event(id);
        if (detail is null)
            return PageResult.Problem("Event not found", "", $"No event has the id {id}.", "Event ids look like E0123456789abcdef; find events on the dyad or search pages.", 404);
        var e = detail.Event;
        var grader = ctx.Corpus.Grader;
        string Outlet(string? o) => o is null ? "unknown outlet" : $"{o} ({grader.Grade(o).Grade})";
        string? Outlets(IEnumerable<string> os) => os.Any() ? string.Join(", ", os.Select(Outlet)) : null;

        // the title and the dyad link name the states or organizations; the person who acted stays in the evidence below
        var actors = ctx.Analysis.Knowledge.Actors;
        string sourceLabel = EventRows.Label(e.SourceCode, e.SourceName, actors, isSource: true), targetLabel = EventRows.Label(e.TargetCode, e.TargetName, actors);
        // a one-actor event, an actor known only by name or one state on both sides is no dyad: no dyad link
        var (note, noteId) = e.IsDyadic ? (null, null)
            : e.IsSourceUnstated ? ("one-actor event: only the victim named, no source (left out of dyad series and networks by default)", "one-sided")
            : e.IsOneSided ? ("one-actor event: no target named (left out of dyad series and networks by default)", "one-sided")
            : ("not a relation between two coded actors (left out of dyad series and networks by default)", "not-dyadic");
        var flags = ctx.Corpus.Embargo.Flags(e);
        var analyzer = EvidenceMarks.AnalyzerFor(ctx.Corpus.Knowledge);
        var title = $"{EventRows.TypeLabel(e.Type)} {(e.SourceCode.Length > 0 ? e.SourceCode : e.SourceName.Length > 0 ? e.SourceName : "—")}→{(e.IsOneSided && !e.IsSourceUnstated ? "—" : e.TargetCode.Length > 0 ? e.TargetCode : e.TargetName)}";
        var model = new EventModel(new PageFrame(title, ""), e, $"{EventRows.TypeLabel(e.Type)}: {sourceLabel} → {targetLabel}",
            e.IsDyadic ? Url("/dyad", ("a", e.SourceCode), ("b", e.TargetCode)) : null, $"{sourceLabel} and {targetLabel} over time", note, noteId,
            [.. flags.Select(f => (f.Id, f.Text))], QuantityText.Of(e), Outlets(e.ReportedBy.IsDefault ? [] : e.ReportedBy), Outlets(e.DeniedBy.IsDefault ? [] : e.DeniedBy),
            [.. detail.Mentions.Select(m => new HistoryItem(D(m.Mention.Published) is { Length: > 0 } p ? p : "undated", Outlet(m.Mention.Outlet), EventRows.StatusName(m.Mention.Status)))],
            [.. detail.Mentions.Select(mv =>
            {
                var m = mv.Mention;
                return new MentionView(Highlighter.Spans(m.Quote, EvidenceMarks.For(m, analyzer)), External(mv.Url, mv.Title ?? Path.GetFileName(mv.Path)),
                    mv.Url is null ? mv.Path : null, mv.Version, D(m.Published) is { Length: > 0 } p ? p : "date unknown", Outlet(m.Outlet),
                    m.Sentence + 1, m.Start, m.End, EventRows.StatusName(m.Status), F(m.Confidence), m.DateText, m.DateBasis, Outlets(m.Cited.IsDefault ? [] : m.Cited));
            })]);
        return PageResult.Of(Slices.Event.Create(model));
    }

    public static string QuadName(int q) => q switch { 1 => "verbal cooperation", 2 => "material cooperation", 3 => "verbal conflict", 4 => "material conflict", _ => "unknown" };

    public static string CredibilityName(int c) => c switch
    {
        1 => "confirmed", 2 => "probably true", 3 => "possibly true", 4 => "doubtful", 5 => "improbable", _ => "cannot be judged",
    };
}

/// <summary>An actor field of the event page: its name and code, or <see cref="None"/> when the event has neither.</summary>
public sealed record ActorCellModel(string Code, string Name, string None);
