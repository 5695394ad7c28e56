using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Sources;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Codes events sentence by sentence, as a thin orchestration of small stages: citations a sentence may borrow
/// (<see cref="CitationBorrowing"/>), trigger choice (<see cref="TriggerFinder"/>), arguments from the parse
/// (EventExtractor.Parse.cs, EventExtractor.Nominals.cs, EventExtractor.OneActor.cs, <see cref="DependencyArguments"/>) with word-order fallbacks (<see cref="SubjectFinder"/>,
/// <see cref="TargetFinder"/>), frames (agent, giver, receiver, symmetric, passive, reciprocal, one-actor) assembled in
/// <c>Build</c>, then coding (<see cref="EventCoder"/>: code, <see cref="StatusDecider"/> status and confidence,
/// <see cref="EventDater"/> date, quantity, equipment, sources and <c>why</c>).
/// Reads: tokens, <see cref="SentenceFacts"/>. Writes: <see cref="CodedEvent"/>s.
/// </summary>
public sealed partial class EventExtractor
{
    private readonly KnowledgeBase _kb;
    private readonly TriggerFinder _triggers;
    private readonly SubjectFinder _subjects;
    private readonly TargetFinder _targets;
    private readonly EventCoder _coder;

    public EventExtractor(KnowledgeBase kb)
    {
        _kb = kb;
        _triggers = new TriggerFinder(kb, ParsedPos, MatchRestParsed, NamesAPersonObject);
        _subjects = new SubjectFinder(kb);
        _targets = new TargetFinder(_subjects, NounRoots, kb.ReferringNouns, kb.Actors);
        _coder = new EventCoder(kb, new StatusDecider(kb));
    }

    /// <param name="onSentenceError">Called when coding one sentence throws: that sentence's events are dropped and the
    /// others are still coded. Without it the exception propagates.</param>
    public IReadOnlyList<CodedEvent> Extract(Doc text, IReadOnlyList<SentenceFacts> sentences, DateOnly? reference, Action<Sentence, Exception>? onSentenceError = null,
        CancellationToken cancel = default)
    {
        var events = new List<CodedEvent>();
        ActorMention? previousSubject = null;
        // A sentence with no citation or attribution of its own borrows another's only where the text means it to
        // cover it, never from a neighbour reporting something else:
        // - the paragraph's explicit attribution: a wire dateline credit opening the paragraph ("WASHINGTON (AP) - …")
        //   covers every sentence of that paragraph;
        // - a trailing parenthetical reaches back over a passage making one claim (a cited bullet or short paragraph,
        //   "Iran shipped drones to Russia. They arrived by sea (Reuters, May 2)."): the cited sentence is at most two
        //   sentences later in the same paragraph, ends with its parenthetical, and it and any sentence between are
        //   about the borrowing sentence's actors (the first actor each names, if any, is one the borrowing sentence
        //   names). "Taipei condemned the drills. The State Department said … (Reuters)" is two actors' acts: no carry.
        // Citations never carry forward onto a following sentence ("China began drills (Xinhua, May 23). Taipei
        // condemned the drills." gives the second no Xinhua), and a borrowed citation never dates the borrowing
        // sentence's events (see Emit).
        var fallbackCitations = new IReadOnlyList<Citation>[sentences.Count];
        for (int k = 0; k < sentences.Count; k++)
            fallbackCitations[k] = sentences[k].Citations.Count > 0 ? [] : CitationBorrowing.BorrowedCitations(text, sentences, k);
        int longest = 1;
        foreach (var f in sentences) longest = Math.Max(longest, f.Sentence.TokenCount);
        var scratch = new Scratch(longest);
        for (int k = 0; k < sentences.Count; k++)
        {
            var f = sentences[k];
            if (f.Sentence.IsHeading || f.Actors.Count == 0) continue;
            cancel.ThrowIfCancellationRequested();
            int before = events.Count;
            try
            {
                previousSubject = ExtractSentenceAndDenial(text, sentences, k, events, reference, fallbackCitations[k], previousSubject, scratch);
            }
            catch (Exception ex) when (onSentenceError != null && ex is not OutOfMemoryException and not OperationCanceledException)
            {
                // one sentence's defect must not cost the document: its partial events go, the next sentences are coded
                if (events.Count > before) events.RemoveRange(before, events.Count - before);
                onSentenceError(f.Sentence, ex);
            }
        }
        return events;
    }

