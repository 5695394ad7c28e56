using System.Runtime.CompilerServices;

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
