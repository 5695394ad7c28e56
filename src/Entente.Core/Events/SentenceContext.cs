using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>A chosen trigger: the pattern and the tokens its words cover.</summary>
internal sealed record Candidate(EventPattern Pattern, int TriggerStart, int TriggerEnd);

/// <summary>Per-token arrays and sets reused across the sentences of one document, sized to its longest sentence.</summary>
internal sealed class Scratch(int size)
{
    public readonly ActorMention?[] ActorStart = new ActorMention?[size];
    public readonly ActorMention?[] ActorEnd = new ActorMention?[size];
    public readonly bool[] EquipmentToken = new bool[size];
    public readonly HashSet<ActorMention> UsedAsObject = new(ReferenceEqualityComparer.Instance);
    public readonly ClauseMap.Buffers Clauses = new(size);
    public readonly List<(int Head, string Slot)> Complements = [];
    public readonly List<int> Conjuncts = [];
    public readonly List<int> PatternPositions = [];
}

/// <summary>
/// The state the event stages share for one sentence: its facts, clause map, per-token actor and equipment indexes, the
/// previous and last subjects, objects already used and the events coded so far. Built by <see cref="EventExtractor"/>;
/// read by every stage; only <see cref="LastSubject"/> and <see cref="UsedAsObject"/> are written (by the orchestrator).
/// </summary>
internal sealed class SentenceContext
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
    /// <summary>Scratch for <see cref="TriggerPatternIndex.Candidates"/>.</summary>
    public readonly List<int> PatternPositions;
    /// <summary>The word classes of the knowledge base (prepositions, determiners, auxiliaries, …).</summary>
    public readonly WordClasses Words;

    public SentenceContext(Doc text, SentenceFacts f, KnowledgeBase kb, ActorMention? previous, Scratch scratch)
    {
        Text = text; Facts = f; PreviousSubject = previous; Words = kb.Words;
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
        Map = new ClauseMap(text, f.Sentence, kb.Patterns, kb.Words, i => starts[i - first] != null, i => i >= first && ends[i - first] != null, scratch.Clauses);
        Parsed = text.IsParsed(f.Sentence);
        Complements = scratch.Complements;
        Conjuncts = scratch.Conjuncts;
        PatternPositions = scratch.PatternPositions;
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

    /// <summary>The first token of the sentence ending after <paramref name="charOffset"/> (the last token when none does).</summary>
    public int TokenAt(int charOffset)
    {
        var s = Facts.Sentence;
        for (int j = s.FirstToken; j < s.EndToken; j++) if (Text.Tokens[j].End > charOffset) return j;
        return s.EndToken - 1;
    }
}