    /// <summary>Codes sentence <paramref name="k"/> into <paramref name="events"/> and applies its denial to the previous
    /// sentence's events; returns the subject later sentences may refer back to.</summary>
    private ActorMention? ExtractSentenceAndDenial(Doc text, IReadOnlyList<SentenceFacts> sentences, int k, List<CodedEvent> events, DateOnly? reference,
        IReadOnlyList<Citation> fallbackCitations, ActorMention? previousSubject, Scratch scratch)
    {
        var f = sentences[k];
        var ctx = new SentenceContext(text, f, _kb, previousSubject, scratch) { RecentEvents = events };
        int before = events.Count;
        ExtractSentence(ctx, events, reference, fallbackCitations, sentences);
        bool twoParty = false;
        // a response aimed at an accuser ("Islamabad denied any role") still denies the accused act
        for (int m = before; m < events.Count; m++) twoParty |= !events[m].IsOneSided && !_kb.Responses.IsResponse(events[m].Cameo);
        // "Iranian officials denied the reports.": the denial is the status of the previous sentence's events, not an event of its own
        if (!twoParty && k > 0 && StatusDecider.ApplyDenialToPrevious(ctx, events, sentences[k - 1].Sentence.Index, _kb.Responses))
            events.RemoveAll(e => e.Evidence.Sentence == f.Sentence.Index && e.IsOneSided && e.Cameo.StartsWith("01", StringComparison.Ordinal));
        return ctx.LastSubject ?? previousSubject ?? f.Actors.FirstOrDefault(a => !a.Modifier);
    }

