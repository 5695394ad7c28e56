using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entente.Syntax.Learning;

/// <summary>
/// Read-only weights of a linear multi-class model: an open-addressing table from a 32-bit feature key (the 64-bit
/// hash folded) to its weights. Each feature's weights are kept as on disk, 8 bits each against one scale per feature
/// (the feature's largest weight in half precision ÷ 127), so the table is about a quarter of its size in floats.
/// A slot is 8 bytes (key, and the record's offset and length packed); eight slots make a bucket of one cache line,
/// searched with one vector compare (linear probing bucket by bucket, half full). A record is the scale (a float)
/// followed by either a run of (class, weight) bytes or, for a feature with many weights (frequent tag features touch
/// most classes), a dense row of one byte per class on whole cache lines. A weight counts as exactly the float product
/// weight × scale, the value <see cref="Read"/> has always given it, and every class sums its features' weights in the
/// features' order, so scores are the same to the bit whether the model was just trained or read back, and as they
/// were when the table held floats. The table lives outside the GC heap on 2 MB pages where possible
/// (<see cref="TableMemory"/>). <see cref="Score"/> requests every feature's bucket before reading any, then every
/// record, so the memory latency of the ~100 look-ups of a parser decision overlaps instead of adding up.
/// Nothing is allocated. Safe to share across threads.
/// </summary>
public sealed unsafe partial class LinearModel
{
    private struct Slot { public uint Key; public uint Run; } // Run = offset (2-byte units into the records) << RunBits | count; count Dense: a dense row
    private const int RunBits = 8;
    private const uint RunMask = (1u << RunBits) - 1;
    private const uint Dense = RunMask;
    /// <summary>Features with at least this many weights are stored as dense rows (one byte per class instead of two per weight).</summary>
    private const int DenseMin = 40;

    /// <summary>Slots per bucket: one cache line, searched with one vector compare.</summary>
    private const int BucketSlots = 8;
    /// <summary>
    /// Keys per slot. Fuller tables send more look-ups on into the next bucket, a second cache miss that waits for the
    /// first: parsing GUM test alone ran at 178–190 k tokens/s at 0.8, 212–219 k at 0.6, 227–238 k at 0.5, 234–241 k
    /// at 0.4 (2026-12-06); 0.5 costs the parser 4 MB more than 0.8.
    /// </summary>
    private const double Load = 0.5;

    private readonly TableMemory _memory; // buckets, records
    private readonly Slot* _slots;        // buckets of BucketSlots; Key 0 = empty
    private readonly byte* _data;         // records: float scale, then (class byte(s), sbyte weight) pairs or a dense row of stride sbytes
    private readonly int _stride;
    private readonly bool _wide;          // more than 256 classes: a class takes two bytes
    private readonly uint _buckets;

    public int Classes { get; }
    public int FeatureCount { get; }
    public int WeightCount { get; }
    /// <summary>Length of a scores buffer that lets <see cref="Score"/> add dense rows in whole vectors (the places past <see cref="Classes"/> get zeros added).</summary>
    public int ScoreLength => _stride;

    /// <summary>Bytes held in memory by the table and the weights.</summary>
    public long MemoryBytes => _memory.Length;

    private LinearModel(int classes, int features, int weights, long dataBytes)
    {
        Classes = classes; FeatureCount = features; WeightCount = weights;
        _stride = Stride(classes);
        _wide = classes > 256;
        _buckets = (uint)Math.Max(2, (int)Math.Ceiling(features / (BucketSlots * Load)));
        long slotBytes = (long)_buckets * BucketSlots * sizeof(Slot);
        _memory = new TableMemory(slotBytes + dataBytes + 16); // + 16: a dense row's last SIMD load stays inside
        _slots = (Slot*)_memory.Pointer;                          // 64-byte aligned: a bucket is a cache line
        _data = _memory.Pointer + slotBytes;
    }

    /// <summary>Bytes of a dense row, and places in a scores buffer: the classes rounded up to a whole 512-bit vector of floats.</summary>
    private static int Stride(int classes) => (classes + 15) / 16 * 16;

