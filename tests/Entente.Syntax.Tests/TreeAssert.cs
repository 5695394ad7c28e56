namespace Entente.Syntax.Tests;

/// <summary>Checks that the parse in a <see cref="SyntaxSentence"/> is a well-formed dependency tree.</summary>
public static class TreeAssert
{
    /// <summary>Every head is −1 or another word of the sentence, exactly one word is the root, and no cycle.</summary>
    public static void IsTree(SyntaxSentence s, SyntaxModel model, string what)
    {
        Assert.True(s.Parsed, $"{what}: not parsed");
        int n = s.Count, roots = 0;
        for (int i = 0; i < n; i++)
        {
            int h = s.Head[i];
            Assert.True(h == -1 || (h >= 0 && h < n && h != i), $"{what}: word {i} has head {h} (sentence of {n} words)");
            Assert.True(s.Relation[i] >= 0 && s.Relation[i] < model.Relations.Count, $"{what}: word {i} has relation id {s.Relation[i]}");
            if (h == -1)
            {
                roots++;
                Assert.Equal("root", model.Relations[s.Relation[i]]);
            }
            else Assert.NotEqual("root", model.Relations[s.Relation[i]]);
        }
        Assert.True(roots == 1, $"{what}: {roots} roots");
        for (int i = 0; i < n; i++)
        {
            int a = i, steps = 0;
            while (a >= 0 && steps++ <= n) a = s.Head[a];
            Assert.True(a == -1, $"{what}: word {i} is on a cycle");
        }
    }
}
