using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Acts under obligation ("Iraq must cooperate with the inspectors", "Israel has to withdraw"): the act has not
/// happened, so its events become hypothetical; whoever says it must happen (the subject of the verb whose clausal
/// complement it is, or of a reporting verb set beside it: "…, Paris said") demands it of the act's source, coded by
/// data/cameo/demands.tsv (CAMEO 10). Reads: the parse, the obligation word classes, the demand table. Writes: the
/// demand events (first, so that a reader taking one event per sentence takes the demand) and the acts, hypothetical.
/// </summary>
public sealed partial class EventExtractor
{
    private List<CodedEvent> Obligation(SentenceContext ctx, Candidate c, List<CodedEvent> acts)
    {
        if (acts.Count == 0 || !ctx.Parsed || c.Pattern.Pos != Knowledge.PartOfSpeech.Verb) return acts;
        int clause = ObligedClause(ctx, c.TriggerStart, out string modal);
        if (clause < 0) return acts;
        var speaker = Speaker(ctx, clause);
        var result = new List<CodedEvent>(acts.Count * 2);
        foreach (var act in acts)
        {
            if (act.Status is EventStatus.Denied or EventStatus.Hypothetical) continue;
            if (speaker == null || speaker.Code.Length == 0 && speaker.Role == null || speaker.Code == act.Source.Code && speaker.Role == act.Source.Role) continue;
            if (!_kb.Demands.TryMap(act.Cameo, out var code, out var origin) || !_kb.Cameo.TryGet(code, out var demand)) continue;
            result.Add(act with
            {
                Source = new ActorRef(speaker.Code, speaker.Name, speaker.Role),
                Target = act.Source,
                Type = demand.Type, Cameo = demand.Code, Plover = demand.Plover, Goldstein = demand.Goldstein, QuadClass = demand.QuadClass,
                Status = EventStatus.Reported,
                Confidence = Math.Min(act.Confidence, 0.7),
                Why = act.Why with
                {
                    Entries = [speaker.Why, .. act.Why.Entries.Take(1)],
                    Cues = act.Why.Cues.Add($"demand: {act.Source.Name} '{modal}' do it, says {speaker.Name}; demanded act {act.Cameo} is {code} ({origin})"),
                },
            });
        }
        foreach (var act in acts)
            result.Add(act.Status is EventStatus.Hypothetical or EventStatus.Denied ? act : Hypothetical(act, $"hypothetical: obligation '{modal}', not done"));
        return result;
    }

    /// <summary>
    /// The head of the clause whose act is obliged: the trigger itself or the adjective or verb it is the "to"
    /// complement of ("must be ready to mediate"), carrying an obligation auxiliary ("must", "should"), or the
    /// obligation verb whose "to" complement it is ("has to withdraw"). −1 when the act is not obliged.
    /// </summary>
    private int ObligedClause(SentenceContext ctx, int trigger, out string modal)
    {
        var text = ctx.Text;
        modal = "";
        int node = trigger;
        for (int depth = 0; depth < 3 && node >= 0; depth++)
        {
            foreach (var ch in text.Children(node))
                if (text.Tokens[ch].Deprel == "aux" && ctx.Words.ObligationModals.Contains(text.Key(ch))) { modal = text.Key(ch).ToString(); return node; }
            var t = text.Tokens[node];
            if (t.Deprel != "xcomp" || t.Head < 0) return -1;
            var head = text.Tokens[t.Head];
            if (head.Upos is Upos.VERB or Upos.AUX && head.Lemma is { } lemma && ctx.Words.ObligationVerbs.Contains(lemma.AsSpan()))
            {
                modal = text.Key(t.Head).ToString() + " to";
                return t.Head;
            }
            node = t.Head;
        }
        return -1;
    }

    /// <summary>Who says the obliged clause: the subject of the verb it complements ("Paris said Iraq must…"), of the verb
    /// whose object noun it is the content of ("issued a reminder that Iraq must…"), or of a reporting verb beside it ("Iraq
    /// must…, Paris said"); null when nobody is named.</summary>
    private ActorMention? Speaker(SentenceContext ctx, int clause)
    {
        var text = ctx.Text;
        var t = text.Tokens[clause];
        int verb = -1;
        if (t.Deprel == "ccomp" && t.Head >= 0 && text.Tokens[t.Head].Upos == Upos.VERB) verb = t.Head;
        // "issued a stern reminder to Iraq that it must cooperate": the content clause of a noun the speaker's verb governs
        else if (t.Deprel == "acl" && t.Head >= 0 && text.Tokens[t.Head] is { Upos: Upos.NOUN, Deprel: "obj" } noun && noun.Head >= 0
                 && text.Tokens[noun.Head].Upos == Upos.VERB && DependencyArguments.MarkedBy(text, clause, "that")) verb = noun.Head;
        else
            foreach (var ch in text.Children(clause))
                if (text.Tokens[ch].Deprel == "parataxis" && ctx.Map.CueOf(ch) == Knowledge.Cue.Report) { verb = ch; break; }
        if (verb < 0) return null;
        var (cs, _) = ctx.Map.ClauseSpan(verb);
        var subjects = ParsedSubject(ctx, verb, cs, out bool passive);
        return passive || subjects.IsDefaultOrEmpty ? null : subjects[0];
    }
}
