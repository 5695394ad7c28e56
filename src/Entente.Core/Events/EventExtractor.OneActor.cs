using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// The coder's rules for events with one named party (a source acting on nobody named, a victim with no perpetrator), the
/// owners of things attacked, standing traits that are no events, and what makes two mentions one party.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>The confidence ceiling of a one-actor event: a lower tier than any two-party report.</summary>
    public const double OneSidedConfidence = 0.45;

    /// <summary>The why entry of a one-actor event's empty target.</summary>
    internal const string NoTargetNamed = "no target named in the sentence";
    internal const string NoSourceNamed = "no source named in the sentence";

    /// <summary>Same party: same code (or, uncoded, same name) and no differing roles (CAMEO codes government vs. rebels of one
    /// country as an event, not the government vs. its own officials).</summary>
    private static bool SameParty(ActorMention a, ActorMention b)
        => a.Code == b.Code && (a.Code.Length > 0 || a.Name == b.Name) && (a.Role == null || b.Role == null || a.Role == b.Role);

    /// <summary>A government speaks: a state by its name, capital or seat of power ("Japan", "Beijing", "the Kremlin") with no
    /// sector or the government's, or any actor with the government role ("the foreign ministry", a minister); not a
    /// country's people ("thousands of Georgians"), its crowds or its parties.</summary>
    private static bool SpeaksForGovernment(ActorMention source)
        => source.Role == "GOV" || source.Kind == ActorKind.State && source.Role == null && source.Form is ActorForm.Name or ActorForm.Capital or ActorForm.Seat;

    /// <summary>The role that tells an uncoded party apart in a sentence's events ("government troops" and "rebels", both with no
    /// country); null for a coded party, whose code alone keys it.</summary>
    private static string? UncodedRole(ActorRef actor) => actor.Code.Length == 0 ? actor.Role : null;

    /// <summary>The first mention of each party (see <see cref="SameParty"/>): "police clashed with students" names two parties of
    /// one state, told apart by their roles (BGD/COP, BGD/EDU), as CAMEO codes a domestic pair.</summary>
    private static List<ActorMention> DistinctParties(List<ActorMention> mentions)
    {
        var distinct = new List<ActorMention>(mentions.Count);
        foreach (var m in mentions)
            if (!distinct.Exists(d => SameParty(d, m))) distinct.Add(m);
        return distinct;
    }

    /// <summary>A one-actor event is coded only over a parse, for an active verb whose subject the parse itself names (not a
    /// subject guessed by word order), and whose frame has the subject act (agent, giver). An imported one-word verb qualifies
    /// only for a material act (protest, posture, coercion, assault, fight, mass violence: roots 14, 15, 17-20) done to a
    /// direct object ("militants bombarded an army base"); a bare verb of words ("stressed", "hailed") needs a named target.</summary>
    private bool OneActorAllowed(SentenceContext ctx, Candidate c, bool passive, ActorMention source, int cs)
    {
        var p = c.Pattern;
        // "the opposition staged a general strike": an event noun that is the object of a support verb, done by its subject
        if (ctx.Parsed && p.Pos == PartOfSpeech.Noun && p.Frame == Frame.Agent && !p.Fallback)
        {
            int noun = DependencyArguments.PhraseHead(ctx.Text, c.TriggerStart, c.TriggerEnd), verb = ctx.Text.Tokens[noun].Head;
            return verb >= 0 && ctx.Text.Tokens[noun].Deprel == "obj" && IsSupportVerb(ctx, verb)
                && SupportVerbSubject(ctx, noun, cs) is { IsDefaultOrEmpty: false } s && s[0].Code == source.Code && !s[0].Coreferent
                || AttackOnPlace(ctx, c, noun, source);
        }
        if (!ctx.Parsed || p.Pos != PartOfSpeech.Verb || p.Frame is not (Frame.Agent or Frame.Giver) || p.Fallback) return false;
        if (p.BareImported && !(p.Cameo[..2] is "14" or "15" or "17" or "18" or "19" or "20" && DependencyArguments.HasChild(ctx.Text, c.TriggerStart, "obj"))) return false;
        // "the convoy was attacked by Houthi fighters": the by-agent acts on something no dictionary names
        if (passive)
        {
            int agent = DependencyArguments.Agent(ctx.Text, c.TriggerStart);
            return agent >= 0 && ActorOfNominal(ctx, agent, cs) is { } by && by.Code == source.Code;
        }
        int head = DependencyArguments.Subject(ctx.Text, c.TriggerStart, out bool parsedPassive);
        if (head < 0 || parsedPassive) return false;
        var named = ActorOfNominal(ctx, head, cs);
        return named != null && named.Code == source.Code && (!named.Coreferent || SpeakerSaysOfSelf(ctx, c.TriggerStart, named, cs));
    }

    /// <summary>"Israel's strike on Isfahan", "a Russian missile strike on Odesa": an act done to a place (data/cameo/place-target-codes.tsv)
    /// named by its noun, with its doer as the noun's own possessive or adjective and a place below it in the parse; the place's
    /// state becomes the target once the event is located (Places.PlaceTargets).</summary>
    private bool AttackOnPlace(SentenceContext ctx, Candidate c, int noun, ActorMention source)
    {
        if (ctx.Facts.Places.Count == 0 || !CameoRootSet.Covers(_kb.PlaceTargetCodes, c.Pattern.Cameo) || source.Coreferent) return false;
        var doc = ctx.Text;
        bool own = false;
        foreach (var m in doc.Children(noun))
            if (m >= source.FirstToken && m < source.EndToken && doc.Tokens[m].Deprel is "nmod:poss" or "amod" or "compound") own = true;
        if (!own) return false;
        foreach (var place in ctx.Facts.Places)
            if (place.Scene && doc.IsBelow(Places.PlaceRecognizer.HeadOf(doc, place.FirstToken, place.EndToken), noun)) return true;
        return false;
    }

    /// <summary>"Militants ambushed an army convoy", "protesters set fire to a police station", "an attack on an army post", "part of
    /// the parliament building was set on fire": the bare agent that only modifies the object, oblique or passive subject noun
    /// (or the noun of its of-phrase) of an act done to a place or thing (see
    /// <see cref="SentenceFacts.Owners"/>), when it is not the source's own party.</summary>
    private static ActorMention? OwnerOfObject(SentenceContext ctx, Candidate c, ActorMention? source)
    {
        if (!ctx.Parsed || ctx.Facts.Owners.Count == 0) return null;
        var doc = ctx.Text;
        int trigger = DependencyArguments.PhraseHead(doc, c.TriggerStart, c.TriggerEnd);
        foreach (var noun in doc.Children(trigger))
        {
            if (doc.Tokens[noun].Deprel is not ("obj" or "obl" or "nmod" or "nsubj:pass") || doc.Tokens[noun].Upos is not (Upos.NOUN or Upos.PRON)) continue;
            if (OwnerOf(ctx, noun, source) is { } owner) return owner;
            // "part of the parliament building was set on fire", "the offices of a police unit": the thing in the of-phrase
            foreach (var inner in doc.Children(noun))
                if (doc.Tokens[inner].Deprel == "nmod" && doc.Tokens[inner].Upos == Upos.NOUN && DependencyArguments.CaseWord(doc, inner) is int k && doc.KeyIs(k, "of")
                    && OwnerOf(ctx, inner, source) is { } innerOwner) return innerOwner;
        }
        return null;
    }

    /// <summary>The one state (not the source's) named after "in" inside the trigger's object or its phrase of a topic preposition
    /// (word class <c>topic-preposition</c>: "appealed for calm in Mali"; data/cameo/object-scene-codes.tsv); null when none or several.</summary>
    private static ActorMention? StateInObjectScene(SentenceContext ctx, Candidate c, ActorMention source)
    {
        if (!ctx.Parsed) return null;
        var doc = ctx.Text;
        int trigger = DependencyArguments.PhraseHead(doc, c.TriggerStart, c.TriggerEnd);
        ActorMention? found = null;
        foreach (var slot in doc.Children(trigger))
        {
            var rel = doc.Tokens[slot].Deprel;
            bool about = rel == "obj" || rel == "obl" && DependencyArguments.CaseWord(doc, slot) is int cw && ctx.Words.TopicPrepositions.Contains(doc.Key(cw));
            if (!about || slot < c.TriggerStart) continue;
            foreach (var m in ctx.Facts.Actors)
            {
                // a state by its name: a capital after "in" is where talks or meetings are held ("the talks in Vienna")
                if (m.Kind != ActorKind.State || m.Form != ActorForm.Name || m.Coreferent || m.Code.Length == 0 || m.Code == source.Code) continue;
                if (HeadAfterIn(doc, m) is not int head || head == slot || !doc.IsBelow(head, slot)) continue;
                if (found != null && found.Code != m.Code) return null;
                found = m;
            }
        }
        return found;
    }

    /// <summary>Over the parse, the mention is a state named in an "in" phrase ("in southern Somalia"): where, more than whom.</summary>
    private static bool InScenePhrase(SentenceContext ctx, ActorMention m)
        => ctx.Parsed && m.Form == ActorForm.Name && m.Role == null && HeadAfterIn(ctx.Text, m) != null;

    /// <summary>The head word of the mention's phrase when its case word is "in" ("in southern Somalia"); else null.</summary>
    private static int? HeadAfterIn(Doc doc, ActorMention m)
    {
        int head = Places.PlaceRecognizer.HeadOf(doc, m.FirstToken, m.EndToken);
        return DependencyArguments.CaseWord(doc, head) is int k && doc.KeyIs(k, "in") ? head : null;
    }

    private static ActorMention? OwnerOf(SentenceContext ctx, int noun, ActorMention? source)
    {
        foreach (var owner in ctx.Facts.Owners)
            if (ctx.Text.Tokens[owner.EndToken - 1].Head == noun && (source == null || owner.Code != source.Code || owner.Role != source.Role)) return owner;
        return null;
    }

    /// <summary>A verb in the simple present (VBZ/VBP, no auxiliary) heading a relative clause, a trait of its noun; or heading
    /// the main clause of a sentence past the opening one, a standing fact, unless its act is done by saying (data/cameo/speech-codes.tsv).</summary>
    private bool DescribesTrait(SentenceContext ctx, int verb, string cameo)
    {
        var t = ctx.Text.Tokens[verb];
        // a base form heading a relative clause with no auxiliary nor "to" is the present too ("companies that help Moscow",
        // tagged VB)
        bool relative = t.Deprel == "acl:relcl" && t.Xpos is "VBZ" or "VBP" or "VB";
        // "Qatar also hosts the largest US base": a main verb in the simple present past the article's opening sentence (where
        // a headline-like lede may use the historical present) states a standing fact
        bool mainClause = t.Xpos is "VBZ" or "VBP" && (t.Deprel == "root" || t.Deprel == "conj" && t.Head >= 0 && ctx.Text.Tokens[t.Head].Deprel == "root")
            && ctx.Text.FirstBodySentence?.Index != ctx.Facts.Sentence.Index && !CameoRootSet.Covers(_kb.SpeechCodes, cameo);
        if (!relative && !mainClause) return false;
        // a tag the form belies ("guerrillas who overran it": a past form tagged as present) is not trusted
        var form = ctx.Text.Key(verb);
        if (t.Xpos != "VBZ" ? !form.SequenceEqual(t.Lemma) || _kb.Inflector.IsIrregularPast(form) : !form.EndsWith("s")) return false;
        foreach (var c in ctx.Text.Children(verb))
            if (ctx.Text.Tokens[c].Deprel is "aux" or "aux:pass" or "mark") return false;
        // a clause that says when is an act at a time ("guerrillas who overran it late last month", a past form tagged present)
        int start = int.MaxValue, end = -1;
        for (int k = ctx.First; k < ctx.Facts.Sentence.EndToken; k++)
            if (k == verb || ctx.Text.IsBelow(k, verb))
            {
                if (ctx.Words.PeriodNouns.Contains(ctx.Text.Key(k)) || ctx.Words.TimeNouns.Contains(ctx.Text.Key(k))) return false;
                start = Math.Min(start, ctx.Text.Tokens[k].Start); end = Math.Max(end, ctx.Text.Tokens[k].End);
            }
        foreach (var d in ctx.Facts.Dates)
            if (d.Start < end && start < d.End) return false;
        return true;
    }

    /// <summary>"Barak said he was pessimistic": a pronoun subject of a clause that complements a verb whose own subject is
    /// the same actor (the speaker talking of itself) is as good as named.</summary>
    private bool SpeakerSaysOfSelf(SentenceContext ctx, int trigger, ActorMention resolved, int cs)
    {
        var t = ctx.Text.Tokens[trigger];
        if (t.Deprel != "ccomp" || t.Head < 0) return false;
        int speaker = DependencyArguments.Subject(ctx.Text, t.Head, out bool passive);
        return speaker >= 0 && !passive && ActorOfNominal(ctx, speaker, cs) is { Coreferent: false } s && s.Code == resolved.Code && s.Role == resolved.Role;
    }

    /// <summary>The empty side of a one-actor event (no target, or no source), placed at its trigger.</summary>
    private static ActorMention Unstated(SentenceContext ctx, Candidate c, string why)
    {
        int at = ctx.Text.Tokens[c.TriggerStart].Start;
        return new ActorMention(ctx.Facts.Sentence.Index, c.TriggerStart, c.TriggerStart, at, at, "", "", "", ActorKind.State, null, ActorForm.Name,
            false, false, false, why);
    }

    /// <summary>"A roadside bombing killed one US soldier": an active verb of an act done to people (victim roots, the
    /// pattern's own lexicon) whose subject is an attack named by a noun of the same roots ("bombing", "airstrike") or a
    /// weapon or explosion (word class <c>attack-instrument</c>: "a car bomb", "a landmine blast") and whose
    /// direct object names the victim: the victim-only reading of an attack, since nobody is named as doing it.</summary>
    private bool AttackNounKilled(SentenceContext ctx, Candidate c, ActorMention victim)
    {
        if (!IsVictimAct(ctx, c, victim)) return false;
        var doc = ctx.Text;
        int subject = -1, obj = -1;
        foreach (var k in doc.Children(c.TriggerStart))
            if (doc.Tokens[k].Deprel == "nsubj") subject = k;
            else if (doc.Tokens[k].Deprel == "obj") obj = k;
        // "a car bomb exploded outside the station, killing four policemen": the participle shares its clause's subject
        if (subject < 0 && doc.Tokens[c.TriggerStart].Deprel == "advcl")
            subject = DependencyArguments.Subject(doc, c.TriggerStart, out bool passive) is var s && !passive ? s : -1;
        if (subject < 0 || obj < 0 || !NamesWord(doc, victim, obj)) return false;
        if (IsAttackInstrument(ctx, subject)) return true;
        if (_kb.Patterns.Triggers.MatchLongest(doc, subject, subject + 1, out var nouns) == 0) return false;
        foreach (var n in nouns)
            if (n.Pos == PartOfSpeech.Noun && n.Words.Length == 1 && CameoRootSet.Covers(_kb.VictimRoots, n.Cameo)) return true;
        return false;
    }

    /// <summary>The parse names a weapon or explosion (word class <c>attack-instrument</c>) as the active subject of the verb.</summary>
    private static bool InstrumentSubject(SentenceContext ctx, int verb)
        => ctx.Parsed && DependencyArguments.Subject(ctx.Text, verb, out bool passive) is int s and >= 0 && !passive && IsAttackInstrument(ctx, s);

    /// <summary>The word's lemma is a weapon or explosion (word class <c>attack-instrument</c>: "bomb", "blast").</summary>
    private static bool IsAttackInstrument(SentenceContext ctx, int word)
        => ctx.Text.Tokens[word].Lemma is { } lemma && ctx.Words.AttackInstruments.Contains(lemma);

    /// <summary>A victim-only event is coded over a parse, for a passive verb of the pattern's own lexicon (not an imported
    /// fallback) whose root is an act done to people or places (data/cameo/victim-roots.tsv), when the passive subject the
    /// parse names is the victim, no by-agent names an actor, and the victim's mention is the subject's own head word.</summary>
    private bool VictimOnlyAllowed(SentenceContext ctx, Candidate c, ActorMention victim, ImmutableArray<ActorMention> subjects)
    {
        if (!IsVictimAct(ctx, c, victim) || subjects.IsDefaultOrEmpty || !ReferenceEquals(subjects[0], victim)) return false;
        // neither side coded ("19 people were arrested" with no country in view): nothing is said about anyone
        if (victim.Code.Length == 0) return false;
        // the passive subject is the trigger's own (not the noun a participle modifies: "lawmakers ousted in the coup"), and
        // the mention names it itself ("three US servicemen"), not by a reading through "19 people" or "their activists"
        foreach (var k in ctx.Text.Children(c.TriggerStart))
            if (ctx.Text.Tokens[k].Deprel == "nsubj:pass") return NamesWord(ctx.Text, victim, k);
        // "There were ten soldiers killed near Bakhmut": the participle on the subject of an existential is what is asserted
        return ExistentialSubject(ctx.Text, c.TriggerStart) is var noun and >= 0 && NamesWord(ctx.Text, victim, noun);
    }

    /// <summary>The noun a participle modifies (acl) when that noun is the subject of "there is/are/were …", else −1.</summary>
    private static int ExistentialSubject(Doc doc, int participle)
    {
        var t = doc.Tokens[participle];
        if (t.Deprel != "acl" || t.Head < 0 || doc.Tokens[t.Head].Deprel != "nsubj") return -1;
        int be = doc.Tokens[t.Head].Head;
        if (be < 0 || doc.Tokens[be].Lemma != "be") return -1;
        foreach (var k in doc.Children(be))
            if (doc.Tokens[k].Deprel == "expl") return t.Head;
        return -1;
    }

    /// <summary>What both victim-only readings ask of the act: a verb of the pattern's own lexicon (not an imported fallback)
    /// over a parse, the agent frame, a root of data/cameo/victim-roots.tsv, and a victim named, not a pronoun read back.</summary>
    private bool IsVictimAct(SentenceContext ctx, Candidate c, ActorMention victim)
    {
        var p = c.Pattern;
        return ctx.Parsed && p.Pos == PartOfSpeech.Verb && p.Frame == Frame.Agent && !p.Fallback && CameoRootSet.Covers(_kb.VictimRoots, p.Cameo) && !victim.Coreferent;
    }

    /// <summary>The mention covers the word, or modifies it ("a Canadian missionary": the adjective names the missionary).</summary>
    private static bool NamesWord(Doc doc, ActorMention mention, int word)
        => word >= mention.FirstToken && word < mention.EndToken || doc.Tokens[mention.FirstToken].Head == word;
}
