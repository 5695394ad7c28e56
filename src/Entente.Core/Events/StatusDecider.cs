using Entente.Core.Actors;
using Entente.Core.Knowledge;

namespace Entente.Core.Events;

/// <summary>
/// Status and confidence cues: negation, planned (future, intent, a date after publication), hypothetical, denied (by a
/// party), confirmed (by a party), assessed (estimative language), reported; and a next-sentence denial of the previous
/// sentence's events. Reads: the sentence context (cue map, actors, dates), the estimative terms. Writes: an
/// <see cref="EventStatus"/>, the hedge probability and the cue lines of <c>why</c>.
/// </summary>
internal sealed class StatusDecider
{
    private readonly KnowledgeBase _kb;

    public StatusDecider(KnowledgeBase kb) { _kb = kb; }

    /// <summary>
    /// "Iran has supplied Russia with missiles. Iranian officials denied the reports.": a sentence that only denies
    /// ("denied the reports/claims/allegations") marks the previous sentence's events denied when the denier is a party.
    /// </summary>
    public static bool ApplyDenialToPrevious(SentenceContext ctx, List<CodedEvent> events, int previousSentence, AccusationResponses responses)
    {
        var text = ctx.Text;
        var s = ctx.Facts.Sentence;
        for (int j = s.FirstToken; j < s.EndToken; j++)
        {
            if (ctx.Map.CueOf(j) != Cue.Denial) continue;
            var denier = Denier(ctx, j);
            string phrase = text.SurfaceString(j, j + ctx.Map.CueLength[j - s.FirstToken]);
            int last = events.Count - 1;
            while (last >= 0 && events[last].Evidence.Sentence == s.Index) last--;
            // "… accusing them of spying. London said the accusations were baseless": with an accusation told, only the acts it
            // accuses (below it in the parse) are denied, not the other acts of the sentence ("revoked their accreditation")
            int accusation = -1;
            for (int k = last; k >= 0 && events[k].Evidence.Sentence == previousSentence; k--)
                if (responses.IsAccusation(events[k].Cameo)) accusation = text.TokenStartingAt(events[k].Why.TriggerStart);
            bool any = false;
            for (int k = last; k >= 0 && events[k].Evidence.Sentence == previousSentence; k--)
            {
                var e = events[k];
                if (denier != null && denier.Code != e.Source.Code && denier.Code != e.Target.Code) continue;
                if (e.Status is EventStatus.Hypothetical or EventStatus.Denied) continue;
                // what is denied is the accused act, not that the accusation was made ("Britain's Foreign Office said the
                // accusations were baseless", whoever says so)
                if (responses.IsAccusation(e.Cameo)) continue;
                if (accusation >= 0 && text.TokenStartingAt(e.Why.TriggerStart) is var t && (t < 0 || !text.IsBelow(t, accusation))) continue;
                events[k] = e with
                {
                    Status = EventStatus.Denied,
                    Confidence = Math.Min(e.Confidence, 0.35),
                    Why = e.Why with { Cues = e.Why.Cues.Add($"denied in the next sentence: {phrase}") },
                };
                any = true;
            }
            return any;
        }
        return false;
    }

