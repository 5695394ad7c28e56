namespace Entente.Core.Text;

/// <summary>
/// A wire dateline opening a paragraph: "ANKARA, Oct 6 (Anatolia Wire) -", "KADUNA, Nigeria, March 9 (Kestrel News) -",
/// "ISLAMABAD/NEW DELHI, May 11 -", "LYON:". It is not part of the sentence's grammar: parsed together with the body, the
/// capitals before the dash often become the root and the body's verb a dependent of a place name, so the first and
/// usually most important sentence of a wire story loses its event. The syntax stage parses the dateline and the body
/// apart (<see cref="SyntaxAnnotator"/>). <see cref="Opening"/> gives the capitals a reader takes the dateline's place from.
/// Shape, read from the tokens only (no word lists): the paragraph's first sentence starts with an all-capitals word;
/// before a dash or colon come only capitalised or all-capitals words, numbers, commas, slashes, full stops and one
/// parenthesised credit; at least two words of body follow. A lower-case word outside the parentheses means it is not a
/// dateline ("US-China talks - what next").
/// </summary>
public static class Dateline
{
    /// <summary>At most this many tokens before the dash ("THE HAGUE, Netherlands, March 18 (Hague Legal Wire) -" is 12).</summary>
    public const int MaxTokens = 20;

    /// <summary>A list item: the sentence opens with a bullet ("- Mali, Burkina Faso and Niger announced …", "• …") and has
    /// at least two words after it.</summary>
    public static bool IsBullet(Doc doc, Sentence s)
        => s.TokenCount >= 3 && doc.Surface(s.FirstToken) is "-" or "–" or "—" or "•" or "*" or "·" or "▪" && doc.Tokens[s.FirstToken + 1].IsWord;

    /// <summary>The token just after the dateline's dash or colon in <paramref name="s"/>, or −1 when the sentence does not open with one.</summary>
    public static int BodyStart(Doc doc, Sentence s)
    {
        if (s.IsHeading || s.TokenCount < 4) return -1;
        if (s.Index > 0 && doc.Sentences[s.Index - 1].Paragraph == s.Paragraph) return -1;
        int first = s.FirstToken, end = s.EndToken;
        var opening = doc.Tokens[first];
        if (!opening.IsWord || (opening.Shape & TokenShape.AllCaps) == 0 || doc.Surface(first).Length < 2) return -1;
        int depth = 0, parens = 0;
        for (int i = first + 1; i < end && i - first <= MaxTokens; i++)
        {
            var surface = doc.Surface(i);
            if (surface is "(") { if (depth > 0 || ++parens > 1) return -1; depth++; continue; }
            if (surface is ")") { if (depth == 0) return -1; depth--; continue; }
            if (depth > 0) continue;
            if (surface is "-" or "—" or "–" or "--" or ":")
                return i > first && end - (i + 1) >= 2 ? i + 1 : -1;
            if (surface is "," or "/" or ".") continue;
            var t = doc.Tokens[i];
            if (t.IsLowerCaseWord && (t.Shape & TokenShape.HasDigit) == 0) return -1;
            if (!t.IsWord && (t.Shape & TokenShape.HasDigit) == 0) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The opening of an article's dateline: the first body sentence beginning with up to four words in capitals before a
    /// comma, parenthesis or dash ("LAGOS, Nigeria (Reuters) -", "NAIROBI, May 3 -", "KABUL —"). Which place it names is the
    /// reader's business (the actor recognizer's country, the place recognizer's place); where the body starts is
    /// <see cref="BodyStart"/>'s.
    /// </summary>
    /// <returns>The sentence, the number of words in capitals (from its first token) and the separator after them; null when none.</returns>
    public static (Sentence Sentence, int Count, string Separator)? Opening(Doc text)
    {
        var s = text.FirstBodySentence;
        if (s == null) return null;
        int j = s.FirstToken, end = s.EndToken, n = 0;
        while (j + n < end && n < 4 && text.Tokens[j + n].IsWord && (text.Tokens[j + n].Shape & TokenShape.AllCaps) != 0) n++;
        if (n == 0 || j + n >= end) return null;
        var sep = text.Surface(j + n);
        if (!(sep is "," or "(" or "-" or "—" or "–" or "--")) return null;
        return (s, n, sep.ToString());
    }
}
