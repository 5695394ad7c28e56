using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Sources;
using Entente.Core.Text;
using Entente.Core.Time;

namespace Entente.Core.Events;

/// <summary>
/// Codes events sentence by sentence. For each trigger in data/patterns/events.tsv it decides verb or noun use,
/// finds the clause, the subject (nearest actor before the verb, coordinated subjects, possessors and national
/// adjectives of nouns, pronouns resolved to the clause or previous subject), the target (direct object or the
/// pattern's prepositions), handles passive voice ("by X"), transfer direction (supplier → recipient), checks the
/// pattern's theme, then sets status, confidence, date, quantity, equipment and sources.
/// Reads: tokens, <see cref="SentenceFacts"/>. Writes: <see cref="CodedEvent"/>s.
/// </summary>
public sealed partial class EventExtractor
{
    private readonly KnowledgeBase _kb;

    public EventExtractor(KnowledgeBase kb) { _kb = kb; }

    private sealed record Candidate(EventPattern Pattern, int TriggerStart, int TriggerEnd);

    private readonly record struct Party(ActorMention Mention, ImmutableArray<ActorMention> Group);

    public IReadOnlyList<CodedEvent> Extract(Doc text, IReadOnlyList<SentenceFacts> sentences, DateOnly? reference)
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
            fallbackCitations[k] = sentences[k].Citations.Count > 0 ? [] : BorrowedCitations(text, sentences, k);
        int longest = 1;
        foreach (var f in sentences) longest = Math.Max(longest, f.Sentence.TokenCount);
        var scratch = new Scratch(longest);
        for (int k = 0; k < sentences.Count; k++)
        {
            var f = sentences[k];
            if (f.Sentence.IsHeading || f.Actors.Count == 0) continue;
            var ctx = new SentenceContext(text, f, _kb, previousSubject, scratch) { RecentEvents = events };
            int before = events.Count;
            ExtractSentence(ctx, events, reference, fallbackCitations[k]);
            bool twoParty = false;
            for (int m = before; m < events.Count; m++) twoParty |= !events[m].IsOneSided;
            // "Iranian officials denied the reports.": the denial is the status of the previous sentence's events, not an event of its own
            if (!twoParty && k > 0 && ApplyDenialToPrevious(ctx, events, sentences[k - 1].Sentence.Index))
                events.RemoveAll(e => e.Evidence.Sentence == f.Sentence.Index && e.IsOneSided && e.Cameo.StartsWith("01", StringComparison.Ordinal));
            previousSubject = ctx.LastSubject ?? previousSubject ?? f.Actors.FirstOrDefault(a => !a.Modifier);
        }
        return events;
    }

    /// <summary>The citations sentence <paramref name="k"/> (which has none of its own) may borrow: its paragraph's
    /// dateline credit, or a trailing parenthetical closing a one-claim passage (the rule in <see cref="Extract"/>).</summary>
    private static IReadOnlyList<Citation> BorrowedCitations(Doc text, IReadOnlyList<SentenceFacts> sentences, int k)
    {
        int paragraph = sentences[k].Sentence.Paragraph;
        int first = k;
        while (first > 0 && sentences[first - 1].Sentence.Paragraph == paragraph) first--;
        var dateline = sentences[first].Citations.Where(c => IsDatelineCredit(text.Text, c)).ToArray();
        if (dateline.Length > 0) return dateline;

        int m = k + 1;
        while (m < sentences.Count && m <= k + 2 && sentences[m].Sentence.Paragraph == paragraph && sentences[m].Citations.Count == 0) m++;
        if (m >= sentences.Count || m > k + 2 || sentences[m].Sentence.Paragraph != paragraph) return [];
        var cited = sentences[m];
        var last = cited.Citations.MaxBy(c => c.End)!;
        if (last.Kind != CitationKind.Parenthetical) return [];
        for (int i = last.End; i < cited.Sentence.End && i < text.Text.Length; i++)
            if (!char.IsWhiteSpace(text.Text[i]) && text.Text[i] is not (')' or '.' or ']' or ';' or '!' or '?')) return [];
        for (int j = k + 1; j <= m; j++)
        {
            var lead = sentences[j].Actors.FirstOrDefault(a => !a.Modifier) ?? sentences[j].Actors.FirstOrDefault();
            if (lead != null && !sentences[k].Actors.Any(b => b.Code == lead.Code)) return [];
        }
        return cited.Citations;
    }

    /// <summary>"WASHINGTON (AP) - …", "DUSHANBE, Sept 17 (Reuters) - …": a parenthetical credit followed by a dash.</summary>
    private static bool IsDatelineCredit(string text, Citation c)
    {
        if (c.Kind != CitationKind.Parenthetical) return false;
        int i = c.End;
        while (i < text.Length && text[i] is ')' or ' ') i++;
        return i < text.Length && i > c.End && text[i] is '-' or '\u2013' or '\u2014';
    }

    /// <summary>
    /// "Iran has supplied Russia with missiles. Iranian officials denied the reports.": a sentence that only denies
    /// ("denied the reports/claims/allegations") marks the previous sentence's events denied when the denier is a party.
    /// </summary>
    private static bool ApplyDenialToPrevious(SentenceContext ctx, List<CodedEvent> events, int previousSentence)
    {
        var text = ctx.Text;
        var s = ctx.Facts.Sentence;
        for (int j = s.FirstToken; j < s.EndToken; j++)
        {
            if (ctx.Map.CueOf(j) != Cue.Denial) continue;
            var denier = NearestActorBefore(ctx, j);
            string phrase = text.SurfaceString(j, j + ctx.Map.CueLength[j - s.FirstToken]);
            int last = events.Count - 1;
            while (last >= 0 && events[last].Evidence.Sentence == s.Index) last--;
            bool any = false;
            for (int k = last; k >= 0 && events[k].Evidence.Sentence == previousSentence; k--)
            {
                var e = events[k];
                if (denier != null && denier.Code != e.Source.Code && denier.Code != e.Target.Code) continue;
                if (e.Status is EventStatus.Hypothetical or EventStatus.Denied) continue;
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

    /// <summary>Per-token arrays and sets reused across the sentences of one document, sized to its longest sentence.</summary>
    private sealed class Scratch(int size)
    {
        public readonly ActorMention?[] ActorStart = new ActorMention?[size];
        public readonly ActorMention?[] ActorEnd = new ActorMention?[size];
        public readonly bool[] EquipmentToken = new bool[size];
        public readonly HashSet<ActorMention> UsedAsObject = new(ReferenceEqualityComparer.Instance);
        public readonly ClauseMap.Buffers Clauses = new(size);
        public readonly List<(int Head, string Slot)> Complements = [];
        public readonly List<int> Conjuncts = [];
    }

    private sealed class SentenceContext
    {
        public readonly Doc Text;
        public readonly SentenceFacts Facts;
        public readonly ClauseMap Map;
        public readonly ActorMention?[] ActorStart;
        public readonly ActorMention?[] ActorEnd;
        public readonly bool[] EquipmentToken;
        public readonly ActorMention? PreviousSubject;
        public ActorMention? LastSubject;
        // mentions are records: compare them by reference (value equality would hash every field)
        public readonly HashSet<ActorMention> UsedAsObject;
        public List<CodedEvent> RecentEvents = [];
        public int First => Facts.Sentence.FirstToken;
        /// <summary>The sentence carries a dependency parse: arguments come from it, with the word-order rules as fallback.</summary>
        public readonly bool Parsed;
        public readonly List<(int Head, string Slot)> Complements;
        public readonly List<int> Conjuncts;

        public SentenceContext(Doc text, SentenceFacts f, KnowledgeBase kb, ActorMention? previous, Scratch scratch)
        {
            Text = text; Facts = f; PreviousSubject = previous;
            int n = f.Sentence.TokenCount;
            ActorStart = scratch.ActorStart; Array.Clear(ActorStart, 0, n);
            ActorEnd = scratch.ActorEnd; Array.Clear(ActorEnd, 0, n);
            EquipmentToken = scratch.EquipmentToken; Array.Clear(EquipmentToken, 0, n);
            UsedAsObject = scratch.UsedAsObject; UsedAsObject.Clear();
            foreach (var a in f.Actors)
            {
                ActorStart[a.FirstToken - f.Sentence.FirstToken] ??= a;
                ActorEnd[a.EndToken - 1 - f.Sentence.FirstToken] = a;
            }
            foreach (var e in f.Equipment)
                for (int k = e.FirstToken; k < e.EndToken; k++) EquipmentToken[k - f.Sentence.FirstToken] = true;
            var starts = ActorStart;
            var ends = ActorEnd;
            int first = f.Sentence.FirstToken;
            Map = new ClauseMap(text, f.Sentence, kb.Patterns, i => starts[i - first] != null, i => i >= first && ends[i - first] != null, scratch.Clauses);
            Parsed = text.IsParsed(f.Sentence);
            Complements = scratch.Complements;
            Conjuncts = scratch.Conjuncts;
        }

        /// <summary>The mention covering a token: the widest one not used as a mere modifier, else any.</summary>
        public ActorMention? ActorAt(int token)
        {
            ActorMention? best = null;
            foreach (var a in Facts.Actors)
            {
                if (token < a.FirstToken || token >= a.EndToken) continue;
                if (best == null || best.Modifier && !a.Modifier || best.Modifier == a.Modifier && a.EndToken - a.FirstToken > best.EndToken - best.FirstToken) best = a;
            }
            return best;
        }

        public ActorMention? ActorContaining(int token)
        {
            foreach (var a in Facts.Actors) if (token >= a.FirstToken && token < a.EndToken) return a;
            return null;
        }
    }

    private void ExtractSentence(SentenceContext ctx, List<CodedEvent> events, DateOnly? reference, IReadOnlyList<Citation> paragraphCitations)
    {
        var text = ctx.Text;
        var s = ctx.Facts.Sentence;
        var seen = new HashSet<(string, string, string)>();
        int firstOfSentence = events.Count;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (ctx.Map.Parenthesized(i) || ctx.EquipmentToken[i - s.FirstToken]) continue;
            if (_kb.Patterns.Triggers.MatchLongest(text, i, i + 1, out var patterns) == 0) continue;
            var container = ctx.ActorContaining(i);
            var candidate = Choose(ctx, i, patterns);
            if (candidate == null) continue;
            // a word inside an actor mention ("Moscow's military" + "cooperation") triggers only a phrase reaching past the mention
            if (container != null && (candidate.Pattern.Words.Length < 2 || candidate.TriggerEnd <= container.EndToken)) continue;
            bool any = false;
            foreach (var ev in Build(ctx, candidate, reference, paragraphCitations))
            {
                var key = (ev.Source.Code + "|" + ev.Target.Code, ev.Cameo, ev.Status.ToString());
                var symKey = (ev.Target.Code + "|" + ev.Source.Code, ev.Cameo, ev.Status.ToString());
                if (seen.Contains(key) || (candidate.Pattern.Frame == Frame.Symmetric && seen.Contains(symKey))) continue;
                seen.Add(key);
                events.Add(ev);
                any = true;
            }
            if (any) i = Math.Max(i, candidate.TriggerEnd - 1);
        }
        DropCoveredOneSided(events, firstOfSentence);
    }

    /// <summary>A one-actor event of a source that also acts on a named target in the same sentence is the frame of that act
    /// ("Iran denied that its forces attacked Pakistan", "Germany pledged to provide Ukraine with aid"): the two-party event
    /// carries it (as status or code), so the one-actor reading is dropped.</summary>
    private static void DropCoveredOneSided(List<CodedEvent> events, int from)
    {
        for (int k = events.Count - 1; k >= from; k--)
        {
            if (!events[k].IsOneSided) continue;
            for (int m = from; m < events.Count; m++)
                if (m != k && !events[m].IsOneSided && (events[m].Source.Code == events[k].Source.Code || events[m].Target.Code == events[k].Source.Code))
                { events.RemoveAt(k); break; }
        }
    }

    // ---------------------------------------------------------------- trigger choice

    private Candidate? Choose(SentenceContext ctx, int i, ImmutableArray<EventPattern> patterns)
    {
        var text = ctx.Text;
        bool hasVerb = false, hasNoun = false;
        foreach (var p in patterns) { if (p.Pos == PartOfSpeech.Verb) hasVerb = true; else hasNoun = true; }
        PartOfSpeech pos;
        if (ctx.Parsed)
        {
            if (ParsedPos(ctx, i, hasVerb, hasNoun) is not { } parsedPos) return null;
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
            if (nounContext && text.Key(i).EndsWith("ing") && !ClauseMap.PrepositionLookup.Contains(text.Key(i - 1)) && i + 1 < ctx.Facts.Sentence.EndToken && text.Tokens[i + 1].IsWord
                && !text.KeyIs(i + 1, "of") && ctx.ActorStart[i + 1 - ctx.First] == null && !ClauseMap.DeterminerLookup.Contains(text.Key(i + 1))
                && !ClauseMap.PrepositionLookup.Contains(text.Key(i + 1)))
                return null;
            pos = PartOfSpeech.Verb;
        }
        else pos = PartOfSpeech.Noun;
        if (pos == PartOfSpeech.Verb && !VerbLicensed(ctx, i)) return null;
        // "in occupied Ukraine", "the annexed regions": a participle used as an adjective before a noun or a name
        if (pos == PartOfSpeech.Verb && text.Key(i).EndsWith("ed") && i > ctx.First && i + 1 < ctx.Facts.Sentence.EndToken
            && (ClauseMap.PrepositionLookup.Contains(text.Key(i - 1)) || ClauseMap.DeterminerLookup.Contains(text.Key(i - 1)))
            && (ctx.ActorStart[i + 1 - ctx.First] != null || text.Tokens[i + 1].IsWord && !ClauseMap.PrepositionLookup.Contains(text.Key(i + 1)) && !ClauseMap.DeterminerLookup.Contains(text.Key(i + 1))))
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
        foreach (var p in patterns)
        {
            if (p.Pos != pos) continue;
            int end = ctx.Parsed ? MatchRestParsed(ctx, i, p) : MatchRest(ctx, i, p);
            if (end < 0) continue;
            if (p.Words.Length < bestWords) continue;
            if (p.Theme != null && !ThemePresent(ctx, i, p.Theme)) continue;
            if (p.Words.Length > bestWords) { best = new Candidate(p, i, end); bestWords = p.Words.Length; }
        }
        if (best == null) return null;
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
        if (ClauseMap.AuxiliaryLookup.Contains(prev) || prev.EndsWith("ly")) return true;
        if (ctx.ActorEnd[j - ctx.First] != null) return true;
        if (prev.SequenceEqual("they") || prev.SequenceEqual("we") || prev.SequenceEqual("i") || prev.SequenceEqual("and") || prev.SequenceEqual("or") || prev.SequenceEqual("who")) return true;
        var cue = ctx.Map.CueOf(j);
        return cue is Cue.Future or Cue.Intent or Cue.Hypothetical or Cue.Negation;
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
        if (i + 1 < ctx.Facts.Sentence.EndToken && ClauseMap.BeForms.Contains(text.Key(i + 1).ToString()) || text.KeyIs(i + 1, "have") || text.KeyIs(i + 1, "has") || text.KeyIs(i + 1, "will"))
            return !text.Key(i).EndsWith("ed");
        // walk back over adjectives: "Iran's consistent support", "the prospective interstate agreement"
        for (int j = i - 1; j >= first && j >= i - 3; j--)
        {
            var key = text.Key(j);
            if (ClauseMap.DeterminerLookup.Contains(key)) return true;
            if (key is "it" or "they" or "he" or "she" or "we") return false;
            // "announced sanctions against Belarus", "ordered expulsions": the object of a light verb is a noun (not a gerund: "continued supporting")
            if (ctx.Map.IsLight(j)) return !text.Key(i).EndsWith("ing");
            if (ctx.ActorEnd[j - first] != null) return ctx.ActorEnd[j - first]!.Form == ActorForm.Adjective || ctx.ActorEnd[j - first]!.Modifier || text.KeyIs(j + 1, "'s");
            if (ClauseMap.AuxiliaryLookup.Contains(key) || ClauseMap.PrepositionLookup.Contains(key)) return ClauseMap.PrepositionLookup.Contains(key) && !text.KeyIs(j, "to");
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
                var key = ctx.Text.Key(j);
                if (key.SequenceEqual(p.Words[w]) || (key.Length == p.Words[w].Length + 1 && key.EndsWith("s") && key.StartsWith(p.Words[w])))
                { found = j; break; }
            }
            if (found < 0) return -1;
            pos = found + 1;
        }
        return pos;
    }

    private bool ThemePresent(SentenceContext ctx, int trigger, string theme)
    {
        var (cs, ce) = ctx.Map.ClauseSpan(trigger);
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
            if (_kb.Patterns.Themes.MatchLongest(ctx.Text, j, ce, out var themes) > 0 && themes.Contains(theme)) return true;
        }
        if (theme == "person" && NamesAPersonObject(ctx, trigger)) return true;
        if (theme == "person")
            foreach (var a in ctx.Facts.Actors)
            {
                if (a.FirstToken <= trigger || a.FirstToken >= ce) continue;
                // "officials", "diplomats" (a sector role) or a plural demonym ("five Iranians") are people
                if (a.Role != null || a.Form == ActorForm.Adjective && ctx.Text.Text[a.End - 1] == 's') return true;
            }
        return false;
    }

    // ---------------------------------------------------------------- arguments

    private IEnumerable<CodedEvent> Build(SentenceContext ctx, Candidate c, DateOnly? reference, IReadOnlyList<Citation> paragraphCitations)
    {
        var p = c.Pattern;
        var text = ctx.Text;
        var (cs, ce) = ctx.Map.ClauseSpan(c.TriggerStart);
        bool passive;
        ImmutableArray<ActorMention> subjects = [];
        ActorMention? byAgent = null;
        if (ctx.Parsed && p.Pos == PartOfSpeech.Verb)
        {
            subjects = ParsedSubject(ctx, c.TriggerStart, cs, out passive, out _);
            byAgent = ParsedAgent(ctx, c.TriggerStart, cs);
        }
        else passive = p.Pos == PartOfSpeech.Verb && IsPassive(ctx, c.TriggerStart);
        if (ctx.Parsed && p.Pos == PartOfSpeech.Noun) byAgent = ParsedAgent(ctx, c.TriggerStart, cs);
        if (subjects.IsDefaultOrEmpty) subjects = p.Pos == PartOfSpeech.Verb ? FindSubject(ctx, c.TriggerStart, cs) : FindNounAgent(ctx, c, cs);
        if (subjects.IsDefaultOrEmpty && ctx.Parsed && p.Pos == PartOfSpeech.Verb) subjects = ParsedSubject(ctx, c.TriggerStart, cs, out _, out _, uncoded: true);
        byAgent ??= FindAfter(ctx, c.TriggerEnd, ce, ["by"], allowObject: false, exclude: null);
        ActorMention? source = null, target = null;
        var exclude = subjects.IsDefaultOrEmpty ? null : new HashSet<ActorMention>(subjects, ReferenceEqualityComparer.Instance);
        // the target slot: read off the parse first, then by word order
        ActorMention? TargetAfter(IEnumerable<string> preps, bool allowObject)
            => (ctx.Parsed ? ParsedTarget(ctx, c, preps, allowObject, exclude, cs) : null) ?? FindAfter(ctx, c.TriggerEnd, ce, preps, allowObject, exclude);

        switch (p.Frame)
        {
            case Frame.Agent:
            case Frame.Giver:
                if (passive)
                {
                    source = byAgent;
                    target = subjects.IsDefaultOrEmpty ? TargetAfter(p.Preps, allowObject: false) : subjects[0];
                    // "A $130 million aid package for Ukraine was pledged by Germany": the recipient is named in the subject phrase
                    if (target == null && p.Frame == Frame.Giver) target = RecipientInSubject(ctx, cs, c.TriggerStart, p.Preps, byAgent);
                }
                else
                {
                    source = subjects.IsDefaultOrEmpty ? (p.Pos == PartOfSpeech.Noun ? byAgent : null) : subjects[0];
                    target = PossessivePronounTarget(ctx, c, ce, source) ?? TargetAfter(p.Preps, p.AllowsObject);
                    if (target == null && p.Frame == Frame.Agent && p.Pos == PartOfSpeech.Verb) target = ObjectModifier(ctx, c.TriggerEnd, ce, exclude);
                    if (target == null && p.Frame == Frame.Agent && p.Pos == PartOfSpeech.Verb && ReactionRoots.Contains(p.Cameo[..2]) && source != null)
                        target = PreviousActor(ctx, source, ObjectHead(ctx, c.TriggerEnd, ce));
                }
                break;
            case Frame.Receiver:
                target = passive ? null : subjects.IsDefaultOrEmpty ? null : subjects[0];
                source = TargetAfter(["from"], allowObject: false) ?? EquipmentOrigin(ctx, c.TriggerEnd, ce, target, _kb.Actors.NameOf);
                break;
            case Frame.Symmetric:
                var parties = new List<ActorMention>();
                // "Negotiators from the US, Qatar and Egypt met Israeli officials": each subject with the object
                var counterpart = TargetAfter(p.Preps, p.AllowsObject);
                if (counterpart != null && !subjects.IsDefaultOrEmpty && subjects.All(x => x.Code != counterpart.Code))
                {
                    source = subjects[0];
                    target = counterpart;
                    break;
                }
                if (!subjects.IsDefaultOrEmpty) parties.AddRange(subjects);
                // "The agreement was signed by Iran and Russia": the agents of a passive are the parties
                if (passive && byAgent != null) { parties.Add(byAgent); parties.AddRange(Followers(ctx, byAgent)); }
                if (parties.Select(a => a.Code).Distinct().Count() < 2)
                {
                    var other = TargetAfter(p.Preps, p.AllowsObject);
                    if (other != null) parties.Add(other);
                    if (other != null && text.KeyIs(other.EndToken, "and"))
                    {
                        var next = ctx.ActorStart.ElementAtOrDefault(other.EndToken + 1 - ctx.First) ?? (text.KeyIs(other.EndToken + 1, "the") ? ctx.ActorStart.ElementAtOrDefault(other.EndToken + 2 - ctx.First) : null);
                        if (next != null) parties.Add(next);
                    }
                }
                if (parties.Select(a => a.Code).Distinct().Count() < 2 && !subjects.IsDefaultOrEmpty && p.Pos == PartOfSpeech.Noun)
                {
                    // one party named: the other is the nearest other actor of the clause ("a factory in Russia for joint production")
                    var first = parties[0];
                    ActorMention? nearest = null;
                    foreach (var a in ctx.Facts.Actors)
                        if (a.FirstToken >= cs && a.FirstToken < ce && a.Code != first.Code && !ctx.Map.Parenthesized(a.FirstToken) && !ModifiesNextActor(ctx, a)
                            && GovernedByPreposition(ctx, a, cs)
                            && (nearest == null || Math.Abs(a.FirstToken - c.TriggerStart) < Math.Abs(nearest.FirstToken - c.TriggerStart)))
                            nearest = a;
                    if (nearest != null) parties.Add(nearest);
                }
                var distinct = parties.GroupBy(a => a.Code).Select(g => g.First()).OrderBy(a => a.FirstToken).ToList();
                if (distinct.Count >= 2) { source = distinct[0]; target = distinct[1]; }
                break;
        }
        // "both sides accused each other": a reciprocal object makes the pair act on each other
        if (source != null && (target == null || target.Code == source.Code) && p.Frame == Frame.Agent && !subjects.IsDefaultOrEmpty && subjects.Length >= 2
            && c.TriggerEnd + 1 < ctx.Facts.Sentence.EndToken && (text.KeyIs(c.TriggerEnd, "each") && text.KeyIs(c.TriggerEnd + 1, "other") || text.KeyIs(c.TriggerEnd, "one") && text.KeyIs(c.TriggerEnd + 1, "another"))
            && _kb.Cameo.TryGet(p.Cameo, out var reciprocal))
        {
            var both = new List<CodedEvent>();
            if (Emit(ctx, c, cs, ce, subjects[0], subjects[1], reciprocal, reference, paragraphCitations) is { } e1) both.Add(e1);
            if (Emit(ctx, c, cs, ce, subjects[1], subjects[0], reciprocal, reference, paragraphCitations) is { } e2) both.Add(e2);
            return both;
        }
        // one actor: a subject the parse names, acting on nobody the text names ("workers went on strike", "Iran rejected the accusations")
        bool oneSided = false;
        if (source != null && target == null && OneActorAllowed(ctx, c, passive, source, cs))
        {
            target = Unstated(ctx, c);
            oneSided = true;
        }
        if (source == null || target == null || SameParty(source, target)) return [];
        // two parties known only by name (no code, no role) say nothing a dictionary can place
        if (source.Code.Length == 0 && source.Role == null && target.Code.Length == 0 && target.Role == null) return [];
        if (!subjects.IsDefaultOrEmpty) ctx.LastSubject = subjects[0].Coreferent ? ctx.LastSubject : subjects[0];
        ctx.UsedAsObject.Add(target);
        if (!_kb.Cameo.TryGet(p.Cameo, out var cameo)) return [];
        // a meeting that is only agreed or scheduled is coded as intent to meet (CAMEO 036); force that is only announced
        // ("Moscow would retaliate against Brussels") is a threat to use military force (138)
        if (cameo.Root == "04" && cameo.Code != "045" && IsIntentClause(ctx, c, cs) && _kb.Cameo.TryGet("036", out var intent)) cameo = intent;
        else if (cameo.Root is "18" or "19" or "20" && (IsPlannedClause(ctx, c, cs) || ThreatVerbBefore(ctx, c, cs)) && _kb.Cameo.TryGet("138", out var threat)) cameo = threat;
        // "pledged to provide Ukraine with $50 million": aid that is only promised is an intent to provide aid (071-074 → 0331-0334);
        // aid that is agreed or expected ("agreed to sell", "is expected to deliver") keeps its code with status planned
        else if (cameo.Code is "071" or "072" or "073" or "074" && PromiseVerbBefore(ctx, c, cs) && _kb.Cameo.TryGet("033" + cameo.Code[2], out var promise)) cameo = promise;
        // "Britain and France condemned Moscow": one event per coordinated subject
        var sources = new List<ActorMention> { source };
        if ((p.Frame is Frame.Agent or Frame.Giver && !passive || p.Frame == Frame.Symmetric) && !subjects.IsDefaultOrEmpty && subjects[0] == source)
            foreach (var extra in subjects.Skip(1))
                if (!SameParty(extra, target) && sources.All(x => !SameParty(x, extra))) sources.Add(extra);
        // "from Denmark and the Netherlands", "condemned Israel and the United States": coordinated targets (or suppliers)
        var targets = new List<ActorMention> { target };
        if (!oneSided && (p.Frame != Frame.Symmetric || !subjects.IsDefaultOrEmpty && subjects.All(x => x.Code != target.Code)))
        {
            var follower = p.Frame == Frame.Receiver ? source : target;
            var list = p.Frame == Frame.Receiver ? sources : targets;
            foreach (var extra in Followers(ctx, follower))
                if (list.All(x => x.Code != extra.Code) && extra.Code != (p.Frame == Frame.Receiver ? target.Code : source.Code)) list.Add(extra);
        }
        var result = new List<CodedEvent>(sources.Count * targets.Count);
        foreach (var src in sources)
            foreach (var tgt in targets)
                if (!SameParty(src, tgt) && Emit(ctx, c, cs, ce, src, tgt, cameo, reference, paragraphCitations) is { } ev) result.Add(ev);
        return result;
    }

    /// <summary>Verbs that react to an earlier act ("condemned the drills", "rejected the demands"): roots whose target may be
    /// the actor of the previous event when the object names no actor.</summary>
    private static readonly HashSet<string> ReactionRoots = ["01", "05", "11", "12", "14"];

    private static readonly HashSet<string> GenericActNouns = ["move", "moves", "decision", "decisions", "step", "steps", "action", "actions",
        "measure", "measures", "remarks", "comments", "statement", "statements", "charge", "charges", "accusation", "accusations",
        "allegation", "allegations", "claims", "findings", "report", "reports", "role", "involvement", "any"];

    /// <summary>The source of the most recent earlier event in this or the previous two sentences, if another actor did it.</summary>
    /// <summary>The head word of the object after a trigger ("condemned the strikes" → "strikes").</summary>
    private static string? ObjectHead(SentenceContext ctx, int from, int ce)
    {
        for (int j = from; j < Math.Min(ce, from + 4); j++)
        {
            var k = ctx.Text.Key(j);
            if (ClauseMap.DeterminerLookup.Contains(k) || k.EndsWith("ly")) continue;
            return ctx.Text.Tokens[j].IsWord ? k.ToString() : null;
        }
        return null;
    }

    private ActorMention? PreviousActor(SentenceContext ctx, ActorMention subject, string? objectHead)
    {
        if (ctx.RecentEvents.Count == 0) return null;
        var last = ctx.RecentEvents[^1];
        bool named = false;
        // prefer the latest recent event named by the object ("the strikes" → the event triggered by "struck"/"strikes")
        if (objectHead is { Length: >= 4 })
        {
            var stem = objectHead.Length > 5 ? objectHead[..5] : objectHead.TrimEnd('s');
            for (int k = ctx.RecentEvents.Count - 1; k >= 0 && ctx.Facts.Sentence.Index - ctx.RecentEvents[k].Evidence.Sentence <= 3; k--)
            {
                var trig = ctx.RecentEvents[k].Why.Trigger.ToLowerInvariant();
                if (trig.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(trig.Length > 5 ? trig[..5] : trig, StringComparison.Ordinal))
                { last = ctx.RecentEvents[k]; named = true; break; }
            }
        }
        // otherwise only a generic act noun ("the move", "the decision", "his remarks") refers back to the last event
        if (!named && (objectHead is null || !GenericActNouns.Contains(objectHead))) return null;
        if (ctx.Facts.Sentence.Index - last.Evidence.Sentence > 3 || last.Source.Code == subject.Code) return null;
        // only when the object is a bare event noun phrase ("the drills", "the transfers"), checked by the caller having found no actor
        return new ActorMention(ctx.Facts.Sentence.Index, subject.FirstToken, subject.EndToken, subject.Start, subject.End, last.Source.Name,
            last.Source.Code, last.Source.Name, ActorKind.State, last.Source.Role, ActorForm.Name, false, false, true,
            $"event coreference: the actor of the previous event ({last.Why.Pattern})");
    }

    /// <summary>"an Israeli airstrike on its consulate": the owner named by its/their in the target phrase.</summary>
    private ActorMention? PossessivePronounTarget(SentenceContext ctx, Candidate c, int ce, ActorMention? source)
    {
        for (int j = c.TriggerEnd; j < Math.Min(ce, c.TriggerEnd + 3); j++)
        {
            if (ctx.Text.KeyIs(j, "its") || ctx.Text.KeyIs(j, "their"))
            {
                if (j - 1 < c.TriggerEnd || !ClauseMap.PrepositionLookup.Contains(ctx.Text.Key(j - 1)) || !c.Pattern.Preps.Contains(ctx.Text.Key(j - 1).ToString())) return null;
                var owner = ResolvePronoun(ctx, j, ctx.First);
                return !owner.IsDefaultOrEmpty && (source == null || owner[0].Code != source.Code) ? owner[0] : null;
            }
        }
        return null;
    }

    /// <summary>The recipient inside a passive subject: "aid for Ukraine was pledged", "missiles to Russia were shipped by Iran".</summary>
    private static ActorMention? RecipientInSubject(SentenceContext ctx, int cs, int trigger, System.Collections.Frozen.FrozenSet<string> preps, ActorMention? agent)
    {
        for (int j = cs; j < trigger; j++)
        {
            var a = ctx.ActorStart[j - ctx.First];
            if (a == null || a.Modifier || ctx.Map.Parenthesized(j) || agent != null && a.Code == agent.Code) continue;
            int g = a.FirstToken - 1;
            if (g > cs && ctx.Text.KeyIs(g, "the")) g--;
            if (g < cs) continue;
            if (ctx.Text.KeyIs(g, "for") || ctx.Text.KeyIs(g, "to") && preps.Contains("to")) return a;
        }
        return null;
    }

    /// <summary>Actors coordinated after a mention: "Denmark and the Netherlands", "Israel, Egypt and Jordan".</summary>
    private static List<ActorMention> Followers(SentenceContext ctx, ActorMention m)
    {
        var list = new List<ActorMention>();
        var cur = m;
        while (true)
        {
            int j = cur.EndToken;
            if (j + 1 >= ctx.Facts.Sentence.EndToken || !(ctx.Text.KeyIs(j, "and") || ctx.Text.KeyIs(j, ","))) break;
            int k = j + 1;
            if (ctx.Text.KeyIs(k, "and")) k++;
            if (ctx.Text.KeyIs(k, "the")) k++;
            if (k >= ctx.Facts.Sentence.EndToken || ctx.Map.ClauseOf(k) != ctx.Map.ClauseOf(m.FirstToken)) break;
            var next = ctx.ActorStart[k - ctx.First];
            if (next == null || next.Modifier) break;
            // "supporting Israel and Iran increasingly criticizing …": the next actor starts its own clause
            int after = next.EndToken;
            if (after < ctx.Facts.Sentence.EndToken && (ctx.Text.Key(after).EndsWith("ly") || ctx.Text.Key(after).EndsWith("ing") || ctx.Text.Key(after).EndsWith("ed")
                || ClauseMap.AuxiliaryLookup.Contains(ctx.Text.Key(after)) && !ctx.Text.KeyIs(after, "to"))) break;
            // after a bare comma the list must go on ("Israel, Egypt and Jordan"), else it is a new clause ("…to Moscow, Brussels would")
            bool afterBareComma = ctx.Text.KeyIs(j, ",") && !ctx.Text.KeyIs(j + 1, "and");
            if (afterBareComma && !(next.EndToken < ctx.Facts.Sentence.EndToken && (ctx.Text.KeyIs(next.EndToken, ",") || ctx.Text.KeyIs(next.EndToken, "and")))) break;
            list.Add(next);
            cur = next;
        }
        return list;
    }

    private CodedEvent? Emit(SentenceContext ctx, Candidate c, int cs, int ce, ActorMention source, ActorMention target, CameoCode cameo, DateOnly? reference, IReadOnlyList<Citation> paragraphCitations)
    {
        var p = c.Pattern;
        var text = ctx.Text;
        var cues = new List<string>();
        var status = DecideStatus(ctx, c, cs, ce, source, target, reference, cues, out var negated, out double? hedge);
        if (negated) return null;
        // the threat itself happened: "Hezbollah threatened to retaliate" reports a threat (138), not a hypothetical attack
        if (cameo.Code == "138" && p.Cameo[..2] is "18" or "19" or "20" && ThreatVerbBefore(ctx, c, cs) && status is EventStatus.Hypothetical or EventStatus.Planned)
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
        if (target.Code.Length == 0 && target.Name.Length == 0)
        {
            confidence = Math.Min(confidence, OneSidedConfidence);
            cues.Add("one actor: no target named");
        }
        var equipment = ctx.Facts.Equipment.Where(e => e.FirstToken >= cs && e.FirstToken < ce)
            .Select(e => new EquipmentRef(e.Entry.Name, e.Entry.Category, e.Entry.Country)).Distinct().ToImmutableArray();
        var quantity = FindQuantity(ctx, cs, ce);
        var citations = ctx.Facts.Citations.Count > 0 ? ctx.Facts.Citations : (IReadOnlyList<Citation>)paragraphCitations;
        var sourceRefs = citations.Select(x => new SourceRef(x.Outlet, x.Date, x.Known)).Distinct().ToImmutableArray();
        // only the sentence's own citations may date its events: a borrowed one dates another sentence's report
        var date = DecideDate(ctx, c, cs, ce, status, reference, ctx.Facts.Citations);
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

    /// <summary>"threatened to retaliate", "vowed to strike", "warned it would attack": the threat is what happened.</summary>
    private static bool ThreatVerbBefore(SentenceContext ctx, Candidate c, int cs)
    {
        for (int j = cs; j < c.TriggerStart; j++)
        {
            var k = ctx.Text.Key(j);
            if (k.StartsWith("threaten") || k.StartsWith("vow") || k.StartsWith("warn")) return true;
        }
        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PromiseVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["pledge", "pledged", "pledges", "promise", "promised", "promises", "vow", "vowed", "vows", "offer", "offered", "offers"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"pledged to provide", "promised to send", "offered to supply": a promise verb governing the trigger's infinitive.</summary>
    private static bool PromiseVerbBefore(SentenceContext ctx, Candidate c, int cs)
    {
        int to = c.TriggerStart - 1;
        if (to - 1 < cs || !ctx.Text.KeyIs(to, "to")) return false;
        return PromiseVerbs.Contains(ctx.Text.Key(to - 1));
    }

    private static bool IsPlannedClause(SentenceContext ctx, Candidate c, int cs)
    {
        for (int j = cs; j < c.TriggerStart; j++)
            if (ctx.Map.CueOf(j) is Cue.Future or Cue.Intent || ctx.Text.KeyIs(j, "would")) return true;
        return false;
    }

    private static bool ModifiesNextActor(SentenceContext ctx, ActorMention a)
        => a.Modifier && a.EndToken < ctx.Facts.Sentence.EndToken && ctx.ActorStart[a.EndToken - ctx.First] != null;

    private static bool IsPassive(SentenceContext ctx, int trigger)
    {
        var k = ctx.Text.Key(trigger);
        if (k.EndsWith("ing")) return false;
        // reduced relative: "Chinese companies accused of helping Russia", "drones supplied by Iran"
        if (k.EndsWith("ed") && trigger > ctx.First && ctx.ActorEnd[trigger - 1 - ctx.First] is { Possessive: false }
            && trigger + 1 < ctx.Facts.Sentence.EndToken && (ctx.Text.KeyIs(trigger + 1, "of") || ctx.Text.KeyIs(trigger + 1, "by")))
            return true;
        for (int j = trigger - 1; j >= ctx.First && j >= trigger - 3; j--)
        {
            var key = ctx.Text.Key(j);
            if (key.SequenceEqual("to")) return false; // "is to free": an infinitive, not a passive
            if (key is "is" or "are" or "was" or "were" or "be" or "been" or "being")
                return !(key is "is" or "are" or "was" or "were" && k.EndsWith("s") && !k.EndsWith("ss"));
            if (!ClauseMap.AuxiliaryLookup.Contains(key) && !key.EndsWith("ly")) return false;
        }
        return false;
    }

    /// <summary>The subject of a verb: the actor just before it (over auxiliaries and adverbs), else the clause's first actor outside a prepositional phrase, else a resolved pronoun.</summary>
    private ImmutableArray<ActorMention> FindSubject(SentenceContext ctx, int trigger, int cs)
    {
        var text = ctx.Text;
        int first = ctx.First;
        // 0. "accused Beijing of supplying", "praised Iran for sending": the object of the first verb acts
        if (text.Key(trigger).EndsWith("ing") && trigger - 2 >= cs && (text.KeyIs(trigger - 1, "of") || text.KeyIs(trigger - 1, "for")))
        {
            var obj = ctx.ActorEnd[trigger - 2 - first];
            // "Iran was accused by Israel of supplying": the passive's subject, not its agent, does the second act
            if (obj != null && !IsByAgent(ctx, obj, cs)) return [obj];
            if (obj != null)
                for (int j = cs; j < obj.FirstToken; j++)
                    if (ctx.ActorStart[j - first] is { Modifier: false } passiveSubject && !ctx.Map.Parenthesized(j) && !GovernedByPreposition(ctx, passiveSubject, cs))
                        return Coordinated(ctx, passiveSubject, cs);
        }
        // 0b. "urged Moscow on Saturday to stop buying …": the object of the earlier verb is the subject of the infinitive
        for (int j = trigger - 1; j >= cs && j >= trigger - 3; j--)
        {
            if (!text.KeyIs(j, "to")) continue;
            // only after an appeal or demand ("urged", "asked", "called on", "demanded"): "summoned X to protest" keeps its subject
            for (int k = j - 1; k >= cs && k >= j - 6; k--)
                if (ctx.ActorEnd[k - first] is { } o && ctx.UsedAsObject.Contains(o)
                    && ctx.RecentEvents.Count > 0 && ctx.RecentEvents[^1].Evidence.Sentence == ctx.Facts.Sentence.Index
                    && ctx.RecentEvents[^1].Target.Code == o.Code && ctx.RecentEvents[^1].Cameo[..2] is "02" or "10")
                    return Coordinated(ctx, o, cs);
            break;
        }
        // 1. immediately before: "Iran has supplied", "Washington supporting", "Iran continues to provide"
        int skipped = 0;
        for (int j = trigger - 1; j >= cs && skipped <= 4; j--)
        {
            var a = ctx.ActorEnd[j - first];
            if (a != null && !ctx.Map.Parenthesized(j))
            {
                if (a.Possessive) break;
                // "Iran's mission to the United Nations insisted": an actor inside a prepositional phrase is not the subject
                if (GovernedByPreposition(ctx, a, cs) && !(a.FirstToken - 1 >= cs && ctx.Text.KeyIs(a.FirstToken - 1, "with"))) break;
                return Coordinated(ctx, a, cs);
            }
            var key = text.Key(j);
            if (key.SequenceEqual("it") || key.SequenceEqual("they"))
                return ResolvePronoun(ctx, j, cs);
            if (!text.Tokens[j].IsWord || ClauseMap.PrepositionLookup.Contains(key) && !text.KeyIs(j, "to") || ClauseMap.DeterminerLookup.Contains(key)) break;
            if (ctx.EquipmentToken[j - first])
            {
                // "Turkish drones hit …": the nation of the weapon acts
                int e = j;
                while (e > cs && (ctx.EquipmentToken[e - 1 - first] || text.KeyIs(e - 1, "and") && e - 2 >= cs && ctx.EquipmentToken[e - 2 - first])) e--;
                if (e - 1 >= cs && ctx.ActorEnd[e - 1 - first] is { } owner) return Coordinated(ctx, owner, cs);
                break;
            }
            skipped++;
        }
        // 2. the clause subject: first actor of the clause not governed by a preposition and not an earlier object
        for (int j = cs; j < trigger; j++)
        {
            var a = ctx.ActorStart[j - first];
            if (a == null || ctx.Map.Parenthesized(j) || ctx.UsedAsObject.Contains(a)) continue;
            if (a.Modifier && !a.Possessive) continue;
            if (GovernedByPreposition(ctx, a, cs)) continue;
            return Coordinated(ctx, a, cs);
        }
        // 3a. "Orbán, who visited Moscow": the antecedent of a relative pronoun
        if (cs > first && (text.KeyIs(cs, "who") || text.KeyIs(cs, "which") || text.KeyIs(cs, "that")))
        {
            int j = cs - 1;
            if (j > first && text.KeyIs(j, ",")) j--;
            if (j >= first && ctx.ActorEnd[j - first] is { } antecedent && !GovernedByPreposition(ctx, antecedent, first)) return Coordinated(ctx, antecedent, first);
        }
        // 3. a pronoun subject at the clause start, or a coordinated verb phrase with no subject of its own
        for (int j = cs; j < trigger; j++)
        {
            if (text.KeyIs(j, "it") || text.KeyIs(j, "they")) return ResolvePronoun(ctx, j, cs);
            // "denied that its forces had attacked Pakistan": the owner of a possessed subject acts
            // (only to an actor of this sentence: "the group … its fighters seized" must not reach back to another sentence)
            if ((text.KeyIs(j, "its") || text.KeyIs(j, "their")) && PossessedSubjectReaches(ctx, j, trigger))
            {
                var owner = ResolvePronoun(ctx, j, cs);
                return owner.IsDefaultOrEmpty || owner[0].FirstToken < ctx.First ? [] : owner;
            }
        }
        if (cs > first && (text.KeyIs(cs, "and") || text.KeyIs(cs, "but")) && ctx.LastSubject != null)
            return [ctx.LastSubject];
        return [];
    }

    /// <summary>"its forces had", "their own troops": one or two plain words after the possessive, then only auxiliaries or adverbs up to the verb.</summary>
    private static bool PossessedSubjectReaches(SentenceContext ctx, int possessive, int trigger)
    {
        var text = ctx.Text;
        int k = possessive + 1, words = 0;
        while (k < trigger && words < 2 && text.Tokens[k].IsWord && ctx.ActorStart[k - ctx.First] == null && !ctx.EquipmentToken[k - ctx.First]
               && !ClauseMap.AuxiliaryLookup.Contains(text.Key(k)) && !ClauseMap.PrepositionLookup.Contains(text.Key(k)) && !ClauseMap.DeterminerLookup.Contains(text.Key(k)))
        { k++; words++; }
        if (words == 0) return false;
        while (k < trigger && (ClauseMap.AuxiliaryLookup.Contains(text.Key(k)) && !text.KeyIs(k, "to") || text.Key(k).EndsWith("ly"))) k++;
        return k == trigger;
    }

    private ImmutableArray<ActorMention> ResolvePronoun(SentenceContext ctx, int pronoun, int cs)
    {
        // the nearest earlier subject-like actor of this sentence, else the previous sentence's subject
        for (int j = pronoun - 1; j >= ctx.First; j--)
        {
            var a = ctx.ActorStart[j - ctx.First];
            if (a != null && !a.Modifier && !ctx.Map.Parenthesized(j) && !GovernedByPreposition(ctx, a, ctx.First) && !ctx.UsedAsObject.Contains(a))
                return Coordinated(ctx, a, ctx.First);
        }
        return ctx.PreviousSubject != null ? [ctx.PreviousSubject with { Coreferent = true }] : [];
    }

    private static bool IsByAgent(SentenceContext ctx, ActorMention a, int cs)
    {
        int j = a.FirstToken - 1;
        if (j >= cs && ctx.Text.KeyIs(j, "the")) j--;
        return j >= cs && ctx.Text.KeyIs(j, "by");
    }

    private static bool GovernedByPreposition(SentenceContext ctx, ActorMention a, int cs)
    {
        int j = a.FirstToken - 1;
        while (j >= cs && (ctx.Text.KeyIs(j, "the") || ctx.Text.KeyIs(j, "and") && ctx.ActorEnd[j - 1 - ctx.First] != null)) j--;
        return j >= cs && ClauseMap.PrepositionLookup.Contains(ctx.Text.Key(j)) && !ctx.Text.KeyIs(j, "to");
    }

    /// <summary>A mention plus the actors coordinated with it ("Russia and Iran", "Tehran and Moscow's").</summary>
    private ImmutableArray<ActorMention> Coordinated(SentenceContext ctx, ActorMention a, int cs)
    {
        // common case first: no mention shares the span and no "and"/"," joins a neighbour: no lists to build
        if (!HasCoordination(ctx, a, cs)) return [a];
        var group = new List<ActorMention> { a };
        // same span: "the two countries" resolves to two mentions
        var all = ctx.Facts.Actors;
        for (int k = 0; k < all.Count; k++)
            if (!ReferenceEquals(all[k], a) && all[k].FirstToken == a.FirstToken && all[k].EndToken == a.EndToken) group.Add(all[k]);
        // leftwards: "Russia and Iran", "Russia, China and Iran"
        var cur = a;
        while (true)
        {
            int j = ApposedStart(ctx, cur, cs) - 1;
            if (j > cs && ctx.Text.KeyIs(j, "the")) j--;
            if (j <= cs || !(ctx.Text.KeyIs(j, "and") || ctx.Text.KeyIs(j, ","))) break;
            var prev = ctx.ActorEnd[j - 1 - ctx.First];
            if (prev == null || prev.Possessive || ctx.UsedAsObject.Contains(prev)) break;
            group.Insert(0, prev);
            cur = prev;
        }
        // rightwards from the group's last member: "Russia and Iran signed" when found from the left
        cur = a;
        while (true)
        {
            // "Israeli Prime Minister Benjamin Netanyahu and …": step over the name after a title of the same state
            while (cur.EndToken < ctx.Facts.Sentence.EndToken && ctx.ActorStart[cur.EndToken - ctx.First] is { } named && named.Code == cur.Code && !cur.Possessive) cur = named;
            int j = cur.EndToken;
            if (j + 1 >= ctx.Facts.Sentence.EndToken || !(ctx.Text.KeyIs(j, "and") || ctx.Text.KeyIs(j, ","))) break;
            int k = j + 1;
            if (ctx.Text.KeyIs(k, "the")) k++;
            var next = k - ctx.First < ctx.ActorStart.Length ? ctx.ActorStart[k - ctx.First] : null;
            if (next == null || group.Exists(g => ReferenceEquals(g, next))) break;
            group.Add(next);
            cur = next;
        }
        // one mention per code, first wins
        var distinct = ImmutableArray.CreateBuilder<ActorMention>(group.Count);
        foreach (var m in group)
        {
            bool dup = false;
            foreach (var d in distinct) if (d.Code == m.Code) { dup = true; break; }
            if (!dup) distinct.Add(m);
        }
        return distinct.ToImmutable();
    }

    /// <summary>"Israeli Prime Minister Benjamin Netanyahu": the first token of a name together with the title of the same state just before it
    /// ("Kremlin spokesman Dmitry Peskov": one lower-case title word may stand between them).</summary>
    private int ApposedStart(SentenceContext ctx, ActorMention a, int cs)
    {
        int start = a.FirstToken;
        while (start - 1 > cs)
        {
            int end = start - 1;
            if (ctx.ActorEnd[end - ctx.First] == null && end - 1 > cs && IsTitleWord(ctx, end)) end--;
            if (ctx.ActorEnd[end - ctx.First] is not { } title || title.Code != a.Code || title.Possessive) break;
            start = title.FirstToken;
        }
        return start;
    }

    /// <summary>A plain lower-case noun such as "spokesman" or "envoy": not a function word, cue, verb form or trigger.</summary>
    private bool IsTitleWord(SentenceContext ctx, int j)
    {
        var t = ctx.Text.Tokens[j];
        var k = ctx.Text.Key(j);
        return t.IsWord && (t.Shape & TokenShape.Capitalized) == 0 && ctx.Map.CueOf(j) == null && !ctx.Map.IsLight(j) && !k.EndsWith("ed") && !k.EndsWith("ing")
               && !ClauseMap.AuxiliaryLookup.Contains(k) && !ClauseMap.PrepositionLookup.Contains(k) && !ClauseMap.DeterminerLookup.Contains(k)
               && !k.SequenceEqual("and") && !k.SequenceEqual("or") && _kb.Patterns.Triggers.MatchLongest(ctx.Text, j, j + 1, out _) == 0;
    }

    private bool HasCoordination(SentenceContext ctx, ActorMention a, int cs)
    {
        var actors = ctx.Facts.Actors;
        for (int k = 0; k < actors.Count; k++)
            if (!ReferenceEquals(actors[k], a) && actors[k].FirstToken == a.FirstToken && actors[k].EndToken == a.EndToken) return true;
        int before = ApposedStart(ctx, a, cs) - 1;
        if (before > cs && ctx.Text.KeyIs(before, "the")) before--;
        if (before > cs && (ctx.Text.KeyIs(before, "and") || ctx.Text.KeyIs(before, ","))) return true;
        int after = a.EndToken;
        return after + 1 < ctx.Facts.Sentence.EndToken && (ctx.Text.KeyIs(after, "and") || ctx.Text.KeyIs(after, ","));
    }

    /// <summary>The agent of an event noun: possessor ("Iran's supply"), national adjective ("Russian investments"),
    /// compound ("Iran-Russia cooperation"), "its" resolved to the clause subject, or the subject of a light verb
    /// ("Tehran announced its acquisition", "the two countries announced an agreement").</summary>
    private ImmutableArray<ActorMention> FindNounAgent(SentenceContext ctx, Candidate c, int cs)
    {
        var text = ctx.Text;
        int first = ctx.First;
        // "Moscow's military cooperation": the trigger began inside the mention "Moscow's military"
        if (ctx.ActorContaining(c.TriggerStart) is { } container)
            return Coordinated(ctx, container with { Role = null, Possessive = false }, cs);
        int reach = c.TriggerStart - 4;
        for (int j = c.TriggerStart - 1; j >= cs && j >= reach; j--)
        {
            // "its 13th package of sanctions", "a new round of talks": look through the collective noun
            if (text.KeyIs(j, "of") && j - 1 >= cs && CollectiveNouns.Contains(text.Key(j - 1).ToString())) { j--; reach = Math.Max(cs, j - 4); continue; }
            if (text.KeyIs(j, "'s") && j - 1 >= first && ctx.ActorEnd[j - 1 - first] is { } owner) return Coordinated(ctx, owner, cs);
            if (ctx.ActorEnd[j - first] is { } adj && (adj.Form == ActorForm.Adjective || adj.Modifier || adj.Possessive || j == c.TriggerStart - 1))
            {
                // "Iran-Russia document", "Russian and Iranian officials": all modifiers immediately before
                var group = new List<ActorMention>();
                foreach (var m in ctx.Facts.Actors) if (m.FirstToken == adj.FirstToken && m.Modifier) group.Add(m);
                if (group.Count >= 2) return [.. group];
                return Coordinated(ctx, adj, cs);
            }
            if (text.KeyIs(j, "its") || text.KeyIs(j, "their"))
            {
                var subj = FindSubject(ctx, j, cs);
                return subj;
            }
            var key = text.Key(j);
            if (!text.Tokens[j].IsWord || ClauseMap.PrepositionLookup.Contains(key) || ctx.EquipmentToken[j - first]) break;
            if (ctx.Map.IsLight(j))
            {
                var subj = FindSubject(ctx, j, cs);
                if (!subj.IsDefaultOrEmpty) return subj;
                break;
            }
            // do not reach past another verb for an adjective ("Iranian media reported the arrival")
            if (ctx.Map.CueOf(j) is Cue.Report or Cue.Denial or Cue.Confirm || ClauseMap.AuxiliaryLookup.Contains(key) || key.EndsWith("ed")) break;
        }
        // object of a report verb by a state's media or government: "Iranian media reported the arrival of …"
        if (c.Pattern.Frame == Frame.Receiver)
        {
            for (int j = c.TriggerStart - 1; j >= cs; j--)
                if (ctx.Map.CueOf(j) == Cue.Report)
                {
                    var subj = FindSubject(ctx, j, cs);
                    if (!subj.IsDefaultOrEmpty && subj[0].Role is "MED" or "GOV") return [subj[0] with { Role = null, Why = subj[0].Why + " (recipient: the state whose media or government reported the arrival)" }];
                    break;
                }
        }
        // "agreed to establish a factory in Russia for joint drone production": a joint activity of the clause subject
        // (not for agreement nouns: "held talks on a peace treaty" does not sign one)
        if (c.Pattern.Frame == Frame.Symmetric && c.Pattern.Cameo[..2] == "06")
        {
            var subj = FindSubject(ctx, c.TriggerStart, cs);
            if (!subj.IsDefaultOrEmpty) return subj;
        }
        return [];
    }

    private static readonly HashSet<string> CollectiveNouns = ["package", "round", "wave", "set", "series", "batch", "raft", "slew", "string", "number", "tranche", "list", "day", "days", "week", "weeks"];

    /// <summary>The first actor after the trigger in the clause whose governing preposition is allowed (or none, for a direct object).</summary>
    private static ActorMention? FindAfter(SentenceContext ctx, int from, int ce, IEnumerable<string> preps, bool allowObject, HashSet<ActorMention>? exclude)
    {
        var allowed = preps as ICollection<string> ?? preps.ToList();
        string? gov = null;
        var text = ctx.Text;
        int end = ce;
        // "demanded that Israel withdraw": a 'that' clause is the object
        if (allowed.Contains("that") && ce < ctx.Facts.Sentence.EndToken && text.KeyIs(ce, "that")) end = ctx.Map.ClauseSpan(ce).End;
        for (int j = from; j < end; j++)
        {
            if (ctx.Map.Parenthesized(j)) continue;
            var a = ctx.ActorStart[j - ctx.First];
            if (a != null)
            {
                bool ok = gov == null ? allowObject : allowed.Contains(gov);
                if (gov == "that") ok = allowed.Contains("that");
                if (ok && (exclude == null || !exclude.Contains(a)))
                {
                    // "the Russia-led Eurasian Economic Union": a modifier directly before another actor is not the target
                    var next = a.EndToken < ctx.Facts.Sentence.EndToken ? ctx.ActorStart[a.EndToken - ctx.First] : null;
                    if (a.Modifier && next != null) { j = a.EndToken - 1; continue; }
                    return a;
                }
                if (gov == null && !allowObject) { j = a.EndToken - 1; continue; }
                j = a.EndToken - 1;
                continue;
            }
            var key = text.Key(j);
            // "to the Mediterranean to deter Iran": 'to' before a verb is an infinitive, not the preposition
            if (text.KeyIs(j, "to") && j + 1 < end && ctx.ActorStart[j + 1 - ctx.First] == null && !ClauseMap.DeterminerLookup.Contains(text.Key(j + 1))
                && text.Tokens[j + 1].IsWord && (text.Tokens[j + 1].Shape & TokenShape.Capitalized) == 0 && !IsNounLike(ctx, j + 1)) gov = "to-infinitive";
            // "more than 60 Houthi targets", "about 20 positions", "up to 30 sites": a preposition that only qualifies a number governs
            // nothing; others govern the counted phrase ("the expulsion of 10 Iranian diplomats", "sanctions on 12 U.S. companies")
            else if (ClauseMap.PrepositionLookup.Contains(key) && (text.KeyIs(j, "than") || j + 1 < end && text.Tokens[j + 1].Kind == TokenKind.Number && QualifiesNumber(text, j))) { }
            else if (ClauseMap.PrepositionLookup.Contains(key)) gov = key.ToString();
            else if (text.KeyIs(j, "that")) gov = "that";
            else if (text.KeyIs(j, ",")) gov = ","; // "into the sea on Friday, South Korea's military said": a comma ends the phrase
        }
        return null;
    }

    /// <summary>"about 20", "over 60", "up to 30": an approximating preposition before a number.</summary>
    private static bool QualifiesNumber(Doc text, int j)
        => text.KeyIs(j, "about") || text.KeyIs(j, "around") || text.KeyIs(j, "over") || text.KeyIs(j, "under") || text.KeyIs(j, "near")
           || text.KeyIs(j, "within") || text.KeyIs(j, "to") && j > 0 && text.KeyIs(j - 1, "up");

    /// <summary>A word after "to" that reads as a noun (a place or thing), not an infinitive verb: "to eastern Ukraine".</summary>
    private static bool IsNounLike(SentenceContext ctx, int j)
    {
        var k = ctx.Text.Key(j);
        return ctx.EquipmentToken[j - ctx.First] || k is "eastern" or "western" or "northern" or "southern" or "central" or "its" or "their" or "both";
    }

    /// <summary>"criticizing US involvement", "released two French nationals": an actor adjective inside the object noun phrase.</summary>
    private static ActorMention? ObjectModifier(SentenceContext ctx, int from, int ce, HashSet<ActorMention>? exclude)
    {
        bool sawOf = false;
        for (int j = from; j < Math.Min(ce, from + 7); j++)
        {
            var a = ctx.ActorStart[j - ctx.First];
            if (a != null && (exclude == null || !exclude.Contains(a))) return a;
            if (ctx.Text.KeyIs(j, "of") && !sawOf) { sawOf = true; continue; }
            if (ClauseMap.PrepositionLookup.Contains(ctx.Text.Key(j)) || ctx.Text.KeyIs(j, ",") || ctx.Text.KeyIs(j, "as")) return null;
        }
        return null;
    }

    /// <summary>The supplier of received equipment: a national adjective before it ("Russian Su-35 jets") or the producing state of a named system.</summary>
    private static ActorMention? EquipmentOrigin(SentenceContext ctx, int from, int ce, ActorMention? recipient, Func<string, string> names)
    {
        foreach (var e in ctx.Facts.Equipment)
        {
            if (e.FirstToken < from || e.FirstToken >= ce) continue;
            for (int j = e.FirstToken - 1; j >= from && j >= e.FirstToken - 3; j--)
            {
                var a = ctx.ActorEnd[j - ctx.First];
                if (a != null && (recipient == null || a.Code != recipient.Code)) return a;
            }
        }
        foreach (var e in ctx.Facts.Equipment)
        {
            if (e.FirstToken < from || e.FirstToken >= ce || e.Entry.Country is null) continue;
            if (recipient != null && e.Entry.Country == recipient.Code) continue;
            var code = e.Entry.Country;
            return new ActorMention(ctx.Facts.Sentence.Index, e.FirstToken, e.EndToken, e.Start, e.End, e.Text, code, names(code), ActorKind.State, null, ActorForm.Name,
                false, true, true, $"{e.Entry.Source} (producer of {e.Entry.Name})");
        }
        return null;
    }

    /// <summary>The count of the equipment moved, else a count or amount written just before a theme word ("six cooperation documents", "$2 billion in loans").</summary>
    private Quantity? FindQuantity(SentenceContext ctx, int cs, int ce)
    {
        foreach (var e in ctx.Facts.Equipment)
            if (e.FirstToken >= cs && e.FirstToken < ce && e.Quantity != null) return e.Quantity;
        foreach (var q in ctx.Facts.Quantities)
        {
            if (q.FirstToken < cs || q.FirstToken >= ce) continue;
            if (q.IsMoney) return new Quantity(q.Value, q.Approximate, q.Text);
            for (int j = q.EndToken; j < Math.Min(ce, q.EndToken + 3); j++)
                if (_kb.Patterns.Themes.MatchLongest(ctx.Text, j, ce, out _) > 0) return new Quantity(q.Value, q.Approximate, q.Text);
        }
        return null;
    }

    // ---------------------------------------------------------------- status, confidence, date

    private EventStatus DecideStatus(SentenceContext ctx, Candidate c, int cs, int ce, ActorMention source, ActorMention target, DateOnly? reference,
        List<string> cues, out bool negated, out double? hedge)
    {
        var text = ctx.Text;
        var s = ctx.Facts.Sentence;
        negated = false; hedge = null;
        bool future = false, hypothetical = false, denial = false, confirm = false, report = ctx.Facts.Citations.Count > 0;
        bool plainNegation = false, doubleNegation = false, partySpeaks = false;
        for (int j = s.FirstToken; j < s.EndToken; j++)
        {
            var cue = ctx.Map.CueOf(j);
            if (cue == null || ctx.Map.Parenthesized(j)) continue;
            bool inClauseBefore = j >= cs && j < c.TriggerStart;
            int cueToken = j;
            string Phrase() => text.SurfaceString(cueToken, cueToken + ctx.Map.CueLength[cueToken - s.FirstToken]);
            switch (cue)
            {
                case Cue.Negation when inClauseBefore && !(text.KeyIs(j, "not") && text.KeyIs(j + 1, "only")):
                    negated = true; cues.Add("negation: " + Phrase());
                    // "has not delivered", "never sent": a plain negation of the act (not "refused to", "has yet to")
                    plainNegation |= text.KeyIs(j, "not") || text.KeyIs(j, "n't") || text.KeyIs(j, "never") || text.KeyIs(j, "did") || text.KeyIs(j, "does") || text.KeyIs(j, "do");
                    // "did not rule out developing": a negated negation says nothing happened nor that it did not
                    for (int k = j + ctx.Map.CueLength[j - s.FirstToken]; k < c.TriggerStart; k++)
                        if (ctx.Map.CueOf(k) == Cue.Negation) { doubleNegation = true; break; }
                    break;
                case Cue.Negation when j == c.TriggerStart - 1 && text.KeyIs(j, "no") || j > c.TriggerStart && j < c.TriggerEnd:
                    // "no deliveries", and a negation inside a multi-word trigger: "held no direct talks"
                    negated = true; cues.Add("negation: " + Phrase()); break;
                case Cue.Future or Cue.Intent when inClauseBefore || (j < cs && text.KeyIs(j, "would") == false && j >= cs - 1):
                    future = true; cues.Add("planned: " + Phrase()); break;
                case Cue.Hypothetical when inClauseBefore || (j < c.TriggerStart && (text.KeyIs(j, "if") || text.KeyIs(j, "unless") || text.KeyIs(j, "whether"))):
                    hypothetical = true; cues.Add("hypothetical: " + Phrase()); break;
                case Cue.Denial when j < c.TriggerStart || j >= c.TriggerEnd:
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
            if (reference is DateOnly r && d.Range.Start > r && !ctx.Map.Parenthesized(text.Tokens.Length > 0 ? TokenAt(ctx, d.Start) : 0)) { future = true; cues.Add("planned: date after publication"); break; }

        if (hypothetical && !(future && text.KeyIs(c.TriggerStart - 1, "will"))) return EventStatus.Hypothetical;
        if (denial) return EventStatus.Denied;
        if (future) return EventStatus.Planned;
        if (confirm) return EventStatus.Confirmed;
        if (term != null && !report) return EventStatus.Assessed;
        return EventStatus.Reported;
    }

    /// <summary>"the first visit … since 2000", "Russia's largest exercise since 1985", "for the first time since": a
    /// "since X" after a first or a superlative (with its determiner, within the few words before) is a comparison.</summary>
    private static bool IsFirstSince(SentenceContext ctx, DateMention d, int tok)
    {
        var text = ctx.Text;
        if (!(d.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase) || d.Text.StartsWith("ever since", StringComparison.OrdinalIgnoreCase))) return false;
        for (int j = tok - 1; j > ctx.First && j >= tok - 8; j--)
        {
            var key = text.Key(j);
            if (key is "," or ";" or ":") return false;
            bool superlative = key is "first" || (key.Length >= 5 && key.EndsWith("est", StringComparison.Ordinal));
            if (superlative && ClauseMap.DeterminerLookup.Contains(text.Key(j - 1))) return true;
        }
        return false;
    }

    private static bool InsideDate(SentenceContext ctx, int charOffset)
    {
        foreach (var d in ctx.Facts.Dates)
            if (d.Start <= charOffset && charOffset < d.End) return true;
        return false;
    }

    private static int TokenAt(SentenceContext ctx, int charOffset)
    {
        var s = ctx.Facts.Sentence;
        for (int j = s.FirstToken; j < s.EndToken; j++) if (ctx.Text.Tokens[j].End > charOffset) return j;
        return s.EndToken - 1;
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

    private static ActorMention? NearestActorBefore(SentenceContext ctx, int token)
    {
        for (int j = token - 1; j >= ctx.First && j >= token - 4; j--)
            if (ctx.ActorEnd[j - ctx.First] is { } a) return a;
        return null;
    }

    private static EventDate? DecideDate(SentenceContext ctx, Candidate c, int cs, int ce, EventStatus status, DateOnly? reference, IReadOnlyList<Citation> citations)
    {
        var text = ctx.Text;
        DateMention? inClause = null, inSentence = null;
        int triggerChar = text.Tokens[c.TriggerStart].Start;
        int csChar = text.Tokens[cs].Start, ceChar = text.Tokens[ce - 1].End;
        foreach (var d in ctx.Facts.Dates)
        {
            int tok = TokenAt(ctx, d.Start);
            if (ctx.Map.Parenthesized(tok)) continue;
            // "his first visit to North Korea since 2000": the since-date bounds the comparison, not the event
            if (d.Direction > 0 && IsFirstSince(ctx, d, tok)) continue;
            if (d.Start >= csChar && d.End <= ceChar)
            {
                if (inClause == null || Math.Abs(d.Start - triggerChar) < Math.Abs(inClause.Start - triggerChar)) inClause = d;
            }
            // a future date in another clause ("… cooperation that may be formalized in the coming months") does not date a past event
            else if (status != EventStatus.Planned && reference is DateOnly rf && d.Range.Start > rf) continue;
            else if (inSentence == null || Math.Abs(d.Start - triggerChar) < Math.Abs(inSentence.Start - triggerChar)) inSentence = d;
        }
        if (inClause != null) return new EventDate(inClause.Range, inClause.Text, "text");
        if (inSentence != null)
        {
            // "On February 21, reports began to surface that Iran has supplied …": happened on or before the report
            bool reportClause = false;
            for (int j = ctx.First; j < cs; j++) if (ctx.Map.CueOf(j) == Cue.Report) { reportClause = true; break; }
            if (reportClause && status != EventStatus.Planned)
                return new EventDate(new DateRange(inSentence.Range.End.AddDays(-30), inSentence.Range.End), inSentence.Text, "report");
            return new EventDate(inSentence.Range, inSentence.Text, "text");
        }
        if (status == EventStatus.Planned && reference is DateOnly pr)
            return new EventDate(new DateRange(pr, pr.AddMonths(6)), null, "publication");
        var cited = citations.Where(x => x.Date != null).Select(x => x.Date!.Value).DefaultIfEmpty().Max();
        if (cited != default) return new EventDate(new DateRange(cited.AddDays(-30), cited), null, "citation");
        if (reference is DateOnly r) return new EventDate(new DateRange(r.AddDays(-30), r), null, "publication");
        return null;
    }
}
