using Entente.Core.Actors;
using Entente.Core.Events;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Places;

/// <summary>
/// Where each actor of an event is (GDELT's Actor1Geo/Actor2Geo, "the location of the actor"): a place the text ties to the
/// actor mention the event was coded from. Basis "name": the actor is named by the place ("Tehran said", "Kyiv accused", a
/// city the actor lexicon reads as an actor). Basis "phrase": a place joined to the actor's words — inside its mention
/// ("officials in Tehran"), just before it ("Lagos police", "Kano's police"), after a preposition of class actor in
/// data/places/place-words.tsv ("police in Lagos", "the police of Kano", "Iranian officials in Baghdad", "troops from the
/// city of Kano"), or below its head in the parse through such a preposition, a possessive or a compound. Only an actor named
/// with a role or sector word, a person or one no dictionary knows takes a place after it: a state's own name does not ("Iran
/// warned the US in Geneva" says where the warning was given). A place of country precision in the actor's own state adds
/// nothing to the state and is left out ("Iran's foreign minister", "police in Nigeria").
/// Reads: the events, the actor mentions, the document's places and parse. Writes: each event's
/// <see cref="CodedEvent.SourcePlace"/> and <see cref="CodedEvent.TargetPlace"/>.
/// </summary>
public sealed class ActorPlacer(Gazetteer gazetteer)
{
    public IReadOnlyList<CodedEvent> Place(Doc text, IReadOnlyList<ActorMention> actors, DocumentPlaces places, IReadOnlyList<CodedEvent> events)
    {
        if (events.Count == 0 || places.Mentions.Count == 0) return events;
        var actorsOf = actors.Where(a => !a.Coreferent).ToLookup(a => a.Sentence);
        var placesOf = places.Mentions.ToLookup(p => p.Sentence);
        var result = new List<CodedEvent>(events.Count);
        foreach (var e in events)
        {
            int sentence = e.Evidence.Sentence;
            var inSentence = placesOf[sentence].ToList();
            if (inSentence.Count == 0) { result.Add(e); continue; }
            var source = PlaceOf(text, actorsOf[sentence], inSentence, e, e.Source, e.Why.Entries.Length > 0 ? e.Why.Entries[0] : null);
            var target = PlaceOf(text, actorsOf[sentence], inSentence, e, e.Target, e.Why.Entries.Length > 1 ? e.Why.Entries[1] : null);
            result.Add(source is null && target is null ? e : e with { SourcePlace = source, TargetPlace = target });
        }
        return result;
    }

    private EventLocation? PlaceOf(Doc text, IEnumerable<ActorMention> actors, List<PlaceMention> places, CodedEvent e, ActorRef actor, string? entry)
    {
        if (actor.IsUnstated || MentionOf(actors, actor, entry, e.Why.TriggerStart) is not { } m) return null;
        var found = Placed(text, m, places);
        if (found is not var (p, basis, how)) return null;
        var l = EventLocator.Of(p, basis);
        return l with { Why = $"'{m.Text}' {how}: {l.Why}" };
    }

    /// <summary>The actor mention an event side was coded from: of the sentence's mentions with its code and name, the one whose
    /// dictionary entries the event gives, else the nearest to the trigger.</summary>
    private static ActorMention? MentionOf(IEnumerable<ActorMention> actors, ActorRef actor, string? entry, int trigger)
    {
        ActorMention? best = null;
        int bestScore = int.MaxValue;
        foreach (var a in actors)
        {
            if (a.Code != actor.Code || a.Name != actor.Name) continue;
            int score = (a.Why == entry ? 0 : 1_000_000) + Math.Abs(a.Start - trigger);
            if (score < bestScore) { best = a; bestScore = score; }
        }
        return best;
    }

    /// <summary>The place tied to the mention, the basis and how, in order: the place the actor is named by, a place inside
    /// its words, one just before it, one after a preposition of class actor, one below its head in the parse; null when none.</summary>
    private (PlaceMention Place, string Basis, string How)? Placed(Doc text, ActorMention m, List<PlaceMention> places)
    {
        int first = m.FirstToken;
        if (first < m.EndToken - 1 && text.KeyIs(first, "the")) first++;
        foreach (var p in places)
            if (p.FirstToken >= m.FirstToken && p.EndToken <= m.EndToken && Own(m, p))
                return p.FirstToken <= first && p.EndToken == m.EndToken ? (p, "name", "is named by the place") : (p, "phrase", "names the place in its words");
        foreach (var p in places)
            if (Own(m, p) && (p.EndToken == m.FirstToken || p.EndToken == m.FirstToken - 1 && text.KeyIs(p.EndToken, "'s")))
                return (p, "phrase", "follows the place");
        bool trailing = m.Role != null || m.Form == ActorForm.Agent || m.Kind == ActorKind.Person || m.Code.Length == 0;
        if (!trailing) return null;
        int end = text.Sentences[m.Sentence].EndToken;
        int k = m.EndToken;
        if (k + 1 < end && gazetteer.ActorWords.Contains(text.Key(k)))
        {
            int j = After(text, k + 1, end);
            foreach (var p in places)
                if (p.FirstToken > k && p.FirstToken <= j && Own(m, p)) return (p, "phrase", $"is joined to the place by '{text.Surface(k)}'");
        }
        int head = PlaceRecognizer.HeadOf(text, m.FirstToken, m.EndToken);
        if (!text.Tokens[head].HasParse) return null;
        foreach (var p in places)
        {
            int ph = PlaceRecognizer.HeadOf(text, p.FirstToken, p.EndToken);
            var t = text.Tokens[ph];
            if (t.Head != head || !Own(m, p) || t.Deprel is not ("nmod" or "nmod:poss" or "compound")) continue;
            string? cased = null;
            foreach (var c in text.Children(ph))
                if (c < ph && text.Tokens[c].Deprel == "case") cased = text.Key(c).ToString();
            if (cased is null || cased == "'s" || gazetteer.ActorWords.Contains(cased))
                return (p, "phrase", cased is null or "'s" ? "has the place as its modifier" : $"is joined to the place by '{cased}'");
        }
        return null;
    }

    /// <summary>The token a place after an actor preposition may start at, past "the", qualifiers ("central", "northern") and a
    /// place noun with its "of" ("the city of", "the eastern province of").</summary>
    private int After(Doc text, int j, int end)
    {
        while (j < end)
        {
            var key = text.Key(j);
            if (key is "the" || gazetteer.Qualifiers.Contains(key)) { j++; continue; }
            if (j + 1 < end && (gazetteer.PlaceNouns.Contains(key.ToString()) || text.Tokens[j].Lemma is { } lemma && gazetteer.PlaceNouns.Contains(lemma))
                && gazetteer.OriginWords.Contains(text.Key(j + 1))) { j += 2; continue; }
            break;
        }
        return j;
    }

    /// <summary>A place of its own: not one of country precision in the actor's own state (it adds nothing to the state).</summary>
    private static bool Own(ActorMention m, PlaceMention p)
        => !(p.Place.Kind == PlaceKind.Country && p.Place.Country == m.Code);
}
