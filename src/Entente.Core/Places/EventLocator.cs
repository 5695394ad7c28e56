using Entente.Core.Events;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Places;

/// <summary>
/// Where an event happened: a scene place of its own clause — one that hangs below the trigger in the parse without
/// crossing into another clause nor through its subject ("struck Kharkiv", "clashed near Bakhmut", "a convoy off Crimea"
/// below the target; not "the US commander in Iraq held talks"), the fewest steps below, then the nearest to the trigger; else a scene place of its sentence after a scene preposition ("In Kharkiv, …", the nearest);
/// else the document's dateline when an actor of the event is there and the act is not done elsewhere (the wire's
/// convention, as the gold's guidelines put it): the source is of the dateline's state (a state, or an organization whose
/// home it is), an international body (no home state) or an agent of no known state (police, protesters), or for a
/// meeting, talks, an agreement or a visit the target is of that state (or the victim, when no attacker is named); and not when a state's forces strike, attack or visit another state. The location keeps the place's precision (city, admin1, country, sea) and the basis
/// (clause, sentence, dateline), like the date's. Reads: the events, the document's places and parse. Writes: each event's
/// <see cref="CodedEvent.Location"/>.
/// </summary>
/// <param name="stateOf">The state an actor code belongs to (a state's own code, an organization's home state), null when
/// none; without it every event without a place of its own takes the dateline.</param>
/// <param name="gazetteer">The gazetteer, for a state's centre point: a clause naming places in one state joined by "and"
/// ("struck targets in Sanaa and Hodeidah") is that state; without it the nearest of them is taken.</param>
public sealed class EventLocator(Func<string, string?>? stateOf = null, Gazetteer? gazetteer = null)
{
    public IReadOnlyList<CodedEvent> Locate(Doc text, DocumentPlaces places, IReadOnlyList<CodedEvent> events)
    {
        if (events.Count == 0) return events;
        var result = new List<CodedEvent>(events.Count);
        foreach (var e in events) result.Add(e with { Location = Locate(text, places, e) });
        return result;
    }

