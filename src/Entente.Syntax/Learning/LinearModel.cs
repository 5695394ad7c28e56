using System.Numerics;
using System.Runtime.CompilerServices;

namespace Entente.Syntax.Learning;

/// <summary>
/// Read-only weights of a linear multi-class model: an open-addressing table from a 32-bit feature key (the 64-bit
/// hash folded) to a run of (class, weight) pairs in two packed arrays. Scoring a feature is one probe and a short
/// loop; nothing is allocated. Safe to share across threads. Stored with 16-bit weights (see <see cref="Write"/>).
/// </summary>
public sealed class LinearModel
{
    private readonly uint[] _slotKey;     // 0 = empty
    private readonly int[] _slotStart;
    private readonly ushort[] _slotCount;
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    private readonly int _mask;

    public int Classes { get; }
    public int FeatureCount { get; }
    public int WeightCount => _weights.Length;

    /// <summary>Bytes held in memory by the table and the packed weights.</summary>
    public long MemoryBytes => _slotKey.Length * (4L + 4 + 2) + _classes.Length * 2L + _weights.Length * 4L;

    private LinearModel(int classes, int features, uint[] keys, int[] starts, ushort[] counts, ushort[] cls, float[] weights)
    {
        Classes = classes; FeatureCount = features;
        _slotKey = keys; _slotStart = starts; _slotCount = counts; _classes = cls; _weights = weights;
        _mask = keys.Length - 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(ulong key) { uint k = (uint)(key ^ (key >> 32)); return k == 0 ? 1u : k; }

    internal static LinearModel Build(int classes, IReadOnlyList<ulong> keys, IReadOnlyList<(int Class, float Weight)[]> entries)
    {
        // fold to 32 bits and merge the (rare) folded collisions by adding their weights
        var merged = new Dictionary<uint, Dictionary<int, float>>(keys.Count);
        for (int i = 0; i < keys.Count; i++)
        {
            uint k = Fold(keys[i]);
            if (!merged.TryGetValue(k, out var row)) merged[k] = row = new Dictionary<int, float>(entries[i].Length);
            foreach (var (c, w) in entries[i]) row[c] = row.GetValueOrDefault(c) + w;
        }
        var ordered = merged.OrderBy(p => p.Key).ToList();
        var folded = new uint[ordered.Count];
        var runs = new (int Class, float Weight)[ordered.Count][];
        for (int i = 0; i < ordered.Count; i++)
        {
            folded[i] = ordered[i].Key;
            runs[i] = ordered[i].Value.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)).ToArray();
        }
        return FromFolded(classes, folded, runs);
    }

    private static LinearModel FromFolded(int classes, uint[] keys, (int Class, float Weight)[][] runs)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        var slotKey = new uint[size];
        var slotStart = new int[size];
        var slotCount = new ushort[size];
        int total = 0;
        foreach (var r in runs) total += r.Length;
        var cls = new ushort[total];
        var w = new float[total];
        int at = 0, mask = size - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            int slot = (int)(Mix(keys[i]) & (uint)mask);
            while (slotKey[slot] != 0) slot = (slot + 1) & mask;
            slotKey[slot] = keys[i];
            slotStart[slot] = at;
            slotCount[slot] = (ushort)runs[i].Length;
            foreach (var (c, weight) in runs[i]) { cls[at] = (ushort)c; w[at] = weight; at++; }
        }
        return new LinearModel(classes, keys.Length, slotKey, slotStart, slotCount, cls, w);
    }

    /// <summary>A copy without the weights of magnitude at most <paramref name="threshold"/> (and features left empty).</summary>
    public LinearModel Pruned(float threshold)
    {
        var keys = new List<uint>();
        var runs = new List<(int, float)[]>();
        for (int s = 0; s < _slotKey.Length; s++)
        {
            if (_slotKey[s] == 0) continue;
            var run = new List<(int, float)>();
            for (int j = _slotStart[s]; j < _slotStart[s] + _slotCount[s]; j++)
                if (Math.Abs(_weights[j]) > threshold) run.Add((_classes[j], _weights[j]));
            if (run.Count == 0) continue;
            keys.Add(_slotKey[s]); runs.Add([.. run]);
        }
        return FromFolded(Classes, [.. keys], [.. runs]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint k) { k ^= k >> 16; k *= 0x7FEB352Du; k ^= k >> 15; k *= 0x846CA68Bu; k ^= k >> 16; return k; }

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (the caller clears it).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var keys = _slotKey;
        foreach (var f in features)
        {
            uint k = Fold(f);
            int slot = (int)(Mix(k) & (uint)_mask);
            while (true)
            {
                uint s = keys[slot];
                if (s == k)
                {
                    int start = _slotStart[slot], end = start + _slotCount[slot];
                    for (int j = start; j < end; j++) scores[_classes[j]] += _weights[j];
                    break;
                }
                if (s == 0) break;
                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <summary>Writes the model: class count, feature count, then per feature its key, run length, and (class, half weight) pairs.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Classes);
        w.Write(FeatureCount);
        var order = new List<int>(FeatureCount);
        for (int s = 0; s < _slotKey.Length; s++) if (_slotKey[s] != 0) order.Add(s);
        order.Sort((a, b) => _slotKey[a].CompareTo(_slotKey[b]));
        uint previous = 0;
        foreach (var s in order)
        {
            w.Write7BitEncodedInt((int)(_slotKey[s] - previous)); // keys ascending: small deltas
            previous = _slotKey[s];
            w.Write7BitEncodedInt(_slotCount[s]);
            for (int j = _slotStart[s]; j < _slotStart[s] + _slotCount[s]; j++)
            {
                if (Classes <= 256) w.Write((byte)_classes[j]); else w.Write(_classes[j]);
                w.Write((Half)_weights[j]);
            }
        }
    }

    public static LinearModel Read(BinaryReader r)
    {
        int classes = r.ReadInt32(), features = r.ReadInt32();
        if (classes <= 0 || classes > ushort.MaxValue || features < 0) throw new InvalidDataException($"bad model header ({classes} classes, {features} features)");
        var keys = new uint[features];
        var runs = new (int, float)[features][];
        uint previous = 0;
        for (int i = 0; i < features; i++)
        {
            previous += (uint)r.Read7BitEncodedInt();
            keys[i] = previous;
            int n = r.Read7BitEncodedInt();
            var run = new (int, float)[n];
            for (int j = 0; j < n; j++)
            {
                int c = classes <= 256 ? r.ReadByte() : r.ReadUInt16();
                if (c >= classes) throw new InvalidDataException($"class {c} out of range (model has {classes})");
                run[j] = (c, (float)r.ReadHalf());
            }
            runs[i] = run;
        }
        return FromFolded(classes, keys, runs);
    }
}
