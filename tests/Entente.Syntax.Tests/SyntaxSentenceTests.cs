namespace Entente.Syntax.Tests;

public class SyntaxSentenceTests
{
    [Fact]
    public void Add_KeepsEveryForm_GrowingPastInitialBuffers()
    {
        var s = new SyntaxSentence();
        var forms = Enumerable.Range(0, 1000).Select(i => new string((char)('a' + i % 26), 1 + i % 7)).ToList();

        s.AddRange(forms);

        Assert.Equal(1000, s.Count);
        Assert.All(Enumerable.Range(0, 1000), i => Assert.Equal(forms[i], s.FormString(i)));
        Assert.True(s.Tag.Length >= 1000 && s.Head.Length >= 1000 && s.Relation.Length >= 1000 && s.Lemma.Length >= 1000);
    }

    [Fact]
    public void Clear_StartsAgain_ReusedSentence()
    {
        var s = new SyntaxSentence();
        s.AddRange(["one", "two", "three"]);
        s.Clear();
        s.Add("four");

        Assert.Equal(1, s.Count);
        Assert.Equal("four", s.FormString(0));
        Assert.False(s.Parsed);
    }

    [Fact]
    public void Add_KeepsFormExactly_EmptyAndHugeForms()
    {
        var s = new SyntaxSentence();
        var huge = new string('x', 10_000);
        s.AddRange(["", huge, "é\u200Dz"]);

        Assert.Equal("", s.FormString(0));
        Assert.Equal(huge, s.FormString(1));
        Assert.Equal("é\u200Dz", s.FormString(2));
    }
}
