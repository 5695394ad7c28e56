using System.Collections.Frozen;
using System.Globalization;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Finds counts and amounts: "approximately 400", "several hundred", "dozens of", "six", "$1.5 billion",
/// "2 billion euros". Years and numbers inside date expressions are left to the time stage.
/// Reads: tokens, date spans. Writes: <see cref="QuantityMention"/>s.
/// </summary>
public sealed class QuantityRecognizer
{
    private static readonly FrozenDictionary<string, double> Words = new Dictionary<string, double>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["trillion"] = 1_000_000_000_000,
        ["bn"] = 1_000_000_000, ["mn"] = 1_000_000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Vague plurals: "dozens of" ≈ 24, "hundreds of" ≈ 200, "thousands of" ≈ 2,000.</summary>
    private static readonly FrozenDictionary<string, double> Vague = new Dictionary<string, double>
    {
        ["dozens"] = 24, ["scores"] = 40, ["hundreds"] = 200, ["thousands"] = 2_000, ["millions"] = 2_000_000, ["billions"] = 2_000_000_000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup = Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a lower-case word scales the number before it ("billion", "bn", "thousand").</summary>
    public static bool IsScaleWord(ReadOnlySpan<char> word) => ScaleLookup.ContainsKey(word);
    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> VagueLookup = Vague.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[][] Approximators =
    [
        ["approximately"], ["about"], ["around"], ["some"], ["roughly"], ["nearly"], ["almost"], ["over"], ["more", "than"],
        ["up", "to"], ["at", "least"], ["an", "estimated"], ["estimated"], ["close", "to"], ["as", "many", "as"], ["fewer", "than"],
        ["less", "than"], ["under"], ["upwards", "of"], ["several"], ["a", "few"], ["reportedly"],
    ];

    private static readonly FrozenSet<string> Currencies = new[] { "dollars", "dollar", "euros", "euro", "rubles", "roubles", "ruble", "yuan", "rials", "rial", "pounds", "yen", "rupees", "lira", "usd", "eur" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyLookup = Currencies.GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<QuantityMention> Recognize(Doc text, Sentence s, IReadOnlyList<(int Start, int End)> dateSpans)
    {
        List<QuantityMention>? result = null;
        int end = s.EndToken;
        for (int i = s.FirstToken; i < end; i++)
        {
            int start = i;
            bool approx = false, money = false;
            int approxLen = MatchApproximator(text, i, end);
            if (approxLen > 0)
            {
                approx = true;
                // "several hundred": several is itself the count word when followed by a scale
                if (text.KeyIs(i, "several") && i + 1 < end && ScaleLookup.ContainsKey(text.Key(i + 1)))
                {
                    (result ??= []).Add(Make(text, s, start, i + 2, 3 * ScaleLookup[text.Key(i + 1)], true, false));
                    i += 1;
                    continue;
                }
                i += approxLen;
            }
            if (i >= end) break;
            if (text.Tokens[i].Kind == TokenKind.Symbol && text.Text[text.Tokens[i].Start] is '$' or '€' or '£' or '¥') { money = true; i++; }
            else if (text.KeyIs(i, "us$")) { money = true; i++; }
            if (i >= end) break;
            double value;
            int j = i;
            var t = text.Tokens[j];
            if (t.Kind == TokenKind.Number)
            {
                if (Overlaps(t.Start, t.End, dateSpans)) { i = Math.Max(i, start); continue; }
                var digits = text.Surface(j).ToString().Replace(",", "");
                if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) { continue; }
                if (!money && value is >= 1900 and <= 2100 && digits.Length == 4 && !(j + 1 < end && ScaleLookup.ContainsKey(text.Key(j + 1)))) { i = Math.Max(i, start); continue; }
                j++;
            }
            else if (WordLookup.TryGetValue(text.Key(j), out value))
            {
                if (text.KeyIs(j, "one") && !(j + 1 < end && ScaleLookup.ContainsKey(text.Key(j + 1)))) { i = Math.Max(i, start); continue; } // "one of", "one" as pronoun
                j++;
                if (value == 12 && start == j - 1 && j - 2 >= s.FirstToken && text.KeyIs(j - 2, "a")) start = j - 2; // "a dozen"
            }
            else if (VagueLookup.TryGetValue(text.Key(j), out value) && j + 1 < end && text.KeyIs(j + 1, "of"))
            {
                (result ??= []).Add(Make(text, s, start, j + 2, value, true, false));
                i = j + 1;
                continue;
            }
            else { i = start; continue; }
            while (j < end && ScaleLookup.TryGetValue(text.Key(j), out var scale)) { value *= scale; j++; }
            if (j < end && CurrencyLookup.Contains(text.Key(j))) { money = true; j++; }
            (result ??= []).Add(Make(text, s, start, j, value, approx, money));
            i = j - 1;
        }
        return result ?? (IReadOnlyList<QuantityMention>)[];
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ApproximatorStarts =
        Approximators.Select(a => a[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static int MatchApproximator(Doc text, int i, int end)
    {
        if (!ApproximatorStarts.Contains(text.Key(i))) return 0;
        foreach (var a in Approximators)
        {
            if (i + a.Length > end) continue;
            bool ok = true;
            for (int k = 0; k < a.Length && ok; k++) ok = text.KeyIs(i + k, a[k]);
            if (ok && i + a.Length < end)
            {
                var next = text.Tokens[i + a.Length];
                if (next.Kind == TokenKind.Number || next.Kind == TokenKind.Symbol || WordLookup.ContainsKey(text.Key(i + a.Length)) || ScaleLookup.ContainsKey(text.Key(i + a.Length)))
                    return a.Length;
            }
        }
        return 0;
    }

    private static bool Overlaps(int start, int end, IReadOnlyList<(int Start, int End)> spans)
    {
        foreach (var (s, e) in spans) if (start < e && s < end) return true;
        return false;
    }

    private static QuantityMention Make(Doc text, Sentence s, int first, int endToken, double value, bool approx, bool money)
    {
        int start = text.Tokens[first].Start, end = text.Tokens[endToken - 1].End;
        return new QuantityMention(s.Index, first, endToken, start, end, text.Text[start..end], value, approx, money);
    }
}