    public EventStatus DecideStatus(SentenceContext ctx, Candidate c, int cs, int ce, ActorMention source, ActorMention target, DateOnly? reference,
        List<string> cues, out bool negated, out bool refused, out double? hedge)
    {
        var text = ctx.Text;
        var s = ctx.Facts.Sentence;
        negated = false; refused = false; hedge = null;
        bool future = false, hypothetical = false, denial = false, confirm = false, report = ctx.Facts.Citations.Count > 0;
        bool plainNegation = false, doubleNegation = false, partySpeaks = false;
        int refusalEnd = -1;
        // another negation or refusal between a negation and the trigger ("did not refuse to", "did not rule out")
        bool NegatedAgain(int from)
        {
            for (int k = from; k < c.TriggerStart; k++)
                if (ctx.Map.CueOf(k) is Cue.Negation or Cue.Refusal) return true;
            return false;
        }
        for (int j = s.FirstToken; j < s.EndToken; j++)
        {
            var cue = ctx.Map.CueOf(j);
            if (cue == null || ctx.Map.Parenthesized(j)) continue;
            bool inClauseBefore = j >= cs && j < c.TriggerStart;
            int cueToken = j;
            string Phrase() => text.SurfaceString(cueToken, cueToken + ctx.Map.CueLength[cueToken - s.FirstToken]);
            switch (cue)
            {
                case Cue.Refusal when inClauseBefore:
                    // "refused to meet", "will not provide": the refusal is the event (see ActCodeMap, data/cameo/refusals.tsv)
                    // only the verb after "to" is the refused act; an event noun further on ("declined to comment on
                    // military cooperation") is merely negated
                    negated = true; refused = c.Pattern.Pos == PartOfSpeech.Verb; cues.Add("refusal: " + Phrase());
                    refusalEnd = j + ctx.Map.CueLength[j - s.FirstToken];
                    doubleNegation |= NegatedAgain(refusalEnd);
                    break;
                case Cue.Negation when j < refusalEnd: break; // the "not" of "will not"
                case Cue.Negation when inClauseBefore && !(text.KeyIs(j, "not") && text.KeyIs(j + 1, "only")):
                    negated = true; cues.Add("negation: " + Phrase());
                    // "has not delivered", "never sent": a plain negation of the act (not "refused to", "has yet to")
                    plainNegation |= text.KeyIs(j, "not") || text.KeyIs(j, "n't") || text.KeyIs(j, "never") || text.KeyIs(j, "did") || text.KeyIs(j, "does") || text.KeyIs(j, "do");
                    // "did not rule out developing": a negated negation says nothing happened nor that it did not
                    doubleNegation |= NegatedAgain(j + ctx.Map.CueLength[j - s.FirstToken]);
                    break;
                case Cue.Negation when j == c.TriggerStart - 1 && text.KeyIs(j, "no") || j > c.TriggerStart && j < c.TriggerEnd:
                    // "no deliveries", and a negation inside a multi-word trigger: "held no direct talks"
                    negated = true; cues.Add("negation: " + Phrase()); break;
                case Cue.Future or Cue.Intent when inClauseBefore || (j < cs && text.KeyIs(j, "would") == false && j >= cs - 1):
                    future = true; cues.Add("planned: " + Phrase()); break;
                case Cue.Hypothetical when inClauseBefore || (j < c.TriggerStart && (text.KeyIs(j, "if") || text.KeyIs(j, "unless") || text.KeyIs(j, "whether"))):
                    hypothetical = true; cues.Add("hypothetical: " + Phrase()); break;
                // "accused the soldiers of killing villagers, a charge the government rejected as baseless": what is denied is
                // the accused act; the accusation and the denial itself both happened
                case Cue.Denial when (j < c.TriggerStart || j >= c.TriggerEnd) && !_kb.Responses.IsResponse(c.Pattern.Cameo) && !_kb.Responses.IsAccusation(c.Pattern.Cameo):
                    if (DenierIsParty(ctx, j, cs, source, target)) { denial = true; cues.Add("denied: " + Phrase()); }
                    partySpeaks |= SpeakerIsParty(ctx, j, source, target);
                    break;
                case Cue.Confirm when (j < c.TriggerStart || j >= c.TriggerEnd) && SpeakerIsParty(ctx, j, source, target):
                    confirm = true; cues.Add("confirmed: " + Phrase()); break;
                case Cue.Report:
                    report = true;
                    if (j < c.TriggerStart || j >= c.TriggerEnd) partySpeaks |= SpeakerIsParty(ctx, j, source, target);
                    // a party saying so confirms it; "reports" and hedging adverbs ("Iran has reportedly sent") do not
                    if (j < c.TriggerStart && SpeakerIsParty(ctx, j, source, target) && !(text.KeyIs(j, "reports") || text.KeyIs(j, "report") || text.Key(j).EndsWith("ly")))
                    { confirm = true; cues.Add("confirmed by a party: " + Phrase()); }
                    break;
            }
        }
        // "did not refuse to meet" says nothing happened
        if (doubleNegation) refused = false;
        if (text.Text[s.End - 1] == '?') { hypothetical = true; cues.Add("hypothetical: question"); }
        // "Russia has not delivered any drones to Israel, officials in Moscow insisted": a party saying it did not happen denies it
        if (negated && plainNegation && !doubleNegation && partySpeaks && !hypothetical && !future)
        {
            negated = false;
            cues.Add("denied: a party says it did not happen");
            return EventStatus.Denied;
        }
        // the adjective of a planned thing: "a prospective agreement", "the proposed deal"
        if (c.Pattern.Pos == PartOfSpeech.Noun)
            for (int j = c.TriggerStart - 1; j >= cs && j >= c.TriggerStart - 3; j--)
                if (ctx.Map.CueOf(j) == Cue.Future) { future = true; cues.Add("planned: " + text.SurfaceString(j, j + 1)); }
        // estimative language in the clause
        EstimativeTerm? term = null;
        for (int j = Math.Max(cs, c.TriggerStart - 6); j < c.TriggerStart; j++)
        {
            // "In May, …", "On May 3", "since May 2023": a word inside a date expression is the month, not the modal
            if (InsideDate(ctx, text.Tokens[j].Start)) continue;
            if (_kb.Estimative.Trie.MatchLongest(text, j, c.TriggerEnd, out var terms) > 0) { term = terms[0]; cues.Add($"estimative: {terms[0].Phrase} ({terms[0].Level}, {terms[0].Probability:0.##})"); break; }
        }
        if (term != null) hedge = term.Probability;
        foreach (var d in ctx.Facts.Dates)
            if (reference is DateOnly r && d.Range.Start > r && !ctx.Map.Parenthesized(text.Tokens.Length > 0 ? ctx.TokenAt(d.Start) : 0)) { future = true; cues.Add("planned: date after publication"); break; }

        if (hypothetical && !(future && text.KeyIs(c.TriggerStart - 1, "will"))) return EventStatus.Hypothetical;
        if (denial) return EventStatus.Denied;
        if (future) return EventStatus.Planned;
        if (confirm) return EventStatus.Confirmed;
        if (term != null && !report) return EventStatus.Assessed;
        return EventStatus.Reported;
    }

