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

    /// <summary>The most periods one series may have (a hundred years of months): a longer span is refused with a hint
    /// rather than built, so that no query can ask for unbounded work or memory.</summary>
    public const int MaxPeriods = 1200;

    /// <summary>The period of <paramref name="unit"/> that contains <paramref name="day"/>; the last period of the
    /// calendar ends on <see cref="DateOnly.MaxValue"/>.</summary>
    public static Period Containing(DateOnly day, PeriodUnit unit)
    {
        var start = unit switch
        {
            PeriodUnit.Month => new DateOnly(day.Year, day.Month, 1),
            PeriodUnit.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
            _ => new DateOnly(day.Year, 1, 1),
        };
        bool lastOfCalendar = start.Year == DateOnly.MaxValue.Year && start.Month > 12 - MonthsIn(unit);
        return new Period(start, lastOfCalendar ? DateOnly.MaxValue : start.AddMonths(MonthsIn(unit)).AddDays(-1), unit);
    }

    /// <summary>The period after this one; none after the calendar's last.</summary>
    public Period Next() => End == DateOnly.MaxValue
        ? throw new InvalidOperationException($"{Label} is the last period of the calendar")
        : Containing(End.AddDays(1), Unit);

    /// <summary>How many periods of <paramref name="unit"/> the span from <paramref name="first"/> to <paramref name="last"/> touches.</summary>
    public static long Count(DateOnly first, DateOnly last, PeriodUnit unit)
    {
        if (last < first) return 0;
        long months = (last.Year - first.Year) * 12L + last.Month - first.Month;
        return unit switch
        {
            PeriodUnit.Month => months + 1,
            PeriodUnit.Quarter => (last.Year * 4L + (last.Month - 1) / 3) - (first.Year * 4L + (first.Month - 1) / 3) + 1,
            _ => last.Year - first.Year + 1,
        };
    }

    /// <summary>Throws <see cref="SeriesSpanException"/> when the span has more than <see cref="MaxPeriods"/> periods.</summary>
    public static void CheckSpan(DateOnly first, DateOnly last, PeriodUnit unit)
    {
        long n = Count(first, last, unit);
        if (n <= MaxPeriods) return;
        var name = unit.ToString().ToLowerInvariant();
        throw new SeriesSpanException(
            $"the span {first:yyyy-MM-dd} to {last:yyyy-MM-dd} has {n:N0} {name}s, more than the {MaxPeriods:N0} one series may have",
            unit == PeriodUnit.Year ? "narrow since/until" : $"narrow since/until, or count by a longer period (by quarter or year)");
    }

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>Every period from the one containing <paramref name="first"/> to the one containing <paramref name="last"/>, gaps included.</summary>
    public static IEnumerable<Period> Span(DateOnly first, DateOnly last, PeriodUnit unit)
    {
        for (var p = Containing(first, unit); p.Start <= last; p = p.Next())
        {
            yield return p;
            if (p.End == DateOnly.MaxValue) yield break;
        }
    }

    public static PeriodUnit ParseUnit(string text) => text.Trim().ToLowerInvariant() switch
    {
        "month" or "months" or "m" => PeriodUnit.Month,
        "quarter" or "quarters" or "q" => PeriodUnit.Quarter,
        "year" or "years" or "y" => PeriodUnit.Year,
        _ => throw new ArgumentException($"'{text}' is not a period length; use month, quarter or year"),
    };

    private static int MonthsIn(PeriodUnit unit) => unit switch { PeriodUnit.Month => 1, PeriodUnit.Quarter => 3, _ => 12 };

    public override string ToString() => Label;
}

/// <summary>A series asked for over more periods than <see cref="Period.MaxPeriods"/>: the message says how many, the hint what to do.</summary>
public sealed class SeriesSpanException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}
