using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Entente.Core.Reading;

/// <summary>
/// Blanks Markdown markup with spaces so that the text keeps its length and every offset still points at the same
/// character. The text is parsed by Markdig (CommonMark, with strikethrough) with precise source positions, and only
/// the characters of markup are overwritten: heading marks (<c>#</c>, a setext underline), blockquote marks, <c>*</c>
/// list bullets, emphasis and strikethrough delimiters, code backticks and fences, the brackets and URL of
/// <c>[text](url)</c> / <c>![alt](url)</c> (the text stays) and link reference definitions. Nothing is rewritten or moved;
/// line breaks are never touched. A <c>*</c>, <c>_</c> or <c>`</c> that is not markup (<c>5 * 3</c>, <c>snake_case</c>)
/// stays; <c>-</c> and <c>+</c> list bullets stay too (a dash at a line start reads as a pause, as before).
/// </summary>
public static class MarkdownCleaner
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .Build();

    public static string Clean(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (markdown.Length == 0)
            return markdown;
        var chars = markdown.ToCharArray();
        Clean(markdown, chars);
        return new string(chars);
    }

    /// <summary>Blanks the markup of <paramref name="markdown"/> in <paramref name="into"/> (a copy of it, same length).</summary>
    private static void Clean(string markdown, char[] into)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document.Descendants<Block>())
            BlankBlock(block, markdown, into);
        foreach (var inline in document.Descendants<Inline>())
            BlankInline(inline, markdown, into);
    }

    private static void BlankBlock(Block block, string text, char[] c)
    {
        switch (block)
        {
            case HeadingBlock { IsSetext: false } h:
                // "## Title ##": the opening run of '#' (closing hashes are rare and harmless)
                BlankRun(c, text, FirstNonSpace(text, h.Span.Start), '#', h.Level);
                break;
            case HeadingBlock h:
                // the underline of a setext heading ("Title\n=====") is the block's last line
                BlankLine(c, text, LineStart(text, h.Span.End), '=', '-');
                break;
            case QuoteBlock q:
                BlankQuoteMarks(q, text, c);
                break;
            case ListItemBlock item when item.Parent is ListBlock { IsOrdered: false, BulletType: '*' }:
                int at = FirstNonSpace(text, item.Span.Start);
                if (at < c.Length && text[at] == '*') c[at] = ' ';
                break;
            case FencedCodeBlock f:
                BlankLine(c, text, FirstNonSpace(text, f.Span.Start), f.FencedChar);
                if (f.ClosingFencedCharCount > 0) BlankLine(c, text, LineStart(text, f.Span.End), f.FencedChar);
                break;
            case LinkReferenceDefinition d:
                for (int i = d.Span.Start; i <= d.Span.End && i < c.Length; i++)
                    if (text[i] is not ('\n' or '\r')) c[i] = ' ';
                break;
        }
    }

    private static void BlankInline(Inline inline, string text, char[] c)
    {
        switch (inline)
        {
            case EmphasisInline e when e.Span.Length > 0:
                BlankDelimiters(c, text, e.Span, e.DelimiterChar, e.DelimiterCount);
                break;
            case CodeInline code when code.Span.Length > 0:
                BlankDelimiters(c, text, code.Span, code.Delimiter, code.DelimiterCount);
                break;
            case LinkInline link when link.Span.Length > 0 && link.FirstChild is not null:
                // everything of "![label](url "title")" except the label's own inlines
                int keepStart = link.FirstChild.Span.Start, keepEnd = link.LastChild!.Span.End;
                for (int i = link.Span.Start; i <= link.Span.End && i < c.Length; i++)
                    if ((i < keepStart || i > keepEnd) && text[i] is not ('\n' or '\r')) c[i] = ' ';
                break;
        }
    }

    /// <summary>The <paramref name="count"/> delimiter characters at each end of <paramref name="span"/>.</summary>
    private static void BlankDelimiters(char[] c, string text, SourceSpan span, char delimiter, int count)
    {
        for (int k = 0; k < count; k++)
        {
            int open = span.Start + k, close = span.End - k;
            if (open < c.Length && text[open] == delimiter) c[open] = ' ';
            if (close >= 0 && close < c.Length && text[close] == delimiter) c[close] = ' ';
        }
    }

    /// <summary>The '>' marks of each line of a quote (nested quotes are blocks of their own).</summary>
    private static void BlankQuoteMarks(QuoteBlock q, string text, char[] c)
    {
        for (int line = LineStart(text, q.Span.Start); line <= q.Span.End && line < text.Length; line = NextLine(text, line))
        {
            int i = FirstNonSpace(text, line);
            if (i < text.Length && text[i] == '>') c[i] = ' ';
        }
    }

    private static void BlankRun(char[] c, string text, int start, char ch, int max)
    {
        for (int i = start; i < text.Length && i < start + max && text[i] == ch; i++) c[i] = ' ';
    }

    /// <summary>Blanks a line made only of the given marker characters (and spaces), from <paramref name="start"/>.</summary>
    private static void BlankLine(char[] c, string text, int start, params ReadOnlySpan<char> markers)
    {
        int end = start;
        while (end < text.Length && text[end] is not ('\n' or '\r')) end++;
        for (int i = start; i < end; i++)
            if (markers.Contains(text[i])) c[i] = ' ';
            else if (!text[i].IsSpaceOrTab()) return; // an info string after a fence ("```csharp") stays: it may be read, harmlessly
    }

    private static int FirstNonSpace(string text, int i)
    {
        while (i < text.Length && text[i].IsSpaceOrTab()) i++;
        return i;
    }

    private static int LineStart(string text, int i)
    {
        i = Math.Min(i, text.Length - 1);
        while (i > 0 && text[i - 1] != '\n') i--;
        return i;
    }

    private static int NextLine(string text, int i)
    {
        int nl = text.IndexOf('\n', i);
        return nl < 0 ? text.Length : nl + 1;
    }
}