    private static bool InsideDate(SentenceContext ctx, int charOffset)
    {
        foreach (var d in ctx.Facts.Dates)
            if (d.Start <= charOffset && charOffset < d.End) return true;
        return false;
    }

    /// <summary>A denial counts when whoever denies is a party to the event, or is not named ("the reports were denied").</summary>
    private static bool DenierIsParty(SentenceContext ctx, int cueToken, int cs, ActorMention source, ActorMention target)
    {
        var speaker = NearestActorBefore(ctx, cueToken);
        if (speaker == null || speaker.Code == source.Code || speaker.Code == target.Code) return true;
        // "Iran's mission to the United Nations denied …": the head of the subject is the first actor of the sentence
        var first = FirstActorBefore(ctx, cueToken);
        return first != null && first.Modifier == false && (first.Code == source.Code || first.Code == target.Code) && IsPossessive(ctx, first);
    }

    private static ActorMention? FirstActorBefore(SentenceContext ctx, int token)
    {
        for (int j = ctx.First; j < token; j++)
            if (ctx.ActorEnd[j - ctx.First] is { } a) return a;
        return null;
    }

    private static bool IsPossessive(SentenceContext ctx, ActorMention a)
        => a.EndToken < ctx.Text.Tokens.Length && (ctx.Text.KeyIs(a.EndToken, "'s") || ctx.Text.KeyIs(a.EndToken, "’s"));

    private static bool SpeakerIsParty(SentenceContext ctx, int cueToken, ActorMention source, ActorMention target)
    {
        var speaker = NearestActorBefore(ctx, cueToken);
        // a party's own media reporting is not the party confirming
        return speaker != null && !speaker.Modifier && speaker.Role != "MED" && (speaker.Code == source.Code || speaker.Code == target.Code) && cueToken - speaker.EndToken <= 3;
    }

    /// <summary>Who denies: the parsed subject of the denying verb when it names an actor ("Khan, 71, has denied all the
    /// charges"), else the nearest actor just before the cue.</summary>
    private static ActorMention? Denier(SentenceContext ctx, int cue)
    {
        if (ctx.Parsed)
        {
            int subject = DependencyArguments.Subject(ctx.Text, cue, out bool passive);
            if (subject >= 0 && !passive && ctx.ActorAt(subject) is { } named) return named;
        }
        return NearestActorBefore(ctx, cue);
    }

    private static ActorMention? NearestActorBefore(SentenceContext ctx, int token)
    {
        for (int j = token - 1; j >= ctx.First && j >= token - 4; j--)
            if (ctx.ActorEnd[j - ctx.First] is { } a) return a;
        return null;
    }
}
