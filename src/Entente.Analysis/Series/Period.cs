using System.Globalization;

namespace Entente.Analysis.Series;

/// <summary>The length of the periods a series is cut into.</summary>
public enum PeriodUnit { Month, Quarter, Year }

/// <summary>One calendar period: first and last day, and the label analysts read ("2024-02", "2024-Q1", "2024").</summary>
public readonly record struct Period(DateOnly Start, DateOnly End, PeriodUnit Unit)
{
    public string Label => Unit switch
    {
        PeriodUnit.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodUnit.Quarter => $"{Start.Year}-Q{(Start.Month - 1) / 3 + 1}",
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The period of <paramref name="unit"/> that contains <paramref name="day"/>.</summary>
    public static Period Containing(DateOnly day, PeriodUnit unit)
    {
        var start = unit switch
        {
            PeriodUnit.Month => new DateOnly(day.Year, day.Month, 1),
            PeriodUnit.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
            _ => new DateOnly(day.Year, 1, 1),
        };
        return new Period(start, Advance(start, unit).AddDays(-1), unit);
    }

    public Period Next() => Containing(End.AddDays(1), Unit);

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>Every period from the one containing <paramref name="first"/> to the one containing <paramref name="last"/>, gaps included.</summary>
    public static IEnumerable<Period> Span(DateOnly first, DateOnly last, PeriodUnit unit)
    {
        for (var p = Containing(first, unit); p.Start <= last; p = p.Next()) yield return p;
    }

    public static PeriodUnit ParseUnit(string text) => text.Trim().ToLowerInvariant() switch
    {
        "month" or "months" or "m" => PeriodUnit.Month,
        "quarter" or "quarters" or "q" => PeriodUnit.Quarter,
        "year" or "years" or "y" => PeriodUnit.Year,
        _ => throw new ArgumentException($"'{text}' is not a period length; use month, quarter or year"),
    };

    private static DateOnly Advance(DateOnly start, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Month => start.AddMonths(1),
        PeriodUnit.Quarter => start.AddMonths(3),
        _ => start.AddYears(1),
    };

    public override string ToString() => Label;
}
