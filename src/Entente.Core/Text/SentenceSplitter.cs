using System.Collections.Frozen;

namespace Entente.Core.Text;

/// <summary>
/// Groups tokens into sentences. Ends a sentence at . ! ? unless the period closes a known abbreviation
/// ("Feb.", "Gen.", "No.") or an initial; at every line break in texts written one paragraph per line, and at
/// blank lines and bullet lines in hard-wrapped texts; lines with no closing punctuation (titles, headings,
/// "Publication: … Volume: 21 Issue: 31") become heading sentences of their own.
/// Reads: tokens. Writes: sentences with paragraph numbers.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly FrozenSet<string> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbrevLookup;
    private static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "the", "it", "he", "she", "they", "this", "these", "that", "those", "in", "on", "but", "however", "a", "an",
        "we", "i", "its", "their", "his", "her", "meanwhile", "moscow", "tehran", "washington", "beijing", "kyiv",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly IReadOnlyList<string> DefaultAbbreviations =
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "brig", "gov",
        "sen", "rep", "amb", "pres", "sec", "st", "mt", "ft", "no", "nos", "vol", "art", "para", "fig", "p", "pp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "ltd", "co", "corp", "bros", "vs", "approx", "est", "jr", "sr", "dept", "govt", "min", "max", "e.g", "i.e", "cf", "al",
    ];

    public SentenceSplitter(IEnumerable<string>? abbreviations = null)
    {
        _abbreviations = (abbreviations ?? DefaultAbbreviations).Select(a => a.TrimEnd('.').ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        _abbrevLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static readonly SentenceSplitter Default = new();

    public Doc Split(string text) => Split(text, Tokenizer.Default);

    public Doc Split(string text, Tokenizer tokenizer)
    {
        var (tokens, count, keys) = tokenizer.Tokenize(text);
        bool wrapped = LooksHardWrapped(text);
        var sentences = new List<Sentence>(Math.Max(4, count / 20));
        int first = 0, paragraph = 0;
        for (int i = 0; i < count; i++)
        {
            var t = tokens[i];
            if (i > first)
            {
                bool lineBreakHere = (t.Shape & TokenShape.LineStart) != 0;
                bool breakBefore = lineBreakHere && (!wrapped || (t.Shape & TokenShape.ParagraphStart) != 0 || IsBullet(text, t));
                if (breakBefore)
                {
                    Add(sentences, text, tokens, first, i, paragraph, count);
                    paragraph++;
                    first = i;
                }
            }
            if (IsTerminal(text, t) && !IsAbbreviationDot(text, tokens, keys, i))
            {
                int end = i + 1;
                while (end < count && IsCloser(text, tokens[end]) && tokens[end].Start == tokens[end - 1].End) end++;
                if (end >= count || StartsSentence(text, tokens[end]))
                {
                    Add(sentences, text, tokens, first, end, paragraph, count);
                    if (end < count && (tokens[end].Shape & TokenShape.LineStart) != 0 && (!wrapped || (tokens[end].Shape & TokenShape.ParagraphStart) != 0 || IsBullet(text, tokens[end])))
                        paragraph++;
                    first = end;
                    i = end - 1;
                }
            }
            else if (t.IsWord && t.Length >= 4 && text[t.End - 1] == '.' && text[t.End - 3] == '.' && i + 1 < count
                     && (tokens[i + 1].Shape & TokenShape.LineStart) == 0
                     && SentenceStarters.Contains(KeyString(keys, tokens[i + 1])) && (tokens[i + 1].Shape & TokenShape.Capitalized) != 0)
            {
                // "… sanctions on the U.S. The ministry said …": the abbreviation's dot also ends the sentence.
                Add(sentences, text, tokens, first, i + 1, paragraph, count);
                first = i + 1;
            }
        }
        if (first < count) Add(sentences, text, tokens, first, count, paragraph, count);
        return new Doc(text, tokens, count, keys, sentences);
    }

    private static string KeyString(char[] keys, Token t) => new(keys, t.KeyStart, t.KeyLength);

    private static void Add(List<Sentence> sentences, string text, Token[] tokens, int first, int end, int paragraph, int count)
    {
        if (end <= first) return;
        int startChar = tokens[first].Start, endChar = tokens[end - 1].End;
        var last = tokens[end - 1];
        int k = end - 1;
        while (k > first && IsCloser(text, tokens[k])) k--;
        bool terminal = IsTerminal(text, tokens[k]) || text[tokens[k].End - 1] == '.';
        bool lineAlone = (tokens[first].Shape & TokenShape.LineStart) != 0 && (end >= tokens.Length || last.End >= text.Length || NextIsLineStart(text, last.End));
        // a text that is one unpunctuated line ("Obama has agreed to lift the sanctions on Iran", a record of a JSONL feed,
        // a headline-only item) is a sentence, not a heading over nothing; so is a text's last line, which heads nothing
        // either (a closing sentence whose full stop was lost: "# Talks\n\nRussia attacked Ukraine on Monday")
        bool overNothing = end >= count;
        bool heading = !terminal && lineAlone && !overNothing && !IsBullet(text, tokens[first]);
        sentences.Add(new Sentence(sentences.Count, first, end - first, startChar, endChar, heading, paragraph));
    }

    private static bool NextIsLineStart(string text, int pos)
    {
        for (int p = pos; p < text.Length; p++)
        {
            if (text[p] == '\n') return true;
            if (!char.IsWhiteSpace(text[p])) return false;
        }
        return true;
    }

    private static bool IsTerminal(string text, Token t) => t.Kind == TokenKind.Punctuation && (text[t.Start] is '.' or '!' or '?' or '…');

    private static bool IsCloser(string text, Token t) => t.Length == 1 && text[t.Start] is ')' or ']' or '"' or '\'' or '\u201D' or '\u2019' or '»';

    private static bool IsBullet(string text, Token t) => t.Length == 1 && text[t.Start] is '-' or '*' or '•' or '\u2013' or '\u2014' or '·';

    private static bool StartsSentence(string text, Token t)
    {
        if ((t.Shape & TokenShape.LineStart) != 0) return true;
        char c = text[t.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018' or '(' or '[' or '-' or '•';
    }

    private bool IsAbbreviationDot(string text, Token[] tokens, char[] keys, int i)
    {
        var t = tokens[i];
        if (text[t.Start] != '.' || i == 0) return false;
        var prev = tokens[i - 1];
        if (prev.End != t.Start || !prev.IsWord) return false;
        var key = keys.AsSpan(prev.KeyStart, prev.KeyLength);
        if (prev.Length == 1 && char.IsUpper(text[prev.Start])) return true; // initial: "J. Smith"
        if (!_abbrevLookup.Contains(key)) return false;
        // "No." and months end sentences only when followed by a capitalised sentence starter, which we cannot know; treat as abbreviation
        // but for ambiguous words that are also common words ("no", "sun", "sat", "co", "al"), require a following digit or capital.
        if (key is "no" or "nos" or "art" or "vol" or "p" or "pp" or "para" or "fig")
        {
            return i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number;
        }
        return true;
    }

    /// <summary>True when most non-blank lines have a similar, typical wrap width (60–100 characters).</summary>
    internal static bool LooksHardWrapped(string text)
    {
        int lines = 0, wrappedLike = 0, closed = 0, lineStart = 0;
        for (int p = 0; p <= text.Length; p++)
        {
            if (p == text.Length || text[p] == '\n')
            {
                int len = p - lineStart;
                var line = len > 0 ? text.AsSpan(lineStart, len).Trim() : [];
                if (line.Length > 0)
                {
                    lines++;
                    if (len is >= 55 and <= 100) wrappedLike++;
                    if (line[^1] is '.' or '!' or '?' or '"' or '\u201D' or ')') closed++;
                }
                lineStart = p + 1;
                if (lines > 400) break;
            }
        }
        // one sentence per line (most lines end a sentence) is not hard-wrapped, whatever the line lengths
        return lines >= 6 && wrappedLike * 10 >= lines * 6 && closed * 10 < lines * 6;
    }
}
