using System.Globalization;
using Entente.Core.Events;

namespace Entente.Corpus.Model;

/// <summary>
/// How a stored quantity is shown to a person: never more precise than the text. A vague or approximate count keeps the
/// words it was written in ("thousands of", "around 400"), an exact one is a number ("200"), and money is money in the
/// text's own currency ("$40 bn", "2.5 bn euros"), never a bare 40000000000.
/// </summary>
public static class QuantityText
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    /// <summary>The event's quantity as shown, or null when it has none.</summary>
    public static string? Of(StoredEvent e)
        => e.Quantity is not double v ? null : Show(v, e.QuantityApproximate, e.QuantityText, e.QuantityMoney);

    /// <summary>A quantity as shown: money as money, an approximate count in its own words, an exact count as a number.</summary>
    public static string Show(double value, bool approximate, string? words, bool money)
    {
        if (money) return Money(value, words);
        if (approximate && !string.IsNullOrWhiteSpace(words)) return words.Trim();
        return (approximate ? "about " : "") + value.ToString("#,0.##", En);
    }

    /// <summary>"$40 bn", "€1.2 m", "2 bn euros": the amount scaled to billions or millions, with the currency the text
    /// wrote (a leading currency sign, else its last word); an approximate amount keeps its hedge ("about $2 bn").</summary>
    public static string Money(double value, string? words)
    {
        var w = words?.Trim() ?? "";
        string amount = value >= 1e9 ? (value / 1e9).ToString("0.##", En) + " bn"
            : value >= 1e6 ? (value / 1e6).ToString("0.##", En) + " m"
            : value.ToString("#,0.##", En);
        int sign = w.AsSpan().IndexOfAnyExcept(" abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
        if (sign >= 0 && CharUnicodeInfo.GetUnicodeCategory(w[sign]) == UnicodeCategory.CurrencySymbol)
            return w[..sign] + w[sign] + amount; // "about $" + "2 bn"
        int space = w.LastIndexOf(' ');
        var last = space < 0 ? "" : w[(space + 1)..];
        return last.Length > 0 && last.All(char.IsLetter) && !QuantityRecognizer.IsScaleWord(last.ToLowerInvariant()) ? $"{amount} {last}" : amount;
    }
}
