using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Tests.Knowledge;

public class PhraseTrieTests
{
    [Fact]
    public void PhraseTrie_MatchesLongestPhrase_WhenPrefixesOverlap()
    {
        var b = new PhraseTrie<string>.Builder();
        b.Add("Iran", "IRN");
        b.Add("Islamic Republic of Iran", "IRN-long");
        b.Add("Islamic Republic", "IRN-epithet");
        var trie = b.Build();
        var t = SentenceSplitter.Default.Split("The Islamic Republic of Iran said.");
        int len = trie.MatchLongest(t, 1, t.TokenCount, out var values);
        Assert.Equal(4, len);
        Assert.Equal("IRN-long", Assert.Single(values));
    }

    [Fact]
    public void PhraseTrie_MatchesFoldedKeys_WhenTextHasCurlyApostrophesAndAccents()
    {
        var b = new PhraseTrie<string>.Builder();
        b.Add("Cote d'Ivoire", "CIV");
        var trie = b.Build();
        var t = SentenceSplitter.Default.Split("Côte d’Ivoire voted.");
        Assert.Equal(2, trie.MatchLongest(t, 0, t.TokenCount, out var v));
        Assert.Equal("CIV", v[0]);
    }

    [Theory]
    [InlineData("n't", "Russia didn’t send drones.", 2, 1)]
    [InlineData("won't", "Russia WON'T send drones.", 1, 2)]
    [InlineData("'ll", "Moscow says it’ll send drones.", 3, 1)]
    [InlineData("did not", "Russia did not send drones.", 1, 2)]
    public void PhraseTrie_MatchesContractions_WhenPhraseAndTextAreSplitAlike(string phrase, string text, int start, int length)
    {
        var b = new PhraseTrie<string>.Builder();
        b.Add(phrase, "cue");
        var trie = b.Build();
        var t = SentenceSplitter.Default.Split(text);
        Assert.Equal(length, trie.MatchLongest(t, start, t.TokenCount, out _));
    }

    [Fact]
    public void PhraseTrie_ReturnsZero_WhenOnlyAPrefixMatches()
    {
        var b = new PhraseTrie<string>.Builder();
        b.Add("Eurasian Economic Union", "EAEU");
        var trie = b.Build();
        var t = SentenceSplitter.Default.Split("Eurasian Economic ties grew.");
        Assert.Equal(0, trie.MatchLongest(t, 0, t.TokenCount, out var v));
        Assert.True(v.IsEmpty);
    }

    [Fact]
    public void PhraseTrie_MatchesWordNoTrieHadBefore_WhenBuiltAfterTheDocumentWasRead()
    {
        // The document remembers that a token's key was in no trie; a trie built later with that key must still match it.
        var word = "zorblatt" + Guid.NewGuid().ToString("N")[..8];
        var first = new PhraseTrie<string>.Builder();
        first.Add("Iran", "IRN");
        var t = SentenceSplitter.Default.Split($"The {word} council met Iran.");
        Assert.Equal(0, first.Build().MatchLongest(t, 1, t.TokenCount, out _));
        var later = new PhraseTrie<string>.Builder();
        later.Add($"{word} council", "ZRB");
        int len = later.Build().MatchLongest(t, 1, t.TokenCount, out var values);
        Assert.Equal(2, len);
        Assert.Equal("ZRB", Assert.Single(values));
    }
}
