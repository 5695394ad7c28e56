using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Sources;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Coding: turns a found source, target and pattern into a <see cref="CodedEvent"/>: the CAMEO code adjusted for intent,
/// threat and promise, status and confidence (<see cref="StatusDecider"/>), date (<see cref="EventDater"/>), quantity,
/// equipment, sources, evidence and the <c>why</c> (pattern row, trigger, actor rows and cues). Reads: the sentence
/// context, the CAMEO table. Writes: one coded event, or none when the act is negated.
/// </summary>
internal sealed class EventCoder
{
    private readonly KnowledgeBase _kb;
    private readonly StatusDecider _status;

    public EventCoder(KnowledgeBase kb, StatusDecider status) { _kb = kb; _status = status; }

    /// <summary>The code an act takes in its clause: a meeting that is only agreed or scheduled is coded as intent to meet
    /// (CAMEO 036); force that is only announced or forecast ("Moscow would retaliate against Brussels") is a threat to use
    /// military force (138); material cooperation, protest or coercion that its own actor commits to
    /// ("will give Tanzania a grant", "is ready to contribute troops", "pledged to provide", "said they would boycott") is an
    /// expressed intent (03) or a threat (13), by data/cameo/intents.tsv (reduced relations only when threatened: "would
    /// leave the bloc" is a decision announced, 16 planned); aid that others forecast ("is expected to
    /// deliver", "is preparing to sell") keeps its code, with status planned. <paramref name="reason"/> names the row.</summary>
    public CameoCode Recode(SentenceContext ctx, Candidate c, int cs, CameoCode cameo, out string? reason)
    {
        reason = null;
        if (cameo.Root == "04" && cameo.Code != "045" && IsIntentClause(ctx, c, cs) && _kb.Cameo.TryGet("036", out var intent)) return intent;
        bool announced = cameo.Root switch
        {
            "18" or "19" or "20" => IsPlannedClause(ctx, c, cs) || ThreatVerbBefore(ctx, c, cs),
            "06" or "07" or "08" => Committed(ctx, c, cs) || PromiseVerbBefore(ctx, c, cs),
            "14" or "17" => Committed(ctx, c, cs) || ThreatVerbBefore(ctx, c, cs),
            // "would leave the bloc": a reduction of relations announced is decided, not threatened, unless the verb says so
            "16" => ThreatVerbBefore(ctx, c, cs),
            _ => false,
        };
        if (!announced || !_kb.Announced.TryMap(cameo.Code, out var code, out var origin) || !_kb.Cameo.TryGet(code, out var recoded)) return cameo;
        reason = $"{AnnouncedCue} {cameo.Code} is {code} ({origin})";
        return recoded;
    }

    /// <summary>"will give", "would free", "is ready to contribute", "agreed to provide": the parse puts the trigger under a
    /// modal or a word of commitment (data/english/word-classes.tsv, commitment-lemma) by which its own actor commits to it;
    /// an event noun counts through the verb it is the object of ("agreed to step up cooperation").</summary>
    private static bool Committed(SentenceContext ctx, Candidate c, int cs)
    {
        var doc = ctx.Text;
        int t = DependencyArguments.PhraseHead(doc, c.TriggerStart, c.TriggerEnd);
        var tok = doc.Tokens[t];
        if (!tok.HasParse) return false;
        // an act named by the object of the verb that commits to it: "agreed to step up cooperation", "will expand trade"
        if (tok.Upos == Upos.NOUN && tok.Deprel == "obj" && tok.Head >= cs && doc.Tokens[tok.Head].Upos == Upos.VERB)
        {
            t = tok.Head;
            tok = doc.Tokens[t];
        }
        // "will give" commits; "Will China send weapons?" asks (the modal before the subject)
        int subject = DependencyArguments.Subject(doc, t, out _);
        foreach (var k in doc.Children(t))
            if (doc.Tokens[k].Deprel == "aux" && k > subject && doc.Tokens[k].Lemma is { } modal && ctx.Words.CommitmentLemmas.Contains(modal.AsSpan())) return true;
        // the head's lemma, or its own form where the lemma is wider ("prepared to" commits, "preparing to" does not)
        return tok.Deprel == "xcomp" && tok.Head >= cs && tok.Head < t
            && (doc.Tokens[tok.Head].Lemma is { } head && ctx.Words.CommitmentLemmas.Contains(head.AsSpan()) || ctx.Words.CommitmentLemmas.Contains(doc.Key(tok.Head)));
    }

