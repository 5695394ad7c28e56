using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Core.Reading;

/// <summary>
/// Parses a publication date as found in front matter, JSONL or HTML metadata: "2024-02-27", ISO timestamps
/// ("2024-02-27T09:30:00Z", "2024-02-27T23:10:00-05:00" → the calendar date as written), "February 27, 2024",
/// "Feb 27, 2024", "27 February 2024", and the RFC 822 dates of RSS feeds ("Tue, 27 Feb 2024 23:10:00 -0500" → the
/// calendar date as written).
/// </summary>
public static partial class PublishedDateParser
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd",
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "MMM. d, yyyy",
        "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy", "dddd, MMMM d, yyyy",
    ];

    /// <summary>RFC 822/1123 as used by RSS pubDate: optional weekday, day, month name, 2- or 4-digit year, optional time and zone.</summary>
    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[A-Za-z]{1,5}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public const string AcceptedFormats = "YYYY-MM-DD, an ISO timestamp, or \"February 27, 2024\"";

    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
            return false;
        var s = value.Trim();
        if (DateOnly.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out date))
            return true;
        // ISO timestamps: keep the date as written (the local date of the outlet), not converted to UTC.
        if (s.Length > 10 && char.IsAsciiDigit(s[0]) && (s[10] == 'T' || s[10] == ' ')
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            return true;
        }
        return TryParseRfc822(s, out date);
    }

    private static bool TryParseRfc822(string s, out DateOnly date)
    {
        date = default;
        var m = Rfc822().Match(s);
        if (!m.Success)
            return false;
        var monthName = m.Groups["m"].ValueSpan;
        int month = 0;
        for (int i = 0; i < MonthPrefixes.Length && month == 0; i++)
        {
            if (monthName.StartsWith(MonthPrefixes[i], StringComparison.OrdinalIgnoreCase))
                month = i + 1;
        }
        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        int year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        if (year < 100)
            year += 2000;
        if (month == 0 || day == 0 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
