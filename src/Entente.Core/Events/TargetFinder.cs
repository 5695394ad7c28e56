using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Word-order rules for the receiving side: the first actor after the trigger in an allowed slot (direct object or one of
/// the pattern's prepositions), coordinated followers ("Denmark and the Netherlands"), an owner named by its/their, the
/// recipient inside a passive subject, the producer of received equipment, and the actor of an earlier event that a
/// reaction's object refers back to ("condemned the move"). Reads: the sentence context, earlier events and the word
/// classes. Writes: actor mentions (and nothing else).
/// </summary>
internal sealed class TargetFinder
{
    private readonly SubjectFinder _subjects;
    private readonly Func<Doc, int, IReadOnlySet<string>?> _roots;
    private readonly ReferringNouns _referring;
    private readonly ActorLexicon _actors;

    /// <param name="nounRoots">The CAMEO roots of the noun rows a token can trigger ("transfers" → 07), for event coreference.</param>
    /// <param name="referring">Nouns that refer back to an earlier act of a kind ("the incident"), for event coreference.</param>
    /// <param name="actors">The actor lexicon: the state an actor code belongs to, and its name.</param>
    public TargetFinder(SubjectFinder subjects, Func<Doc, int, IReadOnlySet<string>?> nounRoots, ReferringNouns referring, ActorLexicon actors)
    {
        _subjects = subjects; _roots = nounRoots; _referring = referring; _actors = actors;
    }

    /// <summary>"The opposition condemned the verdict", "Castillo called the proceedings an injustice": with no earlier act the
    /// object refers to, a definite noun of data/cameo/referring-nouns.tsv with an agent names who does such acts, of the
    /// reacting actor's state (an organization's home state): the judiciary for a verdict, the protesters for the protests.</summary>
    public ActorMention? ImpliedDoer(SentenceContext ctx, ActorMention source, int objectToken)
    {
        if (objectToken < 0 || _referring.AgentOf(ctx.Text.Key(objectToken)) is not { } role || !Definite(ctx, objectToken)) return null;
        if (_actors.StateOf(source.Code) is not { } state) return null;
        // "the demonstration staged by students": an act whose doer the text names in a clause on the noun is theirs, not implied
        foreach (var c in ctx.Text.Children(objectToken))
            if (ctx.Text.Tokens[c].Deprel is "acl" or "acl:relcl" or "nmod:poss") return null;
        var t = ctx.Text.Tokens[objectToken];
        return new ActorMention(ctx.Facts.Sentence.Index, objectToken, objectToken + 1, t.Start, t.End, ctx.Text.Text[t.Start..t.End], state,
            _actors.NameOf(state), ActorKind.State, role, ActorForm.Agent, false, false, true,
            $"data/cameo/referring-nouns.tsv: who does what '{ctx.Text.Key(objectToken)}' names ({role}), of the reacting actor's state");
    }

    /// <summary>The head word of the object after a trigger ("condemned the strikes" → "strikes"), as a token index, or −1.</summary>
    public static int ObjectHead(SentenceContext ctx, int from, int ce)
    {
        // over the parse: the trigger's own object ("denounced a politically motivated sentence" → "sentence")
        if (ctx.Parsed && from > ctx.First)
            foreach (var c in ctx.Text.Children(from - 1))
                if (c >= from && c < ce && ctx.Text.Tokens[c].Deprel == "obj" && ctx.Text.Tokens[c].Upos is Upos.NOUN or Upos.PROPN) return c;
        for (int j = from; j < Math.Min(ce, from + 4); j++)
        {
            var k = ctx.Text.Key(j);
            if (ctx.Words.Determiners.Contains(k) || k.EndsWith("ly")) continue;
            return ctx.Text.Tokens[j].IsWord ? j : -1;
        }
        return -1;
    }

    /// <summary>
    /// Whoever accused <paramref name="subject"/>: the source of the latest earlier event (this sentence or the three
    /// before) coded under one of <paramref name="answered"/> whose target is the subject ("India accused Pakistan … .
    /// Islamabad denied any role" → India).
    /// </summary>
    public static ActorMention? Accuser(SentenceContext ctx, ActorMention subject, IReadOnlyList<string> answered)
    {
        for (int k = ctx.RecentEvents.Count - 1; k >= 0; k--)
        {
            var e = ctx.RecentEvents[k];
            if (ctx.Facts.Sentence.Index - e.Evidence.Sentence > 3) break;
            // a domestic accuser differs by role: "a court sentenced Khan … Khan denied the charges" (PAK/JUD, PAK/GOV)
            if (e.Target.Code.Length == 0 || e.Target.Code != subject.Code || e.Source.Code == subject.Code && e.Source.Role == subject.Role) continue;
            if (!answered.Any(a => e.Cameo.StartsWith(a, StringComparison.Ordinal))) continue;
            return EarlierSource(ctx, subject, e, "the accuser: source of the accusation answered");
        }
        return null;
    }

    /// <summary>
    /// "US and British warplanes struck Houthi targets, and the Houthis vowed to retaliate": whoever a retaliation answers, the
    /// source of the latest earlier act of force or coercion (CAMEO 13-20; this sentence or the three before) done to the
    /// retaliating party, with that act (whose other doers are targets too: <see cref="CoActors"/>); null when none.
    /// </summary>
    public static ActorMention? Aggressor(SentenceContext ctx, ActorMention victim, out CodedEvent? referred)
    {
        referred = null;
        for (int k = ctx.RecentEvents.Count - 1; k >= 0; k--)
        {
            var e = ctx.RecentEvents[k];
            if (ctx.Facts.Sentence.Index - e.Evidence.Sentence > 3) break;
            if (e.Target.Code != victim.Code || e.Source.Code.Length == 0 || e.Source.Code == victim.Code || string.CompareOrdinal(e.Cameo, "13") < 0) continue;
            referred = e;
            return EarlierSource(ctx, victim, e, "retaliation: the source of the latest act against its actor");
        }
        return null;
    }

    /// <summary>The source of an earlier event standing in as a target, placed at <paramref name="subject"/> (coreferent: named earlier, not here).</summary>
    private static ActorMention EarlierSource(SentenceContext ctx, ActorMention subject, CodedEvent earlier, string why)
        => new(ctx.Facts.Sentence.Index, subject.FirstToken, subject.EndToken, subject.Start, subject.End, earlier.Source.Name,
            earlier.Source.Code, earlier.Source.Name, ActorKind.State, earlier.Source.Role, ActorForm.Name, false, false, true,
            $"{why} ({earlier.Why.Pattern})");

    /// <summary>"Qatar mediated the deal", "after mediation by Qatar", "talks mediated by Washington": with no party named after
    /// the trigger, the parties a mediator works between are those of the latest two-party event of this sentence or the two
    /// before that the mediator is not part of ("The United States and Iran agreed to swap prisoners … Qatar mediated the deal");
    /// else two states this sentence names besides the mediator ("children taken to Russia were returned to Ukraine after
    /// mediation by Qatar"). Empty when neither.</summary>
    public static List<ActorMention> MediatedParties(SentenceContext ctx, ActorMention mediator)
    {
        var parties = new List<ActorMention>();
        for (int k = ctx.RecentEvents.Count - 1; k >= 0 && ctx.Facts.Sentence.Index - ctx.RecentEvents[k].Evidence.Sentence <= 2; k--)
        {
            var e = ctx.RecentEvents[k];
            if (e.IsOneSided || e.Source.Code.Length == 0 || e.Target.Code.Length == 0 || e.Source.Code == e.Target.Code
                || e.Source.Code == mediator.Code || e.Target.Code == mediator.Code) continue;
            parties.Add(EarlierSource(ctx, mediator, e, "the parties of the mediated act"));
            parties.Add(EarlierSource(ctx, mediator, e with { Source = e.Target }, "the parties of the mediated act"));
            return parties;
        }
        foreach (var a in ctx.Facts.Actors)
            if (a.Kind == ActorKind.State && a.Role == null && !a.Modifier && a.Code.Length > 0 && a.Code != mediator.Code && parties.All(x => x.Code != a.Code))
                parties.Add(a);
        if (parties.Count != 2) parties.Clear();
        return parties;
    }

    /// <summary>How many sentences back an act named by its own word ("the strikes") may be.</summary>
    private const int NamedActReach = 6;

    /// <summary>Whether <paramref name="lemma"/> is the lemma of an earlier event's trigger word, or of a noun inside its trigger
    /// phrase or a compound noun on one ("held military flight exercises … called the flights a provocation"), in the same document.</summary>
    private static bool NamesTriggerWord(SentenceContext ctx, CodedEvent earlier, string lemma)
    {
        if (ctx.Text.TokenStartingAt(earlier.Why.TriggerStart) is not (int k and >= 0)) return false;
        var doc = ctx.Text;
        for (int j = k; j < doc.TokenCount && doc.Tokens[j].Start < earlier.Why.TriggerEnd; j++)
        {
            var t = doc.Tokens[j];
            if ((j == k || t.Upos == Upos.NOUN) && string.Equals(t.Lemma, lemma, StringComparison.OrdinalIgnoreCase)) return true;
            // (and the compound nouns before it: "held naval patrol exercises" names the patrols)
            if (t.Upos != Upos.NOUN || !t.HasParse) continue;
            foreach (var c in doc.Children(j))
                if (doc.Tokens[c].Deprel == "compound" && doc.Tokens[c].Upos == Upos.NOUN && string.Equals(doc.Tokens[c].Lemma, lemma, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The source of the most recent earlier event in this or the previous two sentences, if another actor did it.</summary>
    public ActorMention? PreviousActor(SentenceContext ctx, ActorMention subject, int objectToken) => PreviousActor(ctx, subject, objectToken, out _);

    /// <summary><see cref="PreviousActor(SentenceContext, ActorMention, int)"/>, with the earlier event it refers to.</summary>
    public ActorMention? PreviousActor(SentenceContext ctx, ActorMention subject, int objectToken, out CodedEvent? referred)
    {
        referred = null;
        if (ctx.RecentEvents.Count == 0) return null;
        string? objectHead = objectToken < 0 ? null : ctx.Text.Key(objectToken).ToString();
        var last = ctx.RecentEvents[^1];
        bool named = false;
        // prefer the latest recent event named by the object ("the strikes" → the event triggered by "struck"/"strikes")
        if (objectHead is { Length: >= 4 })
        {
            var stem = objectHead.Length > 5 ? objectHead[..5] : objectHead.TrimEnd('s');
            var objectLemma = objectToken >= 0 ? ctx.Text.Tokens[objectToken].Lemma : null;
            // an act named by its own word reaches further back than a generic noun: a paragraph or two ("struck 60 targets …
            // Iran condemned the strikes", five sentences on); the lemma catches irregular forms ("struck" → "strike")
            for (int k = ctx.RecentEvents.Count - 1; k >= 0 && ctx.Facts.Sentence.Index - ctx.RecentEvents[k].Evidence.Sentence <= NamedActReach; k--)
            {
                var trig = ctx.RecentEvents[k].Why.Trigger.ToLowerInvariant();
                if (trig.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(trig.Length > 5 ? trig[..5] : trig, StringComparison.Ordinal)
                    || objectLemma != null && NamesTriggerWord(ctx, ctx.RecentEvents[k], objectLemma))
                { last = ctx.RecentEvents[k]; named = true; break; }
            }
            // or by an event noun of the same CAMEO root ("delivered containers … condemned the transfers": 07)
            if (!named && objectToken >= 0 && _roots(ctx.Text, objectToken) is { Count: > 0 } roots
                && LatestOfRoots(ctx, roots, subject, sourceNamed: false) is { } ofRoot)
            { last = ofRoot; named = true; }
        }
        // "the incident", "the measures": the latest act of the kinds the noun names (data/cameo/referring-nouns.tsv) by another
        // actor, not the words said about it since
        if (!named && objectHead != null && _referring.RootsOf(objectHead) is { } kinds && Definite(ctx, objectToken))
        {
            if (LatestOfRoots(ctx, kinds, subject, sourceNamed: true) is not { } ofKind) return null;
            last = ofKind; named = true;
        }
        // otherwise only a generic act noun ("the move", "the decision", "his remarks") refers back to the last event
        if (!named && (objectHead is null || !ctx.Words.GenericActNouns.Contains(objectHead))) return null;
        if (ctx.Facts.Sentence.Index - last.Evidence.Sentence > (named ? NamedActReach : 3) || last.Source.Code == subject.Code) return null;
        // only when the object is a bare event noun phrase ("the drills", "the transfers"), checked by the caller having found no actor
        referred = last;
        return EarlierSource(ctx, subject, last, "event coreference: the actor of the previous event");
    }

    /// <summary>The latest recent event (this sentence or the three before) under one of <paramref name="roots"/> whose source
    /// is not <paramref name="subject"/>'s code (and, with <paramref name="sourceNamed"/>, is named at all); null when none.</summary>
    private static CodedEvent? LatestOfRoots(SentenceContext ctx, IReadOnlySet<string> roots, ActorMention subject, bool sourceNamed)
    {
        for (int k = ctx.RecentEvents.Count - 1; k >= 0 && ctx.Facts.Sentence.Index - ctx.RecentEvents[k].Evidence.Sentence <= 3; k--)
        {
            var e = ctx.RecentEvents[k];
            if (e.Cameo.Length >= 2 && roots.Contains(e.Cameo[..2]) && (!sourceNamed || e.Source.Code.Length > 0) && e.Source.Code != subject.Code) return e;
        }
        return null;
    }

    /// <summary>A noun that points back: with a definite determiner (word class definite-determiner: "the", "this") or a
    /// possessive ("condemned the incident"; not "provoking confrontation"), or with "a" and a judging modifier, which
    /// characterises an act already told ("denounced a politically motivated sentence").</summary>
    private static bool Definite(SentenceContext ctx, int noun)
    {
        var doc = ctx.Text;
        if (noun < 0 || !doc.Tokens[noun].HasParse) return false;
        bool indefinite = false, judged = false;
        foreach (var c in doc.Children(noun))
        {
            if (doc.Tokens[c].Deprel == "nmod:poss" || doc.Tokens[c].Deprel == "det" && ctx.Words.DefiniteDeterminers.Contains(doc.Key(c)))
                return true;
            indefinite |= doc.Tokens[c].Deprel == "det" && (doc.KeyIs(c, "a") || doc.KeyIs(c, "an"));
            judged |= c < noun && doc.Tokens[c].Deprel == "amod" && doc.Tokens[c].Upos is Upos.ADJ or Upos.VERB && !ctx.Words.PeriodNouns.Contains(doc.Key(c));
        }
        return indefinite && judged;
    }

    /// <summary>"U.S. and British forces struck … Iran condemned the strikes": the other actors of the same act as
    /// <paramref name="referred"/> (the events of the same trigger word in its sentence), as coreferent targets.</summary>
    public static IEnumerable<ActorMention> CoActors(SentenceContext ctx, ActorMention subject, CodedEvent referred)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { referred.Source.Code };
        foreach (var e in ctx.RecentEvents)
            if (e.Evidence.Sentence == referred.Evidence.Sentence && e.Why.TriggerStart == referred.Why.TriggerStart && e.Source.Code.Length > 0
                && e.Source.Code != subject.Code && seen.Add(e.Source.Code))
                yield return EarlierSource(ctx, subject, e, "event coreference: another actor of the previous event");
    }

    /// <summary>"an Israeli airstrike on its consulate": the owner named by its/their in the target phrase.</summary>
    public ActorMention? PossessivePronounTarget(SentenceContext ctx, Candidate c, int ce, ActorMention? source)
    {
        for (int j = c.TriggerEnd; j < Math.Min(ce, c.TriggerEnd + 3); j++)
        {
            if (ctx.Text.KeyIs(j, "its") || ctx.Text.KeyIs(j, "their"))
            {
                if (j - 1 < c.TriggerEnd || !ctx.Words.Prepositions.Contains(ctx.Text.Key(j - 1)) || !c.Pattern.Preps.Contains(ctx.Text.Key(j - 1).ToString())) return null;
                var owner = _subjects.ResolvePronoun(ctx, j, ctx.First);
                return !owner.IsDefaultOrEmpty && (source == null || owner[0].Code != source.Code) ? owner[0] : null;
            }
        }
        return null;
    }

    /// <summary>The recipient inside a passive subject: "aid for Ukraine was pledged", "missiles to Russia were shipped by Iran".</summary>
    public static ActorMention? RecipientInSubject(SentenceContext ctx, int cs, int trigger, System.Collections.Frozen.FrozenSet<string> preps, ActorMention? agent)
    {
        for (int j = cs; j < trigger; j++)
        {
            var a = ctx.ActorStart[j - ctx.First];
            if (a == null || a.Modifier || ctx.Map.Parenthesized(j) || agent != null && a.Code == agent.Code) continue;
            int g = a.FirstToken - 1;
            if (g > cs && ctx.Text.KeyIs(g, "the")) g--;
            if (g < cs) continue;
            if (ctx.Text.KeyIs(g, "for") || ctx.Text.KeyIs(g, "to") && preps.Contains("to")) return a;
        }
        return null;
    }

    /// <summary>Actors coordinated after a mention: "Denmark and the Netherlands", "Israel, Egypt and Jordan".</summary>
    public static List<ActorMention> Followers(SentenceContext ctx, ActorMention m)
    {
        var list = new List<ActorMention>();
        // a mention read back from an earlier sentence (the actor of the previous event) has no followers here
        if (m.FirstToken < ctx.First || m.FirstToken >= ctx.Facts.Sentence.EndToken) return list;
        var cur = m;
        while (true)
        {
            int j = cur.EndToken;
            if (j + 1 >= ctx.Facts.Sentence.EndToken || !(ctx.Text.KeyIs(j, "and") || ctx.Text.KeyIs(j, ","))) break;
            int k = j + 1;
            if (ctx.Text.KeyIs(k, "and")) k++;
            if (ctx.Text.KeyIs(k, "the")) k++;
            if (k >= ctx.Facts.Sentence.EndToken || ctx.Map.ClauseOf(k) != ctx.Map.ClauseOf(m.FirstToken)) break;
            var next = ctx.ActorStart[k - ctx.First];
            if (next == null || next.Modifier) break;
            // "supporting Israel and Iran increasingly criticizing …": the next actor starts its own clause
            int after = next.EndToken;
            if (after < ctx.Facts.Sentence.EndToken && (ctx.Text.Key(after).EndsWith("ly") || ctx.Text.Key(after).EndsWith("ing") || ctx.Text.Key(after).EndsWith("ed")
                || ctx.Words.Auxiliaries.Contains(ctx.Text.Key(after)) && !ctx.Text.KeyIs(after, "to"))) break;
            // after a bare comma the list must go on ("Israel, Egypt and Jordan"), else it is a new clause ("…to Moscow, Brussels would")
            bool afterBareComma = ctx.Text.KeyIs(j, ",") && !ctx.Text.KeyIs(j + 1, "and");
            if (afterBareComma && !(next.EndToken < ctx.Facts.Sentence.EndToken && (ctx.Text.KeyIs(next.EndToken, ",") || ctx.Text.KeyIs(next.EndToken, "and")))) break;
            list.Add(next);
            cur = next;
        }
        return list;
    }

    public static bool ModifiesNextActor(SentenceContext ctx, ActorMention a)
        => a.Modifier && a.EndToken < ctx.Facts.Sentence.EndToken && ctx.ActorStart[a.EndToken - ctx.First] != null;

    /// <summary>The first actor after the trigger in the clause whose governing preposition is allowed (or none, for a direct object).</summary>
    public static ActorMention? FindAfter(SentenceContext ctx, int from, int ce, IEnumerable<string> preps, bool allowObject, HashSet<ActorMention>? exclude)
    {
        var allowed = preps as ICollection<string> ?? preps.ToList();
        string? gov = null;
        var text = ctx.Text;
        int end = ce;
        // "demanded that Israel withdraw": a 'that' clause is the object
        if (allowed.Contains("that") && ce < ctx.Facts.Sentence.EndToken && text.KeyIs(ce, "that")) end = ctx.Map.ClauseSpan(ce).End;
        for (int j = from; j < end; j++)
        {
            if (ctx.Map.Parenthesized(j)) continue;
            var a = ctx.ActorStart[j - ctx.First];
            if (a != null)
            {
                bool ok = gov == null ? allowObject : allowed.Contains(gov);
                if (gov == "that") ok = allowed.Contains("that");
                if (ok && (exclude == null || !exclude.Contains(a)))
                {
                    // "the Russia-led Eurasian Economic Union": a modifier directly before another actor is not the target
                    var next = a.EndToken < ctx.Facts.Sentence.EndToken ? ctx.ActorStart[a.EndToken - ctx.First] : null;
                    if (a.Modifier && next != null) { j = a.EndToken - 1; continue; }
                    return a;
                }
                if (gov == null && !allowObject) { j = a.EndToken - 1; continue; }
                j = a.EndToken - 1;
                continue;
            }
            var key = text.Key(j);
            // "to the Mediterranean to deter Iran": 'to' before a verb is an infinitive, not the preposition
            if (text.KeyIs(j, "to") && j + 1 < end && ctx.ActorStart[j + 1 - ctx.First] == null && !ctx.Words.Determiners.Contains(text.Key(j + 1))
                && text.Tokens[j + 1].IsWord && (text.Tokens[j + 1].Shape & TokenShape.Capitalized) == 0 && !IsNounLike(ctx, j + 1)) gov = "to-infinitive";
            // "more than 60 Houthi targets", "about 20 positions", "up to 30 sites": a preposition that only qualifies a number governs
            // nothing; others govern the counted phrase ("the expulsion of 10 Iranian diplomats", "sanctions on 12 U.S. companies")
            else if (ctx.Words.Prepositions.Contains(key) && (text.KeyIs(j, "than") || j + 1 < end && text.Tokens[j + 1].Kind == TokenKind.Number && QualifiesNumber(ctx, j))) { }
            else if (ctx.Words.Prepositions.Contains(key)) gov = key.ToString();
            else if (text.KeyIs(j, "that")) gov = "that";
            else if (text.KeyIs(j, ",")) gov = ","; // "into the sea on Friday, South Korea's military said": a comma ends the phrase
        }
        return null;
    }

    /// <summary>"about 20", "over 60", "up to 30": an approximating preposition before a number.</summary>
    private static bool QualifiesNumber(SentenceContext ctx, int j)
        => ctx.Words.NumberQualifiers.Contains(ctx.Text.Key(j)) || ctx.Text.KeyIs(j, "to") && j > 0 && ctx.Text.KeyIs(j - 1, "up");

    /// <summary>A word after "to" that reads as a noun (a place or thing), not an infinitive verb: "to eastern Ukraine".</summary>
    private static bool IsNounLike(SentenceContext ctx, int j)
    {
        var k = ctx.Text.Key(j);
        return ctx.EquipmentToken[j - ctx.First] || ctx.Words.NounPhraseStarts.Contains(k);
    }

    /// <summary>"criticizing US involvement", "released two French nationals": an actor adjective inside the object noun phrase.</summary>
    public static ActorMention? ObjectModifier(SentenceContext ctx, int from, int ce, HashSet<ActorMention>? exclude)
    {
        bool sawOf = false;
        for (int j = from; j < Math.Min(ce, from + 7); j++)
        {
            var a = ctx.ActorStart[j - ctx.First];
            if (a != null && (exclude == null || !exclude.Contains(a))) return a;
            if (ctx.Text.KeyIs(j, "of") && !sawOf) { sawOf = true; continue; }
            if (ctx.Words.Prepositions.Contains(ctx.Text.Key(j)) || ctx.Text.KeyIs(j, ",") || ctx.Text.KeyIs(j, "as")) return null;
        }
        return null;
    }

    /// <summary>The supplier of received equipment: a national adjective before it ("Russian Su-35 jets") or the producing state of a named system.</summary>
    public static ActorMention? EquipmentOrigin(SentenceContext ctx, int from, int ce, ActorMention? recipient, Func<string, string> names)
    {
        foreach (var e in ctx.Facts.Equipment)
        {
            if (e.FirstToken < from || e.FirstToken >= ce) continue;
            for (int j = e.FirstToken - 1; j >= from && j >= e.FirstToken - 3; j--)
            {
                var a = ctx.ActorEnd[j - ctx.First];
                if (a != null && (recipient == null || a.Code != recipient.Code)) return a;
            }
        }
        foreach (var e in ctx.Facts.Equipment)
        {
            if (e.FirstToken < from || e.FirstToken >= ce || e.Entry.Country is null) continue;
            if (recipient != null && e.Entry.Country == recipient.Code) continue;
            var code = e.Entry.Country;
            return new ActorMention(ctx.Facts.Sentence.Index, e.FirstToken, e.EndToken, e.Start, e.End, e.Text, code, names(code), ActorKind.State, null, ActorForm.Name,
                false, true, true, $"{e.Entry.Source} (producer of {e.Entry.Name})");
        }
        return null;
    }
}
