namespace Entente.Core.Text;

/// <summary>A sentence: a token range and the character range it covers in the document text.</summary>
/// <param name="Index">0-based sentence number in the document.</param>
/// <param name="IsHeading">A line with no sentence punctuation (title, heading, byline, "Publication: …").</param>
/// <param name="Paragraph">0-based paragraph number (blank-line separated blocks; bullets count as paragraphs).</param>
public sealed record Sentence(int Index, int FirstToken, int TokenCount, int Start, int End, bool IsHeading, int Paragraph)
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>The tokens and sentences of one document, plus the normalised-key buffer the tokens point into.</summary>
public sealed class TokenizedText
{
    public string Text { get; }
    public Token[] Tokens { get; }
    public int TokenCount { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    private readonly char[] _keys;

    internal TokenizedText(string text, Token[] tokens, int count, char[] keys, IReadOnlyList<Sentence> sentences)
    {
        Text = text; Tokens = tokens; TokenCount = count; _keys = keys; Sentences = sentences;
    }

    public ReadOnlySpan<char> Key(int token) { var t = Tokens[token]; return _keys.AsSpan(t.KeyStart, t.KeyLength); }
    public ReadOnlySpan<char> Surface(int token) { var t = Tokens[token]; return Text.AsSpan(t.Start, t.Length); }
    public string SurfaceString(int first, int endExclusive)
        => first >= endExclusive ? "" : Text[Tokens[first].Start..Tokens[endExclusive - 1].End];
    public bool KeyIs(int token, string key) => token >= 0 && token < TokenCount && Key(token).SequenceEqual(key);
}
