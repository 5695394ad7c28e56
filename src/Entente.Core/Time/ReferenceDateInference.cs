namespace Entente.Core.Time;

/// <summary>
/// Guesses a publication date when the article gives none: the latest full explicit day ("October 23, 2023",
/// "2023-10-23") in the text or among the citation dates. Text dates after a deadline word ("by", "until", "before")
/// are ignored, and when citation dates exist, text dates more than <see cref="FutureSlackDays"/> days after the
/// latest citation are taken as planned/future dates and ignored too. The pipeline should warn when it uses this.
/// </summary>
public sealed class ReferenceDateInference
{
    public const int FutureSlackDays = 31;
    private readonly DateRecognizer _recognizer;

    public ReferenceDateInference(DateRecognizer recognizer)
        => _recognizer = recognizer ?? throw new ArgumentNullException(nameof(recognizer));

    /// <returns>The inferred reference date, or null when the text and citations hold no full explicit date.</returns>
    public DateOnly? Infer(string text, IEnumerable<DateOnly> citationDates)
    {
        ArgumentNullException.ThrowIfNull(text);
        DateOnly? latestCitation = null;
        if (citationDates != null)
            foreach (var d in citationDates)
                if (latestCitation is not { } c || d > c) latestCitation = d;

        DateOnly? latestText = null;
        foreach (var m in _recognizer.Find(text, 0, text.Length, null))
        {
            if (m.Kind != DateKind.Explicit || m.Direction != 0 || m.Range.Days != 1) continue;
            var d = m.Range.End;
            if (latestCitation is { } c && d.DayNumber - c.DayNumber > FutureSlackDays) continue;
            if (latestText is not { } t || d > t) latestText = d;
        }
        if (latestText is { } lt && latestCitation is { } lc) return lt > lc ? lt : lc;
        return latestText ?? latestCitation;
    }
}
