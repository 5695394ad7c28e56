using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Sources;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Intents whose act codes nothing ("the forum agreed to set up a research centre in Tokyo", "Bouteflika said he is
/// prepared to lift the ban on the FIS", "Libya offered to hand over the two suspects"): the intent is the event, coded
/// by data/cameo/intent-verbs.tsv (CAMEO 03). Its subject is the source; the first other actor inside the act it governs
/// is the target, else none (a one-actor event). An act that codes an event of its own carries the intent itself (as
/// status or code: "agreed to hold talks" is 036), so nothing is added then. Reads: the parse, the sentence's events so
/// far, the intent table. Writes: the intent events.
/// </summary>
public sealed partial class EventExtractor
{
    private void UncodedIntents(SentenceContext ctx, List<CodedEvent> events, int from, DateOnly? reference, IReadOnlyList<Citation> paragraphCitations)
    {
        if (!ctx.Parsed) return;
        var text = ctx.Text;
        var s = ctx.Facts.Sentence;
        for (int v = s.FirstToken; v < s.EndToken; v++)
        {
            var pattern = IntentAt(text, v);
            if (pattern == null || ctx.Map.Parenthesized(v)) continue;
            int act = GovernedAct(text, v);
            if (act < 0 || CodedWithin(ctx, events, from, v, act)) continue;
            // "refused to attack": a refused act with no refusal code is no event, and its refusal none either (refusals.tsv)
            if (!_kb.Intents.Planned(pattern) && RefusesUnrefusableAct(text, s, act)) continue;
            var (cs, ce) = ctx.Map.ClauseSpan(v);
            var subjects = ParsedSubject(ctx, v, cs, out bool passive);
            if (passive || subjects.IsDefaultOrEmpty) continue;
            var source = subjects[0];
            if (source.Code.Length == 0 && source.Role == null) continue;
            // "Maduro and Ali agreed to…": the parties agree with each other; else whom the act concerns, else whom the intent is
            // offered to ("offered to hand over the suspects to Spain")
            var target = subjects.Length > 1 && !SameParty(subjects[1], source) ? subjects[1] : FirstOtherActor(ctx, act, source) ?? ObjectActor(ctx, v, source);
            var c = new Candidate(pattern, v, v + 1);
            if (!_kb.Cameo.TryGet(pattern.Cameo, out var cameo)) continue;
            var ev = _coder.Emit(ctx, c, cs, ce, source, target ?? Unstated(ctx, c, NoTargetNamed), cameo, reference, paragraphCitations);
            if (ev == null) continue;
            // an intent is reported; what it announces is planned, as every intent code (03) is recorded
            if (_kb.Intents.Planned(pattern) && ev.Status is EventStatus.Reported or EventStatus.Confirmed)
                ev = ev with { Status = EventStatus.Planned, Confidence = Math.Min(ev.Confidence, 0.6), Why = ev.Why with { Cues = ev.Why.Cues.Add($"intent: '{text.Surface(v)}' announces an act not yet done") } };
            events.Add(ev);
        }
    }

    /// <summary>The intent row of a word: a verb by its lemma ("agreed"), an adjective or a participle after a copula by its
    /// form ("ready", "is prepared to", "is committed to").</summary>
    private EventPattern? IntentAt(Doc text, int v)
    {
        var t = text.Tokens[v];
        if (t.Upos == Upos.VERB && t.Lemma is { } lemma && _kb.Intents.Of(lemma, adjective: false) is { } verb) return verb;
        bool predicative = t.Upos == Upos.ADJ || t.Upos == Upos.VERB && t.Xpos == "VBN" && (DependencyArguments.HasChild(text, v, "cop") || DependencyArguments.HasChild(text, v, "aux:pass"));
        return predicative ? _kb.Intents.Of(text.Key(v).ToString(), adjective: true) : null;
    }

    /// <summary>The act an intent word governs: its "to" infinitive (xcomp), else a "to" phrase ("agreed to an extension"); -1.</summary>
    private static int GovernedAct(Doc text, int v)
    {
        foreach (var c in text.Children(v))
            if (text.Tokens[c].Deprel == "xcomp" && text.Tokens[c].Upos is Upos.VERB) return c;
        foreach (var c in text.Children(v))
            if (text.Tokens[c].Deprel is "obl" or "advcl" && text.Tokens[c].Upos is Upos.NOUN or Upos.VERB
                && DependencyArguments.CaseWord(text, c) is int k && text.KeyIs(k, "to"))
                return c;
        return -1;
    }

    /// <summary>Whether the act holds a one-word trigger, in its part of speech, whose code has no refusal code ("refused to
    /// attack": no event at all).</summary>
    private bool RefusesUnrefusableAct(Doc text, Sentence s, int act)
    {
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            if (!text.IsBelow(k, act) || _kb.Patterns.Triggers.MatchLongest(text, k, k + 1, out var patterns) == 0) continue;
            var pos = text.Tokens[k].Upos switch { Upos.VERB => PartOfSpeech.Verb, Upos.NOUN => PartOfSpeech.Noun, _ => (PartOfSpeech?)null };
            foreach (var p in patterns)
                if (p.Words.Length == 1 && p.Pos == pos && !p.Fallback && !_kb.Refusals.TryMap(p.Cameo, out _, out _)) return true;
        }
        return false;
    }

    /// <summary>Whether an event of this sentence was coded from the intent word or from a word of the act it governs.</summary>
    private static bool CodedWithin(SentenceContext ctx, List<CodedEvent> events, int from, int intent, int act)
    {
        for (int e = from; e < events.Count; e++)
        {
            int k = ctx.TokenAt(events[e].Why.TriggerStart);
            if (k == intent || k > intent && ctx.Text.IsBelow(k, act)) return true;
        }
        return false;
    }

    /// <summary>The first actor named below <paramref name="head"/> (in text order) that is not the source's party.</summary>
    private static ActorMention? FirstOtherActor(SentenceContext ctx, int head, ActorMention source)
    {
        foreach (var a in ctx.Facts.Actors)
            if (a.Code.Length > 0 && !SameParty(a, source) && !ctx.Map.Parenthesized(a.FirstToken) && ctx.Text.IsBelow(a.FirstToken, head))
                return a;
        return null;
    }

    /// <summary>An actor in an object or oblique of the intent word itself ("offered … to Spain"), or null.</summary>
    private static ActorMention? ObjectActor(SentenceContext ctx, int v, ActorMention source)
    {
        foreach (var c in ctx.Text.Children(v))
            if (ctx.Text.Tokens[c].Deprel is "obj" or "iobj" or "obl" && FirstOtherActor(ctx, c, source) is { } a) return a;
        return null;
    }
}
