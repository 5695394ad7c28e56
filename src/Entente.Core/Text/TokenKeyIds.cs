namespace Entente.Core.Text;

/// <summary>
/// Process-wide numbering of the normalised token keys that phrase tries are built from (see
/// <see cref="Knowledge.PhraseTrie{T}"/>). A document looks each token's key up here once (<see cref="Doc.KeyId"/>)
/// and every trie then steps by integer, instead of hashing the same key again in each of the actor, agent, place,
/// trigger, cue, theme and equipment tries. Ids are dense and never reused; a key no trie holds has no id.
/// Thread-safe: look-ups take no lock, numbering a new key does.
/// </summary>
internal static class TokenKeyIds
{
    // Numbering writes to _all under the lock; look-ups read an immutable copy, made again when the count has grown
    // (tries are built while the knowledge base loads, so in practice once).
    private static readonly Dictionary<string, int> All = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static volatile int _count;
    private static volatile Snapshot? _snapshot;

    private sealed class Snapshot(Dictionary<string, int> ids, int count)
    {
        public readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByKey = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        public readonly int Count = count;
    }

    /// <summary>Keys numbered so far. A document's cached "no id" is valid only while this has not grown.</summary>
    public static int Count => _count;

    /// <summary>The id of <paramref name="key"/>, numbering it when new.</summary>
    public static int Intern(string key)
    {
        lock (Gate)
        {
            if (All.TryGetValue(key, out var id)) return id;
            id = _count;
            All[key] = id;
            _count = id + 1;
            return id;
        }
    }

    /// <summary>The id of <paramref name="key"/>, or −1 when no trie holds it.</summary>
    public static int Find(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key.Length > Recent.Width) return FindInTable(key);
        var recent = _recent ??= new Recent();
        int count = _count;
        if (recent.Count != count) { Array.Clear(recent.Length); recent.Count = count; }
        int slot = (int)(((uint)key.Length * 0x9E3779B1u ^ (uint)key[0] * 0x85EBCA6Bu ^ (uint)key[^1] * 0xC2B2AE35u ^ (uint)key[key.Length >> 1] * 0x27D4EB2Fu) >> 21);
        var chars = recent.Chars.AsSpan(slot * Recent.Width, Recent.Width);
        if (recent.Length[slot] == key.Length && chars[..key.Length].SequenceEqual(key)) return recent.Id[slot];
        int id = FindInTable(key);
        key.CopyTo(chars);
        recent.Length[slot] = key.Length;
        recent.Id[slot] = id;
        return id;
    }

    private static int FindInTable(ReadOnlySpan<char> key)
    {
        var s = _snapshot;
        if (s is null || s.Count != _count) s = Refresh();
        return s.ByKey.TryGetValue(key, out var id) ? id : -1;
    }

    /// <summary>
    /// Per thread, the last key seen in each of 2,048 slots and its id (or −1): the words of running text repeat, and the
    /// table of every trie key is too large to stay in the cache. Emptied when the table grows.
    /// </summary>
    private sealed class Recent
    {
        public const int Slots = 2048, Width = 16;
        public readonly char[] Chars = new char[Slots * Width];
        public readonly int[] Length = new int[Slots];
        public readonly int[] Id = new int[Slots];
        public int Count = -1;
    }

    [ThreadStatic] private static Recent? _recent;

    private static Snapshot Refresh()
    {
        lock (Gate)
        {
            var s = _snapshot;
            if (s is null || s.Count != _count) _snapshot = s = new Snapshot(new Dictionary<string, int>(All, StringComparer.Ordinal), _count);
            return s;
        }
    }
}
