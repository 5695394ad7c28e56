namespace Entente.Analysis.Network;

/// <summary>
/// A graph on nodes 0…n−1 as adjacency lists with positive weights, built once from a list of links. For an undirected
/// graph every link is stored in both directions; links between the same two nodes add up; self-links are ignored.
/// </summary>
public sealed class WeightedGraph
{
    private readonly int[][] _neighbours;
    private readonly double[][] _weights;

    public int Count { get; }

    public bool Directed { get; }

    public WeightedGraph(int count, IEnumerable<(int From, int To, double Weight)> links, bool directed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count = count;
        Directed = directed;
        var merged = new SortedDictionary<(int, int), double>();
        foreach (var (from, to, weight) in links)
        {
            if ((uint)from >= (uint)count || (uint)to >= (uint)count)
                throw new ArgumentOutOfRangeException(nameof(links), $"link {from}–{to} names a node outside 0…{count - 1}");
            if (!(weight > 0) || double.IsInfinity(weight))
                throw new ArgumentOutOfRangeException(nameof(links), $"link {from}–{to} has weight {weight}; weights must be positive and finite");
            if (from == to) continue;
            var key = directed || from < to ? (from, to) : (to, from);
            merged[key] = merged.GetValueOrDefault(key) + weight;
        }
        var degree = new int[count];
        foreach (var ((a, b), _) in merged)
        {
            degree[a]++;
            if (!directed) degree[b]++;
        }
        _neighbours = new int[count][];
        _weights = new double[count][];
        for (int i = 0; i < count; i++)
        {
            _neighbours[i] = new int[degree[i]];
            _weights[i] = new double[degree[i]];
        }
        var fill = new int[count];
        foreach (var ((a, b), w) in merged)
        {
            _neighbours[a][fill[a]] = b;
            _weights[a][fill[a]++] = w;
            if (directed) continue;
            _neighbours[b][fill[b]] = a;
            _weights[b][fill[b]++] = w;
        }
    }

    /// <summary>The nodes a link leads to from <paramref name="node"/> (all neighbours when undirected).</summary>
    public ReadOnlySpan<int> Neighbours(int node) => _neighbours[node];

    /// <summary>The weights of <see cref="Neighbours"/>, in the same order.</summary>
    public ReadOnlySpan<double> Weights(int node) => _weights[node];
}

/// <summary>
/// Node centralities, deterministic (fixed start, fixed tolerance, fixed iteration order) so the same network always
/// gives the same numbers.
/// </summary>
public static class Centrality
{
    /// <summary>Power iterations stop when no value changes by more than this.</summary>
    public const double Tolerance = 1e-12;

    public const int MaxIterations = 10_000;

    /// <summary>PageRank damping factor (the probability of following a link rather than jumping anywhere).</summary>
    public const double Damping = 0.85;

    /// <summary>
    /// Brandes' betweenness on an undirected weighted graph where a link's length is 1 / weight: two actors with many
    /// events between them are close, so shortest paths follow the strongest ties. Paths whose lengths differ by less than
    /// 1e-12 (relative) count as equally short. Each unordered pair of other nodes contributes the share of its shortest
    /// paths through the node; the sum is divided by (n−1)(n−2)/2, so the centre of a star is 1 and a leaf 0.
    /// Graphs with fewer than three nodes give 0.
    /// </summary>
    public static double[] Betweenness(WeightedGraph graph)
    {
        if (graph.Directed) throw new ArgumentException("betweenness is computed on the undirected graph", nameof(graph));
        int n = graph.Count;
        var result = new double[n];
        if (n < 3) return result;
        var dist = new double[n];
        var sigma = new double[n];
        var delta = new double[n];
        var settled = new bool[n];
        var predecessors = new List<int>[n];
        for (int i = 0; i < n; i++) predecessors[i] = [];
        var order = new int[n];
        var queue = new PriorityQueue<int, (double, int)>();
        for (int s = 0; s < n; s++)
        {
            Array.Fill(dist, double.PositiveInfinity);
            Array.Clear(sigma);
            Array.Clear(delta);
            Array.Clear(settled);
            foreach (var p in predecessors) p.Clear();
            int reached = 0;
            dist[s] = 0;
            sigma[s] = 1;
            queue.Enqueue(s, (0, s));
            while (queue.TryDequeue(out int v, out _))
            {
                if (settled[v]) continue;
                settled[v] = true;
                order[reached++] = v;
                var neighbours = graph.Neighbours(v);
                var weights = graph.Weights(v);
                for (int k = 0; k < neighbours.Length; k++)
                {
                    int w = neighbours[k];
                    if (settled[w]) continue;
                    double d = dist[v] + 1.0 / weights[k];
                    double slack = 1e-12 * Math.Max(1, d);
                    if (d < dist[w] - slack)
                    {
                        dist[w] = d;
                        sigma[w] = sigma[v];
                        predecessors[w].Clear();
                        predecessors[w].Add(v);
                        queue.Enqueue(w, (d, w));
                    }
                    else if (Math.Abs(d - dist[w]) <= slack)
                    {
                        sigma[w] += sigma[v];
                        predecessors[w].Add(v);
                    }
                }
            }
            for (int i = reached - 1; i > 0; i--)
            {
                int w = order[i];
                foreach (int v in predecessors[w]) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                result[w] += delta[w];
            }
        }
        // every unordered pair was counted from both ends: halve, then divide by the number of pairs of other nodes
        double scale = 1.0 / ((n - 1) * (double)(n - 2));
        for (int i = 0; i < n; i++) result[i] *= scale;
        return result;
    }

