using System.Text.RegularExpressions;

namespace Entente.Syntax.Tests;

/// <summary>
/// The tests' own tokenizer for plain English sentences, splitting as UD English does: words at spaces, then
/// opening and closing punctuation (<c>.,;:?!"</c>) as words of their own, and possessive <c>'s</c> and
/// <c>n't</c> split off their host ("Russia's" → "Russia" "'s", "didn't" → "did" "n't"). Dotted abbreviations
/// such as "U.S." stay whole. Enough for the fixtures, not a general tokenizer.
/// </summary>
public static partial class SimpleTokenizer
{
    private const string Closing = ".,;:?!\"";

    [GeneratedRegex(@"^(?:\p{L}\.){2,}$")]
    private static partial Regex Abbreviation();

    public static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        foreach (var chunk in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int start = 0, end = chunk.Length;
            while (start < end && chunk[start] == '"') { words.Add("\""); start++; }
            var trailing = new Stack<string>();
            while (end > start && Closing.Contains(chunk[end - 1]) && !Abbreviation().IsMatch(chunk[start..end]))
            {
                trailing.Push(chunk[end - 1].ToString());
                end--;
            }
            var word = chunk[start..end];
            if (word.Length > 2 && word.EndsWith("'s", StringComparison.OrdinalIgnoreCase)) { words.Add(word[..^2]); words.Add(word[^2..]); }
            else if (word.Length > 3 && word.EndsWith("n't", StringComparison.OrdinalIgnoreCase)) { words.Add(word[..^3]); words.Add(word[^3..]); }
            else if (word.Length > 0) words.Add(word);
            words.AddRange(trailing);
        }
        return words;
    }
}
