namespace Entente.Core.Text;

/// <summary>
/// Splits text into tokens in one pass, keeping offsets into the original string. Follows UD English (EWT) in
/// splitting clitics off their host, with straight or curly apostrophes: "'s" ("Iran's", "it's"), "n't" ("didn't" →
/// "did" + "n't", "can't" → "ca" + "n't", "won't" → "wo" + "n't"), "'re", "'ve", "'ll" (after any word), "'d" (after
/// a pronoun: "they'd", not "Sa'd") and "'m" ("I'm"); "cannot" is "can" + "not". The pieces of one written word are a
/// UD multiword token: every piece but the last carries <see cref="TokenShape.JoinedToNext"/>, and each keeps its own
/// character offsets. Other apostrophes stay inside the word ("Côte d'Ivoire", "O'Brien", "Ma'ariv", "o'clock").
/// At the very start of the input a clitic is one token, so that dictionary entries such as "'ll" and "n't" match
/// the clitics split off in text.
/// Deliberate deviations from UD, because the actor, equipment and pattern dictionaries are tokenised with this same
/// tokenizer and match on them (a parser for Entente is trained to accept them): words keep internal hyphens
/// ("Fateh-110", "Su-35", "20-year", "long-anticipated") and dotted abbreviations and domains ("U.S.", "Forbes.ua");
/// numbers keep their separators ("1,000", "3.5"). Reads: text. Writes: tokens and keys.
/// </summary>
public sealed class Tokenizer
{
    public static readonly Tokenizer Default = new();

    /// <summary>Hosts of the clitic "'d" (had, would): "they'd", "who'd"; other words ending in 'd are names ("Sa'd").</summary>
    private static readonly string[] HostsOfD = ["i", "you", "he", "she", "it", "we", "they", "who", "what", "where", "when", "why", "how", "that", "there"];

    public (Token[] Tokens, int Count, char[] Keys) Tokenize(string text)
    {
        var tokens = new Token[Math.Max(16, text.Length / 5)];
        var keys = new char[text.Length + 16];
        int count = 0, keyLen = 0, i = 0, n = text.Length;
        int newlines = 0;
        bool blankLine = false;
        bool sawNonSpaceOnLine = true;
        Span<int> cuts = stackalloc int[4];
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
            if (KeyNormalizer.IsInvisible(c)) { i++; continue; }
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
                kind = TokenKind.Word; // possessive or contracted 's, one multiword token with its host
                i += 2;
                tokens[count - 1] = tokens[count - 1] with { Shape = tokens[count - 1].Shape | TokenShape.JoinedToNext };
            }
            else if (count == 0 && LeadingClitic(text, i) is int clitic and > 0)
            {
                kind = TokenKind.Word; // a dictionary entry that is a clitic: "'ll"
                i += clitic;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                // a character outside the Basic Multilingual Plane (emoji, rare CJK) stays whole: never half a pair
                var rune = new System.Text.Rune(c, text[i + 1]);
                kind = System.Text.Rune.IsLetter(rune) ? TokenKind.Word : System.Text.Rune.IsPunctuation(rune) ? TokenKind.Punctuation : TokenKind.Symbol;
                i += 2;
            }
            else
            {
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                i++;
                if (c == '.' && i + 1 < n && text[i] == '.' && text[i + 1] == '.') i += 2; // ellipsis
            }
            var lineShape = TokenShape.None;
            if (newlines > 0) lineShape |= TokenShape.LineStart;
            if (blankLine || count == 0) lineShape |= TokenShape.ParagraphStart | TokenShape.LineStart;
            newlines = 0; blankLine = false;