    /// <summary>
    /// Eigenvector centrality of an undirected weighted graph: the principal eigenvector of the weight matrix, by power
    /// iteration on A + I (same eigenvectors, and no oscillation on bipartite graphs such as stars) from all ones,
    /// scaled so the most central node is 1, until no value moves by more than <see cref="Tolerance"/>. On a
    /// disconnected graph the components with the weaker leading eigenvalue fade towards 0.
    /// </summary>
    public static double[] Eigenvector(WeightedGraph graph)
    {
        if (graph.Directed) throw new ArgumentException("eigenvector centrality is computed on the undirected graph", nameof(graph));
        int n = graph.Count;
        var x = new double[n];
        Array.Fill(x, 1.0);
        var y = new double[n];
        for (int iteration = 0; iteration < MaxIterations && n > 0; iteration++)
        {
            double max = 0;
            for (int v = 0; v < n; v++)
            {
                double sum = x[v];
                var neighbours = graph.Neighbours(v);
                var weights = graph.Weights(v);
                for (int k = 0; k < neighbours.Length; k++) sum += weights[k] * x[neighbours[k]];
                y[v] = sum;
                if (sum > max) max = sum;
            }
            double change = 0;
            for (int v = 0; v < n; v++)
            {
                y[v] /= max;
                change = Math.Max(change, Math.Abs(y[v] - x[v]));
            }
            (x, y) = (y, x);
            if (change <= Tolerance) break;
        }
        return x;
    }

    /// <summary>
    /// PageRank of a directed weighted graph: a walker follows an out-link with probability <see cref="Damping"/>
    /// (choosing links in proportion to their weight) or jumps to any node; nodes without out-links send their rank to
    /// every node. Power iteration from the uniform vector until the L1 change is at most <see cref="Tolerance"/>;
    /// the values sum to 1.
    /// </summary>
    public static double[] PageRank(WeightedGraph graph)
    {
        if (!graph.Directed) throw new ArgumentException("PageRank is computed on the directed graph", nameof(graph));
        int n = graph.Count;
        var rank = new double[n];
        if (n == 0) return rank;
        Array.Fill(rank, 1.0 / n);
        var next = new double[n];
        var outWeight = new double[n];
        for (int v = 0; v < n; v++)
            foreach (var w in graph.Weights(v)) outWeight[v] += w;
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            double dangling = 0;
            for (int v = 0; v < n; v++)
                if (outWeight[v] == 0) dangling += rank[v];
            double baseline = (1 - Damping) / n + Damping * dangling / n;
            Array.Fill(next, baseline);
            for (int v = 0; v < n; v++)
            {
                if (outWeight[v] == 0) continue;
                double share = Damping * rank[v] / outWeight[v];
                var neighbours = graph.Neighbours(v);
                var weights = graph.Weights(v);
                for (int k = 0; k < neighbours.Length; k++) next[neighbours[k]] += share * weights[k];
            }
            double change = 0;
            for (int v = 0; v < n; v++) change += Math.Abs(next[v] - rank[v]);
            (rank, next) = (next, rank);
            if (change <= Tolerance) break;
        }
        return rank;
    }
}