    /// <summary>The start of the cue of an act recoded as announced ("threatened to retaliate": 190 is 138).</summary>
    internal const string AnnouncedCue = "announced act";

    /// <summary>The cue of a one-actor event with no target named.</summary>
    internal const string OneActorNoTarget = "one actor: no target named";
    /// <summary>The cue of a one-actor event with only its victim named.</summary>
    internal const string VictimOnly = "one actor: no source named (the victim only)";

    public CodedEvent? Emit(SentenceContext ctx, Candidate c, int cs, int ce, ActorMention source, ActorMention target, CameoCode cameo, DateOnly? reference, IReadOnlyList<Citation> paragraphCitations,
        string? recoded = null)
    {
        var p = c.Pattern;
        var text = ctx.Text;
        var cues = new List<string>();
        if (recoded != null) cues.Add(recoded);
        var status = _status.DecideStatus(ctx, c, cs, ce, source, target, reference, cues, out var negated, out var refused, out double? hedge);
        if (negated)
        {
            // "refused to meet": the refusal happened (125); a refused act with no refusal code, or a negated refusal, is no event
            if (!refused || !_kb.Refusals.TryMap(cameo.Code, out var code, out var origin) || !_kb.Cameo.TryGet(code, out var refusal)) return null;
            cues.Add($"refused act {cameo.Code} is {code} ({origin})");
            cameo = refusal;
            if (status is EventStatus.Planned or EventStatus.Denied) status = EventStatus.Reported;
        }
        // the threat itself happened: "Hezbollah threatened to retaliate" reports a threat (138), not a hypothetical attack
        if (recoded != null && cameo.Root == "13" && ThreatVerbBefore(ctx, c, cs) && status is EventStatus.Hypothetical or EventStatus.Planned)
        {
            status = EventStatus.Reported;
            cues.Add("threat: the act is threatened, not done");
        }
        double confidence = hedge ?? status switch
        {
            EventStatus.Confirmed => 0.9,
            EventStatus.Reported => ctx.Facts.Citations.Count > 0 ? 0.75 : 0.7,
            EventStatus.Denied => 0.35,
            EventStatus.Planned => 0.6,
            EventStatus.Assessed => 0.7,
            _ => 0.2,
        };
        bool noSource = source.Code.Length == 0 && source.Name.Length == 0, noTarget = target.Code.Length == 0 && target.Name.Length == 0;
        if (noSource || noTarget)
        {
            confidence = Math.Min(confidence, EventExtractor.OneSidedConfidence);
            cues.Add(noSource ? VictimOnly : OneActorNoTarget);
        }
        var moved = EquipmentOfAct(ctx, c, cs, ce);
        var equipment = moved.Select(e => new EquipmentRef(e.Entry.Name, e.Entry.Category, e.Entry.Country, e.Quantity))
            .Distinct().ToImmutableArray();
        var quantity = FindQuantity(ctx, cs, ce, equipment);
        var citations = ctx.Facts.Citations.Count > 0 ? ctx.Facts.Citations : (IReadOnlyList<Citation>)paragraphCitations;
        var sourceRefs = citations.Select(x => new SourceRef(x.Outlet, x.Date, x.Known)).Distinct().ToImmutableArray();
        // only the sentence's own citations may date its events: a borrowed one dates another sentence's report
        var date = EventDater.DecideDate(ctx, c, cs, ce, status, reference, ctx.Facts.Citations);
        var s = ctx.Facts.Sentence;
        var evidence = new Evidence(s.Index, text.Text[s.Start..s.End], s.Start, s.End);
        var entries = ImmutableArray.Create(source.Why, target.Why);
        var why = new Explanation(p.Origin, text.SurfaceString(c.TriggerStart, c.TriggerEnd), text.Tokens[c.TriggerStart].Start, text.Tokens[c.TriggerEnd - 1].End, entries, [.. cues]);
        return new CodedEvent(
            new ActorRef(source.Code, source.Name, source.Role),
            new ActorRef(target.Code, target.Name, target.Role),
            cameo.Type, cameo.Code, cameo.Plover, cameo.Goldstein, cameo.QuadClass, date, status, Math.Round(confidence, 2),
            quantity, equipment, sourceRefs, evidence, why);
    }