    /// <summary>Puts a new key in the first free slot from its home bucket on.</summary>
    private Slot* Insert(uint k)
    {
        for (uint b = Home(k); ; b = b + 1 == _buckets ? 0 : b + 1)
            for (int j = 0; j < BucketSlots; j++)
            {
                Slot* slot = _slots + b * BucketSlots + j;
                if (slot->Key != 0) continue;
                slot->Key = k;
                return slot;
            }
    }

    /// <summary>The run of key <paramref name="k"/> found from bucket <paramref name="b"/> on, or 0 when the key is absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Find(uint b, uint k)
    {
        while (true)
        {
            Slot* bucket = _slots + b * BucketSlots;
            ulong found, empty;
            if (Vector512.IsHardwareAccelerated)
            {
                var keys = Vector512.Load((uint*)bucket);
                found = Vector512.Equals(keys, Vector512.Create(k)).ExtractMostSignificantBits() & 0x5555;
                empty = Vector512.Equals(keys, Vector512<uint>.Zero).ExtractMostSignificantBits() & 0x5555;
            }
            else if (Vector256.IsHardwareAccelerated)
            {
                // the bucket's sixteen 32-bit words in two vectors; keys are the even words, as above
                var low = Vector256.Load((uint*)bucket);
                var high = Vector256.Load((uint*)bucket + 8);
                var key = Vector256.Create(k);
                found = (Vector256.Equals(low, key).ExtractMostSignificantBits() | Vector256.Equals(high, key).ExtractMostSignificantBits() << 8) & 0x5555;
                empty = (Vector256.Equals(low, Vector256<uint>.Zero).ExtractMostSignificantBits() | Vector256.Equals(high, Vector256<uint>.Zero).ExtractMostSignificantBits() << 8) & 0x5555;
            }
            else
            {
                found = empty = 0;
                for (int j = 0; j < BucketSlots; j++)
                {
                    if (bucket[j].Key == k) found |= 1UL << (2 * j);
                    if (bucket[j].Key == 0) empty |= 1UL << (2 * j);
                }
            }
            if (found != 0) return bucket[BitOperations.TrailingZeroCount(found) >> 1].Run;
            if (empty != 0) return 0;
            b = b + 1 == _buckets ? 0 : b + 1;
        }
    }

    private int EntryBytes => _wide ? 3 : 2;

    /// <summary>A feature's stored weights as (class, 8-bit weight), and the scale that turns them into floats.</summary>
    private (float Scale, List<(int Class, sbyte Weight)> Run) Stored(Slot slot)
    {
        uint count = slot.Run & RunMask;
        byte* record = _data + (long)(slot.Run >> RunBits) * 2;
        float scale = Unsafe.ReadUnaligned<float>(record);
        var run = new List<(int, sbyte)>();
        byte* e = record + 4;
        if (count == Dense)
        {
            for (int c = 0; c < Classes; c++)
                if (e[c] != 0) run.Add((c, (sbyte)e[c]));
        }
        else
            for (int j = 0; j < count; j++, e += EntryBytes)
                run.Add(_wide ? (e[0] | e[1] << 8, (sbyte)e[2]) : (e[0], (sbyte)e[1]));
        GC.KeepAlive(this);
        return (scale, run);
    }

