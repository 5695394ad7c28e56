namespace Entente.Core.Reading;

/// <summary>
/// A linear pre-scan of HTML before AngleSharp builds the tree: counts the start tags and the depth of elements left
/// open, so that a page whose tree would cost far more than its size (AngleSharp's tree builder is quadratic on many
/// unclosed formatting elements, and the text extraction recurses once per level) is refused with a clear error
/// instead of keeping a core busy for minutes. The depth is an estimate from the tags alone: void elements, self-closed
/// tags and elements whose end tag HTML lets authors omit (p, li, td, …) do not nest; an end tag closes one level.
/// </summary>
public static class HtmlPreScan
{
    /// <summary>The most start tags a page may have (a long article page has a few thousand).</summary>
    public const int MaxElements = 250_000;

    /// <summary>The deepest nesting a page may have (browsers cap the DOM depth at about 512 too; articles rarely pass 60).</summary>
    public const int MaxDepth = 512;

    /// <summary>What makes <paramref name="html"/> too large a tree to build (for a ReadError), or null when it is within the limits.</summary>
    public static string? Problem(ReadOnlySpan<char> html)
    {
        int elements = 0, depth = 0, deepest = 0;
        for (int i = Next(html, 0); i >= 0 && i < html.Length - 1; i = Next(html, i + 1))
        {
            char c = html[i + 1];
            if (c == '/') { if (depth > 0) depth--; continue; }
            if (!char.IsAsciiLetter(c)) continue;
            elements++;
            int nameEnd = i + 1;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            var name = html[(i + 1)..nameEnd];
            int next = Next(html, nameEnd);
            var attributes = html[nameEnd..(next < 0 ? html.Length : next)];
            int close = attributes.IndexOf('>');
            if (IsRawText(name))
            {
                // a script's or style's text is not markup ("i<n" in a loop): skip to its end tag
                int end = html[nameEnd..].IndexOf(string.Concat("</", name), StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i = nameEnd + end;
                continue;
            }
            bool selfClosed = close > 0 && attributes[close - 1] == '/';
            if (!selfClosed && !IsNonNesting(name) && ++depth > deepest) deepest = depth;
            if (elements > MaxElements)
                return $"the page has more than {MaxElements:N0} elements: not parsed";
            if (deepest > MaxDepth)
                return $"the page nests elements more than {MaxDepth} deep (character {i}): not parsed";
        }
        return null;
    }

    /// <summary>The <see cref="ReadError"/> for a page over the limits, or null.</summary>
    public static ReadError? Check(string path, ReadOnlySpan<char> html) => Problem(html) is { } problem
        ? new ReadError(path, null, problem, "this is not a news page that can be read in bounded time; save the article's own page, or its text as .txt")
        : null;

    private static bool IsNonNesting(ReadOnlySpan<char> name)
    {
        foreach (var n in NonNestingNames) if (name.Equals(n, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsRawText(ReadOnlySpan<char> name)
        => name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] NonNestingNames =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp",
    ];

    private static int Next(ReadOnlySpan<char> html, int from)
    {
        if (from >= html.Length) return -1;
        int k = html[from..].IndexOf('<');
        return k < 0 ? -1 : from + k;
    }
}
