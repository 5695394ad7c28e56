using System.Globalization;

namespace Entente.Core.Time;

/// <summary>An inclusive range of days: the honest answer to "when", rather than a guessed single day.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public static DateRange Day(DateOnly d) => new(d, d);
    public static DateRange Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
    public static DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;
    public bool Contains(DateOnly d) => Start <= d && d <= End;
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public override string ToString() => Start == End
        ? Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