            if (keyLen + (i - start) > keys.Length) Array.Resize(ref keys, Math.Max(keys.Length * 2, keyLen + (i - start)));
            int pieces = kind == TokenKind.Word ? FindClitics(text, start, i, cuts) : 0;
            for (int p = 0, from = start; p <= pieces; p++)
            {
                int to = p < pieces ? cuts[p] : i;
                var shape = ShapeOf(text, from, to) | (p == 0 ? lineShape : TokenShape.None) | (p < pieces ? TokenShape.JoinedToNext : TokenShape.None);
                int keyStart = keyLen;
                for (int k = from; k < to; k++)
                    if (!KeyNormalizer.IsInvisible(text[k])) keys[keyLen++] = KeyNormalizer.Fold(text[k]);
                if (count == tokens.Length) Array.Resize(ref tokens, tokens.Length * 2);
                tokens[count++] = new Token(from, to - from, keyStart, keyLen - keyStart, kind, shape);
                from = to;
            }
        }
        return (tokens, count, keys);
    }

    /// <summary>
    /// Where the clitics of the word <c>text[start..end]</c> begin, in text order ("couldn't've": "could|n't|'ve");
    /// returns how many were written to <paramref name="cuts"/>. Peels them off the end of the word one at a time.
    /// </summary>
    private static int FindClitics(string text, int start, int end, Span<int> cuts)
    {
        int count = 0;
        while (count < cuts.Length && CliticStart(text, start, end) is int cut and >= 0)
        {
            cuts[count++] = cut;
            end = cut;
        }
        if (count == 0 && end - start == 6 && text.AsSpan(start, 6).Equals("cannot", StringComparison.OrdinalIgnoreCase))
            cuts[count++] = start + 3;
        cuts[..count].Reverse();
        return count;
    }

    /// <summary>The start of a clitic closing the word <c>text[start..end]</c> (n't, 're, 've, 'll, 'd, 'm), or -1.</summary>
    private static int CliticStart(string text, int start, int end)
    {
        int len = end - start;
        if (len < 3) return -1;
        char last = char.ToLowerInvariant(text[end - 1]);
        if (len >= 4 && last == 't' && KeyNormalizer.IsApostrophe(text[end - 2]) && text[end - 3] is 'n' or 'N' && KeyNormalizer.IsLetter(text[end - 4]))
            return end - 3; // did|n't, ca|n't, wo|n't
        if (len >= 4 && KeyNormalizer.IsApostrophe(text[end - 3]) && KeyNormalizer.IsLetter(text[end - 4]))
        {
            char first = char.ToLowerInvariant(text[end - 2]);
            if (first == 'l' && last == 'l' || first == 'r' && last == 'e' || first == 'v' && last == 'e') return end - 3; // we|'ll, they|'re, could|'ve
        }
        if (KeyNormalizer.IsApostrophe(text[end - 2]))
        {
            var host = text.AsSpan(start, len - 2);
            if (last == 'm' && host is "I" or "i") return end - 2; // I|'m
            if (last == 'd')
                foreach (var h in HostsOfD)
                    if (host.Equals(h, StringComparison.OrdinalIgnoreCase)) return end - 2; // they|'d
        }
        return -1;
    }

    /// <summary>The length of a lower-case clitic ('s, 'll, 're, 've, 'd, 'm) starting at <paramref name="i"/> and ending a word, else 0.</summary>
    private static int LeadingClitic(string text, int i)
    {
        int n = text.Length;
        if (!KeyNormalizer.IsApostrophe(text[i])) return 0;
        int j = i + 1;
        while (j < n && KeyNormalizer.IsLetter(text[j]) && j - i <= 3) j++;
        if (j < n && KeyNormalizer.IsLetter(text[j])) return 0;
        var clitic = text.AsSpan(i + 1, j - i - 1);
        foreach (var c in (ReadOnlySpan<string>)["s", "ll", "re", "ve", "d", "m"])
            if (clitic.SequenceEqual(c)) return j - i;
        return 0;
    }

    private static int ScanWord(string text, int i)
    {
        int n = text.Length;
        int start = i;
        while (i < n)
        {
            char c = text[i];
            if (KeyNormalizer.IsLetter(c) || char.IsDigit(c)) { i++; continue; }
            if (KeyNormalizer.IsInvisible(c) && i + 1 < n && KeyNormalizer.IsLetter(text[i + 1])) { i++; continue; }
            if (i + 1 < n && KeyNormalizer.IsHyphen(c) && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
            if (c == '.' && i + 1 < n && char.IsLetter(text[i + 1]) && i > start && IsDottedContinuation(text, start, i)) { i++; continue; }
            if (KeyNormalizer.IsApostrophe(c) && i + 1 < n && KeyNormalizer.IsLetter(text[i + 1]))
            {
                // keep o'clock, Côte d'Ivoire, Ma'ariv; split the possessive 's (other clitics are cut off by FindClitics)
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
