using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Word-order rules for the acting side: the subject of a verb (the actor just before it, the clause's first actor outside a
/// prepositional phrase, a relative pronoun's antecedent, a resolved pronoun or possessive), voice, coordinated subjects
/// ("Russia and Iran"), and the agent of an event noun (possessor, national adjective, compound, light-verb subject).
/// Reads: the sentence context and the word classes. Writes: actor mentions (and nothing else).
/// </summary>
internal sealed class SubjectFinder
{
    private readonly KnowledgeBase _kb;

    public SubjectFinder(KnowledgeBase kb) { _kb = kb; }

    public static bool IsPassive(SentenceContext ctx, int trigger)
    {
        var k = ctx.Text.Key(trigger);
        if (k.EndsWith("ing")) return false;
        // reduced relative: "Chinese companies accused of helping Russia", "drones supplied by Iran"
        if (k.EndsWith("ed") && trigger > ctx.First && ctx.ActorEnd[trigger - 1 - ctx.First] is { Possessive: false }
            && trigger + 1 < ctx.Facts.Sentence.EndToken && (ctx.Text.KeyIs(trigger + 1, "of") || ctx.Text.KeyIs(trigger + 1, "by")))
            return true;
        for (int j = trigger - 1; j >= ctx.First && j >= trigger - 3; j--)
        {
            var key = ctx.Text.Key(j);
            if (key.SequenceEqual("to")) return false; // "is to free": an infinitive, not a passive
            if (ctx.Words.BeForms.Contains(key))
                return !(key is "is" or "are" or "was" or "were" && k.EndsWith("s") && !k.EndsWith("ss"));
            if (!ctx.Words.Auxiliaries.Contains(key) && !key.EndsWith("ly")) return false;
        }
        return false;
    }

    /// <summary>The subject of a verb: the actor just before it (over auxiliaries and adverbs), else the clause's first actor outside a prepositional phrase, else a resolved pronoun.</summary>
    public ImmutableArray<ActorMention> FindSubject(SentenceContext ctx, int trigger, int cs)
    {
        var text = ctx.Text;
        int first = ctx.First;
        // 0. "accused Beijing of supplying", "praised Iran for sending": the object of the first verb acts
        if (text.Key(trigger).EndsWith("ing") && trigger - 2 >= cs && (text.KeyIs(trigger - 1, "of") || text.KeyIs(trigger - 1, "for")))
        {
            var obj = ctx.ActorEnd[trigger - 2 - first];
            // "Iran was accused by Israel of supplying": the passive's subject, not its agent, does the second act
            if (obj != null && !IsByAgent(ctx, obj, cs)) return [obj];
            if (obj != null)
                for (int j = cs; j < obj.FirstToken; j++)
                    if (ctx.ActorStart[j - first] is { Modifier: false } passiveSubject && !ctx.Map.Parenthesized(j) && !GovernedByPreposition(ctx, passiveSubject, cs))
                        return Coordinated(ctx, passiveSubject, cs);
        }
        // 0b. "urged Moscow on Saturday to stop buying …": the object of the earlier verb is the subject of the infinitive
        for (int j = trigger - 1; j >= cs && j >= trigger - 3; j--)
        {
            if (!text.KeyIs(j, "to")) continue;
            // only after an appeal or demand ("urged", "asked", "called on", "demanded"): "summoned X to protest" keeps its subject
            for (int k = j - 1; k >= cs && k >= j - 6; k--)
                if (ctx.ActorEnd[k - first] is { } o && ctx.UsedAsObject.Contains(o)
                    && ctx.RecentEvents.Count > 0 && ctx.RecentEvents[^1].Evidence.Sentence == ctx.Facts.Sentence.Index
                    && ctx.RecentEvents[^1].Target.Code == o.Code && ctx.RecentEvents[^1].Cameo[..2] is "02" or "10")
                    return Coordinated(ctx, o, cs);
            break;
        }
        // 1. immediately before: "Iran has supplied", "Washington supporting", "Iran continues to provide"
        int skipped = 0;
        for (int j = trigger - 1; j >= cs && skipped <= 4; j--)
        {
            var a = ctx.ActorEnd[j - first];
            if (a != null && !ctx.Map.Parenthesized(j))
            {
                if (a.Possessive) break;
                // "Iran's mission to the United Nations insisted": an actor inside a prepositional phrase is not the subject
                if (GovernedByPreposition(ctx, a, cs) && !(a.FirstToken - 1 >= cs && ctx.Text.KeyIs(a.FirstToken - 1, "with"))) break;
                return Coordinated(ctx, a, cs);
            }
            var key = text.Key(j);
            if (key.SequenceEqual("it") || key.SequenceEqual("they"))
                return ResolvePronoun(ctx, j, cs);
            if (!text.Tokens[j].IsWord || ctx.Words.Prepositions.Contains(key) && !text.KeyIs(j, "to") || ctx.Words.Determiners.Contains(key)) break;
            if (ctx.EquipmentToken[j - first])
            {
                // "Turkish drones hit …": the nation of the weapon acts
                int e = j;
                while (e > cs && (ctx.EquipmentToken[e - 1 - first] || text.KeyIs(e - 1, "and") && e - 2 >= cs && ctx.EquipmentToken[e - 2 - first])) e--;
                if (e - 1 >= cs && ctx.ActorEnd[e - 1 - first] is { } owner) return Coordinated(ctx, owner, cs);
                break;
            }
            skipped++;
        }
        // 2. the clause subject: first actor of the clause not governed by a preposition and not an earlier object
        for (int j = cs; j < trigger; j++)
        {
            var a = ctx.ActorStart[j - first];
            if (a == null || ctx.Map.Parenthesized(j) || ctx.UsedAsObject.Contains(a)) continue;
            if (a.Modifier && !a.Possessive) continue;
            if (GovernedByPreposition(ctx, a, cs)) continue;
            return Coordinated(ctx, a, cs);
        }
        // 3a. "Orbán, who visited Moscow": the antecedent of a relative pronoun
        if (cs > first && (text.KeyIs(cs, "who") || text.KeyIs(cs, "which") || text.KeyIs(cs, "that")))
        {
            int j = cs - 1;
            if (j > first && text.KeyIs(j, ",")) j--;
            if (j >= first && ctx.ActorEnd[j - first] is { } antecedent && !GovernedByPreposition(ctx, antecedent, first)) return Coordinated(ctx, antecedent, first);
        }
        // 3. a pronoun subject at the clause start, or a coordinated verb phrase with no subject of its own
        for (int j = cs; j < trigger; j++)
        {
            if (text.KeyIs(j, "it") || text.KeyIs(j, "they")) return ResolvePronoun(ctx, j, cs);
            // "denied that its forces had attacked Pakistan": the owner of a possessed subject acts
            // (only to an actor of this sentence: "the group … its fighters seized" must not reach back to another sentence)
            if ((text.KeyIs(j, "its") || text.KeyIs(j, "their")) && PossessedSubjectReaches(ctx, j, trigger))
            {
                var owner = ResolvePronoun(ctx, j, cs);
                return owner.IsDefaultOrEmpty || owner[0].FirstToken < ctx.First ? [] : owner;
            }
        }
        if (cs > first && (text.KeyIs(cs, "and") || text.KeyIs(cs, "but")) && ctx.LastSubject != null)
            return [ctx.LastSubject];
        return [];
    }

    /// <summary>"its forces had", "their own troops": one or two plain words after the possessive, then only auxiliaries or adverbs up to the verb.</summary>
    private static bool PossessedSubjectReaches(SentenceContext ctx, int possessive, int trigger)
    {
        var text = ctx.Text;
        int k = possessive + 1, words = 0;
        while (k < trigger && words < 2 && text.Tokens[k].IsWord && ctx.ActorStart[k - ctx.First] == null && !ctx.EquipmentToken[k - ctx.First]
               && !ctx.Words.Auxiliaries.Contains(text.Key(k)) && !ctx.Words.Prepositions.Contains(text.Key(k)) && !ctx.Words.Determiners.Contains(text.Key(k)))
        { k++; words++; }
        if (words == 0) return false;
        while (k < trigger && (ctx.Words.Auxiliaries.Contains(text.Key(k)) && !text.KeyIs(k, "to") || text.Key(k).EndsWith("ly"))) k++;
        return k == trigger;
    }

    public ImmutableArray<ActorMention> ResolvePronoun(SentenceContext ctx, int pronoun, int cs)
    {
        // the nearest earlier subject-like actor of this sentence, else the previous sentence's subject
        for (int j = pronoun - 1; j >= ctx.First; j--)
        {
            var a = ctx.ActorStart[j - ctx.First];
            if (a != null && !a.Modifier && !ctx.Map.Parenthesized(j) && !GovernedByPreposition(ctx, a, ctx.First) && !NamedAsScene(ctx, a) && !ctx.UsedAsObject.Contains(a))
                return Coordinated(ctx, a, ctx.First);
        }
        // "the exit is likely to hurt their trade more than it hurts ECOWAS": "it" after a subject of its own sentence that is
        // a singular thing, no actor, is that thing, not the previous sentence's subject
        if (ctx.Parsed && ctx.Text.KeyIs(pronoun, "it") && ThingSubjectBefore(ctx, pronoun)) return [];
        return ctx.PreviousSubject != null ? [ctx.PreviousSubject with { Coreferent = true }] : [];
    }

    /// <summary>"The statement said it would retaliate": the pronoun is in a that-clause of the thing's verb, which reports
    /// what its author says ("it" is the author, not the statement).</summary>
    private static bool Reports(Doc doc, int verb, int pronoun)
    {
        if (verb < 0) return false;
        foreach (var c in doc.Children(verb))
            if (doc.Tokens[c].Deprel is "ccomp" or "parataxis" && doc.IsBelow(pronoun, c)) return true;
        return false;
    }

    /// <summary>A singular common noun before <paramref name="pronoun"/> that the parse makes a subject and no actor covers.</summary>
    private static bool ThingSubjectBefore(SentenceContext ctx, int pronoun)
    {
        var doc = ctx.Text;
        for (int j = ctx.First; j < pronoun; j++)
        {
            var t = doc.Tokens[j];
            if (t.Upos == Upos.NOUN && t.Deprel is "nsubj" or "nsubj:pass" && (t.Feats & MorphFeats.NumberPlur) == 0
                && ctx.ActorAt(j) == null && !ctx.Map.Parenthesized(j) && !Reports(doc, t.Head, pronoun))
                return true;
        }
        return false;
    }

    /// <summary>The mention names where something happens (a scene place: "militants in northern Myanmar said they …"), so it is
    /// no antecedent of a pronoun, though an adjective stands between it and its preposition.</summary>
    private static bool NamedAsScene(SentenceContext ctx, ActorMention a)
    {
        foreach (var p in ctx.Facts.Places)
            if (p.Scene && p.FirstToken < a.EndToken && a.FirstToken < p.EndToken) return true;
        return false;
    }

    private static bool IsByAgent(SentenceContext ctx, ActorMention a, int cs)
    {
        int j = a.FirstToken - 1;
        if (j >= cs && ctx.Text.KeyIs(j, "the")) j--;
        return j >= cs && ctx.Text.KeyIs(j, "by");
    }

    public static bool GovernedByPreposition(SentenceContext ctx, ActorMention a, int cs)
    {
        int j = a.FirstToken - 1;
        while (j >= cs && (ctx.Text.KeyIs(j, "the") || ctx.Text.KeyIs(j, "and") && j > ctx.First && ctx.ActorEnd[j - 1 - ctx.First] != null)) j--;
        // "an alliance of ethnic armed groups said": the of-phrase of a body named by its members says who the subject is
        if (j > cs && ctx.Text.KeyIs(j, "of") && ctx.Words.MembershipNouns.Contains(ctx.Text.Key(j - 1))) return false;
        return j >= cs && ctx.Words.Prepositions.Contains(ctx.Text.Key(j)) && !ctx.Text.KeyIs(j, "to");
    }

    /// <summary>A mention plus the actors coordinated with it ("Russia and Iran", "Tehran and Moscow's").</summary>
    private ImmutableArray<ActorMention> Coordinated(SentenceContext ctx, ActorMention a, int cs)
    {
        // common case first: no mention shares the span and no "and"/"," joins a neighbour: no lists to build
        if (!HasCoordination(ctx, a, cs)) return [a];
        var group = new List<ActorMention> { a };
        // same span: "the two countries" resolves to two mentions
        var all = ctx.Facts.Actors;
        for (int k = 0; k < all.Count; k++)
            if (!ReferenceEquals(all[k], a) && all[k].FirstToken == a.FirstToken && all[k].EndToken == a.EndToken) group.Add(all[k]);
        // leftwards: "Russia and Iran", "Russia, China and Iran"
        var cur = a;
        while (true)
        {
            int j = ApposedStart(ctx, cur, cs) - 1;
            if (j > cs && ctx.Text.KeyIs(j, "the")) j--;
            if (j <= cs || !(ctx.Text.KeyIs(j, "and") || ctx.Text.KeyIs(j, ","))) break;
            var prev = ctx.ActorEnd[j - 1 - ctx.First];
            if (prev == null || prev.Possessive || ctx.UsedAsObject.Contains(prev)) break;
            group.Insert(0, prev);
            cur = prev;
        }
        // rightwards from the group's last member: "Russia and Iran signed" when found from the left
        cur = a;
        while (true)
        {
            // "Israeli Prime Minister Benjamin Netanyahu and …": step over the name after a title of the same state
            while (cur.EndToken < ctx.Facts.Sentence.EndToken && ctx.ActorStart[cur.EndToken - ctx.First] is { } named && named.Code == cur.Code && !cur.Possessive) cur = named;
            int j = cur.EndToken;
            if (j + 1 >= ctx.Facts.Sentence.EndToken || !(ctx.Text.KeyIs(j, "and") || ctx.Text.KeyIs(j, ","))) break;
            int k = j + 1;
            if (ctx.Text.KeyIs(k, "the")) k++;
            var next = k - ctx.First < ctx.ActorStart.Length ? ctx.ActorStart[k - ctx.First] : null;
            if (next == null || group.Exists(g => ReferenceEquals(g, next))) break;
            group.Add(next);
            cur = next;
        }
        // one mention per code, first wins
        var distinct = ImmutableArray.CreateBuilder<ActorMention>(group.Count);
        foreach (var m in group)
        {
            bool dup = false;
            foreach (var d in distinct) if (d.Code == m.Code) { dup = true; break; }
            if (!dup) distinct.Add(m);
        }
        return distinct.ToImmutable();
    }

    /// <summary>"Israeli Prime Minister Benjamin Netanyahu": the first token of a name together with the title of the same state just before it
    /// ("Kremlin spokesman Dmitry Peskov": one lower-case title word may stand between them).</summary>
    private int ApposedStart(SentenceContext ctx, ActorMention a, int cs)
    {
        int start = a.FirstToken;
        while (start - 1 > cs)
        {
            int end = start - 1;
            if (ctx.ActorEnd[end - ctx.First] == null && end - 1 > cs && IsTitleWord(ctx, end)) end--;
            if (ctx.ActorEnd[end - ctx.First] is not { } title || title.Code != a.Code || title.Possessive) break;
            start = title.FirstToken;
        }
        return start;
    }

    /// <summary>A plain lower-case noun such as "spokesman" or "envoy": not a function word, cue, verb form or trigger.</summary>
    private bool IsTitleWord(SentenceContext ctx, int j)
    {
        var t = ctx.Text.Tokens[j];
        var k = ctx.Text.Key(j);
        return t.IsWord && (t.Shape & TokenShape.Capitalized) == 0 && ctx.Map.CueOf(j) == null && !ctx.Map.IsLight(j) && !k.EndsWith("ed") && !k.EndsWith("ing")
               && !ctx.Words.Auxiliaries.Contains(k) && !ctx.Words.Prepositions.Contains(k) && !ctx.Words.Determiners.Contains(k)
               && !k.SequenceEqual("and") && !k.SequenceEqual("or") && _kb.Patterns.Triggers.MatchLongest(ctx.Text, j, j + 1, out _) == 0;
    }

    private bool HasCoordination(SentenceContext ctx, ActorMention a, int cs)
    {
        var actors = ctx.Facts.Actors;
        for (int k = 0; k < actors.Count; k++)
            if (!ReferenceEquals(actors[k], a) && actors[k].FirstToken == a.FirstToken && actors[k].EndToken == a.EndToken) return true;
        int before = ApposedStart(ctx, a, cs) - 1;
        if (before > cs && ctx.Text.KeyIs(before, "the")) before--;
        if (before > cs && (ctx.Text.KeyIs(before, "and") || ctx.Text.KeyIs(before, ","))) return true;
        int after = a.EndToken;
        return after + 1 < ctx.Facts.Sentence.EndToken && (ctx.Text.KeyIs(after, "and") || ctx.Text.KeyIs(after, ","));
    }

    /// <summary>The agent of an event noun: possessor ("Iran's supply"), national adjective ("Russian investments"),
    /// compound ("Iran-Russia cooperation"), "its" resolved to the clause subject, or the subject of a light verb
    /// ("Tehran announced its acquisition", "the two countries announced an agreement").</summary>
    public ImmutableArray<ActorMention> FindNounAgent(SentenceContext ctx, Candidate c, int cs)
    {
        var text = ctx.Text;
        int first = ctx.First;
        // "Moscow's military cooperation": the trigger began inside the mention "Moscow's military"
        if (ctx.ActorContaining(c.TriggerStart) is { } container)
            return Coordinated(ctx, container with { Role = null, Possessive = false }, cs);
        int reach = c.TriggerStart - 4;
        for (int j = c.TriggerStart - 1; j >= cs && j >= reach; j--)
        {
            // "a new $250 million military aid package": an amount before the noun counts as one word
            bool amount = false;
            foreach (var q in ctx.Facts.Quantities)
                if (q.FirstToken <= j && j < q.EndToken && q.FirstToken >= cs) { reach -= j - q.FirstToken; j = q.FirstToken; amount = true; break; }
            if (amount) continue;
            // "its 13th package of sanctions", "a new round of talks": look through the collective noun
            if (text.KeyIs(j, "of") && j - 1 >= cs && ctx.Words.CollectiveNouns.Contains(text.Key(j - 1))) { j--; reach = Math.Max(cs, j - 4); continue; }
            if (text.KeyIs(j, "'s") && j - 1 >= first && ctx.ActorEnd[j - 1 - first] is { } owner) return Coordinated(ctx, owner, cs);
            if (ctx.ActorEnd[j - first] is { } adj && (adj.Form == ActorForm.Adjective || adj.Modifier || adj.Possessive || j == c.TriggerStart - 1))
            {
                // "Iran-Russia document", "Russian and Iranian officials": all modifiers immediately before
                var group = new List<ActorMention>();
                foreach (var m in ctx.Facts.Actors) if (m.FirstToken == adj.FirstToken && m.Modifier) group.Add(m);
                if (group.Count >= 2) return [.. group];
                return Coordinated(ctx, adj, cs);
            }
            if (text.KeyIs(j, "its") || text.KeyIs(j, "their"))
            {
                var subj = FindSubject(ctx, j, cs);
                return subj;
            }
            var key = text.Key(j);
            if (!text.Tokens[j].IsWord || ctx.Words.Prepositions.Contains(key) || ctx.EquipmentToken[j - first]) break;
            if (ctx.Map.IsLight(j))
            {
                var subj = FindSubject(ctx, j, cs);
                if (!subj.IsDefaultOrEmpty) return subj;
                break;
            }
            // do not reach past another verb for an adjective ("Iranian media reported the arrival")
            if (ctx.Map.CueOf(j) is Cue.Report or Cue.Denial or Cue.Confirm || ctx.Words.Auxiliaries.Contains(key) || key.EndsWith("ed")) break;
        }
        // object of a report verb by a state's media or government: "Iranian media reported the arrival of …"
        if (c.Pattern.Frame == Frame.Receiver)
        {
            for (int j = c.TriggerStart - 1; j >= cs; j--)
                if (ctx.Map.CueOf(j) == Cue.Report)
                {
                    var subj = FindSubject(ctx, j, cs);
                    if (!subj.IsDefaultOrEmpty && subj[0].Role is "MED" or "GOV") return [subj[0] with { Role = null, Why = subj[0].Why + " (recipient: the state whose media or government reported the arrival)" }];
                    break;
                }
        }
        // "agreed to establish a factory in Russia for joint drone production": a joint activity of the clause subject
        // (not for agreement nouns: "held talks on a peace treaty" does not sign one)
        if (c.Pattern.Frame == Frame.Symmetric && c.Pattern.Cameo[..2] == "06")
        {
            var subj = FindSubject(ctx, c.TriggerStart, cs);
            if (!subj.IsDefaultOrEmpty) return subj;
        }
        return [];
    }
}
