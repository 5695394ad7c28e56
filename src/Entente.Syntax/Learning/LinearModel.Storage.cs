using System.Runtime.CompilerServices;

namespace Entente.Syntax.Learning;

/// <summary>Building a <see cref="LinearModel"/>: from trained float weights (quantised as the file keeps them), from a file, to a file.</summary>
public sealed unsafe partial class LinearModel
{
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

    /// <summary>
    /// The 8-bit form of a feature's weights, as the file keeps them: the scale is the largest magnitude in half
    /// precision, each weight is rounded to a multiple of scale/127.
    /// </summary>
    private static Half Quantise(ReadOnlySpan<(int Class, float Weight)> run, Span<sbyte> q)
    {
        float scale = 0;
        foreach (var (_, weight) in run) scale = Math.Max(scale, Math.Abs(weight));
        var h = (Half)Math.Min(scale, (float)Half.MaxValue);
        float s = (float)h;
        for (int j = 0; j < run.Length; j++)
            q[j] = (sbyte)Math.Clamp(MathF.Round(s == 0 ? 0 : run[j].Weight / s * 127f), -127, 127);
        return h;
    }

    /// <summary>The float a stored scale stands for: what <see cref="Read"/> has always multiplied the 8-bit weights by.</summary>
    private static float Scale(Half h) => (float)h / 127f;

    private static LinearModel FromFolded(int classes, uint[] keys, (int Class, float Weight)[][] runs)
    {
        var counts = new int[keys.Length];
        var scales = new float[keys.Length];
        int total = 0;
        for (int i = 0; i < runs.Length; i++) { counts[i] = runs[i].Length; total += counts[i]; }
        var cls = new ushort[total];
        var w = new sbyte[total];
        int at = 0;
        for (int i = 0; i < runs.Length; i++)
        {
            scales[i] = Scale(Quantise(runs[i], w.AsSpan(at, runs[i].Length)));
            foreach (var (c, _) in runs[i]) cls[at++] = (ushort)c;
        }
        return FromFlat(classes, keys, counts, scales, cls, w);
    }

    /// <summary>
    /// Builds the table from features in key order, their weight counts and scales, and all (class, weight) pairs in
    /// one run. Weights of 0 (smaller than half a step) are left out: they add nothing to a score. Dense rows come
    /// first, each on whole cache lines (the few thousand of them are read at nearly every decision), then the runs.
    /// </summary>
    private static LinearModel FromFlat(int classes, uint[] keys, int[] counts, float[] scales, ushort[] cls, sbyte[] weights)
    {
        int denseMin = Math.Min(DenseMin, Math.Max(2, classes / 4));
        int stride = Stride(classes), entry = classes > 256 ? 3 : 2;
        var kept = new int[keys.Length];
        long bytes = 0, denseBytes = 0;
        int total = 0, row = DenseRecord(stride);
        for (int i = 0, read = 0; i < keys.Length; read += counts[i], i++)
        {
            if (counts[i] > classes) throw new InvalidDataException($"feature with {counts[i]} weights for {classes} classes");
            for (int j = read; j < read + counts[i]; j++) if (weights[j] != 0) kept[i]++;
            if (kept[i] >= denseMin) denseBytes += row; else bytes += Record(kept[i] * entry);
            total += kept[i];
        }
        bytes += denseBytes;
        if (bytes / 2 >= 1L << (32 - RunBits)) throw new InvalidDataException($"model too large ({bytes} bytes of weights)");
        var model = new LinearModel(classes, keys.Length, total, bytes);
        byte* data = model._data;
        long dense = 0, at = denseBytes;
        for (int i = 0, read = 0; i < keys.Length; read += counts[i], i++)
        {
            int n = kept[i];
            Slot* slot = model.Insert(keys[i]);
            if (n >= denseMin)
            {
                Unsafe.WriteUnaligned(data + dense, scales[i]);
                for (int j = read; j < read + counts[i]; j++) data[dense + 4 + cls[j]] = (byte)weights[j];
                slot->Run = (uint)(dense / 2) << RunBits | Dense;
                dense += row;
            }
            else
            {
                Unsafe.WriteUnaligned(data + at, scales[i]);
                byte* e = data + at + 4;
                slot->Run = (uint)(at / 2) << RunBits | (uint)n;
                for (int j = read; j < read + counts[i]; j++)
                {
                    if (weights[j] == 0) continue;
                    e[0] = (byte)cls[j];
                    if (entry == 3) e[1] = (byte)(cls[j] >> 8);
                    e[entry - 1] = (byte)weights[j];
                    e += entry;
                }
                at += Record(n * entry);
            }
        }
        GC.KeepAlive(model);
        return model;
    }

