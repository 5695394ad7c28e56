namespace Entente.Syntax.Learning;

/// <summary>
/// Training-time weights of a multi-class averaged perceptron over hashed sparse features. A feature has a row
/// only once an update touched it, and a row holds only the classes updated for it, so memory follows what was
/// learned, not features × classes. Averaging is lazy (each weight remembers when it last changed). Not thread-safe.
/// </summary>
public sealed class PerceptronTrainer
{
    private struct Entry { public int Class; public float Weight; public double Total; public int Stamp; }
    private sealed class Row { public Entry[] Entries = new Entry[2]; public int Count; public int Updates; }

    private readonly Dictionary<ulong, Row> _rows = new(1 << 16);
    private int _instances;

    public int Classes { get; }
    public int FeatureCount => _rows.Count;

    public PerceptronTrainer(int classes) { Classes = classes; }

    /// <summary>Adds each known feature's class weights to <paramref name="scores"/> (which the caller clears).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) continue;
            var e = row.Entries;
            for (int k = 0; k < row.Count; k++) scores[e[k].Class] += e[k].Weight;
        }
    }

    /// <summary>Counts one training instance (call once per decision, updated or not): the clock of the averaging.</summary>
    public void Tick() => _instances++;

    /// <summary>Perceptron update: +1 to the gold class, −1 to the guessed class, for every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int gold, int guess)
    {
        if (gold == guess) return;
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out var row)) { row = new Row(); _rows[f] = row; }
            row.Updates++;
            Add(row, gold, 1f);
            Add(row, guess, -1f);
        }
    }

    private void Add(Row row, int cls, float delta)
    {
        var e = row.Entries;
        for (int k = 0; k < row.Count; k++)
        {
            if (e[k].Class != cls) continue;
            e[k].Total += (double)(_instances - e[k].Stamp) * e[k].Weight;
            e[k].Stamp = _instances;
            e[k].Weight += delta;
            return;
        }
        if (row.Count == e.Length) { Array.Resize(ref row.Entries, e.Length * 2); e = row.Entries; }
        e[row.Count++] = new Entry { Class = cls, Weight = delta, Total = 0, Stamp = _instances };
    }

    /// <summary>
    /// The averaged weights as a compact read-only model. Weights whose magnitude is below <paramref name="prune"/>
    /// are dropped (they rarely change a decision and make up most of the model's size), and so are features that
    /// took part in fewer than <paramref name="minUpdates"/> updates (mostly rare word pairs seen once).
    /// </summary>
    public LinearModel Average(float prune = 0f, int minUpdates = 1)
    {
        var keys = new List<ulong>(_rows.Count);
        var entries = new List<(int Class, float Weight)[]>(_rows.Count);
        int t = Math.Max(1, _instances);
        var buffer = new List<(int, float)>();
        foreach (var (key, row) in _rows)
        {
            if (row.Updates < minUpdates) continue;
            buffer.Clear();
            for (int k = 0; k < row.Count; k++)
            {
                var e = row.Entries[k];
                double total = e.Total + (double)(_instances - e.Stamp) * e.Weight;
                float avg = (float)(total / t);
                if (Math.Abs(avg) > prune && avg != 0f) buffer.Add((e.Class, avg));
            }
            if (buffer.Count == 0) continue;
            keys.Add(key);
            entries.Add([.. buffer]);
        }
        return LinearModel.Build(Classes, keys, entries);
    }

    /// <summary>
    /// Writes the averaged weights in full precision with each feature's update count (for measuring what the 8-bit
    /// file and the pruning cost): row count, then per row the key, the updates, the weight count and (class, weight).
    /// </summary>
    public void WriteAveraged(BinaryWriter w)
    {
        int t = Math.Max(1, _instances);
        w.Write(Classes);
        w.Write(_rows.Count);
        foreach (var (key, row) in _rows)
        {
            w.Write(key); w.Write(row.Updates); w.Write(row.Count);
            for (int k = 0; k < row.Count; k++)
            {
                var e = row.Entries[k];
                w.Write((short)e.Class);
                w.Write((float)((e.Total + (double)(_instances - e.Stamp) * e.Weight) / t));
            }
        }
    }

    /// <summary>The current (not averaged) weights, for scoring the development set between epochs cheaply.</summary>
    public LinearModel Current()
    {
        var keys = new List<ulong>(_rows.Count);
        var entries = new List<(int Class, float Weight)[]>(_rows.Count);
        foreach (var (key, row) in _rows)
        {
            var list = new (int, float)[row.Count];
            for (int k = 0; k < row.Count; k++) list[k] = (row.Entries[k].Class, row.Entries[k].Weight);
            keys.Add(key); entries.Add(list);
        }
        return LinearModel.Build(Classes, keys, entries);
    }
}
