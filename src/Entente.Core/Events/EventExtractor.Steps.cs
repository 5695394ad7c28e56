using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>The steps over a sentence's coded events once every trigger has been tried: which event is the sentence's main
/// one, and which readings another event of the sentence carries (a measured flow, a rejected act, the frame of a threat or
/// a one-actor frame of a two-party act).</summary>
public sealed partial class EventExtractor
{
    /// <summary>The sentence's events in the order of their triggers' depth in the parse, text order among equals: the main
    /// clause's event first ("The civilians imprisoned for protesting were released": the release, then the imprisonment), so
    /// that a reader taking one event per sentence takes the one the sentence reports.</summary>
    private static void MainEventFirst(SentenceContext ctx, List<CodedEvent> events, int from)
    {
        if (!ctx.Parsed || events.Count - from < 2) return;
        var doc = ctx.Text;
        int Depth(CodedEvent e)
        {
            // from the trigger phrase's head ("hunger strike" → strike, not the compound "hunger" below it)
            int first = ctx.TokenAt(e.Why.TriggerStart), last = ctx.TokenAt(Math.Max(e.Why.TriggerStart, e.Why.TriggerEnd - 1));
            int d = 0;
            for (int h = doc.Tokens[DependencyArguments.PhraseHead(doc, first, last + 1)].Head; h >= 0 && d < 64; h = doc.Tokens[h].Head) d++;
            return d;
        }
        var ordered = events.Skip(from).Select((e, i) => (e, i, d: Depth(e))).OrderBy(x => x.d).ThenBy(x => x.i).Select(x => x.e).ToList();
        for (int k = 0; k < ordered.Count; k++) events[from + k] = ordered[k];
    }

    /// <summary>"tightened its curbs on shipments of drone parts to Iran", "lifted the ban on arms sales": a flow noun (word
    /// class flow-noun) inside the phrase of a measure on it (data/cameo/measure-codes.tsv: rejections, reduced relations
    /// and their easing) names what the measure restricts, not a delivery that took place: its own event is dropped.</summary>
    private void DropMeasuredFlows(SentenceContext ctx, List<CodedEvent> events, int from)
    {
        if (!ctx.Parsed || events.Count - from < 2) return;
        var doc = ctx.Text;
        var measures = new List<int>();
        foreach (var e in events.Skip(from))
            if (CameoRootSet.Covers(_kb.MeasureCodes, e.Cameo))
            {
                int m = ctx.TokenAt(e.Why.TriggerStart);
                measures.Add(m);
                // "tightened its curbs | on shipments …": the parser may hang the phrase on the measure noun's verb
                if (doc.Tokens[m].Upos == Upos.NOUN && doc.Tokens[m].Deprel == "obj" && doc.Tokens[m].Head >= 0) measures.Add(doc.Tokens[m].Head);
            }
        if (measures.Count == 0) return;
        for (int k = events.Count - 1; k >= from; k--)
        {
            int t = ctx.TokenAt(events[k].Why.TriggerStart);
            if (doc.Tokens[t].Upos != Upos.NOUN || doc.Tokens[t].Lemma is not { } lemma || !ctx.Words.FlowNouns.Contains(lemma.AsSpan())) continue;
            // up the noun phrase: nmod/obl/compound links only, a few steps
            for (int h = doc.Tokens[t].Head, steps = 0, child = t; h >= 0 && steps < 3; child = h, h = doc.Tokens[h].Head, steps++)
            {
                if (measures.Contains(h) && h != t) { events.RemoveAt(k); break; }
                if (doc.Tokens[child].Deprel is not ("nmod" or "obl" or "compound" or "obj")) break;
            }
        }
    }

    /// <summary>"Bangladesh imposed a nationwide curfew": a measure of data/cameo/population-codes.tsv with no target named
    /// targets the source state's own civilians (CAMEO's reading of curfews, emergencies and shutdowns).</summary>
    private void PopulationTargets(List<CodedEvent> events, int from)
    {
        for (int k = from; k < events.Count; k++)
        {
            var e = events[k];
            if (!e.Target.IsUnstated || e.Source.Code.Length != 3 || !CameoRootSet.Covers(_kb.PopulationCodes, e.Cameo)) continue;
            events[k] = WithStatedTarget(e, new ActorRef(e.Source.Code, e.Source.Name, "CVL"),
                "target: the source state's civilians, for a measure on its own people (data/cameo/population-codes.tsv)");
        }
    }

