using Entente.Corpus.Store;

namespace Entente.Web.Api;

/// <summary>
/// Results built from the store (dyad series, briefs, counts), kept under the normalized query and the store's
/// <see cref="StoreStamp"/> read at the start of the request: any write — POST /api/documents, the dashboard, or an
/// <c>entente ingest</c> in another process — changes the stamp, so a result is only ever served for the state it was
/// built from. Bounded: the least recently used entries go first beyond <see cref="Capacity"/>; entries of an older
/// stamp are dropped when a newer one is seen. Thread-safe (one lock; lookups are dictionary operations).
/// </summary>
public sealed class ResultCache(int capacity = 256)
{
    /// <summary>The response header that says whether a result came from the cache ("hit") or was built ("miss").</summary>
    public const string Header = "X-Entente-Cache";

    private readonly Lock _gate = new();
    private readonly Dictionary<object, LinkedListNode<(object Key, StoreStamp Stamp, object Value)>> _map = [];
    private readonly LinkedList<(object Key, StoreStamp Stamp, object Value)> _order = new();
    private StoreStamp? _latest;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "the cache needs room for at least one result");

    public long Hits => Interlocked.Read(ref _hits);
    public long Misses => Interlocked.Read(ref _misses);
    private long _hits, _misses;

    public int Count { get { lock (_gate) return _map.Count; } }

    /// <summary>
    /// The value cached for <paramref name="key"/> (a record with value equality) at <paramref name="stamp"/>, else
    /// <paramref name="build"/>'s, cached. <paramref name="hit"/> says which.
    /// </summary>
    public T GetOrBuild<T>(object key, StoreStamp stamp, Func<T> build, out bool hit) where T : notnull
    {
        lock (_gate)
        {
            if (_map.TryGetValue(key, out var node) && node.Value.Stamp == stamp && node.Value.Value is T found)
            {
                _order.Remove(node);
                _order.AddFirst(node);
                Interlocked.Increment(ref _hits);
                hit = true;
                return found;
            }
        }
        Interlocked.Increment(ref _misses);
        var value = build();
        lock (_gate)
        {
            if (_latest != stamp)
            {
                // a write happened: what was built before it can never be served again
                _latest = stamp;
                for (var n = _order.First; n is not null;)
                {
                    var next = n.Next;
                    if (n.Value.Stamp != stamp) { _map.Remove(n.Value.Key); _order.Remove(n); }
                    n = next;
                }
            }
            if (_map.Remove(key, out var old)) _order.Remove(old);
            _map[key] = _order.AddFirst((key, stamp, value));
            while (_map.Count > Capacity)
            {
                var last = _order.Last!;
                _map.Remove(last.Value.Key);
                _order.RemoveLast();
            }
        }
        hit = false;
        return value;
    }

    /// <summary>Drops everything (after this server writes the store; the stamp would tell the next request anyway).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _map.Clear();
            _order.Clear();
            _latest = null;
        }
    }

    /// <summary>Sets <see cref="Header"/> on the response.</summary>
    public static void Mark(HttpContext http, bool hit) => http.Response.Headers[Header] = hit ? "hit" : "miss";
}
