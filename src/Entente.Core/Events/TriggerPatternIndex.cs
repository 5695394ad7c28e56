using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Which of a trigger word's patterns are worth matching at one occurrence: the one-word patterns, and the multi-word ones
/// whose second word a token within <see cref="Reach"/> has as its form, its form without a plural -s, or its lemma
/// (the tests <see cref="TriggerFinder.IsFormOf"/> and the lemma comparison make, here without case: a superset). A verb
/// such as "send" opens hundreds of imported multi-word patterns ("send troops", "send aid to"), and matching each one's
/// second word token by token was a measurable share of the analysis; the index finds the few whose second word is
/// there with one look-up per form. The candidates come in the patterns' order, so the choice is unchanged.
/// Reads: tokens (keys, lemmas). Built once per trigger word, on first use; thread-safe.
/// </summary>
internal sealed class TriggerPatternIndex
{
    /// <summary>How far (in tokens) a trigger's later word may stand from the previous one over a parse.</summary>
    public const int Reach = 10;

    /// <summary>Shorter lists are cheaper to walk than to index.</summary>
    private const int MinPatterns = 16;

    private readonly ConcurrentDictionary<EventPattern[], ByWord> _byTrigger = new(ReferenceEqualityComparer.Instance);

    /// <summary>One trigger word's patterns: positions of the one-word ones, and of the others by second word.</summary>
    private sealed class ByWord(int[] single, Dictionary<string, int[]> bySecond)
    {
        public readonly int[] Single = single;
        public readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> BySecond = bySecond.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Positions in <paramref name="patterns"/> (ascending) of those worth matching for the trigger at token
    /// <paramref name="trigger"/>, written to <paramref name="into"/>; false when every pattern is (a short list).
    /// </summary>
    public bool Candidates(Doc text, int trigger, int sentenceEnd, ImmutableArray<EventPattern> patterns, List<int> into)
    {
        into.Clear();
        if (patterns.Length < MinPatterns) return false;
        var index = _byTrigger.GetOrAdd(ImmutableCollectionsMarshal.AsArray(patterns)!, Build);
        into.AddRange(index.Single);
        for (int j = trigger + 1; j < Math.Min(sentenceEnd, trigger + 1 + Reach); j++)
        {
            var key = text.Key(j);
            Add(index, key, into);
            if (key.Length > 0 && key[^1] == 's') Add(index, key[..^1], into);
            if (text.Tokens[j].Lemma is { } lemma) Add(index, lemma, into);
        }
        into.Sort();
        // a pattern found by two forms is matched once
        int kept = 0;
        for (int k = 0; k < into.Count; k++) if (k == 0 || into[k] != into[k - 1]) into[kept++] = into[k];
        into.RemoveRange(kept, into.Count - kept);
        return true;
    }

    private static void Add(ByWord index, ReadOnlySpan<char> form, List<int> into)
    {
        if (index.BySecond.TryGetValue(form, out var positions)) into.AddRange(positions);
    }

    private static ByWord Build(EventPattern[] patterns)
    {
        var single = new List<int>();
        var bySecond = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < patterns.Length; k++)
        {
            var words = patterns[k].Words;
            if (words.Length < 2) { single.Add(k); continue; }
            if (!bySecond.TryGetValue(words[1], out var list)) bySecond[words[1]] = list = [];
            list.Add(k);
        }
        return new ByWord([.. single], bySecond.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase));
    }
}
