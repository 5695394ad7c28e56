using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>A sentence of our own run through an annotator, with a lookup of its tokens by surface form.</summary>
internal static class ParsedSentence
{
    public static (Doc Doc, Func<string, int> Find) With(SyntaxAnnotator annotator, string text)
    {
        var doc = SentenceSplitter.Default.Split(text);
        Assert.Empty(annotator.Annotate(doc));
        return (doc, surface =>
        {
            for (int i = 0; i < doc.TokenCount; i++) if (doc.Surface(i).SequenceEqual(surface)) return i;
            throw new InvalidOperationException($"no token '{surface}' in: {text}");
        });
    }

    /// <summary>Asserts that <paramref name="dependent"/> hangs on <paramref name="head"/> (−1: the root) with <paramref name="relation"/>.</summary>
    public static void AssertArc(Doc doc, int dependent, int head, string relation)
    {
        Assert.Equal(head, doc.Head(dependent));
        Assert.Equal(relation, doc.Tokens[dependent].Deprel);
    }

    /// <summary>Asserts that <paramref name="annotator"/> gives every word of <paramref name="text"/> the head and relation the
    /// model alone gives it: a repair that must leave a sentence as it is.</summary>
    public static void AssertSameParse(SyntaxAnnotator annotator, string text)
    {
        var (plain, _) = With(new SyntaxAnnotator(TestData.Knowledge.Syntax), text);
        var (doc, _) = With(annotator, text);
        for (int i = 0; i < doc.TokenCount; i++)
        {
            Assert.Equal(plain.Head(i), doc.Head(i));
            Assert.Equal(plain.Tokens[i].Deprel, doc.Tokens[i].Deprel);
        }
    }
}
