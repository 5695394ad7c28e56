namespace Entente.Corpus.Merge;

/// <summary>Disjoint sets over 0..n-1 with path halving and union by size.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (int i = 0; i < count; i++) { _parent[i] = i; _size[i] = 1; }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    public void Union(int a, int b)
    {
        a = Find(a); b = Find(b);
        if (a == b) return;
        if (_size[a] < _size[b]) (a, b) = (b, a);
        _parent[b] = a;
        _size[a] += _size[b];
    }

    /// <summary>The sets, each as a list of members in ascending order; sets ordered by their smallest member.</summary>
    public List<List<int>> Groups()
    {
        var byRoot = new Dictionary<int, List<int>>();
        var result = new List<List<int>>();
        for (int i = 0; i < _parent.Length; i++)
        {
            int r = Find(i);
            if (!byRoot.TryGetValue(r, out var list)) { list = []; byRoot[r] = list; result.Add(list); }
            list.Add(i);
        }
        return result;
    }
}
