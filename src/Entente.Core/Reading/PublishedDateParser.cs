using System.Globalization;

namespace Entente.Core.Reading;

/// <summary>
/// Parses a publication date as found in front matter, JSONL or HTML metadata: "2024-02-27", ISO timestamps
/// ("2024-02-27T09:30:00Z", "2024-02-27T23:10:00-05:00" → the calendar date as written), "February 27, 2024",
/// "Feb 27, 2024", "27 February 2024".
/// </summary>
public static class PublishedDateParser
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd",
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "MMM. d, yyyy",
        "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy", "dddd, MMMM d, yyyy",
    ];

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
        return false;
    }
}
