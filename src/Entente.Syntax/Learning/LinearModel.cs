using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entente.Syntax.Learning;

/// <summary>
/// Read-only weights of a linear multi-class model: an open-addressing table from a 32-bit feature key (the 64-bit
/// hash folded) to its weights. A slot is 8 bytes (key, and run offset and length packed). A feature with few
/// weights keeps them as a run of (class, weight) entries; one with many (frequent tag features touch most classes)
/// keeps a dense row of every class's weight, added with SIMD. <see cref="Score"/> prefetches every feature's slot
/// before reading any, so the memory latency of the ~80 look-ups of a parser decision overlaps instead of adding up.
/// Nothing is allocated. Safe to share across threads.
/// On disk each feature's weights are quantised to 8 bits against the feature's largest weight (see <see cref="Write"/>).
/// </summary>
public sealed class LinearModel
{
    private struct Slot { public uint Key; public uint Run; } // Run = start << RunBits | count; count Dense: start is a dense row
    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private struct Entry { public ushort Class; public float Weight; }
    private const int RunBits = 8;
    private const uint RunMask = (1u << RunBits) - 1;
    private const uint Dense = RunMask;
    /// <summary>Features with at least this many weights are stored as dense rows.</summary>
    private const int DenseMin = 16;

    private readonly Slot[] _slots;      // Key 0 = empty
    private readonly Entry[] _entries;
    private readonly float[] _dense;     // rows of _stride floats
    private readonly int _stride;
    private readonly uint _size;
    private readonly ulong[] _filter;    // one bit per key, about 8 bits per feature: most absent features stop here, in cache
    private readonly int _filterShift;

    public int Classes { get; }
    public int FeatureCount { get; }
    public int WeightCount { get; }

    /// <summary>Bytes held in memory by the table and the weights.</summary>
    public long MemoryBytes => _slots.Length * 8L + _entries.Length * 6L + _dense.Length * 4L + _filter.Length * 8L;

