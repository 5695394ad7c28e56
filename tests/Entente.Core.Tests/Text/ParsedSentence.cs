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
}