    /// <summary>"Thousands of protesters marched on parliament … Police detained 13 people", "Bangladesh … deployed the army after
    /// days of clashes between police and protesters": an act against a crowd or an armed group at home
    /// (data/cameo/crowd-codes.tsv) whose target is only unspecified people (word class unspecified-people, role CVL), or who
    /// names no target at all, is aimed at the group of one of the code's roles (protesters, rebels, gunmen) of the same state
    /// (or of none) named in its sentence or the two before, the nearest first.</summary>
    private void CrowdTargets(IReadOnlyList<SentenceFacts> sentences, List<CodedEvent> events, int from)
    {
        for (int k = from; k < events.Count; k++)
        {
            var e = events[k];
            if (!CameoRootSet.Longest(_kb.CrowdRoles, e.Cameo, out var row)) continue;
            var roles = row.Roles;
            bool people = e.Target.Role == "CVL" && OnlyUnspecifiedPeople(sentences, e);
            bool none = row.Unnamed && e.Target.IsUnstated && !e.Source.IsUnstated && e.Source.Code.Length == 3 && e.Source.Role is null or "GOV" or "MIL" or "COP"
                && _kb.Actors.StateOf(e.Source.Code) == e.Source.Code;
            if (!people && !none) continue;
            string state = e.Target.Code.Length > 0 ? e.Target.Code : e.Source.Code;
            if (NearestGroup(sentences, e.Evidence.Sentence, roles, state) is not { } group || group.Role == e.Source.Role) continue;
            events[k] = WithStatedTarget(e, new ActorRef(state.Length > 0 ? state : group.Code, state.Length > 0 ? _kb.Actors.NameOf(state) : group.Name, group.Role),
                $"target: the group named nearby ('{group.Text}', {group.Role}), for {(people ? "people held or dispersed" : "a show of force with no target named")} at home (data/cameo/crowd-codes.tsv)");
        }
    }

    /// <summary>Whether the event's sentence names civilians of the target's state only as unspecified people (the event's
    /// target keeps no span).</summary>
    private bool OnlyUnspecifiedPeople(IReadOnlyList<SentenceFacts> sentences, CodedEvent e)
    {
        bool unspecified = false, named = false;
        if (FactsOf(sentences, e.Evidence.Sentence) is { } f)
            foreach (var a in f.Actors)
                if (a.Role == "CVL" && a.Code == e.Target.Code)
                {
                    int space = a.Text.LastIndexOf(' ');
                    if (_kb.Words.UnspecifiedPeople.Contains(a.Text[(space + 1)..].ToLowerInvariant())) unspecified = true; else named = true;
                }
        return unspecified && !named;
    }

    /// <summary>The group of one of <paramref name="roles"/> (no person) of <paramref name="state"/> or of none named in sentence
    /// <paramref name="sentence"/> or the two before, the nearest sentence first.</summary>
    private static ActorMention? NearestGroup(IReadOnlyList<SentenceFacts> sentences, int sentence, ImmutableArray<string> roles, string state)
    {
        for (int back = 0; back <= 2; back++)
            if (FactsOf(sentences, sentence - back) is { } f)
                foreach (var a in f.Actors)
                    if (a.Role is { } role && roles.Contains(role) && a.Kind != ActorKind.Person && (a.Code.Length == 0 || state.Length == 0 || a.Code == state))
                        return a;
        return null;
    }

    /// <summary>The facts of sentence <paramref name="index"/>: the document's facts are in sentence order, one per sentence.</summary>
    private static SentenceFacts? FactsOf(IReadOnlyList<SentenceFacts> sentences, int index)
        => index >= 0 && index < sentences.Count && sentences[index].Sentence.Index == index ? sentences[index] : null;