    private EventLocation? Locate(Doc text, DocumentPlaces places, CodedEvent e)
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
        if (clause != null) return Joined(text, places, clause) ?? Of(clause, "clause");
        if (inSentence != null) return Of(inSentence, "sentence");
        if (Nationwide(text, e) is { } state) return state;
        if (AttackedPositions(text, e, trigger) is { } target) return target;
        return places.Dateline is { } d && AtDateline(e, d.Place.Country) ? Of(d, "dateline") : null;
    }

    /// <summary>
    /// A clause's place joined to other scene places by a conjunction ("in Sanaa, Hodeidah and Taiz", "in Khost and Paktika
    /// provinces"): the smallest place holding them all, their state at country precision; null when the place stands alone,
    /// the others are the same place, or the gazetteer has no point for the state.
    /// </summary>
    private EventLocation? Joined(Doc text, DocumentPlaces all, PlaceMention m)
    {
        if (gazetteer is null) return null;
        int head = PlaceRecognizer.HeadOf(text, m.FirstToken, m.EndToken);
        if (!text.Tokens[head].HasParse) return null;
        // the first conjunct: the place itself, or the one it is joined to
        int first = text.Tokens[head].Deprel == "conj" ? text.Tokens[head].Head : head;
        string? country = m.Place.Country;
        bool other = false;
        foreach (var o in all.Mentions)
        {
            if (o == m || o.Sentence != m.Sentence || !o.Scene) continue;
            int h = PlaceRecognizer.HeadOf(text, o.FirstToken, o.EndToken);
            bool joined = h == first || text.Tokens[h].Deprel == "conj" && text.Tokens[h].Head == first;
            if (!joined || o.Place == m.Place) continue;
            other = true;
            if (o.Place.Country != country) country = null;
        }
        if (!other) return null;
        if (country is not { Length: > 0 } || !gazetteer.Countries.TryGetValue(country, out var state)) return null;
        int start = Math.Min(m.Start, text.Tokens[first].Start);
        return new EventLocation(state.Name, "country", country, null, state.Lat, state.Lon, "clause", start, m.End, null, null,
            $"{m.Text} and other places of {country} joined to it: their state; {state.Origin}");
    }

    /// <summary>
    /// An act across a whole state ("went on strike across the country", "a nationwide curfew"): the state of the event's
    /// source (its own, or an organization's home state) at country precision, basis sentence; null when its sentence
    /// says nothing of the kind or the source has no state.
    /// </summary>
    private EventLocation? Nationwide(Doc text, CodedEvent e)
    {
        if (gazetteer is null || stateOf?.Invoke(e.Source.Code) is not { } country || !gazetteer.Countries.TryGetValue(country, out var state)) return null;
        var s = text.Sentences[e.Evidence.Sentence];
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var key = text.Key(t);
            bool cue = gazetteer.NationwideWords.Contains(key)
                       || gazetteer.NationNouns.Contains(key) && t - 2 >= s.FirstToken && text.KeyIs(t - 1, "the") && gazetteer.SceneWords.Contains(text.Key(t - 2));
            if (!cue) continue;
            int start = text.Tokens[gazetteer.NationwideWords.Contains(key) ? t : t - 2].Start;
            return new EventLocation(state.Name, "country", country, null, state.Lat, state.Lon, "sentence", start, text.Tokens[t].End, null, null,
                $"'{text.Text[start..text.Tokens[t].End]}': an act across the state of {country}; {state.Origin}");
        }
        return null;
    }

    /// <summary>
    /// An attack on another state's forces or installations named by its adjective ("attacked Israeli army positions",
    /// "strikes on Indian air bases", "fired at Pakistani military posts"): the target area is that state's, at country
    /// precision, basis clause. Only for material attacks (CAMEO 18–20) on a state whose state is not the attacker's, when
    /// the trigger's object or oblique noun is modified by a capitalised word (the adjective the target was read from).
    /// </summary>
    private EventLocation? AttackedPositions(Doc text, CodedEvent e, int trigger)
    {
        if (gazetteer is null || stateOf is null || e.Cameo.Length < 2 || e.Cameo[..2] is not ("18" or "19" or "20")) return null;
        if (stateOf(e.Target.Code) is not { } country || country != e.Target.Code || stateOf(e.Source.Code) == country
            || !gazetteer.Countries.TryGetValue(country, out var state) || trigger < 0 || trigger >= text.TokenCount || !text.Tokens[trigger].HasParse) return null;
        foreach (var noun in text.Children(trigger))
        {
            if (text.Tokens[noun].Deprel is not ("obj" or "obl" or "nmod")) continue;
            foreach (var m in text.Children(noun))
                if (m < noun && text.Tokens[m].Deprel is "amod" or "compound" && (text.Tokens[m].Shape & TokenShape.Capitalized) != 0 && text.Tokens[m].IsWord)
                    return new EventLocation(state.Name, "country", country, null, state.Lat, state.Lon, "clause", text.Tokens[m].Start, text.Tokens[noun].End, null, null,
                        $"'{text.Text[text.Tokens[m].Start..text.Tokens[noun].End]}': the attacked side's positions, in {country}; {state.Origin}");
        }
        return null;
    }

    /// <summary>Whether an event without a place of its own happened at the dateline: an actor of its state did it there.</summary>
    private bool AtDateline(CodedEvent e, string country)
    {
        if (stateOf is null) return true;
        if (country.Length == 0) return false;
        string? source = stateOf(e.Source.Code), target = stateOf(e.Target.Code);
        bool meeting = e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo.StartsWith("057", StringComparison.Ordinal);
        bool visit = e.Cameo.StartsWith("042", StringComparison.Ordinal);
        bool abroad = target != null && target != country;
        if (source == country) return !(abroad && (visit || e.QuadClass == 4));
        // an international body (no home state: the IAEA under VIENNA, the ICC under THE HAGUE, NATO at its summit) is where its wire reports it
        if (source is null && e.Source.Code.Length > 0) return true;
        // police, protesters, gunmen whose state no rule gave, and victims whose attacker is unstated: the wire's locals
        if (e.Source.Code.Length == 0 && (e.Source.Role != null || e.Source.IsUnstated && target == country)) return true;
        return target == country && (meeting || visit);
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