    private LinearModel(int classes, int features, int weights, Slot[] slots, Entry[] entries, float[] dense, int stride)
    {
        Classes = classes; FeatureCount = features; WeightCount = weights; _slots = slots; _entries = entries; _dense = dense; _stride = stride;
        _size = (uint)slots.Length;
        int bits = Math.Max(6, BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, features * 8))));
        _filter = new ulong[1 << (bits - 6)];
        _filterShift = 32 - bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint FilterBit(uint k) => (k * 0x9E3779B1u) >> _filterShift;

    private void AddToFilter(uint k) { uint b = FilterBit(k); _filter[b >> 6] |= 1UL << (int)(b & 63); }

    private IEnumerable<(int Class, float Weight)> Weights(Slot slot)
    {
        uint count = slot.Run & RunMask, start = slot.Run >> RunBits;
        if (count == Dense)
        {
            for (int c = 0; c < Classes; c++)
                if (_dense[start * _stride + c] != 0) yield return (c, _dense[start * _stride + c]);
        }
        else
            for (uint j = start; j < start + count; j++) yield return (_entries[j].Class, _entries[j].Weight);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(ulong key) { uint k = (uint)(key ^ (key >> 32)); return k == 0 ? 1u : k; }

    /// <summary>Home slot of a folded key: multiply-shift onto [0, size) (Lemire), so the table need not be a power of two.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Home(uint k) => (uint)(((ulong)Mix(k) * _size) >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint k) { k ^= k >> 16; k *= 0x7FEB352Du; k ^= k >> 15; k *= 0x846CA68Bu; k ^= k >> 16; return k; }

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
        var counts = new int[keys.Length];
        int total = 0;
        for (int i = 0; i < runs.Length; i++) { counts[i] = runs[i].Length; total += counts[i]; }
        var cls = new ushort[total];
        var w = new float[total];
        int at = 0;
        foreach (var run in runs)
            foreach (var (c, weight) in run) { cls[at] = (ushort)c; w[at] = weight; at++; }
        return FromFlat(classes, keys, counts, cls, w);
    }

    /// <summary>Builds the table from features in key order, their weight counts, and all (class, weight) pairs in one run.</summary>
    private static LinearModel FromFlat(int classes, uint[] keys, int[] counts, ushort[] cls, float[] weights)
    {
        int size = Math.Max(16, (int)(keys.Length / 0.7));
        var slots = new Slot[size];
        int sparse = 0, denseRows = 0;
        int denseMin = Math.Min(DenseMin, Math.Max(2, classes / 4));
        foreach (var n in counts) { if (n >= denseMin) denseRows++; else sparse += n; }
        if (sparse >= 1 << (32 - RunBits)) throw new InvalidDataException($"model too large ({sparse} weights)");
        int stride = (classes + 7) / 8 * 8;
        var entries = new Entry[sparse];
        var dense = new float[(long)denseRows * stride];
        var model = new LinearModel(classes, keys.Length, weights.Length, slots, entries, dense, stride);
        int at = 0, row = 0, read = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            int n = counts[i];
            if (n > classes) throw new InvalidDataException($"feature with {n} weights for {classes} classes");
            uint slot = model.Home(keys[i]);
            while (slots[slot].Key != 0) slot = slot + 1 == size ? 0 : slot + 1;
            slots[slot].Key = keys[i];
            model.AddToFilter(keys[i]);
            if (n >= denseMin)
            {
                for (int j = read; j < read + n; j++) dense[(long)row * stride + cls[j]] = weights[j];
                slots[slot].Run = (uint)row << RunBits | Dense;
                row++;
            }
            else
            {
                slots[slot].Run = (uint)at << RunBits | (uint)n;
                for (int j = read; j < read + n; j++) { entries[at].Class = cls[j]; entries[at].Weight = weights[j]; at++; }
            }
            read += n;
        }
        return model;
    }

    /// <summary>A copy without the weights of magnitude at most <paramref name="threshold"/> (and features left empty).</summary>
    public LinearModel Pruned(float threshold)
    {
        var keys = new List<uint>();
        var runs = new List<(int, float)[]>();
        foreach (var slot in _slots)
        {
            if (slot.Key == 0) continue;
            var run = Weights(slot).Where(p => Math.Abs(p.Weight) > threshold).ToList();
            if (run.Count == 0) continue;
            keys.Add(slot.Key); runs.Add([.. run]);
        }
        var order = Enumerable.Range(0, keys.Count).OrderBy(i => keys[i]).ToArray();
        return FromFolded(Classes, [.. order.Select(i => keys[i])], [.. order.Select(i => runs[i])]);
    }

    public const int MaxFeatures = 128;

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (the caller clears it).</summary>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int n = Math.Min(features.Length, MaxFeatures);
        uint* home = stackalloc uint[n];
        uint* folded = stackalloc uint[n];
        var filter = _filter;
        fixed (Slot* slots = _slots)
        fixed (Entry* entries = _entries)
        fixed (float* dense = _dense)
        fixed (float* output = scores)
        {
            // 1. features the filter knows: their home slots requested at once, so the misses overlap
            int m = 0;
            for (int i = 0; i < n; i++)
            {
                uint k = Fold(features[i]);
                uint b = FilterBit(k);
                if ((filter[b >> 6] & (1UL << (int)(b & 63))) == 0) continue;
                folded[m] = k;
                home[m] = Home(k);
                if (Sse.IsSupported) Sse.Prefetch0(slots + home[m]);
                m++;
            }
            n = m;
            // 2. probe; request each run of weights
            for (int i = 0; i < n; i++)
            {
                uint slot = home[i], k = folded[i];
                home[i] = 0;
                while (true)
                {
                    uint key = slots[slot].Key;
                    if (key == k)
                    {
                        uint run = slots[slot].Run;
                        home[i] = run;
                        if (Sse.IsSupported)
                        {
                            if ((run & RunMask) == Dense) Sse.Prefetch0(dense + (long)(run >> RunBits) * _stride);
                            else Sse.Prefetch0(entries + (run >> RunBits));
                        }
                        break;
                    }
                    if (key == 0) break;
                    slot = slot + 1 == _size ? 0 : slot + 1;
                }
            }
            // 3. add: dense rows with SIMD, sparse runs one by one (scores has at least Classes floats)
            if (scores.Length < Classes) throw new ArgumentException($"scores has {scores.Length} places for {Classes} classes", nameof(scores));
            for (int i = 0; i < n; i++)
            {
                uint run = home[i];
                if (run == 0) continue;
                uint count = run & RunMask;
                if (count == Dense)
                {
                    float* row = dense + (long)(run >> RunBits) * _stride;
                    int c = 0;
                    if (Vector256.IsHardwareAccelerated)
                        for (; c + 8 <= Classes; c += 8)
                            Vector256.Store(Vector256.Load(output + c) + Vector256.Load(row + c), output + c);
                    for (; c < Classes; c++) output[c] += row[c];
                }
                else
                {
                    Entry* e = entries + (run >> RunBits), end = e + count;
                    for (; e < end; e++) output[e->Class] += e->Weight;
                }
            }
        }
        if (features.Length > MaxFeatures) Score(features[MaxFeatures..], scores);
    }

    /// <summary>
    /// Writes the model: class count, feature count, then per feature the key (delta from the previous), the run
    /// length, the scale (the run's largest magnitude, half precision) and each (class, weight/scale × 127 as a byte).
    /// </summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Classes);
        w.Write(FeatureCount);
        var order = new List<int>(FeatureCount);
        for (int s = 0; s < _slots.Length; s++) if (_slots[s].Key != 0) order.Add(s);
        order.Sort((a, b) => _slots[a].Key.CompareTo(_slots[b].Key));
        uint previous = 0;
        foreach (var s in order)
        {
            var slot = _slots[s];
            w.Write7BitEncodedInt((int)(slot.Key - previous)); // keys ascending: small deltas
            previous = slot.Key;
            var run = Weights(slot).ToList();
            w.Write7BitEncodedInt(run.Count);
            float scale = 0;
            foreach (var (_, weight) in run) scale = Math.Max(scale, Math.Abs(weight));
            w.Write((Half)scale);
            float q = (float)(Half)scale;
            foreach (var (c, weight) in run)
            {
                if (Classes <= 256) w.Write((byte)c); else w.Write((ushort)c);
                w.Write((sbyte)Math.Clamp(MathF.Round(q == 0 ? 0 : weight / q * 127f), -127, 127));
            }
        }
    }

    public static LinearModel Read(BinaryReader r)
    {
        int classes = r.ReadInt32(), features = r.ReadInt32();
        if (classes <= 0 || classes > ushort.MaxValue || features < 0 || features > 50_000_000) throw new InvalidDataException($"bad model header ({classes} classes, {features} features)");
        var keys = new uint[features];
        var counts = new int[features];
        var cls = new List<ushort>(features * 4);
        var weights = new List<float>(features * 4);
        uint previous = 0;
        for (int i = 0; i < features; i++)
        {
            uint delta = (uint)r.Read7BitEncodedInt();
            if (i > 0 && delta == 0) throw new InvalidDataException("feature keys out of order");
            previous += delta;
            keys[i] = previous;
            int n = r.Read7BitEncodedInt();
            if (n < 0 || n > classes) throw new InvalidDataException($"feature with {n} weights for {classes} classes");
            counts[i] = n;
            float scale = (float)r.ReadHalf() / 127f;
            for (int j = 0; j < n; j++)
            {
                int c = classes <= 256 ? r.ReadByte() : r.ReadUInt16();
                if (c >= classes) throw new InvalidDataException($"class {c} out of range (model has {classes})");
                cls.Add((ushort)c);
                weights.Add(r.ReadSByte() * scale);
            }
        }
        return FromFlat(classes, keys, counts, [.. cls], [.. weights]);
    }
}
