using Entente.Core.Text;

namespace Entente.Core.Reading;

/// <summary>One slice of a long text: <see cref="Offset"/> is its char offset in the whole text.</summary>
public readonly record struct TextPart(string Text, long Offset, bool IsLast);

/// <summary>
/// Cuts a long text, read from a <see cref="TextReader"/>, into parts of at most <c>partChars</c> characters, lazily:
/// only one part (plus one character of look-ahead) is held at a time. Each cut is made after a blank line if one
/// lies in the second half of the window, else at the start of a sentence there (so that no sentence, and no event,
/// is cut in two: a long line of text is cut between its sentences), else after a line end, else after any blank
/// line/line end, else at the window's end (never between a surrogate pair or inside CR LF). Concatenating the parts
/// gives the text back.
/// </summary>
public static class TextPartSplitter
{
    public const int MinimumPartChars = 16;

    public static IEnumerable<TextPart> Split(TextReader reader, int partChars)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (partChars < MinimumPartChars)
            throw new ArgumentOutOfRangeException(nameof(partChars), partChars, $"part size must be at least {MinimumPartChars} characters");
        return SplitIterator(reader, partChars);
    }

    private static IEnumerable<TextPart> SplitIterator(TextReader reader, int partChars)
    {
        var buf = new char[partChars + 1];
        int len = 0;
        long offset = 0;
        bool eof = false;
        while (true)
        {
            while (!eof && len < buf.Length)
            {
                int n = reader.Read(buf, len, buf.Length - len);
                if (n == 0) eof = true;
                len += n;
            }
            if (len <= partChars)
            {
                if (len > 0 || offset == 0)
                    yield return new TextPart(new string(buf, 0, len), offset, IsLast: true);
                yield break;
            }
            int cut = FindCut(buf.AsSpan(0, partChars));
            yield return new TextPart(new string(buf, 0, cut), offset, IsLast: false);
            Array.Copy(buf, cut, buf, 0, len - cut);
            len -= cut;
            offset += cut;
        }
    }

    /// <summary>Where to cut <paramref name="window"/> (a full part): a length between 1 and the window length.</summary>
    internal static int FindCut(ReadOnlySpan<char> window)
    {
        int half = window.Length / 2;
        int blank = LastBlankLineEnd(window, half);
        if (blank > 0) return blank;
        int sentence = LastSentenceStart(window, half);
        if (sentence > 0) return sentence;
        int nl = window[half..].LastIndexOf('\n');
        if (nl >= 0) return half + nl + 1;
        blank = LastBlankLineEnd(window, 0);
        if (blank > 0) return blank;
        nl = window.LastIndexOf('\n');
        if (nl >= 0) return nl + 1;
        int cut = window.Length;
        if (char.IsHighSurrogate(window[cut - 1]) || window[cut - 1] == '\r')
            cut--;
        return cut;
    }

    /// <summary>How far back from a window's end a sentence boundary is looked for.</summary>
    private const int SentenceScanChars = 16 * 1024;

    /// <summary>
    /// Where the last sentence that starts after <paramref name="from"/> (and within <see cref="SentenceScanChars"/> of
    /// the window's end) starts, as the analyzer's <see cref="SentenceSplitter"/> finds sentences; -1 if none. A cut
    /// there leaves every sentence whole in one part, so no event is lost at the cut.
    /// </summary>
    private static int LastSentenceStart(ReadOnlySpan<char> window, int from)
    {
        int scanFrom = Math.Max(from, window.Length - SentenceScanChars);
        var sentences = SentenceSplitter.Default.Split(new string(window[scanFrom..])).Sentences;
        // the first sentence found starts where the scan does, not where a sentence does
        return sentences.Count > 1 ? scanFrom + sentences[^1].Start : -1;
    }

    /// <summary>The index just after the last blank line's '\n' at or after <paramref name="from"/>, or -1.</summary>
    private static int LastBlankLineEnd(ReadOnlySpan<char> s, int from)
    {
        int laterNewline = -1;
        bool blankSince = false;
        for (int i = s.Length - 1; i >= from; i--)
        {
            char c = s[i];
            if (c == '\n')
            {
                if (laterNewline >= 0 && blankSince)
                    return laterNewline + 1;
                laterNewline = i;
                blankSince = true;
            }
            else if (c is not (' ' or '\t' or '\r'))
            {
                blankSince = false;
            }
        }
        return -1;
    }
}
