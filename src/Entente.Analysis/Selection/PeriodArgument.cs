using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Analysis.Selection;

/// <summary>
/// A day, month or year given on the command line or in a query string (YYYY, YYYY-MM or YYYY-MM-DD), turned into the first day of the
/// period (for --since) or its last day (for --until): "2023-02" is 2023-02-01 as a start and 2023-02-28 as an end.
/// </summary>
public static partial class PeriodArgument
{
    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public static bool TryParse(string text, bool end, out DateOnly day)
    {
        day = default;
        var m = Shape().Match(text.Trim());
        if (!m.Success) return false;
        int year = Int(m.Groups[1].Value);
        if (year < 1) return false;
        if (!m.Groups[2].Success)
        {
            day = end ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }
        int month = Int(m.Groups[2].Value);
        if (month is < 1 or > 12) return false;
        if (!m.Groups[3].Success)
        {
            day = new DateOnly(year, month, end ? DateTime.DaysInMonth(year, month) : 1);
            return true;
        }
        int d = Int(m.Groups[3].Value);
        if (d < 1 || d > DateTime.DaysInMonth(year, month)) return false;
        day = new DateOnly(year, month, d);
        return true;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
