using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// The coder's reading of nominals over the parse: which actor a noun phrase names (its head, modifiers, of-phrases,
/// pronouns, weapons as their state's military), its conjuncts and co-modifiers, a name no dictionary knows, and the state of
/// a flow's or a movement's destination.
/// </summary>
public sealed partial class EventExtractor
{
    private ActorMention? NearestPerson(SentenceContext ctx, int pronoun, int cs)
    {
        int verb = ctx.Text.Tokens[pronoun].Head;
        var own = verb >= 0 ? ParsedSubject(ctx, verb, cs, out _) : default;
        for (int j = pronoun - 1; j >= ctx.First; j--)
            if (ctx.ActorStart[j - ctx.First] is { Kind: ActorKind.Person } a && !a.Modifier && (own.IsDefaultOrEmpty || !own.Contains(a)))
                return a;
        return null;
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
                if (t.Deprel is "obj" or "iobj" && ObjectAntecedent(ctx, head) is { } o) return o;
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
        // a count of people ("thousands of", "200"): its of-phrase names who they are
        bool counting = t.Upos == Upos.NUM || t.Lemma is { } ql && ctx.Words.QuantityNouns.Contains(ql.AsSpan());
        foreach (var c in text.Children(head))
            if (text.Tokens[c].Deprel is "nmod" && DependencyArguments.CaseWord(text, c) is int k && (text.KeyIs(k, "of") || text.KeyIs(k, "from")))
            {
                if (ctx.ActorAt(c) is { } m) return counting ? PeopleOf(m) : m;
                // "tens of thousands of students throughout Indonesia": a count of people is looked through
                if (depth < 3 && counting && ActorOfNominal(ctx, c, cs, depth + 1) is { } counted) return PeopleOf(counted);
                // "thousands of Iraqi Kurds", "a group of Chechen refugees": the of-phrase's own national adjective or possessor
                if (text.Tokens[c].Upos is Upos.NOUN or Upos.PROPN)
                    foreach (var cc in text.Children(c))
                        if (text.Tokens[cc].Deprel is "nmod:poss" or "amod" or "compound" && ctx.ActorAt(cc) is { } mm) return mm;
            }
        return null;
    }

    /// <summary>"Hezbollah threatened Israel and attacked it", "police detained protesters and beat them": an object pronoun never
    /// stands for the subject of its own clause (nor that subject's party), so it is the nearest actor before it that is not,
    /// and agrees in number ("them": a plural noun, "it": a singular one; "expelled six British diplomats in Moscow, accusing
    /// them": the British). But "it" inside what a subject says is that subject ("Taiwan's defence ministry thanked Washington
    /// and said the drones would help it"). Null when there is none.</summary>
    private ActorMention? ObjectAntecedent(SentenceContext ctx, int pronoun)
    {
        var text = ctx.Text;
        bool plural = text.KeyIs(pronoun, "them");
        int verb = text.Tokens[pronoun].Head;
        int local = verb < 0 ? -1 : DependencyArguments.Subject(text, verb, out _);
        // a pronoun subject ("saying it was withholding it") stands for whom the rules for subjects find
        var own = local < 0 ? null : ctx.ActorAt(local) ?? (text.Tokens[local].Upos == Upos.PRON && ResolvePronoun(ctx, local, ctx.First) is { IsDefaultOrEmpty: false } r ? r[0] : null);
        bool Excluded(ActorMention a) => own != null && (a == own || SameParty(a, own));
        // "said the drones would help it": the sayer (not where the clause's own subject is a pronoun, which takes the sayer:
        // "saying it was withholding it")
        if (!plural && !(local >= 0 && text.Tokens[local].Upos == Upos.PRON))
            for (int k = verb, steps = 0; k >= 0 && steps < 16; k = text.Tokens[k].Head, steps++)
            {
                if (text.Tokens[k].Deprel != "ccomp" || text.Tokens[k].Head < 0) continue;
                int sayer = DependencyArguments.Subject(text, text.Tokens[k].Head, out bool passive);
                if (sayer >= 0 && !passive && sayer < pronoun && ctx.ActorAt(sayer) is { Code.Length: > 0 } s && !Excluded(s) && !IsPlural(text, sayer)) return s;
                break;
            }
        for (int j = pronoun - 1; j >= ctx.First; j--)
        {
            if (ctx.ActorStart[j - ctx.First] is not { } a || ctx.Map.Parenthesized(j) || a.Code.Length == 0 || Excluded(a)) continue;
            int h = DependencyArguments.PhraseHead(text, a.FirstToken, a.EndToken);
            if (!text.Tokens[h].HasParse) return null;
            // a national adjective or compound names the noun it modifies ("British diplomats"), not a name ("Western Cambodia")
            if (text.Tokens[h].Deprel is "amod" or "compound" && text.Tokens[h].Head > h)
            {
                h = text.Tokens[h].Head;
                if (text.Tokens[h].Upos == Upos.PROPN) continue;
            }
            if (IsPlural(text, h) != plural) continue;
            return a;
        }
        return null;
    }

    /// <summary>A plural noun, or one coordinated with another ("Trump and 18 others").</summary>
    private static bool IsPlural(Doc text, int token)
        => (text.Tokens[token].Feats & MorphFeats.NumberPlur) != 0 || text.Tokens[token].Xpos is "NNS" or "NNPS" || DependencyArguments.HasChild(text, token, "conj");

    /// <summary>A state's people counted ("thousands of Serbians", "hundreds of Iraqis") are its civilians (CVL), not the state
    /// acting: "thousands of Serbians rallied against the government" is a domestic protest.</summary>
    private static ActorMention PeopleOf(ActorMention m)
        => m is { Kind: ActorKind.State, Role: null, Form: ActorForm.Adjective }
            ? m with { Role = "CVL", Why = m.Why + "; role: a state's people counted, its civilians (CVL)" }
            : m;

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

    /// <summary>The other mentions over the very words of <paramref name="mention"/>: a group noun resolved to several states
    /// ("the two countries", "the four countries") is one mention per state.</summary>
    private static IEnumerable<ActorMention> SameSpan(SentenceContext ctx, ActorMention mention)
    {
        foreach (var m in ctx.Facts.Actors)
            if (!ReferenceEquals(m, mention) && m.FirstToken == mention.FirstToken && m.EndToken == mention.EndToken) yield return m;
    }

    /// <summary>The actors a nominal and its conjuncts name, one per code, in text order.</summary>
    private ImmutableArray<ActorMention> ParsedGroup(SentenceContext ctx, int head, int cs, bool uncoded = false)
    {
        var first = uncoded ? UncodedName(ctx, head) : ActorOfNominal(ctx, head, cs);
        if (first == null) return [];
        var group = ImmutableArray.CreateBuilder<ActorMention>();
        group.Add(first);
        // same span: "the two countries" resolves to two mentions
        foreach (var m in SameSpan(ctx, first))
            if (m.Code != first.Code) group.Add(m);
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
        // (one state's parties told apart by their roles are two: "the government and the rebels signed")
        foreach (var c in conj)
            if (ActorOfNominal(ctx, c, cs) is { } m && !group.Any(g => SameParty(g, m))) group.Add(m);
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
}