    /// <summary>Bytes of a dense row's record (the scale, a byte per class) rounded up to whole cache lines.</summary>
    private static int DenseRecord(int stride) => (4 + stride + 63) / 64 * 64;

    /// <summary>Bytes of a record: the scale, the weights, padded to an even length (offsets count 2-byte units).</summary>
    private static int Record(int weightBytes) => 4 + (weightBytes + 1) / 2 * 2;

    /// <summary>
    /// The scores <see cref="Score"/> must give, summed one weight at a time without vectors or prefetching: every slot
    /// searched for each feature's folded key, and each class's weights added in the features' order. For tests of the
    /// processor-specific paths of <see cref="Score"/>.
    /// </summary>
    internal float[] ScoresPlain(ReadOnlySpan<ulong> features)
    {
        var scores = new float[Classes];
        var stored = new Dictionary<uint, (float Scale, List<(int Class, sbyte Weight)> Run)>();
        foreach (var slot in Features()) stored[slot.Key] = Stored(slot);
        foreach (var f in features)
        {
            if (!stored.TryGetValue(Fold(f), out var record)) continue;
            var weights = new float[Classes]; // the vector paths add 0 × scale for the classes a run leaves out
            foreach (var (c, w) in record.Run) weights[c] = w * record.Scale;
            for (int c = 0; c < Classes; c++) scores[c] += weights[c];
        }
        return scores;
    }

    /// <summary>A copy without the weights of magnitude at most <paramref name="threshold"/> (and features left empty).</summary>
    public LinearModel Pruned(float threshold)
    {
        var keys = new List<uint>();
        var runs = new List<(int, float)[]>();
        foreach (var slot in Features())
        {
            var (scale, stored) = Stored(slot);
            var run = stored.Select(p => (p.Class, p.Weight * scale)).Where(p => Math.Abs(p.Item2) > threshold).ToList();
            if (run.Count == 0) continue;
            keys.Add(slot.Key); runs.Add([.. run]);
        }
        return FromFolded(Classes, [.. keys], [.. runs]);
    }

    /// <summary>
    /// Writes the model: class count, feature count, then per feature the key (delta from the previous), the run
    /// length, the scale (the run's largest magnitude, half precision) and each (class, weight/scale × 127 as a byte).
    /// </summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Classes);
        w.Write(FeatureCount);
        uint previous = 0;
        foreach (var slot in Features())
        {
            w.Write7BitEncodedInt((int)(slot.Key - previous)); // keys ascending: small deltas
            previous = slot.Key;
            var (scale, run) = Stored(slot);
            w.Write7BitEncodedInt(run.Count);
            w.Write((Half)(scale * 127f)); // exact: the scale is a half divided by 127
            foreach (var (c, weight) in run)
            {
                if (Classes <= 256) w.Write((byte)c); else w.Write((ushort)c);
                w.Write(weight);
            }
        }
    }

    public static LinearModel Read(BinaryReader r)
    {
        int classes = r.ReadInt32(), features = r.ReadInt32();
        if (classes <= 0 || classes > ushort.MaxValue || features < 0 || features > 50_000_000) throw new InvalidDataException($"bad model header ({classes} classes, {features} features)");
        var keys = new uint[features];
        var counts = new int[features];
        var scales = new float[features];
        var cls = new List<ushort>(features * 4);
        var weights = new List<sbyte>(features * 4);
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
            scales[i] = Scale(r.ReadHalf());
            for (int j = 0; j < n; j++)
            {
                int c = classes <= 256 ? r.ReadByte() : r.ReadUInt16();
                if (c >= classes) throw new InvalidDataException($"class {c} out of range (model has {classes})");
                cls.Add((ushort)c);
                weights.Add(r.ReadSByte());
            }
        }
        return FromFlat(classes, keys, counts, scales, [.. cls], [.. weights]);
    }
}
