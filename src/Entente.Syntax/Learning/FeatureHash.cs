using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entente.Syntax.Learning;

/// <summary>
/// 64-bit hashing of feature parts: words are hashed once per token (lower-cased, char by char, no string made),
/// and a feature key is a template number mixed with up to three part hashes. Stable across runs and machines
/// (the model file stores keys, so it must not depend on <see cref="string.GetHashCode()"/>).
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of a lower-cased span (FNV-1a over UTF-16 units, then mixed).</summary>
    public static ulong Lower(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) { h ^= char.ToLowerInvariant(c); h *= Prime; }
        return Finish(h);
    }

    /// <summary>Hash of a span as it is (case kept).</summary>
    public static ulong Exact(ReadOnlySpan<char> s)
    {
        ulong h = Offset ^ 0x9E3779B97F4A7C15UL;
        foreach (char c in s) { h ^= c; h *= Prime; }
        return Finish(h);
    }

    /// <summary>Hash of the last <paramref name="n"/> characters (lower-cased), or of the whole when shorter; tagged by n.</summary>
    public static ulong Suffix(ReadOnlySpan<char> s, int n) => Lower(s.Length <= n ? s : s[^n..]) ^ ((ulong)n * 0xA24BAED4963EE407UL);

    /// <summary>Hash of the first <paramref name="n"/> characters (lower-cased); tagged by n.</summary>
    public static ulong Prefix(ReadOnlySpan<char> s, int n) => Lower(s.Length <= n ? s : s[..n]) ^ ((ulong)n * 0x9FB21C651E98DF25UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong h)
    {
        h ^= h >> 33; h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33; h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a) => Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b) => Finish(Key(template, a) + b * 0xC2B2AE3D27D4EB4FUL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c) => Finish(Key(template, a, b) + c * 0x165667B19E3779F9UL);
}

/// <summary>
/// Feature keys collected as their parts and hashed together at the end, eight at a time with AVX-512 where the
/// machine has it: the same keys as <see cref="FeatureHash.Key(int, ulong, ulong, ulong)"/> and its shorter forms,
/// in the order they were added.
/// </summary>
public ref struct KeyBatch
{
    private readonly Span<ulong> _keys, _second, _third;
    private readonly Span<byte> _parts;
    public int Count { get; private set; }

    /// <param name="keys">Receives the keys.</param>
    /// <param name="second">Scratch, as long as <paramref name="keys"/>.</param>
    /// <param name="third">Scratch, as long as <paramref name="keys"/>.</param>
    /// <param name="parts">Scratch, as long as <paramref name="keys"/>.</param>
    public KeyBatch(Span<ulong> keys, Span<ulong> second, Span<ulong> third, Span<byte> parts)
    {
        _keys = keys; _second = second; _third = third; _parts = parts;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Seed(int template, ulong a) => ((ulong)template * 0x9E3779B97F4A7C15UL) ^ a;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int template, ulong a) { _keys[Count] = Seed(template, a); _parts[Count++] = 1; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int template, ulong a, ulong b) { _keys[Count] = Seed(template, a); _second[Count] = b; _parts[Count++] = 2; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int template, ulong a, ulong b, ulong c)
    {
        _keys[Count] = Seed(template, a); _second[Count] = b; _third[Count] = c; _parts[Count++] = 3;
    }

    /// <summary>Hashes what was added into the keys; returns their count.</summary>
    public readonly int Finish()
    {
        int i = 0;
        if (Avx512DQ.IsSupported)
        {
            var two = Vector512.Create(2UL);
            var three = Vector512.Create(3UL);
            for (; i + 8 <= Count; i += 8)
            {
                var parts = Avx512F.ConvertToVector512UInt64(Vector128.Create(BitConverter.ToUInt64(_parts[i..])).AsByte());
                var h = Mix(Vector512.Create(_keys[i..]));
                h = Vector512.ConditionalSelect(Vector512.GreaterThanOrEqual(parts, two), Mix(h + Vector512.Create(_second[i..]) * 0xC2B2AE3D27D4EB4FUL), h);
                h = Vector512.ConditionalSelect(Vector512.Equals(parts, three), Mix(h + Vector512.Create(_third[i..]) * 0x165667B19E3779F9UL), h);
                h.CopyTo(_keys[i..]);
            }
        }
        else if (Avx2.IsSupported)
        {
            var two = Vector256.Create(2UL);
            var three = Vector256.Create(3UL);
            for (; i + 4 <= Count; i += 4)
            {
                var parts = Avx2.ConvertToVector256Int64(Vector128.CreateScalar(BitConverter.ToUInt32(_parts[i..])).AsByte()).AsUInt64();
                var h = Mix(Vector256.Create(_keys[i..]));
                h = Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(parts, two), Mix(h + Vector256.Create(_second[i..]) * 0xC2B2AE3D27D4EB4FUL), h);
                h = Vector256.ConditionalSelect(Vector256.Equals(parts, three), Mix(h + Vector256.Create(_third[i..]) * 0x165667B19E3779F9UL), h);
                h.CopyTo(_keys[i..]);
            }
        }
        for (; i < Count; i++)
        {
            ulong h = FeatureHash.Finish(_keys[i]);
            if (_parts[i] >= 2) h = FeatureHash.Finish(h + _second[i] * 0xC2B2AE3D27D4EB4FUL);
            if (_parts[i] == 3) h = FeatureHash.Finish(h + _third[i] * 0x165667B19E3779F9UL);
            _keys[i] = h;
        }
        return Count;
    }

    /// <summary><see cref="FeatureHash.Finish"/> in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Mix(Vector256<ulong> h)
    {
        h ^= h >> 33; h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33; h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    /// <summary><see cref="FeatureHash.Finish"/> in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Mix(Vector512<ulong> h)
    {
        h ^= h >> 33; h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33; h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
