using Entente.Core.Events;
using Entente.Core.Text;

namespace Entente.Core.Places;

/// <summary>
/// Where an event happened: a scene place of its own clause — one that hangs below the trigger in the parse without
/// crossing into another clause nor through its subject ("struck Kharkiv", "clashed near Bakhmut", "a convoy off Crimea"
/// below the target; not "the US commander in Iraq held talks"), the fewest steps below, then the nearest to the trigger; else a scene place of its sentence after a scene preposition ("In Kharkiv, …", the nearest);
/// else the document's dateline. The location keeps the place's precision (city, admin1, country, sea) and the basis
/// (clause, sentence, dateline), like the date's. Reads: the events, the document's places and parse. Writes: each event's
/// <see cref="CodedEvent.Location"/>.
/// </summary>
public sealed class EventLocator
{
    public IReadOnlyList<CodedEvent> Locate(Doc text, DocumentPlaces places, IReadOnlyList<CodedEvent> events)
    {
        if (events.Count == 0 || places.Mentions.Count == 0 && places.Dateline == null) return events;
        var result = new List<CodedEvent>(events.Count);
        foreach (var e in events) result.Add(e with { Location = Locate(text, places, e) });
        return result;
    }

    private static EventLocation? Locate(Doc text, DocumentPlaces places, CodedEvent e)
    {
        int sentence = e.Evidence.Sentence;
        var (trigger, _) = text.TokenRange(e.Why.TriggerStart, Math.Max(e.Why.TriggerEnd, e.Why.TriggerStart + 1));
        PlaceMention? clause = null, inSentence = null;
        int clauseSteps = int.MaxValue, clauseDistance = int.MaxValue, sentenceDistance = int.MaxValue;
        foreach (var m in places.Mentions)
        {
            if (m.Sentence != sentence || !m.Scene) continue;
            // the dateline's own words (parsed apart and hung on the body's root) are the dateline basis, not the clause's
            if (places.Dateline is { } dl && m.Start < dl.End && dl.Start < m.End) continue;
            int distance = Math.Abs(m.Start - e.Why.TriggerStart);
            int head = PlaceRecognizer.HeadOf(text, m.FirstToken, m.EndToken);
            if (trigger >= 0 && trigger < text.TokenCount && StepsBelow(text, head, trigger) is int steps
                && (steps < clauseSteps || steps == clauseSteps && distance < clauseDistance))
            {
                clause = m; clauseSteps = steps; clauseDistance = distance;
            }
            else if (m.Cased != null && distance < sentenceDistance) { inSentence = m; sentenceDistance = distance; }
        }
        if (clause != null) return Of(clause, "clause");
        if (inSentence != null) return Of(inSentence, "sentence");
        return places.Dateline is { } d ? Of(d, "dateline") : null;
    }

    /// <summary>How many steps up the parse <paramref name="token"/> is below <paramref name="trigger"/> within its clause, or null.</summary>
    private static int? StepsBelow(Doc text, int token, int trigger)
    {
        if (!text.Tokens[token].HasParse) return null;
        for (int k = token, steps = 0; k >= 0 && steps < 8; steps++)
        {
            if (k == trigger) return steps;
            var t = text.Tokens[k];
            if (k != token && DependencyArguments.OpensClause(t)) return null;
            // a place describing the subject ("the US commander in Iraq held talks") says where the actor is, not the event
            if (t.Deprel is "nsubj" or "nsubj:pass" or "csubj" && t.Head == trigger && k != token) return null;
            k = t.Head;
        }
        return null;
    }

    private static EventLocation Of(PlaceMention m, string basis)
    {
        var p = m.Place;
        return new EventLocation(p.Name, p.Precision, p.Country.Length > 0 ? p.Country : null, p.Admin1, p.Lat, p.Lon, basis, m.Start, m.End,
            p.Id.Length > 0 ? p.Id : null, p.Admin1Code, m.Why);
    }
}
