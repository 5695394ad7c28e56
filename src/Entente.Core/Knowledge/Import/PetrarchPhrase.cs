using System.Globalization;
using System.Text;

namespace Entente.Core.Knowledge.Import;

/// <summary>
/// Turns PETRARCH phrase strings (upper case, words joined by <c>_</c> or blanks, a trailing <c>_</c> for "no plural")
/// into Entente phrases: words separated by spaces, a leading "the" dropped (Entente skips an optional "the" in the text),
/// a parenthesised acronym split off as its own alias, and names written in title case (one-word acronyms of up to five
/// letters and dotted forms such as U.N. stay in capitals, so that Entente matches them case-sensitively).
/// </summary>
public static class PetrarchPhrase
{
    private static readonly HashSet<string> LowerWords = new(StringComparer.OrdinalIgnoreCase)
    { "of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "da", "das", "do", "dos", "du", "des", "la", "le", "van", "von", "der", "bin", "ibn" };

    /// <summary>Acronyms kept in capitals inside longer phrases ("Secretary General of the UN"); PETRARCH writes everything in capitals, so they cannot be told apart otherwise.</summary>
    private static readonly HashSet<string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "UN", "US", "USA", "UK", "EU", "NATO", "OPEC", "IAEA", "ICC", "ICJ", "IMF", "WTO", "WHO", "AU", "OAS", "ASEAN", "UNICEF",
        "UNHCR", "UNESCO", "WFP", "UNDP", "NGO", "OSCE", "GCC", "OIC", "ECOWAS", "SADC", "CIS", "PLO", "PKK", "ISIS", "ISIL",
    };

    /// <summary>The Entente phrases for one PETRARCH phrase (usually one; two when "(ACRONYM)" is split off). Empty when nothing is left.</summary>
    public static IReadOnlyList<string> ToPhrases(string petrarch, bool titleCase)
    {
        var result = new List<string>();
        foreach (var piece in petrarch.Split('+', StringSplitOptions.RemoveEmptyEntries))
        {
            var text = piece.Replace('_', ' ');
            var acronyms = new List<string>();
            // "(AAIA)" → its own alias
            int open;
            while ((open = text.IndexOf('(')) >= 0)
            {
                int close = text.IndexOf(')', open);
                if (close < 0) { text = text.Remove(open, 1); continue; }
                var inner = Clean(text[(open + 1)..close]);
                if (inner.Length > 0) acronyms.Add(titleCase ? Case(inner) : inner.ToLowerInvariant());
                text = text.Remove(open, close - open + 1);
            }
            var main = Clean(text.Replace(")", " "));
            if (main.StartsWith("THE ", StringComparison.OrdinalIgnoreCase) && main.Length > 4) main = main[4..];
            if (main.Length > 0) result.Add(titleCase ? Case(main) : main.ToLowerInvariant());
            result.AddRange(acronyms);
        }
        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '\t' or '|') { sb.Append(' '); continue; }
            sb.Append(c);
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Case(string phrase)
    {
        var words = phrase.Split(' ');
        if (words.Length == 1 && IsAcronym(words[0])) return words[0].ToUpperInvariant();
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Contains('.') && w.Length <= 6) { words[i] = w.ToUpperInvariant(); continue; }
            if (Acronyms.Contains(w)) { words[i] = w.ToUpperInvariant(); continue; }
            if (i > 0 && LowerWords.Contains(w)) { words[i] = w.ToLowerInvariant(); continue; }
            words[i] = Word(w, first: i == 0);
        }
        return string.Join(' ', words);
    }

    private static bool IsAcronym(string w) => w.Length is >= 2 and <= 5 && w.All(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>Title case inside one word: after a hyphen too ("Ki-Moon"), and after O' ("O'Neill"); "al-"/"el-" stay lower inside a name.</summary>
    private static string Word(string w, bool first)
    {
        var lower = w.ToLower(CultureInfo.InvariantCulture);
        var chars = lower.ToCharArray();
        bool start = true;
        for (int i = 0; i < chars.Length; i++)
        {
            if (start && char.IsLetter(chars[i])) { chars[i] = char.ToUpperInvariant(chars[i]); start = false; }
            else if (chars[i] == '-') start = true;
            else if (chars[i] == '\'' && i == 1 && chars.Length > 3) start = true;
            else if (char.IsLetter(chars[i])) start = false;
        }
        var s = new string(chars);
        if (!first && (lower.StartsWith("al-", StringComparison.Ordinal) || lower.StartsWith("el-", StringComparison.Ordinal))) s = lower[..3] + s[3..];
        return s;
    }
}
