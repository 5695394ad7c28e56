namespace Entente.Core.Text;

/// <summary>
/// Splits text into tokens in one pass, keeping offsets into the original string. Words keep internal hyphens
/// ("Fateh-110", "Su-35", "long-anticipated") and dotted abbreviations ("U.S.", "Forbes.ua"); a possessive
/// "'s" is its own token; numbers keep their separators ("1,000", "3.5"). Reads: text. Writes: tokens and keys.
/// </summary>
public sealed class Tokenizer
{
    public static readonly Tokenizer Default = new();

    public (Token[] Tokens, int Count, char[] Keys) Tokenize(string text)
    {
        var tokens = new Token[Math.Max(16, text.Length / 5)];
        var keys = new char[text.Length + 16];
        int count = 0, keyLen = 0, i = 0, n = text.Length;
        int newlines = 0;
        bool blankLine = false;
        bool sawNonSpaceOnLine = true;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    if (!sawNonSpaceOnLine && newlines > 0) blankLine = true;
                    newlines++;
                    sawNonSpaceOnLine = false;
                }
                i++;
                continue;
            }
            sawNonSpaceOnLine = true;
            int start = i;
            TokenKind kind;
            if (KeyNormalizer.IsLetter(c))
            {
                kind = TokenKind.Word;
                i = ScanWord(text, i);
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, out bool becameWord);
                kind = becameWord ? TokenKind.Word : TokenKind.Number;
            }
            else if (KeyNormalizer.IsApostrophe(c) && i + 1 < n && (text[i + 1] is 's' or 'S') && (i + 2 >= n || !KeyNormalizer.IsLetter(text[i + 2])) && count > 0 && tokens[count - 1].End == i)
            {
                kind = TokenKind.Word; // possessive 's
                i += 2;
            }
            else
            {
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                i++;
                if (c == '.' && i + 1 < n && text[i] == '.' && text[i + 1] == '.') i += 2; // ellipsis
            }
            var shape = ShapeOf(text, start, i);
            if (newlines > 0) shape |= TokenShape.LineStart;
            if (blankLine || count == 0) shape |= TokenShape.ParagraphStart | TokenShape.LineStart;
            newlines = 0; blankLine = false;

            if (keyLen + (i - start) > keys.Length) Array.Resize(ref keys, Math.Max(keys.Length * 2, keyLen + (i - start)));
            int keyStart = keyLen;
            for (int k = start; k < i; k++) keys[keyLen++] = KeyNormalizer.Fold(text[k]);
            if (count == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
            tokens[count++] = new Token(start, i - start, keyStart, keyLen - keyStart, kind, shape);
        }
        return (tokens, count, keys);
    }

    private static int ScanWord(string text, int i)
    {
        int n = text.Length;
        int start = i;
        while (i < n)
        {
            char c = text[i];
            if (KeyNormalizer.IsLetter(c) || char.IsDigit(c)) { i++; continue; }
            if (i + 1 < n && KeyNormalizer.IsHyphen(c) && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
            if (c == '.' && i + 1 < n && char.IsLetter(text[i + 1]) && i > start && IsDottedContinuation(text, start, i)) { i++; continue; }
            if (KeyNormalizer.IsApostrophe(c) && i + 1 < n && KeyNormalizer.IsLetter(text[i + 1]))
            {
                // keep o'clock, Côte d'Ivoire, Ma'ariv; split the possessive 's
                bool possessive = (text[i + 1] is 's' or 'S') && (i + 2 >= n || !KeyNormalizer.IsLetter(text[i + 2]));
                if (possessive) break;
                i++; continue;
            }
            break;
        }
        // dotted abbreviation: U.S. / U.K. / e.g. keeps its final dot
        if (i < n && text[i] == '.' && i - start >= 3 && text[i - 2] == '.' && char.IsLetter(text[i - 1]))
            i++;
        return i;
    }

    /// <summary>"U.S" (single letters between dots) or "Forbes.ua" (a short lower-case domain suffix).</summary>
    private static bool IsDottedContinuation(string text, int start, int dot)
    {
        int n = text.Length;
        bool singleLetterBefore = dot - start == 1 || text[dot - 2] == '.';
        if (singleLetterBefore && dot + 2 < n && char.IsLetter(text[dot + 1]) && text[dot + 2] == '.') return true;
        int j = dot + 1, k = j;
        while (k < n && char.IsLower(text[k])) k++;
        return k - j is >= 2 and <= 4 && (k >= n || !char.IsLetterOrDigit(text[k]));
    }

    private static int ScanNumber(string text, int i, out bool becameWord)
    {
        int n = text.Length;
        becameWord = false;
        while (i < n)
        {
            char c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            if ((c == ',' || c == '.' || c == '/' || c == ':') && i + 1 < n && char.IsDigit(text[i + 1])) { i++; continue; }
            if (KeyNormalizer.IsHyphen(c) && i + 1 < n && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
            if (char.IsLetter(c)) { becameWord = true; i++; continue; } // 17th, 1990s, 20-year
            break;
        }
        return i;
    }

    private static TokenShape ShapeOf(string text, int start, int end)
    {
        var shape = TokenShape.None;
        if (char.IsUpper(text[start])) shape |= TokenShape.Capitalized;
        int letters = 0, upper = 0;
        for (int k = start; k < end; k++)
        {
            char c = text[k];
            if (char.IsDigit(c)) shape |= TokenShape.HasDigit;
            else if (char.IsLetter(c)) { letters++; if (char.IsUpper(c)) upper++; }
        }
        if (letters >= 2 && upper == letters) shape |= TokenShape.AllCaps;
        return shape;
    }
}
