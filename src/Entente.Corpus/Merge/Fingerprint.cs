using System.Numerics;

namespace Entente.Corpus.Merge;

/// <summary>
/// 64-bit SimHash over word shingles (pairs of lower-cased words) of a sentence: two sentences that differ in a word or two
/// (wire copy republished with a changed attribution, a number written differently) are a few bits apart; unrelated
/// sentences are about 32 bits apart. Stable across processes and machines (FNV-1a, no randomised string hashing).
/// </summary>
public static class Fingerprint
{
    /// <summary>Sentences at most this many bits apart are near-duplicates.</summary>
    public const int NearDuplicateBits = 6;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        Span<int> weights = stackalloc int[64];
        ulong previous = 0;
        bool havePrevious = false;
        int features = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= text.Length) break;
            ulong h = 14695981039346656037UL;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '-'))
            {
                h ^= char.ToLowerInvariant(text[i]);
                h *= 1099511628211UL;
                i++;
            }
            if (havePrevious)
            {
                Add(weights, Mix(previous * 31 + h));
                features++;
            }
            previous = h;
            havePrevious = true;
        }
        if (features == 0 && havePrevious) Add(weights, Mix(previous));
        ulong result = 0;
        for (int b = 0; b < 64; b++)
            if (weights[b] > 0) result |= 1UL << b;
        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    public static bool NearDuplicate(ulong a, ulong b) => Distance(a, b) <= NearDuplicateBits;

    private static void Add(Span<int> weights, ulong h)
    {
        for (int b = 0; b < 64; b++)
            weights[b] += ((h >> b) & 1) != 0 ? 1 : -1;
    }

    // SplitMix64 finaliser: spreads the FNV hash over all 64 bits
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