    private void ExtractSentence(SentenceContext ctx, List<CodedEvent> events, DateOnly? reference, IReadOnlyList<Citation> paragraphCitations,
        IReadOnlyList<SentenceFacts> sentences)
    {
        var text = ctx.Text;
        var s = ctx.Facts.Sentence;
        // parties by code, and uncoded ones by role too: "government troops retook a town from rebels who overran it"
        HashSet<(string Source, string? SourceRole, string Target, string? TargetRole, string Cameo, EventStatus Status)>? seen = null;
        int firstOfSentence = events.Count;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (ctx.Map.Parenthesized(i) || ctx.EquipmentToken[i - s.FirstToken]) continue;
            if (_kb.Patterns.Triggers.MatchLongest(text, i, i + 1, out var patterns) == 0) continue;
            var container = ctx.ActorContaining(i);
            var candidate = _triggers.Choose(ctx, i, patterns);
            if (candidate == null) continue;
            // a word inside an actor mention ("Moscow's military" + "cooperation") triggers only a phrase reaching past the mention
            if (container != null && (candidate.Pattern.Words.Length < 2 || candidate.TriggerEnd <= container.EndToken)) continue;
            bool any = false;
            foreach (var ev in Build(ctx, candidate, reference, paragraphCitations))
            {
                seen ??= [];
                var key = (ev.Source.Code, UncodedRole(ev.Source), ev.Target.Code, UncodedRole(ev.Target), ev.Cameo, ev.Status);
                if (seen.Contains(key) || (candidate.Pattern.Frame == Frame.Symmetric && seen.Contains((ev.Target.Code, UncodedRole(ev.Target), ev.Source.Code, UncodedRole(ev.Source), ev.Cameo, ev.Status)))) continue;
                seen.Add(key);
                events.Add(ev);
                any = true;
            }
            if (any) i = Math.Max(i, candidate.TriggerEnd - 1);
        }
        UncodedIntents(ctx, events, firstOfSentence, reference, paragraphCitations);
        DropMeasuredFlows(ctx, events, firstOfSentence);
        PopulationTargets(events, firstOfSentence);
        CrowdTargets(sentences, events, firstOfSentence);
        DomesticStateActsAsGovernment(events, firstOfSentence);
        RejectedActs(ctx, events, firstOfSentence);
        DropAnnouncingFrames(ctx, events, firstOfSentence);
        DropCoveredOneSided(ctx, events, firstOfSentence);
        MainEventFirst(ctx, events, firstOfSentence);
    }

    private IEnumerable<CodedEvent> Build(SentenceContext ctx, Candidate c, DateOnly? reference, IReadOnlyList<Citation> paragraphCitations)
    {
        var p = c.Pattern;
        var text = ctx.Text;
        var (cs, ce) = ctx.Map.ClauseSpan(c.TriggerStart);
        bool passive;
        ImmutableArray<ActorMention> subjects = [];
        ActorMention? byAgent = null;
        // "organized a general strike", "staged demonstrations": the event noun is the act, not the support verb
        if (p.Pos == PartOfSpeech.Verb && c.Pattern.Words.Length == 1 && SupportsEventNoun(ctx, c.TriggerStart)) return [];
        // "companies in China that help Moscow obtain military goods", "Hamas, which controls Gaza": a relative clause in the
        // simple present describes what its noun does as a rule, a standing trait, not an act at a time
        if (ctx.Parsed && p.Pos == PartOfSpeech.Verb && DescribesTrait(ctx, c.TriggerStart, p.Cameo)) return [];
        if (ctx.Parsed && p.Pos == PartOfSpeech.Verb)
        {
            subjects = ParsedSubject(ctx, c.TriggerStart, cs, out passive);
            byAgent = ParsedAgent(ctx, c.TriggerStart, cs);
        }
        else passive = p.Pos == PartOfSpeech.Verb && SubjectFinder.IsPassive(ctx, c.TriggerStart);
        // "Israel is opposed to French mediation": a stance, not a passive, when nobody is named as its agent
        if (passive && ctx.Words.StativeParticiples.Contains(text.Key(c.TriggerStart)) && byAgent == null) passive = false;
        // a multi-word noun trigger's head ("general strike" → strike) carries its agent and its role in the clause
        int nounHead = ctx.Parsed && p.Pos == PartOfSpeech.Noun ? DependencyArguments.PhraseHead(ctx.Text, c.TriggerStart, c.TriggerEnd) : c.TriggerStart;
        if (ctx.Parsed && p.Pos == PartOfSpeech.Noun) byAgent = ParsedAgent(ctx, nounHead, cs);
        // "criticised the joint drills by South Korea and the United States": a noun's own by-phrase names who acts, whatever
        // the clause's subject does to the act
        if (ctx.Parsed && p.Pos == PartOfSpeech.Noun && byAgent != null && subjects.IsDefaultOrEmpty && !byAgent.Coreferent)
            subjects = [byAgent, .. TargetFinder.Followers(ctx, byAgent)];
        // "The United States, which has a mutual defence treaty with the Philippines": an agreement one has is a standing
        // state of affairs, not its signing
        if (ctx.Parsed && p.Pos == PartOfSpeech.Noun && p.Cameo.StartsWith("057", StringComparison.Ordinal) && text.Tokens[nounHead].Deprel == "obj"
            && text.Tokens[nounHead].Head is int have and >= 0 && text.Tokens[have].Upos == Upos.VERB && text.Tokens[have].Lemma == "have") return [];
        // (not past a weapon or explosion the parse names as the subject: "an explosion at a checkpoint in northern Syria
        // wounded six soldiers" names no doer, and Syria is where)
        // (nor for an event noun the clause's verb judges: "Estonia called the accusations groundless" is not Estonia's accusation)
        if (subjects.IsDefaultOrEmpty && !(p.Pos == PartOfSpeech.Verb && InstrumentSubject(ctx, c.TriggerStart))
            && !(p.Pos == PartOfSpeech.Noun && ctx.Parsed && JudgedObjectOf(text, nounHead)))
            subjects = p.Pos == PartOfSpeech.Verb ? _subjects.FindSubject(ctx, c.TriggerStart, cs) : _subjects.FindNounAgent(ctx, c, cs);
        if (subjects.IsDefaultOrEmpty && ctx.Parsed && p.Pos == PartOfSpeech.Verb) subjects = ParsedSubject(ctx, c.TriggerStart, cs, out _, uncoded: true);
        if (subjects.IsDefaultOrEmpty && ctx.Parsed && p.Pos == PartOfSpeech.Noun) subjects = SupportVerbSubject(ctx, nounHead, cs);
        byAgent ??= TargetFinder.FindAfter(ctx, c.TriggerEnd, ce, ["by"], allowObject: false, exclude: null);
        ActorMention? source = null, target = null;
        CodedEvent? referred = null;
        var exclude = subjects.IsDefaultOrEmpty ? null : new HashSet<ActorMention>(subjects, ReferenceEqualityComparer.Instance);
        // the target slot: read off the parse first, then by word order
        ActorMention? TargetAfter(IEnumerable<string> preps, bool allowObject)
            => (ctx.Parsed ? ParsedTarget(ctx, c, preps, allowObject, exclude, cs) : null) ?? TargetFinder.FindAfter(ctx, c.TriggerEnd, ce, preps, allowObject, exclude);

        switch (p.Frame)
        {
            case Frame.Agent:
            case Frame.Giver:
                if (passive)
                {
                    source = byAgent;
                    target = subjects.IsDefaultOrEmpty ? TargetAfter(p.Preps, allowObject: false) : subjects[0];
                    // "A $130 million aid package for Ukraine was pledged by Germany": the recipient is named in the subject phrase
                    if (target == null && p.Frame == Frame.Giver) target = TargetFinder.RecipientInSubject(ctx, cs, c.TriggerStart, p.Preps, byAgent);
                    // "part of the parliament building was set on fire by demonstrators": the owner of the thing attacked
                    if (target == null && p.Frame == Frame.Agent && CameoRootSet.Covers(_kb.PlaceTargetCodes, p.Cameo)) target = OwnerOfObject(ctx, c, source);
                }
                else
                {
                    source = subjects.IsDefaultOrEmpty ? (p.Pos == PartOfSpeech.Noun ? byAgent : null) : subjects[0];
                    target = _targets.PossessivePronounTarget(ctx, c, ce, source) ?? TargetAfter(p.Preps, p.AllowsObject);
                    // (not the source's own forces as what it moves: "Bangladesh deployed the army", "moved its troops")
                    if (target == null && p.Frame == Frame.Agent && p.Pos == PartOfSpeech.Verb
                        && TargetFinder.ObjectModifier(ctx, c.TriggerEnd, ce, exclude) is { } objectActor
                        && !(source != null && objectActor.Code == source.Code && p.Theme is "troops" or "weapon")) target = objectActor;
                    // "violated Taiwan's airspace", "violated Japanese airspace": the owner named between a multi-word trigger's words
                    // (a state or body named there, or an agent that is none of the pattern's own words: "ordered French troops to
                    // leave"; not a bare agent the pattern's own words hold: "moved additional troops toward")
                    // (a response's own rules find whom it answers: "dismissing the Western accusations" denies the act accused)
                    // (also in place of the source's own country named after the trigger, which names where: "ordered French
                    // troops to leave the country")
                    if ((target == null || source != null && target.Role == null && SameParty(source, target)) && p.Frame == Frame.Agent
                        && p.Pos == PartOfSpeech.Verb && p.Words.Length > 1 && !_kb.Responses.IsResponse(p.Cameo)
                        && TargetFinder.ObjectModifier(ctx, c.TriggerStart + 1, c.TriggerEnd, exclude) is { } inside
                        && (inside.Form != ActorForm.Agent || !HoldsPatternWord(ctx, p, inside)))
                        target = inside;
                    // "ambushed an army convoy", "set fire to a police station": the owner of the thing attacked (also in place of the
                    // state named only as where: "attacked a military base in southern Somalia" hits Somalia's military)
                    if ((target == null || InScenePhrase(ctx, target)) && p.Frame == Frame.Agent && CameoRootSet.Covers(_kb.PlaceTargetCodes, p.Cameo)
                        && OwnerOfObject(ctx, c, source) is { } owner && (target == null || owner.Code == target.Code)) target = owner;
                    // "Islamabad denied any role": a response to an accusation is aimed at the accuser
                    if (target == null && source != null && _kb.Responses.IsResponse(p.Cameo))
                        target = TargetFinder.Accuser(ctx, source, _kb.Responses.Answered(p.Cameo))
                                 // "Khan denied all the charges against him": with no accusation coded before, who brings such charges
                                 ?? _targets.ImpliedDoer(ctx, source, p.Words.Length > 1 ? c.TriggerEnd - 1 : TargetFinder.ObjectHead(ctx, c.TriggerEnd, ce));
                    // "the army repelled an attack by jihadists on a base": at whoever withstood it
                    if (target == null && p.Pos == PartOfSpeech.Noun && source != null && ctx.Parsed) target = Defender(ctx, nounHead, cs, source);
                    // "fired a missile over Japan, prompting Tokyo to protest": at the doer of the act that brought it about
                    if (target == null && p.Frame == Frame.Agent && p.Pos == PartOfSpeech.Verb && source != null && ctx.Parsed)
                        target = CausingDoer(ctx, c, cs, source);
                    // "… struck Houthi targets, and the Houthis vowed to retaliate": at whoever last acted against them
                    if (target == null && source is { Code.Length: > 0 } && text.Tokens[c.TriggerStart].Lemma is { } rl && ctx.Words.RetaliationVerbs.Contains(rl.AsSpan()))
                        target = TargetFinder.Aggressor(ctx, source, out referred);
                    // a reaction is aimed at whoever its object act's own phrase names as doing it ("criticised the joint drills by
                    // South Korea", "welcomed the agreement between Israel and Hamas"), else at the doer of the act referred back to
                    var reactor = p.Frame == Frame.Agent && p.Pos == PartOfSpeech.Verb && _kb.ReactionRoots.Contains(p.Cameo[..2]) ? source : null;
                    if (target == null && reactor != null)
                        target = ReactedActDoer(ctx, c, cs, reactor)
                                 ?? _targets.PreviousActor(ctx, reactor, TargetFinder.ObjectHead(ctx, c.TriggerEnd, ce), out referred)
                                 ?? ImpliedDoerOfJudgedAct(ctx, c, ce, reactor);
                    // "called the supply of weapons to Russia an unfriendly act": an actor inside a prepositional phrase of the object
                    // act is whom that act was done to; the reaction is aimed at its doer when the text names one
                    if (target != null && referred == null && reactor != null && ActedUponInObject(ctx, c, target) is int reactedAct
                        && (ReactedActDoer(ctx, c, cs, reactor) ?? _targets.PreviousActor(ctx, reactor, reactedAct, out referred)) is { } actDoer)
                        target = actDoer;
                    // "demanded a return to constitutional order in Guinea", "condemned the coup in Burkina Faso"
                    if (target == null && p.Frame == Frame.Agent && source != null && CameoRootSet.Covers(_kb.ObjectSceneCodes, p.Cameo))
                        target = StateInObjectScene(ctx, c, source);
                }
                break;
            case Frame.Receiver:
                target = passive ? null : subjects.IsDefaultOrEmpty ? null : subjects[0];
                source = TargetAfter(["from"], allowObject: false) ?? TargetFinder.EquipmentOrigin(ctx, c.TriggerEnd, ce, target, _kb.Actors.NameOf);
                break;
            case Frame.Symmetric:
                var parties = new List<ActorMention>();
                // "welcomed the agreement between Israel and Hamas": a noun's own between-phrase names its parties, whoever the
                // clause's subject is
                if (ctx.Parsed && p.Pos == PartOfSpeech.Noun && BetweenParties(ctx, nounHead, cs) is { Count: >= 2 } betweenParties)
                {
                    source = betweenParties[0];
                    target = betweenParties[1];
                    break;
                }
                // "Negotiators from the US, Qatar and Egypt met Israeli officials": each subject with the object
                var counterpart = TargetAfter(p.Preps, p.AllowsObject);
                if (counterpart != null && !subjects.IsDefaultOrEmpty && subjects.All(x => !SameParty(x, counterpart)))
                {
                    source = subjects[0];
                    target = counterpart;
                    break;
                }
                if (!subjects.IsDefaultOrEmpty) parties.AddRange(subjects);
                // "The agreement was signed by Iran and Russia": the agents of a passive are the parties
                if (passive && byAgent != null) { parties.Add(byAgent); parties.AddRange(TargetFinder.Followers(ctx, byAgent)); }
                if (DistinctParties(parties).Count < 2)
                {
                    var other = TargetAfter(p.Preps, p.AllowsObject);
                    if (other != null) parties.Add(other);
                    // "a meeting between Iranian and Russian defence officials": the other national modifiers of the same noun
                    if (other != null && ctx.Parsed) parties.AddRange(CoModifiers(ctx, other));
                    if (other != null && text.KeyIs(other.EndToken, "and"))
                    {
                        var next = ctx.ActorStart.ElementAtOrDefault(other.EndToken + 1 - ctx.First) ?? (text.KeyIs(other.EndToken + 1, "the") ? ctx.ActorStart.ElementAtOrDefault(other.EndToken + 2 - ctx.First) : null);
                        if (next != null) parties.Add(next);
                    }
                }
                if (DistinctParties(parties).Count < 2 && !subjects.IsDefaultOrEmpty && p.Pos == PartOfSpeech.Noun)
                {
                    // one party named: the other is the nearest other actor of the clause ("a factory in Russia for joint production")
                    var first = parties[0];
                    ActorMention? nearest = null;
                    foreach (var a in ctx.Facts.Actors)
                        if (a.FirstToken >= cs && a.FirstToken < ce && a.Code != first.Code && !ctx.Map.Parenthesized(a.FirstToken) && !TargetFinder.ModifiesNextActor(ctx, a)
                            && SubjectFinder.GovernedByPreposition(ctx, a, cs)
                            && (nearest == null || Math.Abs(a.FirstToken - c.TriggerStart) < Math.Abs(nearest.FirstToken - c.TriggerStart)))
                            nearest = a;
                    if (nearest != null) parties.Add(nearest);
                }
                var distinct = DistinctParties(parties).OrderBy(a => a.FirstToken).ToList();
                if (distinct.Count >= 2) { source = distinct[0]; target = distinct[1]; }
                break;
        }
        // "both sides accused each other": a reciprocal object makes the pair act on each other
        if (source != null && (target == null || target.Code == source.Code) && p.Frame == Frame.Agent && !subjects.IsDefaultOrEmpty && subjects.Length >= 2
            && c.TriggerEnd + 1 < ctx.Facts.Sentence.EndToken && (text.KeyIs(c.TriggerEnd, "each") && text.KeyIs(c.TriggerEnd + 1, "other") || text.KeyIs(c.TriggerEnd, "one") && text.KeyIs(c.TriggerEnd + 1, "another"))
            && _kb.Cameo.TryGet(p.Cameo, out var reciprocal))
        {
            var both = new List<CodedEvent>();
            if (_coder.Emit(ctx, c, cs, ce, subjects[0], subjects[1], reciprocal, reference, paragraphCitations) is { } e1) both.Add(e1);
            if (_coder.Emit(ctx, c, cs, ce, subjects[1], subjects[0], reciprocal, reference, paragraphCitations) is { } e2) both.Add(e2);
            return both;
        }
        // "Qatar mediated the deal": a mediator with no party named acts between the parties of the act mediated
        // (data/cameo/mediation-codes.tsv; not when a phrase of the pattern's prepositions names them in words no dictionary
        // resolves: "mediate with the three juntas")
        List<ActorMention>? mediated = null;
        if (source != null && target == null && CameoRootSet.Covers(_kb.MediationCodes, p.Cameo) && !NamesTargetSlot(ctx, c)
            && TargetFinder.MediatedParties(ctx, source) is { Count: 2 } between)
        {
            target = between[0];
            mediated = between;
        }
        // "Egyptian students urged Cairo to free …": in words addressed to it (roots 01-13), the capital or seat of power of a
        // sector's own state names its government (not in acts done at a place: "farmers blocked the highway to Paris")
        if (source is { Role: { } sector } && sector != "GOV" && target is { Role: null, Form: ActorForm.Capital or ActorForm.Seat } && source.Code == target.Code
            && string.CompareOrdinal(p.Cameo[..2], "14") < 0)
            target = target with { Role = "GOV" };
        // one actor: a subject the parse names, acting on nobody the text names ("workers went on strike", "Iran rejected the accusations")
        bool oneSided = false;
        // "French farmers blocked the highway to Paris": a target that is only the source's own country (no role of its
        // own) names where, not whom
        if (source != null && target != null && target.Role == null && source.Code.Length > 0 && SameParty(source, target) && p.Frame != Frame.Symmetric
            && OneActorAllowed(ctx, c, passive, source, cs))
            target = null;
        if (source != null && target == null && OneActorAllowed(ctx, c, passive, source, cs))
        {
            target = Unstated(ctx, c, NoTargetNamed);
            oneSided = true;
        }
        // a victim and no perpetrator: "Three US servicemen were killed near Basra", "a journalist was detained in Minsk"
        // or an attack named by its noun: "A roadside bombing killed one US soldier"
        if (source == null && target != null && (passive ? VictimOnlyAllowed(ctx, c, target, subjects) : subjects.IsDefaultOrEmpty && AttackNounKilled(ctx, c, target)))
        {
            source = Unstated(ctx, c, NoSourceNamed);
            oneSided = true;
        }
        if (source == null || target == null || SameParty(source, target)) return [];
        // two parties known only by name (no code, no role) say nothing a dictionary can place
        if (source.Code.Length == 0 && source.Role == null && target.Code.Length == 0 && target.Role == null) return [];
        if (!subjects.IsDefaultOrEmpty) ctx.LastSubject = subjects[0].Coreferent ? ctx.LastSubject : subjects[0];
        ctx.UsedAsObject.Add(target);
        if (!_kb.Cameo.TryGet(p.Cameo, out var cameo)) return [];
        // only agreed, announced or promised: intent to meet (036), threat (13), intent to cooperate (03)
        cameo = _coder.Recode(ctx, c, cs, cameo, out var recoded);
        // "Japan protested the intrusion": a government's protest is a formal complaint (data/cameo/government-acts.tsv)
        if (recoded == null && SpeaksForGovernment(source) && _kb.GovernmentActs.TryMap(cameo.Code, out var governmentCode, out var governmentOrigin)
            && _kb.Cameo.TryGet(governmentCode, out var governmentAct))
        {
            recoded = $"government act {cameo.Code} is {governmentCode} ({governmentOrigin})";
            cameo = governmentAct;
        }
        // "Britain and France condemned Moscow": one event per coordinated subject
        var sources = new List<ActorMention> { source };
        if ((p.Frame is Frame.Agent or Frame.Giver && !passive || p.Frame == Frame.Symmetric) && !subjects.IsDefaultOrEmpty && subjects[0] == source)
            foreach (var extra in subjects.Skip(1))
                if (!SameParty(extra, target) && sources.All(x => !SameParty(x, extra))) sources.Add(extra);
        // "were briefed by Qatari and Egyptian mediators", "was signed by Iran and Russia", "mediation by Qatar, Egypt and the
        // United States": one event per agent of a passive or of an event noun
        if ((passive || p.Pos == PartOfSpeech.Noun) && p.Frame is Frame.Agent or Frame.Giver && ReferenceEquals(source, byAgent) && ctx.Parsed)
            // (modifiers joined by a conjunction only: "pro-Russia rebels" are not Russia)
            foreach (var extra in CoModifiers(ctx, source).Where(a => ctx.Text.Tokens[a.EndToken - 1].Deprel == "conj" || ctx.Text.Tokens[source.FirstToken].Deprel == "conj").Concat(TargetFinder.Followers(ctx, source)))
                if (!SameParty(extra, target) && sources.All(x => !SameParty(x, extra))) sources.Add(extra);
        // "from Denmark and the Netherlands", "condemned Israel and the United States": coordinated targets (or suppliers)
        var targets = new List<ActorMention> { target };
        if (mediated != null && !SameParty(mediated[1], source)) targets.Add(mediated[1]);
        // "summoned the ambassadors of the four countries": a group noun resolved to the states last named together names each
        if (!oneSided && mediated == null && p.Frame != Frame.Receiver)
            foreach (var m in SameSpan(ctx, target))
                if (m.Code.Length > 0 && targets.All(x => x.Code != m.Code) && sources.All(x => x.Code != m.Code)) targets.Add(m);
        if (!oneSided && mediated == null && (p.Frame != Frame.Symmetric || !subjects.IsDefaultOrEmpty && subjects.All(x => x.Code != target.Code)))
        {
            var follower = p.Frame == Frame.Receiver ? source : target;
            var list = p.Frame == Frame.Receiver ? sources : targets;
            foreach (var extra in TargetFinder.Followers(ctx, follower))
                if (list.All(x => x.Code != extra.Code) && extra.Code != (p.Frame == Frame.Receiver ? target.Code : source.Code)) list.Add(extra);
        }
        if (referred != null)
            foreach (var extra in TargetFinder.CoActors(ctx, source, referred))
                if (targets.All(x => x.Code != extra.Code)) targets.Add(extra);
        var result = new List<CodedEvent>(sources.Count * targets.Count);
        foreach (var src in sources)
            foreach (var tgt in targets)
                if (!SameParty(src, tgt) && _coder.Emit(ctx, c, cs, ce, src, tgt, cameo, reference, paragraphCitations, recoded) is { } ev) result.Add(ev);
        // "The UN urged Israel to allow more aid into Gaza": what an appeal asks for has not happened
        if (ctx.Parsed && p.Pos == PartOfSpeech.Verb && AppealedFor(ctx, c.TriggerStart))
            for (int k = 0; k < result.Count; k++)
                if (result[k].Status is EventStatus.Reported or EventStatus.Confirmed or EventStatus.Planned)
                    result[k] = Hypothetical(result[k], "hypothetical: asked for by an appeal or demand, not done");
        // "Iraq must cooperate, Paris said": not done, and demanded by the speaker
        return Obligation(ctx, c, result);
    }

    /// <summary>An event that was asked for or obliged, not done: hypothetical, low confidence, with the cue that says why.</summary>
    private static CodedEvent Hypothetical(CodedEvent e, string cue) => e with
    {
        Status = EventStatus.Hypothetical,
        Confidence = Math.Min(e.Confidence, 0.2),
        Why = e.Why with { Cues = e.Why.Cues.Add(cue) },
    };

    /// <summary>The CAMEO roots of the own noun rows a token can trigger ("transfers" → 07), or null.</summary>
    private IReadOnlySet<string>? NounRoots(Doc text, int token)
    {
        if (_kb.Patterns.Triggers.MatchLongest(text, token, token + 1, out var rows) == 0) return null;
        HashSet<string>? roots = null;
        foreach (var r in rows)
            if (r.Pos == PartOfSpeech.Noun && !r.Fallback) (roots ??= new(StringComparer.Ordinal)).Add(r.Cameo[..2]);
        return roots;
    }

    /// <summary>A pronoun resolved by the word-order rules (used by the parse half, EventExtractor.Parse.cs).</summary>
    private ImmutableArray<ActorMention> ResolvePronoun(SentenceContext ctx, int pronoun, int cs) => _subjects.ResolvePronoun(ctx, pronoun, cs);
}
