using Entente.Syntax.Learning;

namespace Entente.Syntax.Tests.Learning;

/// <summary>
/// Model files store feature hashes, so the hashes must never change between runs, machines or releases: these
/// pinned values fail if anyone changes the function (then every shipped model must be retrained).
/// </summary>
public class FeatureHashTests
{
    [Theory]
    [InlineData("Russia")]
    [InlineData("RUSSIA")]
    [InlineData("russia")]
    public void Lower_IgnoresCase_AnyCasing(string form)
    {
        Assert.Equal(FeatureHash.Lower("russia"), FeatureHash.Lower(form));
        Assert.Equal(PinnedLowerRussia, FeatureHash.Lower(form));
    }

    [Fact]
    public void Exact_KeepsCase_DifferentCasing()
    {
        Assert.NotEqual(FeatureHash.Exact("Russia"), FeatureHash.Exact("russia"));
        Assert.NotEqual(FeatureHash.Exact("russia"), FeatureHash.Lower("russia"));
        Assert.Equal(PinnedExactRussia, FeatureHash.Exact("Russia"));
    }

    [Fact]
    public void Suffix_DependsOnLength_ShortAndLongWords()
    {
        Assert.Equal(FeatureHash.Suffix("countries", 3), FeatureHash.Suffix("libraries", 3));
        Assert.NotEqual(FeatureHash.Suffix("countries", 3), FeatureHash.Suffix("countries", 4));
        // a word shorter than n is hashed whole, still tagged by n
        Assert.NotEqual(FeatureHash.Suffix("at", 3), FeatureHash.Suffix("at", 4));
        Assert.Equal(FeatureHash.Prefix("Transfer", 3), FeatureHash.Prefix("tragedy", 3));
    }

    [Fact]
    public void Key_IsPinned_TemplatesAndParts()
    {
        Assert.Equal(PinnedKey1, FeatureHash.Key(1, 0));
        Assert.Equal(PinnedKey3, FeatureHash.Key(7, 11, 13, 17));
        Assert.NotEqual(FeatureHash.Key(1, 5, 6), FeatureHash.Key(1, 6, 5));
        Assert.NotEqual(FeatureHash.Key(1, 5), FeatureHash.Key(2, 5));
    }

    [Fact]
    public void Finish_SameKeysAsKey_BatchOfMixedParts()
    {
        var rng = new Random(4);
        const int count = 43; // five batches of eight and a tail of three
        var expected = new ulong[count];
        Span<ulong> keys = stackalloc ulong[count], second = stackalloc ulong[count], third = stackalloc ulong[count];
        Span<byte> parts = stackalloc byte[count];
        var batch = new KeyBatch(keys, second, third, parts);
        for (int i = 0; i < count; i++)
        {
            int template = rng.Next(1, 120);
            ulong a = (ulong)rng.NextInt64(), b = (ulong)rng.NextInt64(), c = (ulong)rng.NextInt64();
            switch (i % 3)
            {
                case 0: batch.Add(template, a); expected[i] = FeatureHash.Key(template, a); break;
                case 1: batch.Add(template, a, b); expected[i] = FeatureHash.Key(template, a, b); break;
                default: batch.Add(template, a, b, c); expected[i] = FeatureHash.Key(template, a, b, c); break;
            }
        }

        Assert.Equal(count, batch.Finish());
        Assert.Equal(expected, keys.ToArray());
    }

    // computed independently (a Python transcription of FNV-1a over UTF-16 units + the murmur3 finaliser)
    private const ulong PinnedLowerRussia = 10296932680976256640UL, PinnedExactRussia = 17572261605020303764UL;
    private const ulong PinnedKey1 = 11286133854226296554UL, PinnedKey3 = 9270415463422159222UL;
}
