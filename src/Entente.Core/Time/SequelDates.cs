using System.Text.RegularExpressions;

namespace Entente.Core.Time;

/// <summary>
/// Dates given as a step from the event told before them: "the following day", "the next day", "a day later", "the day
/// after", "two days later", "the following week". Reads a sentence and the date of the previous event in the document
/// (the anchor); writes <see cref="DateMention"/>s of kind <see cref="DateKind.Anchored"/> shifted from the anchor.
/// Without an anchor nothing is written: the publication date is not the previous event.
/// </summary>
public static partial class SequelDates
{
    [GeneratedRegex(@"\b(?:(?i:the)\s+(?i:following|next|subsequent)\s+(?<unit>(?i:day|week))|(?<count>(?i:a|one|two|three|four|five|six|seven|\d{1,2}))\s+(?<unit>(?i:days?|weeks?))\s+(?i:later|afterwards|after\s+that)|(?i:the)\s+(?<unit>(?i:day|week))\s+(?i:after)(?!\s+(?i:the|a|an|\d|\p{Lu})))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();

    /// <summary>The step expressions in <paramref name="text"/>[start..end) that overlap none of <paramref name="taken"/>,
    /// resolved against <paramref name="anchor"/>.</summary>
    public static List<DateMention> Find(string text, int start, int end, DateRange anchor, IReadOnlyList<DateMention> taken)
    {
        var found = new List<DateMention>();
        for (var m = Pattern().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            int s = m.Index, e = m.Index + m.Length;
            if (taken.Any(t => t.Start < e && s < t.End)) continue;
            int days = Count(m.Groups["count"].Value) * (m.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1);
            found.Add(new DateMention(s, e, m.Value, new DateRange(anchor.Start.AddDays(days), anchor.End.AddDays(days)), DateKind.Anchored));
        }
        return found;
    }

    private static int Count(string word) => word.ToLowerInvariant() switch
    {
        "" or "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        var digits => int.TryParse(digits, out int n) && n > 0 ? n : 1,
    };
}
