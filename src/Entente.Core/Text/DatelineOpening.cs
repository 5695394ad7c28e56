namespace Entente.Core.Text;

/// <summary>
/// The opening of an article's dateline: the first body sentence beginning with up to four words in capitals before a
/// comma, parenthesis or dash ("LAGOS, Nigeria (Reuters) -", "NAIROBI, May 3 -", "KABUL —"). Which place it names is the
/// reader's business (the actor recognizer's country, the place recognizer's place).
/// </summary>
public static class DatelineOpening
{
    /// <returns>The sentence, the number of words in capitals (from its first token) and the separator after them; null when none.</returns>
    public static (Sentence Sentence, int Count, string Separator)? Find(Doc text)
    {
        var s = text.Sentences.FirstOrDefault(x => !x.IsHeading);
        if (s == null) return null;
        int j = s.FirstToken, end = s.EndToken, n = 0;
        while (j + n < end && n < 4 && text.Tokens[j + n].IsWord && (text.Tokens[j + n].Shape & TokenShape.AllCaps) != 0) n++;
        if (n == 0 || j + n >= end) return null;
        var sep = text.Surface(j + n);
        if (!(sep is "," or "(" or "-" or "—" or "–" or "--")) return null;
        return (s, n, sep.ToString());
    }
}
