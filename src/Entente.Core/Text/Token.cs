namespace Entente.Core.Text;

public enum TokenKind : byte { Word, Number, Punctuation, Symbol }

[Flags]
public enum TokenShape : byte
{
    None = 0,
    /// <summary>First letter upper case ("Iran").</summary>
    Capitalized = 1,
    /// <summary>Every letter upper case and at least two letters ("NATO", "U.S.").</summary>
    AllCaps = 2,
    /// <summary>Contains a digit ("Su-35", "2023").</summary>
    HasDigit = 4,
    /// <summary>Preceded by a line break (start of a line).</summary>
    LineStart = 8,
    /// <summary>Preceded by a blank line (start of a paragraph).</summary>
    ParagraphStart = 16,
}

/// <summary>
/// A token: a slice of the original text (<see cref="Start"/>, <see cref="Length"/>) and of the document's
/// normalised-key buffer (lower case, folded quotes, dashes and diacritics) used for dictionary look-ups.
/// A value type: tokenising allocates one array per document, nothing per token.
/// </summary>
public readonly record struct Token(int Start, int Length, int KeyStart, int KeyLength, TokenKind Kind, TokenShape Shape)
{
    public int End => Start + Length;
    public bool IsWord => Kind == TokenKind.Word;
}
