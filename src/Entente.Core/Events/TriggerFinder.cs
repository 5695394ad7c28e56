using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Trigger choice: for a word that starts a trigger of data/patterns/events.tsv, decides verb or noun use (from the parse's
/// tags, else from the word's form and neighbours), matches multi-word triggers, checks the pattern's theme in the clause
/// and keeps the most specific pattern. Reads: the sentence context (tokens, clause map, actors, equipment, quantities),
/// the patterns and themes. Writes: a <see cref="Candidate"/> or nothing.
/// </summary>
internal sealed class TriggerFinder
{
    private readonly KnowledgeBase _kb;
    private readonly Func<SentenceContext, int, bool, bool, PartOfSpeech?> _parsedPos;
    private readonly Func<SentenceContext, int, EventPattern, int> _matchRestParsed;
    private readonly Func<SentenceContext, int, bool> _namesAPersonObject;
    private readonly TriggerPatternIndex _index = new();

    /// <param name="parsedPos">The part of speech the parse gives a word (the parse half of the coder).</param>
    /// <param name="matchRestParsed">A multi-word trigger's later words matched in the parse (the parse half of the coder).</param>
    public TriggerFinder(KnowledgeBase kb, Func<SentenceContext, int, bool, bool, PartOfSpeech?> parsedPos, Func<SentenceContext, int, EventPattern, int> matchRestParsed,
        Func<SentenceContext, int, bool> namesAPersonObject)
    {
        _kb = kb; _parsedPos = parsedPos; _matchRestParsed = matchRestParsed; _namesAPersonObject = namesAPersonObject;
    }

    public Candidate? Choose(SentenceContext ctx, int i, ImmutableArray<EventPattern> patterns)
    {
        var text = ctx.Text;
        bool hasVerb = false, hasNoun = false;
        foreach (var p in patterns) { if (p.Pos == PartOfSpeech.Verb) hasVerb = true; else hasNoun = true; }
        PartOfSpeech pos;
        if (ctx.Parsed)
        {
            if (_parsedPos(ctx, i, hasVerb, hasNoun) is not { } parsedPos) return null;
            pos = parsedPos;
        }
        else if (WordOrderPos(ctx, i, patterns, hasVerb, hasNoun) is { } guessed) pos = guessed;
        else return null;
        return Best(ctx, i, patterns, pos);
    }

    /// <summary>Verb or noun without a parse: guessed from the word's form and its neighbours; null when neither fits.</summary>
    private PartOfSpeech? WordOrderPos(SentenceContext ctx, int i, ImmutableArray<EventPattern> patterns, bool hasVerb, bool hasNoun)
    {
        var text = ctx.Text;
        PartOfSpeech pos;
        bool nounContext = IsNounContext(ctx, i);
        if (hasVerb && hasNoun) pos = nounContext ? PartOfSpeech.Noun : PartOfSpeech.Verb;
        else if (hasVerb)
        {
            // an inflected form that is not the lemma ("struck", "sent", "held") is a verb even after a noun phrase
            bool inflected = true;
            foreach (var p in patterns) if (p.Pos == PartOfSpeech.Verb && text.Key(i).SequenceEqual(p.Words[0])) { inflected = false; break; }
            if (nounContext && !text.KeyIs(i - 1, "'s") && !EndsInIngOrEd(text, i) && !inflected) return null;
            // "the largest trading partner", "a supplying country": an -ing form inside a noun phrase modifies the next noun
            if (nounContext && text.Key(i).EndsWith("ing") && !(i > ctx.First && ctx.Words.Prepositions.Contains(text.Key(i - 1))) && i + 1 < ctx.Facts.Sentence.EndToken && text.Tokens[i + 1].IsWord
                && !text.KeyIs(i + 1, "of") && ctx.ActorStart[i + 1 - ctx.First] == null && !ctx.Words.Determiners.Contains(text.Key(i + 1))
                && !ctx.Words.Prepositions.Contains(text.Key(i + 1)))
                return null;
            pos = PartOfSpeech.Verb;
        }
        else pos = PartOfSpeech.Noun;
        if (pos == PartOfSpeech.Verb && !VerbLicensed(ctx, i)) return null;
        // "in occupied Ukraine", "the annexed regions": a participle used as an adjective before a noun or a name
        if (pos == PartOfSpeech.Verb && text.Key(i).EndsWith("ed") && i > ctx.First && i + 1 < ctx.Facts.Sentence.EndToken
            && (ctx.Words.Prepositions.Contains(text.Key(i - 1)) || ctx.Words.Determiners.Contains(text.Key(i - 1)))
            && (ctx.ActorStart[i + 1 - ctx.First] != null || text.Tokens[i + 1].IsWord && !ctx.Words.Prepositions.Contains(text.Key(i + 1)) && !ctx.Words.Determiners.Contains(text.Key(i + 1))))
            return null;
        return pos;
    }

    /// <summary>Of the patterns for the word in its part of speech: the longest matching trigger whose theme is present, first in file order.</summary>
    private Candidate? Best(SentenceContext ctx, int i, ImmutableArray<EventPattern> patterns, PartOfSpeech pos)
    {
        var text = ctx.Text;
        // multi-word triggers first (more words = more specific), then file order
        Candidate? best = null;
        int bestWords = 0;
        // of a long list, only the patterns whose second word is within reach (MatchRest's reach is shorter), in their order
        var candidates = ctx.PatternPositions;
        bool some = _index.Candidates(text, i, ctx.Facts.Sentence.EndToken, patterns, candidates);
        int count = some ? candidates.Count : patterns.Length;
        // own and imported rows first; imported fallbacks for a verb with own rows only when none of those fits, and only over a parse
        for (int pass = 0; pass < 2 && best == null; pass++)
            for (int k = 0; k < count; k++)
            {
                var p = patterns[some ? candidates[k] : k];
                if (p.Pos != pos || p.Fallback != (pass == 1) || pass == 1 && !ctx.Parsed) continue;
                // an adjective opens only a multi-word noun trigger ("general strike"), never a one-word one
                if (ctx.Parsed && pos == PartOfSpeech.Noun && p.Words.Length < 2 && text.Tokens[i].Upos == Upos.ADJ) continue;
                // a pattern no longer than the best so far cannot replace it: not worth matching
                if (p.Words.Length <= bestWords) continue;
                int end = ctx.Parsed ? _matchRestParsed(ctx, i, p) : MatchRest(ctx, i, p);
                if (end < 0) continue;
                if (p.Theme != null && !ThemePresent(ctx, i, end, p.Theme)) continue;
                best = new Candidate(p, i, end);
                bestWords = p.Words.Length;
            }
        if (best == null) return null;
        // "ordered the expulsion of the diplomats": a light verb's fallback phrase whose later word is an own noun trigger
        // leaves the act to the noun, as the light verb does
        if (best.Pattern.Fallback && ctx.Map.CueOf(best.TriggerStart) is Cue.Light)
            for (int j = best.TriggerStart + 1; j < best.TriggerEnd; j++)
                if (_kb.Patterns.Triggers.MatchLongest(text, j, j + 1, out var inner) > 0 && inner.Any(x => x.Pos == PartOfSpeech.Noun && !x.Fallback))
                    return null;
        // "a memorandum on maritime cooperation", "an agreement on trade": the noun names the agreement's subject
        if (pos == PartOfSpeech.Noun && best.Pattern.Cameo[..2] != "05")
            for (int j = best.TriggerStart - 1; j >= ctx.First && j >= best.TriggerStart - 3; j--)
                if (text.KeyIs(j, "on") || text.KeyIs(j, "of"))
                {
                    if (j - 1 >= ctx.First && _kb.Patterns.Themes.MatchLongest(text, j - 1, j, out var before) > 0 && before.Contains("agreement")) return null;
                    break;
                }
        // "free trade agreement", "cooperation documents": a noun trigger that is only the modifier of an agreement word
        if (pos == PartOfSpeech.Noun && best.TriggerEnd < ctx.Facts.Sentence.EndToken && best.Pattern.Cameo[..2] != "05"
            && _kb.Patterns.Themes.MatchLongest(text, best.TriggerEnd, ctx.Facts.Sentence.EndToken, out var th) > 0 && th.Contains("agreement"))
            return null;
        return best;
    }

    /// <summary>
    /// A bare verb form ("sign", "trade") must follow something that takes a verb: a modal or "to", an auxiliary,
    /// an adverb, a subject (actor or pronoun), or "and"/"or" after another verb; otherwise it is likely a noun ("free trade zones").
    /// Inflected forms (-s, -ed, -ing, irregular pasts) are verbs wherever they stand.
    /// </summary>
    private bool VerbLicensed(SentenceContext ctx, int i)
    {
        var text = ctx.Text;
        var key = text.Key(i);
        var surfaceIsLemma = false;
        if (_kb.Patterns.Triggers.MatchLongest(text, i, i + 1, out var ps) > 0)
            foreach (var p in ps) if (p.Pos == PartOfSpeech.Verb && key.SequenceEqual(p.Words[0])) { surfaceIsLemma = true; break; }
        if (!surfaceIsLemma) return true;
        int j = i - 1;
        if (j < ctx.First) return (text.Tokens[i].Shape & TokenShape.Capitalized) != 0; // imperative / headline start
        var prev = text.Key(j);
        if (ctx.Words.Auxiliaries.Contains(prev) || prev.EndsWith("ly")) return true;
        if (ctx.ActorEnd[j - ctx.First] != null) return true;
        if (prev.SequenceEqual("they") || prev.SequenceEqual("we") || prev.SequenceEqual("i") || prev.SequenceEqual("and") || prev.SequenceEqual("or") || prev.SequenceEqual("who")) return true;
        var cue = ctx.Map.CueOf(j);
        return cue is Cue.Future or Cue.Intent or Cue.Hypothetical or Cue.Negation or Cue.Refusal;
    }

    private static bool EndsInIngOrEd(Doc text, int i)
    {
        var k = text.Key(i);
        return k.EndsWith("ing") || k.EndsWith("ed");
    }

    private static bool IsNounContext(SentenceContext ctx, int i)
    {
        var text = ctx.Text;
        int first = ctx.First;
        if (i + 1 < ctx.Facts.Sentence.EndToken && text.KeyIs(i + 1, "of")) return true;
        // "Fresh sanctions were imposed": a word followed by an auxiliary is the subject noun
        if (i + 1 < ctx.Facts.Sentence.EndToken && ctx.Words.BeForms.Contains(text.Key(i + 1)) || text.KeyIs(i + 1, "have") || text.KeyIs(i + 1, "has") || text.KeyIs(i + 1, "will"))
            return !text.Key(i).EndsWith("ed");
        // walk back over adjectives: "Iran's consistent support", "the prospective interstate agreement"
        for (int j = i - 1; j >= first && j >= i - 3; j--)
        {
            var key = text.Key(j);
            if (ctx.Words.Determiners.Contains(key)) return true;
            if (key is "it" or "they" or "he" or "she" or "we") return false;
            // "announced sanctions against Belarus", "ordered expulsions": the object of a light verb is a noun (not a gerund: "continued supporting")
            if (ctx.Map.IsLight(j)) return !text.Key(i).EndsWith("ing");
            if (ctx.ActorEnd[j - first] != null) return ctx.ActorEnd[j - first]!.Form == ActorForm.Adjective || ctx.ActorEnd[j - first]!.Modifier || text.KeyIs(j + 1, "'s");
            if (ctx.Words.Auxiliaries.Contains(key) || ctx.Words.Prepositions.Contains(key)) return ctx.Words.Prepositions.Contains(key) && !text.KeyIs(j, "to");
            if (!text.Tokens[j].IsWord) return false;
            if (key.EndsWith("ly")) return false;
        }
        return false;
    }

    /// <summary>Matches the trigger's later words, each within two tokens of the previous; returns the end token or -1.</summary>
    private static int MatchRest(SentenceContext ctx, int i, EventPattern p)
    {
        int pos = i + 1;
        int end = ctx.Facts.Sentence.EndToken;
        for (int w = 1; w < p.Words.Length; w++)
        {
            int found = -1;
            for (int j = pos; j < Math.Min(end, pos + 3); j++)
            {
                if (IsFormOf(ctx.Text.Key(j), p.Words[w]))
                { found = j; break; }
            }
            if (found < 0) return -1;
            pos = found + 1;
        }
        return pos;
    }

    /// <summary>A later trigger word as written: the word itself, or it with a plural -s ("sanction" in "sanctions").</summary>
    internal static bool IsFormOf(ReadOnlySpan<char> key, string word)
        => key.SequenceEqual(word) || key.Length == word.Length + 1 && key.EndsWith("s") && key.StartsWith(word);

    private bool ThemePresent(SentenceContext ctx, int trigger, int triggerEnd, string theme)
    {
        var (cs, ce) = ctx.Map.ClauseSpan(trigger);
        if (theme.StartsWith(PredicateTheme, StringComparison.Ordinal)) return PredicateThemePresent(ctx, trigger, theme, cs, ce);
        if (theme.StartsWith(ObjectTheme, StringComparison.Ordinal)) return ObjectThemePresent(ctx, trigger, triggerEnd, theme, cs, ce);
        switch (theme)
        {
            case "weapon":
                foreach (var e in ctx.Facts.Equipment) if (e.FirstToken >= cs && e.FirstToken < ce) return true;
                return false;
            case "money":
                foreach (var q in ctx.Facts.Quantities) if (q.IsMoney && q.FirstToken >= cs && q.FirstToken < ce) return true;
                break;
            case "person":
                foreach (var a in ctx.Facts.Actors) if (a.Kind == ActorKind.Person && a.FirstToken > trigger && a.FirstToken < ce) return true;
                break;
        }
        for (int j = cs; j < ce; j++)
        {
            if (_kb.Patterns.Themes.MatchLongest(ctx.Text, j, ce, out var themes) > 0 && themes.Contains(theme)
                && !(theme == "person" && InActiveSubject(ctx, trigger, j))) return true;
        }
        if (theme == "person" && _namesAPersonObject(ctx, trigger)) return true;
        if (theme == "person")
            foreach (var a in ctx.Facts.Actors)
            {
                if (a.FirstToken <= trigger || a.FirstToken >= ce) continue;
                // "officials", "diplomats" (a sector role in the plural) or a plural demonym ("five Iranians") are people; "the Turkish
                // parliament" (a sector role in the singular) is a body
                if ((a.Role != null || a.Form == ActorForm.Adjective) && ctx.Text.Text[a.End - 1] == 's') return true;
            }
        return false;
    }

    /// <summary>Over the parse, word <paramref name="j"/> lies in the trigger's active subject: the one who acts, not who is acted on
    /// ("Sweden's prime minister welcomed the vote" welcomes no person).</summary>
    private static bool InActiveSubject(SentenceContext ctx, int trigger, int j)
        => ctx.Parsed && j < trigger && ChildOfTriggerAbove(ctx.Text, trigger, j) is int node and >= 0 && ctx.Text.Tokens[node].Deprel == "nsubj";

    /// <summary>The dependent of <paramref name="trigger"/> whose phrase holds word <paramref name="j"/> (climbing at most eight
    /// heads), or −1 when <paramref name="j"/> is not below the trigger.</summary>
    private static int ChildOfTriggerAbove(Doc text, int trigger, int j) => text.ChildTowards(j, trigger, depth: 9);

    /// <summary>A theme named "predicate-…" must be in what the verb says its object is, over the parse: the verb's
    /// secondary predicate (xcomp) or its "as" phrase ("called the flights a provocation", "described the move as
    /// unfriendly"), an adjective or participle the parser hung on the object after it, or the predicate of a copular
    /// that-clause ("said the charges were absurd"); not anywhere in the clause
    /// ("called for an inquiry into the provocation" is no insult).</summary>
    public const string PredicateTheme = "predicate-";

    /// <summary>A theme named "object-…" must be the head of the verb's object or of its passive subject ("killed nine
    /// soldiers", "two soldiers were killed"), or of an oblique introduced by the trigger's own particle ("took over the
    /// town"), over the parse; not anywhere in the clause ("soldiers killed three villagers").</summary>
    public const string ObjectTheme = "object-";

    private bool ObjectThemePresent(SentenceContext ctx, int trigger, int triggerEnd, string theme, int cs, int ce)
    {
        if (!ctx.Parsed) return false;
        var text = ctx.Text;
        int first = ctx.First;
        bool hasObject = false;
        foreach (var c in text.Children(trigger))
        {
            // "had taken over the city": the trigger's own particle read as the preposition of an oblique; that oblique is the object
            bool particleObject = text.Tokens[c].Deprel == "obl" && DependencyArguments.CaseWord(text, c) is int k && k > trigger && k < triggerEnd;
            if (text.Tokens[c].Deprel is not ("obj" or "nsubj:pass") && !particleObject) continue;
            hasObject = true;
            if (theme == EventPatterns.ObjectWeaponTheme ? NamesEquipment(ctx, c) : HeadNamesTheme(ctx, c, theme, c < cs ? first : cs, ce)) return true;
            // "executed dozens of civilians": a count of people is looked through to its of-phrase
            if (text.Tokens[c].Lemma is { } count && ctx.Words.QuantityNouns.Contains(count.AsSpan()))
                foreach (var n in text.Children(c))
                    if (text.Tokens[n].Deprel == "nmod" && n > c && DependencyArguments.CaseWord(text, n) is int of && text.KeyIs(of, "of")
                        && HeadNamesTheme(ctx, n, theme, c < cs ? first : cs, ce)) return true;
        }
        var t = text.Tokens[trigger];
        // "two soldiers were wounded or killed": a participle joined to a passive verb shares its passive subject
        if (!hasObject && t.Deprel == "conj" && t.Xpos == "VBN" && t.Head >= 0 && t.Head < trigger && DependencyArguments.IsPassive(text, trigger))
            foreach (var c in text.Children(t.Head))
                if (text.Tokens[c].Deprel == "nsubj:pass" && HeadNamesTheme(ctx, c, theme, c < cs ? first : cs, ce)) return true;
        // "a charge Kabul denies": a relative clause's object is the noun it hangs on
        return !hasObject && t.Deprel is "acl:relcl" && t.Head >= 0 && t.Head < trigger && HeadNamesTheme(ctx, t.Head, theme, first, trigger);
    }

    /// <summary>Theme <see cref="EventPatterns.ObjectWeaponTheme"/>: the object or passive subject is equipment (data/equipment.tsv),
    /// not merely a clause that names some ("ordered 50 tanks from South Korea"; not "ordered sanctions … for Iran's missile test").</summary>
    private static bool NamesEquipment(SentenceContext ctx, int head)
    {
        foreach (var e in ctx.Facts.Equipment)
            if (e.FirstToken <= head && head < e.EndToken) return true;
        return false;
    }

    /// <summary>The phrase's own words up to its head <paramref name="head"/> ("two dissident fighters", "police officers") end in a
    /// theme word, the phrase starting at or after <paramref name="from"/> and before <paramref name="until"/>.</summary>
    private bool HeadNamesTheme(SentenceContext ctx, int head, string theme, int from, int until)
    {
        for (int j = Math.Max(from, head - 3); j <= head && j < until; j++)
            if (_kb.Patterns.Themes.MatchLongest(ctx.Text, j, head + 1, out var themes) == head + 1 - j && themes.Contains(theme)) return true;
        return false;
    }

    /// <summary>Whether the word names an act: a one-word noun row of data/patterns/events.tsv, a noun that refers back to an
    /// act (data/cameo/referring-nouns.tsv: "the charges") or a generic act noun ("the move").</summary>
    private bool NamesAnAct(Doc text, int word)
        => _kb.Patterns.Triggers.MatchLongest(text, word, word + 1, out var rows) > 0 && rows.Any(r => r.Pos == PartOfSpeech.Noun)
           || _kb.ReferringNouns.RootsOf(text.Key(word).ToString()) != null || _kb.Words.GenericActNouns.Contains(text.Key(word));

    private bool PredicateThemePresent(SentenceContext ctx, int trigger, string theme, int cs, int ce)
    {
        if (!ctx.Parsed) return false;
        var text = ctx.Text;
        for (int j = Math.Max(cs, trigger + 1); j < ce; j++)
        {
            if (_kb.Patterns.Themes.MatchLongest(text, j, ce, out var themes) == 0 || !themes.Contains(theme)) continue;
            // the child of the trigger that holds this word
            int node = ChildOfTriggerAbove(text, trigger, j);
            if (node < 0) continue;
            if (text.Tokens[node].Deprel == "xcomp") return true;
            // "said the charges were absurd": the predicate of a copular that-clause, not its subject
            // (about an actor or an act: "said Russia was an aggressor", "said the charges were absurd"; not "said the weather was to blame")
            if (DependencyArguments.CopularClauseSubject(text, node) is int about and >= 0
                && (j == node || text.ChildTowards(j, node) is int part and >= 0 && text.Tokens[part].Deprel is not ("nsubj" or "nsubj:pass" or "csubj"))
                && (ctx.ActorContaining(about) != null || NamesAnAct(text, about)))
                return true;
            // "called the decision a positive step" read as two objects, or with the second an unmarked oblique ("branded the
            // decision a disgrace"): the second is the predicate
            if (text.Tokens[node].Deprel is "obj" or "obl:unmarked")
                foreach (var c in text.Children(trigger))
                    if (c < node && text.Tokens[c].Deprel is "obj" or "iobj") return true;
            // a predicate the parser hung on the object ("called the decision short-sighted" read as acl/amod after the noun)
            int w = j;
            while (text.Tokens[w].Deprel == "conj" && text.Tokens[w].Head > node) w = text.Tokens[w].Head;
            // (or a bare noun phrase hung on it: "calling the demonstrations a conspiracy" read as nmod:unmarked or obj)
            if (text.Tokens[node].Deprel == "obj" && w > node && text.Tokens[w].Head == node && text.Tokens[w].Deprel is "acl" or "amod" or "nmod:unmarked" or "obj") return true;
            foreach (var c in text.Children(node))
                if (text.Tokens[c].Deprel is "case" or "mark" && text.KeyIs(c, "as")) return true;
        }
        return false;
    }
}
