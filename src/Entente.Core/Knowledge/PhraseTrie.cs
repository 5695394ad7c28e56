using System.Collections.Immutable;
using Entente.Core.Text;

namespace Entente.Core.Knowledge;

/// <summary>
/// An immutable token trie over normalised token keys (see <see cref="KeyNormalizer"/>). Phrases are tokenised with
/// the same <see cref="Tokenizer"/> as documents, so "Islamic Republic of Iran" or "Fateh-110" match exactly the
/// token sequences the text produces. Matching looks keys up by span: no allocation per token.
/// Build with <see cref="Builder"/>; once built it is safe to share across threads.
/// </summary>
public sealed class PhraseTrie<T>
{
    private readonly Node[] _nodes;

    private sealed class Node
    {
        public Dictionary<string, int>? Children;
        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public ImmutableArray<T> Values = [];
    }

    private PhraseTrie(Node[] nodes) { _nodes = nodes; }

    public int NodeCount => _nodes.Length;

    /// <summary>
    /// Longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>.
    /// Returns the number of tokens matched (0 when none) and the values stored for that phrase.
    /// </summary>
    public int MatchLongest(Doc text, int start, int limit, out ImmutableArray<T> values)
    {
        values = [];
        int node = 0, best = 0;
        for (int i = start; i < limit; i++)
        {
            var n = _nodes[node];
            if (n.Children is null || !n.Lookup.TryGetValue(text.Key(i), out node)) break;
            if (!_nodes[node].Values.IsEmpty) { best = i - start + 1; values = _nodes[node].Values; }
        }
        return best;
    }

    /// <summary>Exact look-up of a single key (one token), e.g. a sub-part of a hyphenated compound.</summary>
    public bool TryGetSingle(ReadOnlySpan<char> key, out ImmutableArray<T> values)
    {
        values = [];
        var root = _nodes[0];
        if (root.Children is null || !root.Lookup.TryGetValue(key, out var node)) return false;
        values = _nodes[node].Values;
        return !values.IsEmpty;
    }

    public sealed class Builder
    {
        private readonly List<(Dictionary<string, int>? Children, List<T>? Values)> _nodes = [(null, null)];
        private readonly Tokenizer _tokenizer;
        public int PhraseCount { get; private set; }

        public Builder(Tokenizer? tokenizer = null) { _tokenizer = tokenizer ?? Tokenizer.Default; }

        /// <summary>Adds a phrase; returns false when it has no tokens.</summary>
        public bool Add(string phrase, T value)
        {
            var (tokens, count, keys) = _tokenizer.Tokenize(phrase);
            if (count == 0) return false;
            var path = new string[count];
            for (int i = 0; i < count; i++) path[i] = new string(keys, tokens[i].KeyStart, tokens[i].KeyLength);
            return AddKeys(path, value);
        }

        /// <summary>Adds a phrase given as already-normalised token keys.</summary>
        public bool AddKeys(IReadOnlyList<string> keys, T value)
        {
            if (keys.Count == 0) return false;
            int node = 0;
            foreach (var key in keys)
            {
                var (children, values) = _nodes[node];
                children ??= new Dictionary<string, int>(StringComparer.Ordinal);
                _nodes[node] = (children, values);
                if (!children.TryGetValue(key, out var next))
                {
                    next = _nodes.Count;
                    _nodes.Add((null, null));
                    children[key] = next;
                }
                node = next;
            }
            var (c, v) = _nodes[node];
            v ??= [];
            if (!v.Contains(value)) v.Add(value);
            _nodes[node] = (c, v);
            PhraseCount++;
            return true;
        }

        public PhraseTrie<T> Build()
        {
            var nodes = new Node[_nodes.Count];
            for (int i = 0; i < nodes.Length; i++)
            {
                var (children, values) = _nodes[i];
                var n = new Node { Values = values is null ? [] : [.. values] };
                if (children is not null)
                {
                    n.Children = new Dictionary<string, int>(children, StringComparer.Ordinal);
                    n.Lookup = n.Children.GetAlternateLookup<ReadOnlySpan<char>>();
                }
                nodes[i] = n;
            }
            return new PhraseTrie<T>(nodes);
        }
    }
}
