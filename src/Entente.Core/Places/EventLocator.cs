using System.Collections.Frozen;
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
/// <param name="acts">CAMEO code sets from data/cameo: acts done to people or places (victim-roots: a capital named
/// without a case word is their scene, "missiles struck Kyiv"), acts that reach into the target's state (abroad-codes) and acts
/// done at a distance (remote-codes); without them no capital without a case word is a scene and no act is done abroad.</param>
public sealed class EventLocator(Func<string, string?>? stateOf = null, Gazetteer? gazetteer = null, LocatorActs? acts = null)
{
    private readonly LocatorActs _acts = acts ?? LocatorActs.Default;

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
        // an act inside "after …" is not placed by the main clause's scene
        bool timePhrase = InTimePhrase(text, trigger);
        foreach (var m in places.Mentions)
        {
            if (m.Sentence != sentence || !m.Scene) continue;
            // the dateline's own words (parsed apart and hung on the body's root) are the dateline basis, not the clause's
            if (places.Dateline is { } dl && m.Start < dl.End && dl.Start < m.End) continue;
            // a capital without a case word is the government acted on ("urged Beirut", "delivered missiles to Kyiv", "cut ties
            // with Tehran"), the scene only of a material attack on it ("missiles struck Kyiv")
            if (m.Seat && !Knowledge.CameoRootSet.Covers(_acts.ActedOn, e.Cameo)) continue;
            int distance = Math.Abs(m.Start - e.Why.TriggerStart);
            int head = PlaceRecognizer.HeadOf(text, m.FirstToken, m.EndToken);
            if (trigger >= 0 && trigger < text.TokenCount && StepsBelow(text, head, trigger) is int steps
                && (steps < clauseSteps || steps == clauseSteps && distance < clauseDistance))
            {
                clause = m; clauseSteps = steps; clauseDistance = distance;
            }
            else if (m.Cased != null && distance < sentenceDistance && !timePhrase && OverClause(text, m, trigger)) { inSentence = m; sentenceDistance = distance; }
        }
        if (clause != null) return Joined(text, places, clause, e) ?? Of(clause, "clause");
        if (inSentence != null) return Of(inSentence, "sentence");
        if (Nationwide(text, e) is { } state) return state;
        if (AttackedPositions(text, e, trigger) is { } target) return target;
        return places.Dateline is { } d && AtDateline(e, d.Place.Country) ? Of(d, "dateline") : null;
    }

    /// <summary>
    /// A clause's place joined to other scene places by a conjunction ("in Sanaa, Hodeidah and Taiz", "in Khost and Paktika
    /// provinces"): the smallest place holding them all, their state at country precision; places of several states ("visited
    /// Moscow and Beijing"): the one in the state of the event's target, when one is; null when the place stands alone,
    /// the others are the same place, or the gazetteer has no point for the state.
    /// </summary>
    private EventLocation? Joined(Doc text, DocumentPlaces all, PlaceMention m, CodedEvent e)
    {
        if (gazetteer is null) return null;
        int head = PlaceRecognizer.HeadOf(text, m.FirstToken, m.EndToken);
        if (!text.Tokens[head].HasParse) return null;
        // the first conjunct: the place itself, or the one it is joined to
        int first = text.Tokens[head].Deprel == "conj" ? text.Tokens[head].Head : head;
        string? country = m.Place.Country, target = stateOf?.Invoke(e.Target.Code);
        bool other = false;
        PlaceMention? ofTarget = m.Place.Country == target ? m : null;
        foreach (var o in all.Mentions)
        {
            if (o == m || o.Sentence != m.Sentence || !o.Scene) continue;
            int h = PlaceRecognizer.HeadOf(text, o.FirstToken, o.EndToken);
            bool joined = h == first || text.Tokens[h].Deprel == "conj" && text.Tokens[h].Head == first;
            if (!joined || o.Place == m.Place) continue;
            other = true;
            if (o.Place.Country != country) country = null;
            if (target != null && o.Place.Country == target) ofTarget ??= o;
        }
        if (!other) return null;
        if (country is null) return ofTarget is { } t ? Of(t, "clause") : null;
        if (country is not { Length: > 0 } || !gazetteer.Countries.TryGetValue(country, out var state)) return null;
        int start = Math.Min(m.Start, text.Tokens[first].Start);
        return OfState(state, country, "clause", start, m.End, $"{m.Text} and other places of {country} joined to it: their state");
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
            return OfState(state, country, "sentence", start, text.Tokens[t].End, $"'{text.Text[start..text.Tokens[t].End]}': an act across the state of {country}");
        }
        return null;
    }

    /// <summary>
    /// An attack on another state's forces or installations named by its adjective ("attacked Israeli army positions",
    /// "strikes on Indian air bases", "fired at Pakistani military posts"): the target area is that state's, at country
    /// precision, basis clause. Only for material attacks (CAMEO 18–20) on a state whose state is not the attacker's, when
    /// the trigger's object or oblique noun is modified by a capitalised word (the adjective the target was read from), or is
    /// the attacked state's own name ("fired missiles at Israel").
    /// </summary>
    private EventLocation? AttackedPositions(Doc text, CodedEvent e, int trigger)
    {
        if (gazetteer is null || stateOf is null || e.Cameo.Length < 2 || e.Cameo[..2] is not ("18" or "19" or "20")) return null;
        if (stateOf(e.Target.Code) is not { } country || country != e.Target.Code || stateOf(e.Source.Code) == country
            || !gazetteer.Countries.TryGetValue(country, out var state) || trigger < 0 || trigger >= text.TokenCount || !text.Tokens[trigger].HasParse) return null;
        foreach (var noun in text.Children(trigger))
        {
            if (text.Tokens[noun].Deprel is not ("obj" or "obl" or "nmod")) continue;
            // "launched more than 300 drones and missiles at Israel", "struck Syria": the attacked state named as the act's
            // object or oblique is where it landed
            // (or an oblique of the object: "launched drones at Israel" hung on "drones")
            int named = text.Tokens[noun].Upos == Upos.PROPN && NamesState(text, noun, state.Name) ? noun : -1;
            if (named < 0 && text.Tokens[noun].Deprel == "obj")
                foreach (var n in text.Children(noun))
                    if (text.Tokens[n].Deprel == "nmod" && text.Tokens[n].Upos == Upos.PROPN && NamesState(text, n, state.Name)) named = n;
            if (named >= 0)
                return OfState(state, country, "clause", text.Tokens[named].Start, text.Tokens[named].End,
                    $"'{text.Text[text.Tokens[named].Start..text.Tokens[named].End]}': the attacked state, where the attack landed");
            foreach (var m in text.Children(noun))
                if (m < noun && text.Tokens[m].Deprel is "amod" or "compound" && (text.Tokens[m].Shape & TokenShape.Capitalized) != 0 && text.Tokens[m].IsWord)
                    return OfState(state, country, "clause", text.Tokens[m].Start, text.Tokens[noun].End,
                        $"'{text.Text[text.Tokens[m].Start..text.Tokens[noun].End]}': the attacked side's positions, in {country}");
        }
        return null;
    }

    /// <summary>The name (a one-word head, or the head with its compound words before it: "South Korea") is the state's own.</summary>
    private static bool NamesState(Doc text, int noun, string stateName)
    {
        int start = noun;
        foreach (var c in text.Children(noun))
            if (c < start && text.Tokens[c].Deprel is "compound" or "flat") start = c;
        return text.Text.AsSpan(text.Tokens[start].Start, text.Tokens[noun].End - text.Tokens[start].Start).Equals(stateName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether an event without a place of its own happened at the dateline: an actor of its state did it there.</summary>
    private bool AtDateline(CodedEvent e, string country)
    {
        if (stateOf is null) return true;
        if (country.Length == 0) return false;
        string? source = stateOf(e.Source.Code), target = stateOf(e.Target.Code);
        // a telephone call is between two places, at neither
        if (CameoRootSet.Covers(_acts.Remote, e.Cameo)) return false;
        bool meeting = e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo.StartsWith("057", StringComparison.Ordinal);
        bool visit = e.Cameo.StartsWith("042", StringComparison.Ordinal);
        bool abroad = target != null && target != country;
        if (source == country) return !(abroad && CameoRootSet.Covers(_acts.Abroad, e.Cameo));
        // an international body (no home state: the IAEA under VIENNA, the ICC under THE HAGUE, NATO at its summit) is where its
        // wire reports it, but not when it speaks to or of the dateline's state ("the UN urged Bangladesh to investigate"): that
        // is said from its seat
        if (source is null && e.Source.Code.Length > 0) return !(target == country && e.QuadClass is 1 or 3);
        // police, protesters, gunmen whose state no rule gave, and victims whose attacker is unstated: the wire's locals
        if (e.Source.Code.Length == 0 && (e.Source.Role != null || e.Source.IsUnstated && target == country)) return true;
        return target == country && (meeting || visit);
    }

    /// <summary>
    /// Whether a place of the sentence outside the trigger's clause sets the scene for it, judged on the paths from the place
    /// and from the trigger up to the word above both: the place's path may not cross an adverbial clause after its head
    /// ("recalled its ambassador, citing the tragedy in Gaza"; a fronted one sets the scene: "Speaking in Odesa, he urged …"),
    /// another predicate joined by a conjunction ("condemned the strikes and summoned the envoy in Baghdad", "both sides
    /// accused each other, and explosions were heard in Srinagar") nor a parenthetical clause ("the coup in Niamey, after which
    /// ECOWAS closed its borders" as the parser reads it); the trigger's path no parenthetical clause nor a predicate joined
    /// with its own subject ("the minister is due in Yerevan, and Paris said it is ready to discuss …"; "detained them in
    /// Lahore and beat them" keeps it). True when either is unparsed.
    /// </summary>
    private static bool OverClause(Doc text, PlaceMention m, int trigger)
    {
        int head = PlaceRecognizer.HeadOf(text, m.FirstToken, m.EndToken);
        if (trigger < 0 || trigger >= text.TokenCount || !text.Tokens[head].HasParse || !text.Tokens[trigger].HasParse) return true;
        // the word above both: the first of the trigger's ancestors that is also the place's
        var above = new List<int>(8);
        for (int k = trigger, steps = 0; k >= 0 && steps < 32; steps++, k = text.Tokens[k].Head) above.Add(k);
        int top = -1;
        for (int k = head, steps = 0; k >= 0 && steps < 32; steps++, k = text.Tokens[k].Head)
            if (above.Contains(k)) { top = k; break; }
        if (top < 0) return false;
        for (int k = head; k != top; k = text.Tokens[k].Head)
        {
            var t = text.Tokens[k];
            if (t.Deprel is "parataxis" || t.Deprel is "conj" && (t.Upos is Upos.VERB or Upos.AUX || HasSubject(text, k))
                || t.Deprel is "advcl" && k > t.Head) return false;
        }
        for (int k = trigger; k != top; k = text.Tokens[k].Head)
        {
            var t = text.Tokens[k];
            if (t.Deprel is "parataxis" || t.Deprel is "conj" && HasSubject(text, k) && !Relative(text, k)) return false;
        }
        return true;
    }

    /// <summary>"reunited with their families in Ukraine after mediation by Qatar", "after Israel struck the consulate, Iran fired
    /// drones at Israel": a trigger inside a phrase or clause opened by a clause preposition (word class clause-preposition:
    /// after, before, since, until) names an earlier or later act, which the main clause's places do not place.</summary>
    private bool InTimePhrase(Doc text, int trigger)
    {
        if (_acts.ClausePrepositions is not { } words || trigger < 0 || trigger >= text.TokenCount || !text.Tokens[trigger].HasParse) return false;
        for (int k = trigger, steps = 0; k >= 0 && steps < 32; steps++, k = text.Tokens[k].Head)
        {
            if (text.Tokens[k].Deprel is not ("obl" or "advcl" or "nmod" or "acl")) continue;
            foreach (var c in text.Children(k))
                if (text.Tokens[c].Deprel is "case" or "mark" && words.Contains(text.Key(c))) return true;
        }
        return false;
    }

    /// <summary>A predicate the parser joined by a conjunction that opens with a relative word ("a visit to China, during which
    /// they pledged …"): a relative clause of what comes before, not an act of its own.</summary>
    private static bool Relative(Doc text, int predicate)
    {
        foreach (var c in text.Children(predicate))
        {
            if (c > predicate) break;
            if (text.Tokens[c].Xpos is ['W', ..]) return true;
        }
        return false;
    }

    private static bool HasSubject(Doc text, int predicate)
    {
        foreach (var c in text.Children(predicate))
            if (text.Tokens[c].Deprel is "nsubj" or "nsubj:pass") return true;
        return false;
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

    /// <summary>A state as a location at country precision (the gazetteer's row for it), on a basis, over the words
    /// [<paramref name="start"/>, <paramref name="end"/>), with why (the row's origin appended).</summary>
    private static EventLocation OfState(Place state, string country, string basis, int start, int end, string why)
        => new(state.Name, "country", country, null, state.Lat, state.Lon, basis, start, end, null, null, $"{why}; {state.Origin}");

    /// <summary>The location of a place mention on a basis, with the mention's why.</summary>
    internal static EventLocation Of(PlaceMention m, string basis)
    {
        var p = m.Place;
        return new EventLocation(p.Name, p.Precision, p.Country.Length > 0 ? p.Country : null, p.Admin1, p.Lat, p.Lon, basis, m.Start, m.End,
            p.Id.Length > 0 ? p.Id : null, p.Admin1Code, m.Why);
    }
}

/// <summary>The CAMEO code sets the <see cref="EventLocator"/> reads (data/cameo): <paramref name="ActedOn"/> codes (prefixes)
/// of acts done to people or places (victim-roots), <paramref name="Abroad"/> codes of acts that reach into the target's state
/// (abroad-codes), <paramref name="Remote"/> codes of acts done at a distance (remote-codes), <paramref name="ClausePrepositions"/>
/// the words that open a time phrase or clause (word class clause-preposition: an act inside one is not placed at the main
/// clause's scene; none without it).</summary>
public sealed record LocatorActs(FrozenSet<string> ActedOn, FrozenSet<string> Abroad, FrozenSet<string> Remote, Knowledge.WordSet? ClausePrepositions = null)
{
    /// <summary>None: no capital without a case word is a scene, no act is done abroad or at a distance.</summary>
    public static readonly LocatorActs Default = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty);
}
