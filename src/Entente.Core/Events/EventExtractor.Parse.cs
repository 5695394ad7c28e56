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

    private static bool HasVerbDependents(Doc doc, int i)
    {
        foreach (var c in doc.Children(i))
            if (doc.Tokens[c].Deprel is "nsubj" or "obj" or "aux" or "aux:pass" or "nsubj:pass") return true;
        return false;
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
            for (int j = pos; j < Math.Min(end, pos + TriggerPatternIndex.Reach); j++)
            {
                if (!WordMatches(text, j, p.Words[w])) continue;
                if (j == pos && j - 1 == (w == 1 ? i : pos - 1) || DependencyArguments.InClauseOf(text, j, i) || TightModifiers(text, pos, j)
                    || !p.Imported && DependencyArguments.InXcompOf(text, j, i)) { found = j; break; }
            }
            if (found < 0) return -1;
            pos = found + 1;
        }
        return pos;
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

    private ActorMention? NearestPerson(SentenceContext ctx, int pronoun, int cs)
    {
        int verb = ctx.Text.Tokens[pronoun].Head;
        var own = verb >= 0 ? ParsedSubject(ctx, verb, cs, out _) : default;
        for (int j = pronoun - 1; j >= ctx.First; j--)
            if (ctx.ActorStart[j - ctx.First] is { Kind: ActorKind.Person } a && !a.Modifier && (own.IsDefaultOrEmpty || !own.Contains(a)))
                return a;
        return null;
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

    /// <summary>The actor a nominal names: the mention covering its head; else a national adjective, possessor, compound or
    /// apposition on it ("Chinese coast guard ships", "Russia's navy"); else an of/from phrase ("officials from Iran",
    /// "the government of Iraq") or the national adjective or possessor in it ("thousands of Iraqi Kurds"); a pronoun
    /// resolved as the word-order rules do.</summary>
    private ActorMention? ActorOfNominal(SentenceContext ctx, int head, int cs, int depth = 0)
    {
        var text = ctx.Text;
        if (ctx.ActorAt(head) is { } a) return a;
        var t = text.Tokens[head];
        if (t.Upos == Upos.PRON)
        {
            if (text.KeyIs(head, "it") || text.KeyIs(head, "they") || text.KeyIs(head, "them"))
            {
                var r = ResolvePronoun(ctx, head, cs);
                return r.IsDefaultOrEmpty ? null : r[0];
            }
            // "wrote to President Biden urging him to send troops": a personal object pronoun is the nearest person named
            // before it in the sentence (not the clause's own subject: "him" is never the one who urges)
            if (text.KeyIs(head, "him") || text.KeyIs(head, "her")) return NearestPerson(ctx, head, cs);
            return null;
        }
        if (t.Upos is not (Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.ADJ)) return null;
        foreach (var c in text.Children(head))
            if (text.Tokens[c].Deprel is "nmod:poss" or "amod" or "compound" or "appos" or "flat" or "nmod:desc" && ctx.ActorAt(c) is { } m)
                return text.Tokens[c].Deprel is "nmod:poss" or "amod" ? WeaponsOf(ctx, head, m) : m;
        foreach (var c in text.Children(head))
            if (text.Tokens[c].Deprel is "nmod" && DependencyArguments.CaseWord(text, c) is int k && (text.KeyIs(k, "of") || text.KeyIs(k, "from")))
            {
                if (ctx.ActorAt(c) is { } m) return m;
                // "tens of thousands of students throughout Indonesia": a count of people is looked through
                if (depth < 3 && (t.Upos == Upos.NUM || t.Lemma is { } hl && ctx.Words.QuantityNouns.Contains(hl.AsSpan()))
                    && ActorOfNominal(ctx, c, cs, depth + 1) is { } counted) return counted;
                // "thousands of Iraqi Kurds", "a group of Chechen refugees": the of-phrase's own national adjective or possessor
                if (text.Tokens[c].Upos is Upos.NOUN or Upos.PROPN)
                    foreach (var cc in text.Children(c))
                        if (text.Tokens[cc].Deprel is "nmod:poss" or "amod" or "compound" && ctx.ActorAt(cc) is { } mm) return mm;
            }
        return null;
    }

    /// <summary>"its air defences", "Russian missiles": weapons (data/equipment.tsv) named by a state's possessive or adjective are
    /// its military's: the state's mention with the role MIL (a body of its own, or an armed group, keeps its role). Not a
    /// state's name as a compound ("shipped Russia drones" is a double object the parser may read as one noun phrase).</summary>
    private ActorMention WeaponsOf(SentenceContext ctx, int head, ActorMention owner)
    {
        if (head < ctx.First || head >= ctx.Facts.Sentence.EndToken || !ctx.EquipmentToken[head - ctx.First] || owner.Role is "MIL"
            || owner.Role is not (null or "GOV") || owner.Kind == ActorKind.Person || _kb.Actors.StateOf(owner.Code) != owner.Code) return owner;
        return owner with { Role = "MIL", Why = owner.Why + "; role: the state's weapons, its military (data/equipment.tsv)" };
    }

    /// <summary>
    /// A proper name the dictionaries do not know, standing as a subject or object ("the Free Papua Movement", "Ruhul Kabir
    /// Rizvi"): kept as an actor with its name and no code, as GDELT does, so the event is not lost and a later dictionary
    /// row can code it. Only a PROPN head with its compound/flat name words; not a date, place (of the actor lexicon or the
    /// gazetteer), outlet, weapon, month or an all-capitals dateline word, and not inside parentheses.
    /// </summary>
    private ActorMention? UncodedName(SentenceContext ctx, int head)
    {
        var text = ctx.Text;
        var t = text.Tokens[head];
        if (t.Upos != Upos.PROPN || ctx.Map.Parenthesized(head) || ctx.EquipmentToken[head - ctx.First]) return null;
        int first = head, end = head + 1;
        foreach (var c in text.Children(head))
            if (text.Tokens[c].Deprel is "compound" or "flat" or "flat:name" && text.Tokens[c].Upos == Upos.PROPN)
            {
                if (c < first) first = c;
                if (c + 1 > end) end = c + 1;
            }
        for (int k = first; k < end; k++)
        {
            var tk = text.Tokens[k];
            if (!tk.IsWord || (tk.Shape & TokenShape.Capitalized) == 0) return null;
            // a dateline ("NAIROBI, June 26") or a heading word, not a name
            if (text.Surface(k).Length > 1 && IsAllCapitals(text.Surface(k))) return null;
            // a day or a time ("on Sunday" in a text with no publication date, where no date is resolved)
            if (ctx.Words.TimeNouns.Contains(text.Key(k))) return null;
        }
        int start = text.Tokens[first].Start, stop = text.Tokens[end - 1].End;
        foreach (var d in ctx.Facts.Dates) if (d.Start < stop && start < d.End) return null;
        foreach (var cit in ctx.Facts.Citations) if (cit.Start < stop && start < cit.End) return null;
        // a place the gazetteer knows ("the eastern Mediterranean", "Bakhmut") is where, not who (an act done to a place finds its
        // state through Places/PlaceTargets)
        foreach (var pl in ctx.Facts.Places) if (pl.FirstToken < end && first < pl.EndToken) return null;
        if (_kb.Actors.Places.MatchLongest(text, first, end, out _) > 0 || _kb.Actors.OutletNames.MatchLongest(text, first, end, out _) > 0
            || _kb.Actors.NonActors.MatchLongest(text, first, end, out _) > 0)
            return null;
        var name = text.Text[start..stop];
        return new ActorMention(ctx.Facts.Sentence.Index, first, end, start, stop, name, "", name, ActorKind.Organization, null, ActorForm.Name,
            false, false, false, "a proper name in no dictionary (kept by name, uncoded)");
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> s)
    {
        foreach (var ch in s) if (char.IsLetter(ch) && !char.IsUpper(ch)) return false;
        return true;
    }

    /// <summary>The actors a nominal and its conjuncts name, one per code, in text order.</summary>
    private ImmutableArray<ActorMention> ParsedGroup(SentenceContext ctx, int head, int cs, bool uncoded = false)
    {
        var first = uncoded ? UncodedName(ctx, head) : ActorOfNominal(ctx, head, cs);
        if (first == null) return [];
        var group = ImmutableArray.CreateBuilder<ActorMention>();
        group.Add(first);
        // same span: "the two countries" resolves to two mentions
        foreach (var m in ctx.Facts.Actors)
            if (!ReferenceEquals(m, first) && m.FirstToken == first.FirstToken && m.EndToken == first.EndToken && m.Code != first.Code) group.Add(m);
        var conj = ctx.Conjuncts;
        conj.Clear();
        DependencyArguments.Conjuncts(ctx.Text, head, conj);
        // "negotiators from the United States, Qatar and Egypt": the conjuncts of the word that named the actor; "Libyan leader
        // Muammar Gaddafi and Bulgarian President Todor Zhivkov": a parser may hang the second name on the first's apposition
        // (the conjuncts of any word of the mention that lie outside it: "States" in "negotiators from the United States")
        for (int t = first.FirstToken; t < first.EndToken; t++)
            if (t != head)
                foreach (var c in ctx.Text.Children(t))
                    if (ctx.Text.Tokens[c].Deprel is "conj" && ctx.Text.Tokens[c].Upos is Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.ADJ
                        && (c < first.FirstToken || c >= first.EndToken)) conj.Add(c);
        foreach (var c in ctx.Text.Children(head))
        {
            var rel = ctx.Text.Tokens[c].Deprel;
            // the name after a title, as an apposition or (a parser's other reading) a bare nmod: "Deputy Prime Minister
            // Alexander Novak and the Saudi minister"
            if (rel is "appos" || rel is "nmod" && DependencyArguments.CaseWord(ctx.Text, c) is null && ctx.Text.Tokens[c].Upos == Upos.PROPN)
                DependencyArguments.Conjuncts(ctx.Text, c, conj);
            // "U.S. and British forces struck": modifiers joined by a conjunction name one actor each (the parser hangs the
            // first on the noun and the others on it as conjuncts)
            else if (rel is "amod" or "compound" or "nmod:poss" && DependencyArguments.Conjuncts(ctx.Text, c, conj) > 0) conj.Add(c);
        }
        foreach (var c in conj)
            if (ActorOfNominal(ctx, c, cs) is { } m && !group.Any(g => g.Code == m.Code)) group.Add(m);
        return group.ToImmutable();
    }

    /// <summary>The actors named by the other modifiers of the noun a mention heads or modifies, and their conjuncts:
    /// "Iranian and Russian defence officials" from either mention.</summary>
    private List<ActorMention> CoModifiers(SentenceContext ctx, ActorMention m)
    {
        var text = ctx.Text;
        var found = new List<ActorMention>();
        // the noun: the mention's own head word, or the word the mention hangs on when it is a modifier
        int head = -1;
        for (int t = m.EndToken - 1; t >= m.FirstToken; t--)
        {
            int h = text.Tokens[t].Head;
            if (h >= 0 && (h < m.FirstToken || h >= m.EndToken) && text.Tokens[t].Deprel is not "conj")
            { head = text.Tokens[t].Deprel is "amod" or "compound" or "nmod:poss" ? h : t; break; }
        }
        if (head < 0) return found;
        var words = new List<int>();
        foreach (var c in text.Children(head))
            if (text.Tokens[c].Deprel is "amod" or "compound" or "nmod:poss") { words.Add(c); DependencyArguments.Conjuncts(text, c, words); }
        foreach (var w in words)
            if (ctx.ActorAt(w) is { } a && !ReferenceEquals(a, m) && a.Code != m.Code && !found.Any(f => f.Code == a.Code)) found.Add(a);
        return found;
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
        // a verb that is a trigger ("condemned the invasion") or a cue is not a support verb; before an on/upon phrase,
        // only one that makes an event of its own here ("agree" has rows, but "agreed upon a pact" is the pact)
        if (!IsSupportVerb(ctx, verb) && _kb.Patterns.Triggers.MatchLongest(text, verb, verb + 1, out var rows) > 0 && (t.Deprel == "obj" || _triggers.Choose(ctx, verb, rows) != null)) return [];
        // a cue verb is no support verb ("announced its acquisition" is a report), unless the word class names it one ("launched
        // attacks", "held talks", "conducted drills": light verbs whose event noun is the act)
        if (!IsSupportVerb(ctx, verb) && _kb.Patterns.Cues.MatchLongest(text, verb, verb + 1, out _) > 0) return [];
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
            if (DependencyArguments.HasChild(text, c, "nmod:unmarked") || DependencyArguments.HasChild(text, c, "obj")) return false;
            // the noun phrase's first word may start the trigger ("a general strike", "mass demonstrations")
            for (int j = c; j >= verb + 1 && j >= c - 3; j--)
                if (_kb.Patterns.Triggers.MatchLongest(text, j, c + 1, out var rows) > 0 && rows.Any(r => r.Pos == PartOfSpeech.Noun)) return true;
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
    /// rows are CAMEO 02 or 10), whether the parser made it xcomp or advcl.</summary>
    private bool AppealedFor(SentenceContext ctx, int verb)
    {
        var text = ctx.Text;
        var t = text.Tokens[verb];
        if (t.Deprel is not ("advcl" or "xcomp") || t.Head < 0) return false;
        // the infinitive's "to", which a parser may label case as well as mark
        return DependencyArguments.MarkedBy(text, verb, "to") && _kb.Patterns.Triggers.MatchLongest(text, t.Head, t.Head + 1, out var rows) > 0
            && rows.Any(r => r.Cameo.StartsWith("02", StringComparison.Ordinal) || r.Cameo.StartsWith("10", StringComparison.Ordinal));
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

    /// <summary>"Biden's visit to Jeddah", "sent troops to Kharkiv": a place of the gazetteer (not itself an actor) named as where
    /// the act goes (slot "to" or "into") stands for its state, as the target. Not a place where it happens ("met in Geneva").</summary>
    private ActorMention? DestinationState(SentenceContext ctx, int head, string slot)
    {
        if (slot is not ("to" or "into")) return null;
        foreach (var m in ctx.Facts.Places)
        {
            if (head < m.FirstToken || head >= m.EndToken || m.Place.Country.Length != 3) continue;
            var code = m.Place.Country;
            return new ActorMention(ctx.Facts.Sentence.Index, m.FirstToken, m.EndToken, m.Start, m.End, m.Text, code, _kb.Actors.NameOf(code),
                ActorKind.State, null, ActorForm.Name, false, false, false, $"the state of the place gone to: {m.Why}");
        }
        return null;
    }

    /// <summary>"restrictions on exports of chips to China", "a ban on flights from Russia": the state a flow noun's goods or
    /// traffic go to or come from (its to/from/into phrase, on the noun or on its of-phrase).</summary>
    private ActorMention? FlowDestination(SentenceContext ctx, int head, int cs, int depth = 0)
    {
        var text = ctx.Text;
        if (depth > 1 || text.Tokens[head].Lemma is not { } lemma || depth == 0 && !ctx.Words.FlowNouns.Contains(lemma.AsSpan())) return null;
        foreach (var c in text.Children(head))
        {
            if (text.Tokens[c].Deprel is not "nmod" || DependencyArguments.CaseWord(text, c) is not int k) continue;
            if (IsFlowEnd(text, k))
            {
                if (ActorOfNominal(ctx, c, cs) is { } a) return a;
            }
            else if (text.KeyIs(k, "of") && FlowDestination(ctx, c, cs, depth + 1) is { } b) return b;
        }
        // "suspended deliveries of gas | to Bulgaria": the parser may hang the phrase on the verb whose object the flow is
        var ht = text.Tokens[head];
        if (depth == 0 && ht.Deprel == "obj" && ht.Head >= 0)
            foreach (var c in text.Children(ht.Head))
                if (c > head && text.Tokens[c].Deprel == "obl" && DependencyArguments.CaseWord(text, c) is int k
                    && IsFlowEnd(text, k) && ActorOfNominal(ctx, c, cs) is { } a)
                    return a;
        return null;
    }

    /// <summary>A case word naming a flow's other end: "to", "from", "into".</summary>
    private static bool IsFlowEnd(Doc text, int caseWord) => text.KeyIs(caseWord, "to") || text.KeyIs(caseWord, "from") || text.KeyIs(caseWord, "into");

    /// <summary>The confidence ceiling of a one-actor event: a lower tier than any two-party report.</summary>
    public const double OneSidedConfidence = 0.45;

    /// <summary>The why entry of a one-actor event's empty target.</summary>
    internal const string NoTargetNamed = "no target named in the sentence";
    internal const string NoSourceNamed = "no source named in the sentence";

    /// <summary>Same party: same code (or, uncoded, same name) and no differing roles (CAMEO codes government vs. rebels of one
    /// country as an event, not the government vs. its own officials).</summary>
    private static bool SameParty(ActorMention a, ActorMention b)
        => a.Code == b.Code && (a.Code.Length > 0 || a.Name == b.Name) && (a.Role == null || b.Role == null || a.Role == b.Role);

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
    /// pattern's own lexicon) whose subject is an attack named by a noun of the same roots ("bombing", "airstrike") and whose
    /// direct object names the victim: the victim-only reading of an attack, since nobody is named as doing it.</summary>
    private bool AttackNounKilled(SentenceContext ctx, Candidate c, ActorMention victim)
    {
        if (!IsVictimAct(ctx, c, victim)) return false;
        var doc = ctx.Text;
        int subject = -1, obj = -1;
        foreach (var k in doc.Children(c.TriggerStart))
            if (doc.Tokens[k].Deprel == "nsubj") subject = k;
            else if (doc.Tokens[k].Deprel == "obj") obj = k;
        if (subject < 0 || obj < 0 || !NamesWord(doc, victim, obj)) return false;
        if (_kb.Patterns.Triggers.MatchLongest(doc, subject, subject + 1, out var nouns) == 0) return false;
        foreach (var n in nouns)
            if (n.Pos == PartOfSpeech.Noun && n.Words.Length == 1 && _kb.VictimRoots.Contains(n.Cameo[..2])) return true;
        return false;
    }

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
        return ctx.Parsed && p.Pos == PartOfSpeech.Verb && p.Frame == Frame.Agent && !p.Fallback && _kb.VictimRoots.Contains(p.Cameo[..2]) && !victim.Coreferent;
    }

    /// <summary>The mention covers the word, or modifies it ("a Canadian missionary": the adjective names the missionary).</summary>
    private static bool NamesWord(Doc doc, ActorMention mention, int word)
        => word >= mention.FirstToken && word < mention.EndToken || doc.Tokens[mention.FirstToken].Head == word;
}
