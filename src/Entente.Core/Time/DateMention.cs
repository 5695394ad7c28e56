namespace Entente.Core.Time;

/// <summary>How a date expression was resolved.</summary>
public enum DateKind
{
    /// <summary>Fully written out: "October 23, 2023", "2023-10-23", "in 2019".</summary>
    Explicit,
    /// <summary>Needed the reference (publication) date: "February 21", "in January", "earlier this year", "last week".</summary>
    Relative,
    /// <summary>Anchored on a known period or event from data/time/periods.tsv ("since the end of the Cold War"), or on the
    /// date of the event told before it ("the following day", see <see cref="SequelDates"/>).</summary>
    Anchored,
}

/// <summary>
/// A date expression found in the text. <see cref="Start"/>/<see cref="End"/> are character offsets into the
/// document text; <see cref="Range"/> the inclusive day range it denotes.
/// </summary>
/// <param name="Text">The expression as written (e.g. "On February 21").</param>
/// <param name="Direction">0 = the range itself; -1 = "before X"/"until X"; +1 = "since X"/"after X" (range already widened accordingly).</param>
public sealed record DateMention(int Start, int End, string Text, DateRange Range, DateKind Kind, int Direction = 0);
