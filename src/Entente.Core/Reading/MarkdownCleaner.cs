namespace Entente.Core.Reading;

/// <summary>
/// Blanks Markdown markup with spaces so that the text keeps its length and every offset still points at the
/// same character: heading marks (<c>#</c> at line start), blockquote marks, emphasis (<c>*</c>, <c>_</c> at word edges),
/// backticks, and the link syntax of <c>[text](url)</c> / <c>![alt](url)</c> (the text stays, brackets and URL become spaces).
/// Line breaks are never touched.
/// </summary>
public static class MarkdownCleaner
{
    public static string Clean(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (markdown.Length == 0)
            return markdown;
        var chars = markdown.ToCharArray();
        Clean(chars);
        return new string(chars);
    }

    /// <summary>Cleans in place; the length never changes.</summary>
    public static void Clean(Span<char> c)
    {
        bool lineStart = true;
        for (int i = 0; i < c.Length; i++)
        {
            char ch = c[i];
            if (ch is '\n' or '\r')
            {
                lineStart = true;
                continue;
            }
            if (lineStart)
            {
                if (ch is ' ' or '\t')
                    continue;
                lineStart = false;
                i = BlankLinePrefix(c, i);
                if (i >= c.Length || c[i] is '\n' or '\r')
                {
                    i--;
                    continue;
                }
                ch = c[i];
            }
            switch (ch)
            {
                case '*' or '`' or '~' when IsRun(c, i, ch):
                    c[i] = ' ';
                    break;
                case '_' when !(IsWordChar(c, i - 1) && IsWordChar(c, i + 1)):
                    c[i] = ' ';
                    break;
                case '!' when i + 1 < c.Length && c[i + 1] == '[':
                    if (TryBlankLink(c, i + 1))
                        c[i] = ' ';
                    break;
                case '[':
                    TryBlankLink(c, i);
                    break;
            }
        }
    }

    /// <summary>Blanks '#'/'>' markers at the start of a line; returns the index of the first content character.</summary>
    private static int BlankLinePrefix(Span<char> c, int i)
    {
        while (i < c.Length && c[i] == '>')
        {
            c[i++] = ' ';
            while (i < c.Length && c[i] is ' ' or '\t') i++;
        }
        int hashes = 0;
        while (i + hashes < c.Length && c[i + hashes] == '#') hashes++;
        if (hashes is > 0 and <= 6 && (i + hashes == c.Length || c[i + hashes] is ' ' or '\t' or '\r' or '\n'))
        {
            for (int k = 0; k < hashes; k++) c[i + k] = ' ';
            i += hashes;
            // closing hashes of "## Title ##" are left: rare and harmless.
        }
        return i;
    }

    /// <summary>'~' only counts as markup in runs ("~~strike~~"); '*' and '`' always.</summary>
    private static bool IsRun(Span<char> c, int i, char ch)
        => ch != '~' || (i + 1 < c.Length && c[i + 1] == '~') || (i > 0 && c[i - 1] == '~');

    private static bool IsWordChar(Span<char> c, int i)
        => i >= 0 && i < c.Length && char.IsLetterOrDigit(c[i]);

    /// <summary>At '[': if "[text](url)" follows on the same line, blanks '[' and "](url)" and returns true.</summary>
    private static bool TryBlankLink(Span<char> c, int open)
    {
        int close = -1;
        for (int j = open + 1; j < c.Length; j++)
        {
            char ch = c[j];
            if (ch is '\n' or '\r' or '[') return false;
            if (ch == ']') { close = j; break; }
        }
        if (close < 0 || close + 1 >= c.Length || c[close + 1] != '(')
            return false;
        int end = -1;
        for (int j = close + 2; j < c.Length; j++)
        {
            char ch = c[j];
            if (ch is '\n' or '\r' or '(') return false;
            if (ch == ')') { end = j; break; }
        }
        if (end < 0)
            return false;
        c[open] = ' ';
        for (int j = close; j <= end; j++) c[j] = ' ';
        return true;
    }
}
