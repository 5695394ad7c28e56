using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// The parse-driven half of the coder: part of speech from the tagger, multi-word triggers matched in the trigger's
/// clause subtree, and subjects, agents and targets read off the dependency relations (<see cref="DependencyArguments"/>).
/// Sentences without a parse, and arguments the parse leaves unfilled, fall back to the word-order rules.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>The part of speech the tagger gives a candidate trigger, as the pattern file knows it; null when the word is
    /// neither a verb nor a noun here ("occupied" as an adjective, "the annexed regions", "aid" as a verb's particle).</summary>
    private static PartOfSpeech? ParsedPos(SentenceContext ctx, int i, bool hasVerb, bool hasNoun)
    {
        var t = ctx.Text.Tokens[i];
        switch (t.Upos)
        {
            case Upos.VERB:
                // an attributive participle ("the annexed regions", "occupied territories") is not the act
                if (t.Deprel is "amod") return null;
                if (hasVerb) return PartOfSpeech.Verb;
                // a gerund heading a noun phrase ("the shelling of Kharkiv") may carry a noun row
                return hasNoun && t.Xpos == "VBG" ? PartOfSpeech.Noun : null;
            case Upos.ADJ when hasVerb && DependencyArguments.HasChild(ctx.Text, i, "cop"):
                // a predicate adjective heads its clause like a verb ("he was pessimistic about the talks")
                return PartOfSpeech.Verb;
            case Upos.ADJ when hasNoun:
                // the adjective that opens a multi-word noun trigger ("a general strike", "joint exercises"), also where the parse
                // hung it elsewhere ("undertake joint military exercises" with "exercises" read as a verb); one-word rows are not
                // tried from an adjective (TriggerFinder)
                return PartOfSpeech.Noun;
            case Upos.NOUN or Upos.PROPN:
                if (hasNoun) return PartOfSpeech.Noun;
                // a verb form the tagger read as a noun after a subject actor ("Iran supplies drones"): trust the verb reading
                // only where the parse gives it verb dependents
                return hasVerb && HasVerbDependents(ctx.Text, i) ? PartOfSpeech.Verb : null;
            default:
                return null;
        }
    }

    /// <summary>A subject, object or auxiliary of its own, and no copula: "Argentina was his second stop" has a subject but
    /// "stop" is a predicate noun.</summary>
    private static bool HasVerbDependents(Doc doc, int i)
    {
        bool verbal = false;
        foreach (var c in doc.Children(i))
        {
            if (doc.Tokens[c].Deprel == "cop") return false;
            if (doc.Tokens[c].Deprel is "nsubj" or "obj" or "aux" or "aux:pass" or "nsubj:pass") verbal = true;
        }
        return verbal;
    }

    /// <summary>The trigger's later words ("lift embargo", "call for talks", "open fire on") found in the trigger's clause,
    /// in order, each hanging below the trigger (or next to the previous word), or, for Entente's own rows, in the clause the
    /// trigger controls ("order to leave": "ordered the French ambassador to leave"; imported rows stay in the clause, as their
    /// phrase patterns were not written for it); returns the end token or -1.</summary>
    private static int MatchRestParsed(SentenceContext ctx, int i, EventPattern p)
    {
        var text = ctx.Text;
        int pos = i + 1;
        int end = ctx.Facts.Sentence.EndToken;
        for (int w = 1; w < p.Words.Length; w++)
        {
            int found = -1;
            bool preposition = ctx.Words.Prepositions.Contains(p.Words[w]);
            for (int j = pos; j < Math.Min(end, pos + TriggerPatternIndex.Reach); j++)
            {
                if (!WordMatches(text, j, p.Words[w])) continue;
                if (j == pos && j - 1 == (w == 1 ? i : pos - 1)) { found = j; break; }
                // a preposition apart from the words before it is not theirs where the trigger says what its object is:
                // "called on Moscow to …" is "call on", "called the protests an attack on the state" is not
                if (preposition && PastObjectWithPredicate(text, i, j)) continue;
                if (DependencyArguments.InClauseOf(text, j, i) || TightModifiers(text, pos, j)
                    || !p.Imported && DependencyArguments.InXcompOf(text, j, i)) { found = j; break; }
            }
            if (found < 0) return -1;
            pos = found + 1;
        }
        return pos;
    }

    /// <summary>Whether <paramref name="verb"/> has an object before <paramref name="j"/> and a secondary predicate (a noun
    /// or adjective <c>xcomp</c>, or the parser's second object) after it or holding it: "called the protests an attack on
    /// the state", "called the strike on the port an act of war".</summary>
    private static bool PastObjectWithPredicate(Doc text, int verb, int j)
    {
        bool objectBefore = false, predicate = false;
        foreach (var c in text.Children(verb))
        {
            var d = text.Tokens[c].Deprel;
            if (d == "obj" && c < j && !objectBefore) { objectBefore = true; continue; }
            if ((d == "obj" || d == "xcomp" && text.Tokens[c].Upos is Upos.NOUN or Upos.ADJ) && (c > j || text.IsBelow(j, c))) predicate = true;
        }
        return objectBefore && predicate;
    }

    /// <summary>At most two modifier words (adjectives, nouns, names) between a trigger's words, whatever the parse made of
    /// them: "joint military exercises" is the trigger "joint exercises" even where the tagger read "exercises" as a verb.</summary>
    private static bool TightModifiers(Doc text, int from, int to)
    {
        if (to - from > 2) return false;
        for (int k = from; k < to; k++)
            if (text.Tokens[k].Upos is not (Upos.ADJ or Upos.NOUN or Upos.PROPN)) return false;
        return true;
    }

    /// <summary>Whether the parse gives the trigger a phrase introduced by one of its pattern's prepositions (other than a direct
    /// object): a target slot filled, resolved or not.</summary>
    private static bool NamesTargetSlot(SentenceContext ctx, Candidate c)
    {
        if (!ctx.Parsed) return false;
        DependencyArguments.Complements(ctx.Text, c.TriggerStart, c.TriggerEnd, ctx.Complements);
        foreach (var (_, slot) in ctx.Complements)
            if (slot != "obj" && c.Pattern.Preps.Contains(slot)) return true;
        return false;
    }

    /// <summary>Whether a word of <paramref name="mention"/> is one of the pattern's own later words ("troops" in "move troops toward").</summary>
    private static bool HoldsPatternWord(SentenceContext ctx, EventPattern p, ActorMention mention)
    {
        for (int j = mention.FirstToken; j < mention.EndToken; j++)
            for (int w = 1; w < p.Words.Length; w++)
                if (WordMatches(ctx.Text, j, p.Words[w])) return true;
        return false;
    }

    private static bool WordMatches(Doc text, int j, string word)
    {
        var lemma = text.Tokens[j].Lemma;
        return TriggerFinder.IsFormOf(text.Key(j), word) || lemma != null && lemma.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether event noun <paramref name="noun"/> is what a verb reacts to rather than the act its subject does: the
    /// object (or on/upon phrase) of a verb that is a trigger ("condemned the invasion", "welcomed the agreement") or a cue
    /// ("announced its acquisition" is a report); not of a verb of the support-verb word class ("launched attacks", "held
    /// talks"). Before an on/upon phrase, only a verb that makes an event of its own there ("agree" has rows, but "agreed
    /// upon a pact" is the pact).</summary>
    private bool ReactedTo(SentenceContext ctx, int noun)
    {
        var text = ctx.Text;
        var t = text.Tokens[noun];
        int verb = t.Head;
        if (!ctx.Parsed || verb < 0 || text.Tokens[verb].Upos != Upos.VERB || t.Deprel is not ("obj" or "obl")) return false;
        // "called the accusations groundless", "called the trial a sham": a support verb ("called a strike") that says what its
        // object is judges it (a predicate after the noun, as the verb's xcomp or hung on the noun)
        if (IsSupportVerb(ctx, verb) && !JudgedObject(text, verb, noun)) return false;
        if (_kb.Patterns.Triggers.MatchLongest(text, verb, verb + 1, out var rows) > 0 && (t.Deprel == "obj" || _triggers.Choose(ctx, verb, rows) != null)) return true;
        return _kb.Patterns.Cues.MatchLongest(text, verb, verb + 1, out _) > 0;
    }

    /// <summary>A predicate after object <paramref name="noun"/> of <paramref name="verb"/>: the verb's xcomp that is an adjective or
    /// noun (not a participle clause: "launched an air strike …, expanding its campaign") or its as-phrase ("dismissed
    /// the charges as baseless"), or an adjective hung on the noun after it (the parser's reading of "called the accusations
    /// groundless").</summary>
    private static bool JudgedObjectOf(Doc text, int noun)
        => text.Tokens[noun].Deprel == "obj" && text.Tokens[noun].Head is int verb and >= 0 && text.Tokens[verb].Upos == Upos.VERB && JudgedObject(text, verb, noun);

    /// <summary>See <see cref="JudgedObjectOf"/>.</summary>
    private static bool JudgedObject(Doc text, int verb, int noun)
    {
        foreach (var c in text.Children(verb))
            if (c > noun && (text.Tokens[c].Deprel == "xcomp" && text.Tokens[c].Upos is Upos.ADJ or Upos.NOUN
                || text.Tokens[c].Deprel == "obl" && DependencyArguments.CaseWord(text, c) is int w && text.KeyIs(w, "as")
                // "called the strikes an act of aggression" read as two objects (not an unmarked oblique: "attacked … last night")
                || text.Tokens[c].Deprel == "obj" && text.Tokens[c].Upos == Upos.NOUN)) return true;
        foreach (var c in text.Children(noun))
            if (text.Tokens[c].Deprel == "amod" && c > noun && text.Tokens[c].Upos == Upos.ADJ) return true;
        return false;
    }

    /// <summary>
    /// "Israel and Lebanon renewed negotiations", "Israel mounted an invasion of Lebanon": an event noun that is the object
    /// of a support verb takes that verb's subject as its agent. A verb that is itself a trigger or a cue ("condemned the
    /// invasion", "reported the sale", "denied the attack") reacts to the event instead, and gives nothing.
    /// </summary>
    private ImmutableArray<ActorMention> SupportVerbSubject(SentenceContext ctx, int noun, int cs)
    {
        var text = ctx.Text;
        var t = text.Tokens[noun];
        int verb = t.Head;
        if (verb < 0 || text.Tokens[verb].Upos != Upos.VERB) return [];
        // the object, or an on/upon phrase ("agreed upon a new pact", "settled on a deal")
        bool on = false;
        foreach (var c in text.Children(noun)) on |= text.Tokens[c].Deprel == "case" && (text.KeyIs(c, "on") || text.KeyIs(c, "upon"));
        if (t.Deprel != "obj" && !(t.Deprel == "obl" && on)) return [];
        if (ReactedTo(ctx, noun)) return [];
        return ParsedSubject(ctx, verb, cs, out bool passive) is { IsDefaultOrEmpty: false } s && !passive ? s : [];
    }

    /// <summary>Whether the token's lemma is in the word class support-verb ("stage", "organize", "hold").</summary>
    private static bool IsSupportVerb(SentenceContext ctx, int token)
        => ctx.Text.Tokens[token].Lemma is { } lemma && ctx.Words.SupportVerbs.Contains(lemma.AsSpan());

    /// <summary>A support verb (word class support-verb) whose object is an event noun with a row of its own: that noun is the act;
    /// not when the verb also says what the object is (an xcomp: "called the protests a conspiracy").</summary>
    private bool SupportsEventNoun(SentenceContext ctx, int verb)
    {
        var text = ctx.Text;
        if (!ctx.Parsed || !IsSupportVerb(ctx, verb)) return false;
        // a verb that says what its object is ("called the demonstrations a conspiracy") judges the act, it does not stage it
        if (DependencyArguments.HasChild(text, verb, "xcomp")) return false;
        foreach (var c in text.Children(verb))
        {
            if (text.Tokens[c].Deprel != "obj") continue;
            // (the parser's other readings: the predicate a bare noun phrase on the object, "the demonstrations | a conspiracy")
            // (or two objects, an as-phrase, an adjective after the noun: "called the strikes an act of aggression")
            if (DependencyArguments.HasChild(text, c, "nmod:unmarked") || DependencyArguments.HasChild(text, c, "obj") || JudgedObject(text, verb, c)) return false;
            // the noun phrase's first word may start the trigger ("a general strike", "mass demonstrations")
            // (a row that ends at the object's head: "launched missiles" is no "missile test")
            for (int j = c; j >= verb + 1 && j >= c - 3; j--)
                if (_kb.Patterns.Triggers.MatchLongest(text, j, c + 1, out var rows) > 0
                    && rows.Any(r => r.Pos == PartOfSpeech.Noun && (j == c ? r.Words.Length == 1 : r.Words.Length >= 2 && (r.Words[^1] == text.Tokens[c].Lemma || text.Key(c).SequenceEqual(r.Words[^1]))))) return true;
        }
        return false;
    }

    /// <summary>"arrested Chinedu Okafor": the parse gives the trigger a proper-name object (a person in no dictionary).</summary>
    private bool NamesAPersonObject(SentenceContext ctx, int trigger)
    {
        if (!ctx.Parsed) return false;
        foreach (var c in ctx.Text.Children(trigger))
            if (ctx.Text.Tokens[c].Deprel is "obj" && UncodedName(ctx, c) is not null) return true;
        return false;
    }

    /// <summary>"urged Beijing to release", "asked Tehran to free": an infinitive after an appeal or demand (a trigger whose
    /// rows are CAMEO 02 or 10, or a verb of the word class directive-verb: "invited Kristersson to visit"), whether the parser
    /// made it xcomp or advcl.</summary>
    private bool AppealedFor(SentenceContext ctx, int verb)
    {
        var text = ctx.Text;
        var t = text.Tokens[verb];
        if (t.Deprel is not ("advcl" or "xcomp") || t.Head < 0) return false;
        // the infinitive's "to", which a parser may label case as well as mark
        var lemma = text.Tokens[t.Head].Lemma;
        // "forcing the troops to surrender": a verb of cause brings the act about
        if (lemma != null && ctx.Words.CauseVerbs.Contains(lemma.AsSpan())) return false;
        return DependencyArguments.MarkedBy(text, verb, "to")
            && (lemma != null && ctx.Words.DirectiveVerbs.Contains(lemma.AsSpan())
                || _kb.Patterns.Triggers.MatchLongest(text, t.Head, t.Head + 1, out var rows) > 0
                   && rows.Any(r => r.Cameo.StartsWith("02", StringComparison.Ordinal) || r.Cameo.StartsWith("10", StringComparison.Ordinal)));
    }

    /// <summary>The appeal's object, which does the act asked for, when the parser made the infinitive an advcl (xcomp
    /// control is <see cref="DependencyArguments.Subject"/>'s), also through a chain of subjectless xcomps below that
    /// infinitive ("urged Moscow on Saturday to stop buying": buying ← stop ← urged).</summary>
    private int ControlledSubject(SentenceContext ctx, int verb)
    {
        var text = ctx.Text;
        for (int depth = 0; depth < 4 && text.Tokens[verb].Deprel == "xcomp" && text.Tokens[verb].Head >= 0
            && !DependencyArguments.HasChild(text, verb, "nsubj"); depth++)
            verb = text.Tokens[verb].Head;
        var t = text.Tokens[verb];
        if (t.Deprel != "advcl" || !AppealedFor(ctx, verb)) return -1;
        foreach (var c in text.Children(t.Head))
            if (text.Tokens[c].Deprel is "obj" or "iobj" && c < verb) return c;
        return -1;
    }

    /// <summary>The subject of a verb trigger from the parse, with its voice; empty when the parse names no actor.</summary>
    private ImmutableArray<ActorMention> ParsedSubject(SentenceContext ctx, int trigger, int cs, out bool passive, bool uncoded = false)
    {
        int controlled = ControlledSubject(ctx, trigger);
        int head = DependencyArguments.Subject(ctx.Text, trigger, out passive);
        if (controlled >= 0) head = controlled;
        return head < 0 ? [] : ParsedGroup(ctx, head, cs, uncoded);
    }

    /// <summary>The by-agent of a passive verb or event noun from the parse.</summary>
    private ActorMention? ParsedAgent(SentenceContext ctx, int trigger, int cs)
    {
        int a = DependencyArguments.Agent(ctx.Text, trigger);
        return a < 0 ? null : ActorOfNominal(ctx, a, cs);
    }

    /// <summary>Who does the act a reaction's object names when the text does not say ("condemned the verdict": the
    /// judiciary); for a trigger of several words, its own last word ("would appeal the verdict"), unless that names the
    /// reactor's own act ("staged a protest" is the protesters' protest, not an act aimed at them).</summary>
    private ActorMention? ImpliedDoerOfJudgedAct(SentenceContext ctx, Candidate c, int ce, ActorMention reactor)
    {
        if (c.Pattern.Words.Length == 1 || c.Pattern.Pos != PartOfSpeech.Verb)
            return _targets.ImpliedDoer(ctx, reactor, TargetFinder.ObjectHead(ctx, c.TriggerEnd, ce));
        return _targets.ImpliedDoer(ctx, reactor, c.TriggerEnd - 1) is { } doer && !SameParty(reactor, doer) ? doer : null;
    }

    /// <summary>The doer the parse names inside the object of a reaction: the object noun's by-agent, else the first party of its
    /// between-phrase, when not the reacting party itself; null when none.</summary>
    private ActorMention? ReactedActDoer(SentenceContext ctx, Candidate c, int cs, ActorMention source)
    {
        if (!ctx.Parsed || JudgedThing(ctx.Text, c.TriggerStart) is not (int reacted and >= 0)) return null;
        var doer = ParsedAgent(ctx, reacted, cs) ?? BetweenParties(ctx, reacted, cs).FirstOrDefault() ?? ByPhraseOnVerb(ctx, c.TriggerStart, reacted, cs);
        return doer != null && !SameParty(doer, source) ? doer : null;
    }

    /// <summary>"Seoul condemned the missile launch by Pyongyang" with "by Pyongyang" hung on the active verb after its object: an
    /// active verb has no agent phrase of its own, so the by-phrase names who did the object act; null when none.</summary>
    private ActorMention? ByPhraseOnVerb(SentenceContext ctx, int verb, int reacted, int cs)
    {
        var text = ctx.Text;
        if (DependencyArguments.IsPassive(text, verb)) return null;
        foreach (var k in text.Children(verb))
            if (k > reacted && text.Tokens[k].Deprel is "obl" or "obl:agent" && DependencyArguments.CaseWord(text, k) is int w && text.KeyIs(w, "by")
                && ActorOfNominal(ctx, k, cs) is { } a) return a;
        return null;
    }

    /// <summary>What a reaction is about: the verb's object, else the subject of its copular that-clause ("said the charges were
    /// absurd" → "charges"); −1 when neither.</summary>
    private static int JudgedThing(Doc text, int verb)
    {
        if (DependencyArguments.ObjectOf(text, verb) is int obj and >= 0) return obj;
        foreach (var c in text.Children(verb))
            if (DependencyArguments.CopularClauseSubject(text, c) is int s and >= 0) return s;
        return -1;
    }

    /// <summary>The trigger's object when it is an event noun (a noun row's word) and <paramref name="target"/> lies in a
    /// prepositional phrase below it other than a by-phrase ("the supply of weapons to Russia", "the attack on the convoy"), or
    /// in one the parser hung on the verb after the object:
    /// the target is what the act was done to; −1 otherwise (also for an owner or a national adjective: "Russia's invasion").</summary>
    private int ActedUponInObject(SentenceContext ctx, Candidate c, ActorMention target)
    {
        var text = ctx.Text;
        if (!ctx.Parsed || DependencyArguments.ObjectOf(text, c.TriggerStart) is not (int act and >= 0) || NounRoots(text, act) is not { Count: > 0 }) return -1;
        if (target.FirstToken < ctx.First || target.EndToken > ctx.Facts.Sentence.EndToken) return -1;
        int head = DependencyArguments.PhraseHead(text, target.FirstToken, target.EndToken);
        int step = text.ChildTowards(head, act);
        // (or the phrase hung on the verb after the object, as the parser often attaches it: "the transfer of munitions | to Russia")
        if (step < 0 && head > act && text.ChildTowards(head, c.TriggerStart) is int onVerb and >= 0 && text.Tokens[onVerb].Deprel == "obl") step = onVerb;
        if (step < 0 || text.Tokens[step].Deprel is not ("nmod" or "acl" or "obl")) return -1;
        return DependencyArguments.CaseWord(text, step) is int w && !text.KeyIs(w, "by") ? act : -1;
    }

    /// <summary>"The army repelled an attack by jihadists on a base", "troops foiled a raid": the active subject of a verb of the
    /// word class defence-verb whose object is the event noun, when it is another party than the noun's agent; null otherwise.</summary>
    private ActorMention? Defender(SentenceContext ctx, int noun, int cs, ActorMention source)
    {
        var text = ctx.Text;
        var t = text.Tokens[noun];
        if (t.Deprel != "obj" || t.Head < 0 || text.Tokens[t.Head].Lemma is not { } lemma || !ctx.Words.DefenceVerbs.Contains(lemma.AsSpan())) return null;
        var subject = ParsedSubject(ctx, t.Head, cs, out bool passive);
        return !subject.IsDefaultOrEmpty && !passive && !SameParty(subject[0], source) ? subject[0] : null;
    }

    /// <summary>"North Korea fired a missile over Japan, prompting Tokyo to protest", "… prompting Ankara to recall its envoy": an act
    /// with no target of its own controlled by a verb of the word class cause-verb is aimed at that verb's subject (the doer of
    /// the act that brought it about); so is an answering act (data/cameo/answer-codes.tsv) with a clause opened by a word of the
    /// class reaction-mark ("Seoul protested after Pyongyang fired a missile"; not "demanded elections after a court cleared
    /// him"); so is a threat (data/cameo/condition-codes.tsv) at the subject of its if- or unless-clause; null when none.</summary>
    private ActorMention? CausingDoer(SentenceContext ctx, Candidate c, int cs, ActorMention source)
    {
        var text = ctx.Text;
        var t = text.Tokens[c.TriggerStart];
        int cause = -1;
        if (t.Deprel == "xcomp" && t.Head >= 0 && text.Tokens[t.Head].Lemma is { } lemma && ctx.Words.CauseVerbs.Contains(lemma.AsSpan())) cause = t.Head;
        // "Seoul lodged a protest after Pyongyang fired a missile": the verb of the clause the act answered
        else if (CameoRootSet.Covers(_kb.AnswerCodes, c.Pattern.Cameo))
            foreach (var k in text.Children(c.TriggerStart))
                if (text.Tokens[k].Deprel == "advcl" && text.Tokens[k].Upos == Upos.VERB && k > c.TriggerStart && ReactionMarked(ctx, k, unmarked: false)) { cause = k; break; }
        // "Moscow threatened to respond if Finland hosted nuclear weapons": whoever the condition names (on the trigger or on
        // its infinitive)
        if (cause < 0 && CameoRootSet.Covers(_kb.ConditionCodes, c.Pattern.Cameo)) cause = ConditionClause(ctx, c.TriggerStart);
        if (cause < 0) return null;
        int subject = DependencyArguments.Subject(text, cause, out bool passive);
        if (subject < 0 || passive) return null;
        var doer = ParsedGroup(ctx, subject, cs);
        // "Rebels overran the garrison, forcing government troops to surrender": a bare agent of no known state
        if (doer.IsDefaultOrEmpty) doer = ParsedGroup(ctx, subject, cs, uncoded: true);
        return !doer.IsDefaultOrEmpty && (doer[0].Code.Length > 0 || doer[0].Role != null) && !SameParty(doer[0], source) ? doer[0] : null;
    }

    /// <summary>The verb of an adverbial clause on <paramref name="trigger"/>, or on its infinitive complement, whose mark is a
    /// hypothetical cue ("if", "unless"); −1 when none.</summary>
    private static int ConditionClause(SentenceContext ctx, int trigger)
    {
        var text = ctx.Text;
        foreach (var k in text.Children(trigger))
        {
            if (text.Tokens[k].Deprel == "advcl" && k > trigger && ConditionMarked(ctx, k)) return k;
            if (text.Tokens[k].Deprel == "xcomp")
                foreach (var a in text.Children(k))
                    if (text.Tokens[a].Deprel == "advcl" && a > k && ConditionMarked(ctx, a)) return a;
        }
        return -1;
    }

    private static bool ConditionMarked(SentenceContext ctx, int clause)
        => DependencyArguments.FirstMark(ctx.Text, clause) is int mark and >= 0 && ctx.Map.CueOf(mark) == Cue.Hypothetical;

    /// <summary>Whether clause <paramref name="clause"/> tells what an act answered: its first mark is a word of the class
    /// reaction-mark ("after Pyongyang launched …", "when the raid began"); with <paramref name="unmarked"/>, also a clause
    /// with no mark at all, which tells a result ("…, prompting Yerevan to …"). Not an accused act ("of provoking").</summary>
    private static bool ReactionMarked(SentenceContext ctx, int clause, bool unmarked)
        => DependencyArguments.FirstMark(ctx.Text, clause) is int mark and >= 0 ? ctx.Words.ReactionMarks.Contains(ctx.Text.Key(mark)) : unmarked;

    /// <summary>The distinct parties a nominal's "between" phrase names ("the agreement between Israel and Hamas", "talks between
    /// Iranian and Saudi officials"): the phrase's actor and those coordinated with it; empty when none.</summary>
    private static List<ActorMention> BetweenParties(SentenceContext ctx, int nominal, int cs)
    {
        var text = ctx.Text;
        foreach (var k in text.Children(nominal))
        {
            if (text.Tokens[k].Deprel != "nmod" || DependencyArguments.CaseWord(text, k) is not int w || !text.KeyIs(w, "between")) continue;
            var parties = new List<ActorMention>();
            foreach (var a in ctx.Facts.Actors)
                if (a.FirstToken > w && a.FirstToken < ctx.Facts.Sentence.EndToken && !a.Coreferent && text.IsBelow(a.FirstToken, k)
                    && !TargetFinder.ModifiesNextActor(ctx, a))
                    parties.Add(a);
            return DistinctParties(parties);
        }
        return [];
    }

    /// <summary>The first complement of the trigger whose slot the pattern allows ("obj" for objects, else its prepositions)
    /// and which names an actor outside <paramref name="exclude"/>.</summary>
    private ActorMention? ParsedTarget(SentenceContext ctx, Candidate c, IEnumerable<string> preps, bool allowObject, HashSet<ActorMention>? exclude, int cs)
    {
        var allowed = preps as ICollection<string> ?? preps.ToList();
        DependencyArguments.Complements(ctx.Text, c.TriggerStart, c.TriggerEnd, ctx.Complements);
        // a dictionary actor in any allowed slot first; a name in no dictionary only when none is
        for (int pass = 0; pass < 2; pass++)
            foreach (var (head, slot) in ctx.Complements)
            {
                bool ok = slot == "obj" ? allowObject : allowed.Contains(slot);
                if (!ok || ctx.Map.Parenthesized(head)) continue;
                var a = pass == 0 ? ActorOfNominal(ctx, head, cs) ?? FlowDestination(ctx, head, cs) ?? DestinationState(ctx, head, slot) : UncodedName(ctx, head);
                // not a subject again, nor another mention of the same party and role
                if (a != null && (exclude == null || !exclude.Any(x => x.Code == a.Code && x.Role == a.Role))) return a;
            }
        return null;
    }
}
