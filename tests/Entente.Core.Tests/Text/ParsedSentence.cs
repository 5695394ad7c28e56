using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>A sentence of our own run through an annotator, with a lookup of its tokens by surface form.</summary>
internal static class ParsedSentence
{
    public static (Doc Doc, Func<string, int> Find) With(SyntaxAnnotator annotator, string text)
    {
        var doc = SentenceSplitter.Default.Split(text);
        Assert.Empty(annotator.Annotate(doc));
        return (doc, Finder(doc, text));
    }

    /// <summary>
    /// A sentence of our own with a parse given by hand, as a parser may write it (so a repair's test does not depend on
    /// which errors the shipped model happens to make): one "UPOS/XPOS/head/relation" per token, the head numbered from 1
    /// as in CoNLL-U (0: the root).
    /// </summary>
    public static (Doc Doc, Func<string, int> Find) Given(string text, string parse)
    {
        var doc = SentenceSplitter.Default.Split(text);
        var rows = parse.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(doc.TokenCount, rows.Length);
        for (int i = 0; i < rows.Length; i++)
        {
            var f = rows[i].Split('/');
            int head = int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture) - 1;
            doc.SetSyntax(i, Enum.Parse<Upos>(f[0]), f[1], doc.Surface(i).ToString().ToLowerInvariant(), MorphFeats.None, head, f[3]);
        }
        return (doc, Finder(doc, text));
    }

    private static Func<string, int> Finder(Doc doc, string text) => surface =>
    {
        for (int i = 0; i < doc.TokenCount; i++) if (doc.Surface(i).SequenceEqual(surface)) return i;
        throw new InvalidOperationException($"no token '{surface}' in: {text}");
    };

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