    /// <summary>An intent before the trigger ("agreed to hold a meeting", "pledged to visit"): a scheduled act
    /// ("is due to visit", "will meet") keeps its own code with status planned.</summary>
    private static bool IsIntentClause(SentenceContext ctx, Candidate c, int cs)
    {
        for (int j = cs; j < c.TriggerStart; j++)
            if (ctx.Map.CueOf(j) is Cue.Intent) return true;
        return false;
    }

    /// <summary>"threatened to retaliate", "vowed to strike", "warned it would attack": the threat is what happened.
    /// In a parsed sentence the threat verb must govern the act: "threatened Israel and later attacked its positions" reports
    /// an attack done, coordinated with the threat, not under it.</summary>
    private static bool ThreatVerbBefore(SentenceContext ctx, Candidate c, int cs)
    {
        var doc = ctx.Text;
        int act = DependencyArguments.PhraseHead(doc, c.TriggerStart, c.TriggerEnd);
        bool parsed = doc.Tokens[act].HasParse;
        for (int j = cs; j < c.TriggerStart; j++)
        {
            var k = doc.Key(j);
            if (ctx.Words.ThreatVerbStems.StartsAny(k) && (!parsed || !doc.Tokens[j].HasParse || doc.IsGovernedBy(act, j))) return true;
        }
        return false;
    }

    /// <summary>"pledged to provide", "promised to send", "offered to supply": a promise verb governing the trigger's infinitive.</summary>
    private static bool PromiseVerbBefore(SentenceContext ctx, Candidate c, int cs)
    {
        int to = c.TriggerStart - 1;
        if (to - 1 < cs || !ctx.Text.KeyIs(to, "to")) return false;
        return ctx.Words.PromiseVerbs.Contains(ctx.Text.Key(to - 1));
    }

    private static bool IsPlannedClause(SentenceContext ctx, Candidate c, int cs)
    {
        for (int j = cs; j < c.TriggerStart; j++)
            if (ctx.Map.CueOf(j) is Cue.Future or Cue.Intent || ctx.Text.KeyIs(j, "would")) return true;
        return false;
    }

    /// <summary>The equipment the act moves: in the trigger's own clause of the parse ("sent 400 missiles, adding to the
    /// drones it began supplying in 2022" keeps the drones out, they belong to the second clause); without a parse, or when
    /// the parse puts none there, every mention in the clause's token range.</summary>
    private static List<EquipmentMention> EquipmentOfAct(SentenceContext ctx, Candidate c, int cs, int ce)
    {
        var inRange = ctx.Facts.Equipment.Where(e => e.FirstToken >= cs && e.FirstToken < ce).ToList();
        var doc = ctx.Text;
        if (inRange.Count < 2 || !doc.Tokens[c.TriggerStart].HasParse) return inRange;
        int trigger = DependencyArguments.PhraseHead(doc, c.TriggerStart, c.TriggerEnd);
        var own = inRange.Where(e => DependencyArguments.InClauseOf(doc, e.FirstToken, trigger)).ToList();
        return own.Count > 0 ? own : inRange;
    }

    /// <summary>The count of the equipment moved (with what it counts), else an amount of money, else a count written just
    /// before a theme word ("six cooperation documents").</summary>
    private Quantity? FindQuantity(SentenceContext ctx, int cs, int ce, ImmutableArray<EquipmentRef> equipment)
    {
        foreach (var e in equipment)
            if (e.Quantity != null) return e.Quantity with { Of = e.Name };
        foreach (var q in ctx.Facts.Quantities)
        {
            if (q.FirstToken < cs || q.FirstToken >= ce) continue;
            if (q.IsMoney) return new Quantity(q.Value, q.Approximate, q.Text, Money: true);
            for (int j = q.EndToken; j < Math.Min(ce, q.EndToken + 3); j++)
                if (_kb.Patterns.Themes.MatchLongest(ctx.Text, j, ce, out _) > 0) return new Quantity(q.Value, q.Approximate, q.Text);
        }
        return null;
    }
}
