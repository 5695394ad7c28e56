using Entente.Core.Events;
using Entente.Core.Text;

namespace Entente.Core.Tests.Events;

/// <summary>The filter of a trigger's later words: never "no" for a word a token of the window has as form, form
/// without -s or lemma; "no" for words far from all of them.</summary>
public class TriggerWindowTests
{
    private static Doc Split(string text) => SentenceSplitter.Default.Split(text);

    [Theory]
    [InlineData("troops")]
    [InlineData("troop")]     // the form without its plural -s
    [InlineData("TROOPS")]    // lemmas compare without case
    [InlineData("to")]
    [InlineData("ukraine")]
    public void MayContain_IsTrue_WordInWindow(string word)
    {
        var doc = Split("Sweden sent troops to Ukraine on Monday.");
        var window = TriggerWindow.Of(doc, 2, doc.TokenCount);
        Assert.True(window.MayContain(word));
    }

    [Fact]
    public void MayContain_IsFalseForMostWords_WordsNotInWindow()
    {
        var doc = Split("Sweden sent troops to Ukraine on Monday.");
        var window = TriggerWindow.Of(doc, 2, doc.TokenCount);
        string[] absent = ["aid", "food", "envoy", "delegation", "weapons", "missiles", "condolences", "message", "letter", "warning"];
        // a Bloom filter may say yes by chance; with eight forms in 256 bits, nearly never for ten words
        Assert.True(absent.Count(w => !window.MayContain(w)) >= 8);
        Assert.False(window.MayContain("Sweden")); // before the window
    }

    [Fact]
    public void MayContain_IsAlwaysTrue_NonAsciiForm()
    {
        var doc = Split("Paris sent Сергей to Киев.");
        var window = TriggerWindow.Of(doc, 2, doc.TokenCount);
        Assert.True(window.MayContain("anything"));
    }
}
