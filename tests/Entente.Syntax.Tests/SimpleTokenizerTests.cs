namespace Entente.Syntax.Tests;

/// <summary>The tests' tokenizer splits as UD English does, or the arc fixtures would name words it cannot find.</summary>
public class SimpleTokenizerTests
{
    [Theory]
    [InlineData("Russia delivered two submarines to Algeria last year.", "Russia|delivered|two|submarines|to|Algeria|last|year|.")]
    [InlineData("Sergei Lavrov, Russia's foreign minister, arrived.", "Sergei|Lavrov|,|Russia|'s|foreign|minister|,|arrived|.")]
    [InlineData("\"We are ready for talks,\" Araghchi said.", "\"|We|are|ready|for|talks|,|\"|Araghchi|said|.")]
    [InlineData("Officials didn't say.", "Officials|did|n't|say|.")]
    [InlineData("The U.S. objected.", "The|U.S.|objected|.")]
    [InlineData("Why?!", "Why|?|!")]
    public void Tokenize_SplitsAsUd_NewsSentence(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), SimpleTokenizer.Tokenize(text));
    }
}
