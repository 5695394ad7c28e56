using System.Collections.Immutable;
using Entente.Core.Text;

namespace Entente.Core.Knowledge;

/// <summary>
/// An immutable token trie over normalised token keys (see <see cref="KeyNormalizer"/>). Phrases are tokenised with
/// the same <see cref="Tokenizer"/> as documents, so "Islamic Republic of Iran" or "Fateh-110" match exactly the
/// token sequences the text produces. Matching steps by the tokens' key numbers (<see cref="Doc.KeyId"/>, looked up
/// once per token and document for all tries): no hashing of strings and no allocation per token.
/// Build with <see cref="Builder"/>; once built it is safe to share across threads.
/// </summary>
public sealed class PhraseTrie<T>
{
    // Node 0 is the root. A step is one look-up of (node, key id) in _edges; the root's children, where almost every
    // match attempt ends, are an array indexed by key id (ids numbered after the trie was built have no child).
    private readonly ImmutableArray<T>[] _values;
    private readonly int[] _rootChild;
    private readonly Dictionary<long, int> _edges;

    private PhraseTrie(ImmutableArray<T>[] values, int[] rootChild, Dictionary<long, int> edges)
    {
        _values = values; _rootChild = rootChild; _edges = edges;
    }

    public int NodeCount => _values.Length;

    private static long Edge(int node, int keyId) => ((long)node << 32) | (uint)keyId;

    private int Child(int node, int keyId)
    {
        if (keyId < 0) return 0;
        if (node == 0) return (uint)keyId < (uint)_rootChild.Length ? _rootChild[keyId] : 0;
        return _edges.TryGetValue(Edge(node, keyId), out var next) ? next : 0;
    }

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
            node = Child(node, text.KeyId(i));
            if (node == 0) break;
            if (!_values[node].IsEmpty) { best = i - start + 1; values = _values[node]; }
        }
        return best;
    }

    /// <summary>Exact look-up of a single key (one token), e.g. a sub-part of a hyphenated compound.</summary>
    public bool TryGetSingle(ReadOnlySpan<char> key, out ImmutableArray<T> values)
    {
        values = [];
        int node = Child(0, TokenKeyIds.Find(key));
        if (node == 0) return false;
        values = _values[node];
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
            var values = new ImmutableArray<T>[_nodes.Count];
            var edges = new Dictionary<long, int>();
            var rootChildren = new List<(int KeyId, int Node)>();
            for (int i = 0; i < values.Length; i++)
            {
                var (children, vs) = _nodes[i];
                values[i] = vs is null ? [] : [.. vs];
                if (children is null) continue;
                foreach (var (key, next) in children)
                {
                    int id = TokenKeyIds.Intern(key);
                    if (i == 0) rootChildren.Add((id, next));
                    else edges[Edge(i, id)] = next;
                }
            }
            var rootChild = new int[rootChildren.Count == 0 ? 0 : rootChildren.Max(c => c.KeyId) + 1];
            foreach (var (id, node) in rootChildren) rootChild[id] = node;
            edges.TrimExcess();
            return new PhraseTrie<T>(values, rootChild, edges);
        }
    }
}