    /// <summary>The features' slots in key order.</summary>
    private List<Slot> Features()
    {
        var list = new List<Slot>(FeatureCount);
        for (long s = 0; s < (long)_buckets * BucketSlots; s++) if (_slots[s].Key != 0) list.Add(_slots[s]);
        list.Sort((a, b) => a.Key.CompareTo(b.Key));
        GC.KeepAlive(this);
        return list;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(ulong key) { uint k = (uint)(key ^ (key >> 32)); return k == 0 ? 1u : k; }

    /// <summary>Home bucket of a folded key: multiply-shift onto [0, buckets) (Lemire), so the count need not be a power of two.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Home(uint k) => (uint)(((ulong)Mix(k) * _buckets) >> 32);

    /// <summary><see cref="Fold"/> and <see cref="Home"/> of eight keys at once (32-bit arithmetic in 64-bit lanes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Homes(ulong* keys, uint* folded, uint* home)
    {
        var low = Vector512.Create(0xFFFF_FFFFUL);
        var key = Vector512.Load(keys);
        var k = (key ^ (key >> 32)) & low;
        k = Vector512.Max(k, Vector512<ulong>.One); // 0 → 1, as Fold does
        Avx512F.ConvertToVector256UInt32(k).Store(folded);
        k ^= k >> 16; k = (k * 0x7FEB352DUL) & low;
        k ^= k >> 15; k = (k * 0x846CA68BUL) & low;
        k ^= k >> 16;
        Avx512F.ConvertToVector256UInt32(Avx512F.Multiply(k.AsUInt32(), Vector512.Create((ulong)_buckets).AsUInt32()) >> 32).Store(home);
    }

    /// <summary><see cref="Homes"/> with AVX2: the keys folded in 64-bit lanes, then mixed eight at a time in 32-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Homes256(ulong* keys, uint* folded, uint* home)
    {
        var a = Vector256.Load(keys);
        var b = Vector256.Load(keys + 4);
        var k = Vector256.Max(Vector256.Narrow(a ^ (a >> 32), b ^ (b >> 32)), Vector256<uint>.One); // 0 → 1, as Fold does
        k.Store(folded);
        k ^= k >> 16; k *= 0x7FEB352Du;
        k ^= k >> 15; k *= 0x846CA68Bu;
        k ^= k >> 16;
        var (low, high) = Vector256.Widen(k);
        var buckets = Vector256.Create((ulong)_buckets).AsUInt32();
        Vector256.Narrow(Avx2.Multiply(low.AsUInt32(), buckets) >> 32, Avx2.Multiply(high.AsUInt32(), buckets) >> 32).Store(home);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint k) { k ^= k >> 16; k *= 0x7FEB352Du; k ^= k >> 15; k *= 0x846CA68Bu; k ^= k >> 16; return k; }

    public const int MaxFeatures = 128;

    /// <summary>
    /// Adds the weights of every known feature to <paramref name="scores"/> (the caller clears it; at least
    /// <see cref="Classes"/> places, <see cref="ScoreLength"/> for speed).
    /// </summary>
    [SkipLocalsInit]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < Classes) throw new ArgumentException($"scores has {scores.Length} places for {Classes} classes", nameof(scores));
        int n = Math.Min(features.Length, MaxFeatures);
        uint* home = stackalloc uint[n];
        uint* folded = stackalloc uint[n];
        sbyte** rows = stackalloc sbyte*[n];
        float* scales = stackalloc float[n];
        byte* scratch = stackalloc byte[n * ScratchRow + 64];
        Slot* slots = _slots;
        byte* data = _data;
        int entry = EntryBytes;
        bool full = scores.Length >= _stride;
        fixed (float* output = scores)
        {
            // 1. every feature's home bucket requested at once, so the misses overlap
            int i0 = 0;
            if (Avx512DQ.IsSupported)
                fixed (ulong* keys = features)
                    for (; i0 + 8 <= n; i0 += 8) Homes(keys + i0, folded + i0, home + i0);
            else if (Avx2.IsSupported)
                fixed (ulong* keys = features)
                    for (; i0 + 8 <= n; i0 += 8) Homes256(keys + i0, folded + i0, home + i0);
            for (int i = i0; i < n; i++)
            {
                uint k = Fold(features[i]);
                folded[i] = k;
                home[i] = Home(k);
            }
            if (Sse.IsSupported)
                for (int i = 0; i < n; i++) Sse.Prefetch0(slots + home[i] * BucketSlots);
            // 2. find each key; request its record (its first and last cache line)
            int found = 0;
            for (int i = 0; i < n; i++)
            {
                uint run = Find(home[i], folded[i]);
                if (run == 0) continue;
                home[found++] = run;
                if (Sse.IsSupported)
                {
                    byte* record = data + (long)(run >> RunBits) * 2;
                    uint count = run & RunMask;
                    int last = 3 + (count == Dense ? _stride : (int)count * entry);
                    Sse.Prefetch0(record);
                    if (last >= 64) Sse.Prefetch0(record + 64);
                    Sse.Prefetch0(record + last);
                }
            }
            // 3. add weight × scale, feature by feature in their order (so every class sums in the same order)
            if (full && entry == 2 && _stride <= ScratchRow && Avx512F.IsSupported) AddAll(output, home, found, rows, scales, scratch);
            else if (full && entry == 2 && _stride <= ScratchRow && Avx2.IsSupported) AddAll256(output, home, found, rows, scales, scratch);
            else
                for (int i = 0; i < found; i++) AddOne(output, home[i], full);
        }
        GC.KeepAlive(this);
        if (features.Length > MaxFeatures) Score(features[MaxFeatures..], scores);
    }

    /// <summary>Bytes of a sparse run spread out as a dense row (one cache-line pair, whole vectors).</summary>
    private const int ScratchRow = 128;

    /// <summary>Spreads each found feature's record into <paramref name="rows"/> and <paramref name="scales"/>: a dense row
    /// as it is stored, a sparse run written out as a dense row in <paramref name="scratch"/> (its other places 0, which
    /// add nothing).</summary>
    private void Spread(uint* runs, int found, sbyte** rows, float* scales, byte* scratch)
    {
        scratch = (byte*)(((nint)scratch + 63) & ~(nint)63);
        for (int i = 0; i < found; i++)
        {
            uint run = runs[i], count = run & RunMask;
            byte* record = _data + (long)(run >> RunBits) * 2;
            scales[i] = Unsafe.ReadUnaligned<float>(record);
            if (count == Dense) { rows[i] = (sbyte*)(record + 4); continue; }
            Vector256<byte>.Zero.Store(scratch);
            Vector256<byte>.Zero.Store(scratch + 32);
            Vector256<byte>.Zero.Store(scratch + 64);
            Vector256<byte>.Zero.Store(scratch + 96);
            for (byte* e = record + 4, end = e + count * 2; e < end; e += 2) scratch[e[0]] = e[1];
            rows[i] = (sbyte*)scratch;
            scratch += ScratchRow;
        }
    }

    /// <summary>
    /// <see cref="AddAll"/> for processors with AVX2 and not AVX-512: the same sums in the same order, four vectors of
    /// eight classes at a time.
    /// </summary>
    private void AddAll256(float* output, uint* runs, int found, sbyte** rows, float* scales, byte* scratch)
    {
        Spread(runs, found, rows, scales, scratch);
        int c = 0;
        for (; c + 32 <= _stride; c += 32)
        {
            Vector256<float> a0 = Vector256.Load(output + c), a1 = Vector256.Load(output + c + 8);
            Vector256<float> a2 = Vector256.Load(output + c + 16), a3 = Vector256.Load(output + c + 24);
            for (int r = 0; r < found; r++)
            {
                var s = Vector256.Create(scales[r]);
                sbyte* w = rows[r] + c;
                a0 += Widen256(w) * s; a1 += Widen256(w + 8) * s; a2 += Widen256(w + 16) * s; a3 += Widen256(w + 24) * s;
            }
            a0.Store(output + c); a1.Store(output + c + 8); a2.Store(output + c + 16); a3.Store(output + c + 24);
        }
        if (c < _stride) // a stride is whole sixteens: one last pair of vectors
        {
            Vector256<float> a0 = Vector256.Load(output + c), a1 = Vector256.Load(output + c + 8);
            for (int r = 0; r < found; r++)
            {
                var s = Vector256.Create(scales[r]);
                sbyte* w = rows[r] + c;
                a0 += Widen256(w) * s; a1 += Widen256(w + 8) * s;
            }
            a0.Store(output + c); a1.Store(output + c + 8);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Widen256(sbyte* w) => Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(w));

    /// <summary>
    /// Adds every found feature's weights: each sparse run is first spread out into a dense row in
    /// <paramref name="scratch"/> (its other places 0, which add nothing), then all rows are summed, in their order,
    /// four vectors of classes at a time in registers instead of loading and storing the scores once per row.
    /// </summary>
    private void AddAll(float* output, uint* runs, int found, sbyte** rows, float* scales, byte* scratch)
    {
        Spread(runs, found, rows, scales, scratch);
        int c = 0;
        for (; c + 64 <= _stride; c += 64)
        {
            Vector512<float> a0 = Vector512.Load(output + c), a1 = Vector512.Load(output + c + 16);
            Vector512<float> a2 = Vector512.Load(output + c + 32), a3 = Vector512.Load(output + c + 48);
            for (int r = 0; r < found; r++)
            {
                var s = Vector512.Create(scales[r]);
                sbyte* w = rows[r] + c;
                a0 += Widen(w) * s; a1 += Widen(w + 16) * s; a2 += Widen(w + 32) * s; a3 += Widen(w + 48) * s;
            }
            a0.Store(output + c); a1.Store(output + c + 16); a2.Store(output + c + 32); a3.Store(output + c + 48);
        }
        if (_stride - c == 48)
        {
            Vector512<float> a0 = Vector512.Load(output + c), a1 = Vector512.Load(output + c + 16), a2 = Vector512.Load(output + c + 32);
            for (int r = 0; r < found; r++)
            {
                var s = Vector512.Create(scales[r]);
                sbyte* w = rows[r] + c;
                a0 += Widen(w) * s; a1 += Widen(w + 16) * s; a2 += Widen(w + 32) * s;
            }
            a0.Store(output + c); a1.Store(output + c + 16); a2.Store(output + c + 32);
        }
        else
            for (; c < _stride; c += 16)
            {
                var a = Vector512.Load(output + c);
                for (int r = 0; r < found; r++) a += Widen(rows[r] + c) * Vector512.Create(scales[r]);
                a.Store(output + c);
            }
    }

    /// <summary>Adds one feature's weights (without AVX-512, or into a buffer shorter than <see cref="ScoreLength"/>).</summary>
    private void AddOne(float* output, uint run, bool full)
    {
        byte* record = _data + (long)(run >> RunBits) * 2;
        uint count = run & RunMask;
        float scale = Unsafe.ReadUnaligned<float>(record);
        sbyte* w = (sbyte*)(record + 4);
        if (count == Dense) AddRow(output, w, scale, full);
        else if (!_wide)
        {
            byte* e = (byte*)w, end = e + count * 2;
            for (; e < end; e += 2) output[e[0]] += (sbyte)e[1] * scale;
        }
        else
        {
            byte* e = (byte*)w, end = e + count * 3;
            for (; e < end; e += 3) output[e[0] | e[1] << 8] += (sbyte)e[2] * scale;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Widen(sbyte* w) => Avx512F.ConvertToVector512Single(Avx512F.ConvertToVector512Int32(Vector128.Load(w)));

    /// <summary>output[c] += w[c] × scale for every class (for every place of the stride when <paramref name="full"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(float* output, sbyte* w, float scale, bool full)
    {
        int c = 0;
        if (full && Avx512F.IsSupported)
        {
            var s = Vector512.Create(scale);
            for (; c < _stride; c += 16)
                Vector512.Store(Vector512.Load(output + c) + Avx512F.ConvertToVector512Single(Avx512F.ConvertToVector512Int32(Vector128.Load(w + c))) * s, output + c);
        }
        else if (Avx2.IsSupported)
        {
            var s = Vector256.Create(scale);
            for (int end = full ? _stride : Classes & ~7; c < end; c += 8)
                Vector256.Store(Vector256.Load(output + c) + Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(w + c)) * s, output + c);
        }
        for (; c < Classes; c++) output[c] += w[c] * scale;
    }
}