    /// <summary>"Bangladesh imposed a nationwide curfew", "Kenya deployed the army against protesters": a state named with no
    /// body of its own acting on a part of its own people (the same code, with a role) acts through its government, as CAMEO
    /// reads a state's name; the source takes the role GOV, and <c>why</c> says so.</summary>
    private static void DomesticStateActsAsGovernment(List<CodedEvent> events, int from)
    {
        for (int k = from; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Source.Role != null || e.Source.Code.Length != 3 || e.Target.Code != e.Source.Code || e.Target.Role == null) continue;
            events[k] = e with
            {
                Source = e.Source with { Role = "GOV" },
                Why = e.Why with
                {
                    Entries = e.Why.Entries.IsDefaultOrEmpty ? [GovernmentNote(e)] : e.Why.Entries.SetItem(0, e.Why.Entries[0] + "; " + GovernmentNote(e)),
                },
            };
        }
    }

    private static string GovernmentNote(CodedEvent e) => $"role GOV: {e.Source.Code} acting on its own {e.Target.Role} is its government";

    /// <summary>A one-actor event given the target a later step found: its why loses the empty target's entry and the
    /// one-actor cue, and says where the target came from.</summary>
    internal static CodedEvent WithStatedTarget(CodedEvent e, ActorRef target, string reason) => e with
    {
        Target = target,
        Why = e.Why with
        {
            Entries = e.Why.Entries.Where(x => x != NoTargetNamed).Append(reason).ToImmutableArray(),
            Cues = e.Why.Cues.Where(x => x != EventCoder.OneActorNoTarget).ToImmutableArray(),
        },
    };

    /// <summary>A victim-only event given the source a later step found: its why's empty-source entry becomes
    /// <paramref name="reason"/> and it loses the one-actor cue.</summary>
    internal static CodedEvent WithStatedSource(CodedEvent e, ActorRef source, string reason) => e with
    {
        Source = source,
        Why = e.Why with
        {
            Entries = e.Why.Entries.Select(x => x == NoSourceNamed ? reason : x).ToImmutableArray(),
            Cues = e.Why.Cues.Where(x => x != EventCoder.VictimOnly).ToImmutableArray(),
        },
    };

    /// <summary>"Islamic Jihad rejected an invitation to attend a meeting of Palestinian factions", "Iran rejected a proposal to
    /// send troops to Syria": an act below a one-actor rejection (root 12) in the parse is what is rejected, not an act that
    /// takes place. The rejection takes the act's target (and its two-party confidence) and the act is dropped.</summary>
    private static void RejectedActs(SentenceContext ctx, List<CodedEvent> events, int from)
    {
        if (!ctx.Parsed || events.Count - from < 2) return;
        for (int k = from; k < events.Count; k++)
        {
            var r = events[k];
            if (!r.Cameo.StartsWith("12", StringComparison.Ordinal) || !r.Target.IsUnstated || r.Source.IsUnstated) continue;
            int m = EventBelow(ctx, events, from, k, a => !a.IsOneSided && a.Source.Code == r.Source.Code && a.Target.Code != r.Source.Code);
            if (m < 0) continue;
            var act = events[m];
            events[k] = WithStatedTarget(r, act.Target, $"target: the rejected act's ({act.Why.Pattern})") with { Confidence = Math.Max(r.Confidence, act.Confidence) };
            events.RemoveAt(m);
            if (m < k) k--;
        }
    }

    /// <summary>The index of the first other event of the sentence (from <paramref name="from"/>) that <paramref name="matches"/>
    /// and whose trigger event <paramref name="k"/>'s trigger governs in the parse (not a verb coordinated with it); -1 when none.</summary>
    private static int EventBelow(SentenceContext ctx, List<CodedEvent> events, int from, int k, Func<CodedEvent, bool> matches)
    {
        int above = ctx.TokenAt(events[k].Why.TriggerStart);
        for (int m = from; m < events.Count; m++)
        {
            if (m == k || !matches(events[m])) continue;
            int below = ctx.TokenAt(events[m].Why.TriggerStart);
            if (ctx.Text.IsGovernedBy(below, above)) return m;
        }
        return -1;
    }

    /// <summary>"Hezbollah threatened to retaliate against Israel", "Tokyo pledged to send aid to Manila", "Rome vowed to hold
    /// talks with Tunis": an announcing verb's own event (codes of data/cameo/announcing-codes.tsv: general intents and threats) says
    /// less than the event coded from the act it governs between the same parties (as what was announced, 138 or 033, or
    /// with the status the announcement gives it), so the verb's event is dropped.</summary>
    private void DropAnnouncingFrames(SentenceContext ctx, List<CodedEvent> events, int from)
    {
        if (!ctx.Parsed || events.Count - from < 2) return;
        for (int k = events.Count - 1; k >= from; k--)
        {
            var frame = events[k];
            if (CameoRootSet.Covers(_kb.AnnouncingCodes, frame.Cameo)
                && EventBelow(ctx, events, from, k, act => act.Source.Code == frame.Source.Code && act.Target.Code == frame.Target.Code && act.Target.Name == frame.Target.Name) >= 0)
                events.RemoveAt(k);
        }
    }

    /// <summary>A one-actor event of a source that also acts on a named target in the same sentence is the frame of that act
    /// ("Iran denied that its forces attacked Pakistan", "Germany pledged to provide Ukraine with aid"): the two-party event
    /// carries it (as status or code), so the one-actor reading is dropped. A response (data/cameo/accusation-responses.tsv)
    /// coordinated with the two-party act of the same source is an act of its own, aimed at the same party ("Kyiv called
    /// Bamako's decision hasty and denied any involvement": the denial answers Mali).</summary>
    private void DropCoveredOneSided(SentenceContext ctx, List<CodedEvent> events, int from)
    {
        for (int k = events.Count - 1; k >= from; k--)
        {
            if (!events[k].IsOneSided) continue;
            for (int m = from; m < events.Count; m++)
                if (m != k && !events[m].IsOneSided && Covers(events[m], events[k]) && Frames(ctx, events[k], events[m]))
                {
                    // (not when the act is itself what is denied: "Tehran has sent Russia drones, which Iranian officials deny")
                    if (!events[k].Source.IsUnstated && events[m].Source.Code == events[k].Source.Code && _kb.Responses.IsResponse(events[k].Cameo)
                        && events[m].Status != EventStatus.Denied && Coordinated(ctx, events[k], events[m]))
                        events[k] = WithStatedTarget(events[k], events[m].Target, $"target: the coordinated act's ({events[m].Why.Pattern})");
                    else events.RemoveAt(k);
                    break;
                }
        }
    }

    /// <summary>Whether the one-actor event can be the frame of the two-party act: without a parse, always; with one, when the act
    /// is its complement or lies inside one ("denied that its forces attacked", "pledged to provide", "denied involvement in the
    /// attack", "returned to the streets to demand"), or is coordinated with it. Not an act in an adverbial clause of the
    /// two-party act ("protested after Pyongyang launched a missile"), nor an act that only follows from it ("troops raided the hospital, prompting
    /// Ankara to recall its envoy": the raid is an event of its own, the recall aimed at its doers).</summary>
    private static bool Frames(SentenceContext ctx, CodedEvent frame, CodedEvent act)
    {
        if (!ctx.Parsed) return true;
        var doc = ctx.Text;
        int f = ctx.TokenAt(frame.Why.TriggerStart), a = ctx.TokenAt(act.Why.TriggerStart);
        if (Coordinated(ctx, frame, act)) return true;
        // an event noun stands where the verb it is the object of stands ("launched an offensive, forcing … to surrender")
        if (doc.Tokens[f].Upos == Upos.NOUN && doc.Tokens[f].Deprel == "obj" && doc.Tokens[f].Head >= 0 && doc.Tokens[doc.Tokens[f].Head].Upos == Upos.VERB)
            f = doc.Tokens[f].Head;
        // an act told as what the two-party act answered ("Seoul protested after Pyongyang launched a missile") or as its result
        // ("shelled a village, prompting Yerevan to recall its envoy") is an event of its own
        // (by another actor than the two-party act's: "rioted, setting fire to cars" tells the same act)
        if (frame.Source.Code != act.Source.Code && doc.ChildTowards(f, a) is int clause and >= 0
            && doc.Tokens[clause].Deprel == "advcl" && ReactionMarked(ctx, clause, unmarked: true)) return false;
        if (doc.ChildTowards(a, f) is not (int k and >= 0)) return true;
        return doc.Tokens[k].Deprel is "ccomp" or "xcomp" or "csubj" or "obj" or "obl" or "nmod" or "iobj"
               // a purpose: "would return to the streets to demand that Ruto withdraw the bill"
               || doc.Tokens[k].Deprel == "advcl" && DependencyArguments.MarkedBy(doc, k, "to");
    }

    /// <summary>Two events whose triggers are conjuncts of each other in the parse ("called … and denied …").</summary>
    private static bool Coordinated(SentenceContext ctx, CodedEvent a, CodedEvent b)
    {
        if (!ctx.Parsed) return false;
        int x = ctx.TokenAt(a.Why.TriggerStart), y = ctx.TokenAt(b.Why.TriggerStart);
        var tx = ctx.Text.Tokens[x]; var ty = ctx.Text.Tokens[y];
        return tx.Deprel == "conj" && tx.Head == y || ty.Deprel == "conj" && ty.Head == x;
    }

    /// <summary>The two-party event carries the one-actor one: the same actor acts in it (or is its target), or, for a victim
    /// with no perpetrator ("two soldiers were killed when Kyiv's forces shelled the post"), the same victim is its target.</summary>
    private static bool Covers(CodedEvent twoParty, CodedEvent oneActor)
        => oneActor.Source.IsUnstated
            ? twoParty.Target.Code == oneActor.Target.Code
            : twoParty.Source.Code == oneActor.Source.Code || twoParty.Target.Code == oneActor.Source.Code;
}
