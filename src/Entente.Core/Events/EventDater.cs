using Entente.Core.Knowledge;
using Entente.Core.Sources;
using Entente.Core.Time;

namespace Entente.Core.Events;

/// <summary>
/// The date of an event: the date in its clause nearest the trigger, else one in its sentence (a report clause makes it
/// "on or before"), else for a planned act the six months after publication, else the sentence's own citation date, else
/// the month before publication; "since X" after a first or superlative is a comparison, not a date. Reads: the sentence
/// context (dates, cue map), status, reference date and citations. Writes: an <see cref="EventDate"/>.
/// </summary>
internal static class EventDater
{
    /// <summary>"the first visit … since 2000", "Russia's largest exercise since 1985", "for the first time since": a
    /// "since X" after a first or a superlative (with its determiner, within the few words before) is a comparison.</summary>
    private static bool IsFirstSince(SentenceContext ctx, DateMention d, int tok)
    {
        var text = ctx.Text;
        if (!(d.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase) || d.Text.StartsWith("ever since", StringComparison.OrdinalIgnoreCase))) return false;
        for (int j = tok - 1; j > ctx.First && j >= tok - 8; j--)
        {
            var key = text.Key(j);
            if (key is "," or ";" or ":") return false;
            bool superlative = key is "first" || (key.Length >= 5 && key.EndsWith("est", StringComparison.Ordinal));
            if (superlative && ctx.Words.Determiners.Contains(text.Key(j - 1))) return true;
        }
        return false;
    }

    public static EventDate? DecideDate(SentenceContext ctx, Candidate c, int cs, int ce, EventStatus status, DateOnly? reference, IReadOnlyList<Citation> citations)
    {
        var text = ctx.Text;
        DateMention? inClause = null, inSentence = null;
        int triggerChar = text.Tokens[c.TriggerStart].Start;
        int csChar = text.Tokens[cs].Start, ceChar = text.Tokens[ce - 1].End;
        foreach (var d in ctx.Facts.Dates)
        {
            int tok = ctx.TokenAt(d.Start);
            if (ctx.Map.Parenthesized(tok)) continue;
            // "his first visit to North Korea since 2000": the since-date bounds the comparison, not the event
            if (d.Direction > 0 && IsFirstSince(ctx, d, tok)) continue;
            if (d.Start >= csChar && d.End <= ceChar)
            {
                if (inClause == null || Math.Abs(d.Start - triggerChar) < Math.Abs(inClause.Start - triggerChar)) inClause = d;
            }
            // a future date in another clause ("… cooperation that may be formalized in the coming months") does not date a past event
            else if (status != EventStatus.Planned && reference is DateOnly rf && d.Range.Start > rf) continue;
            else if (inSentence == null || Math.Abs(d.Start - triggerChar) < Math.Abs(inSentence.Start - triggerChar)) inSentence = d;
        }
        if (inClause != null) return new EventDate(inClause.Range, inClause.Text, "text");
        if (inSentence != null)
        {
            // "On February 21, reports began to surface that Iran has supplied …": happened on or before the report
            bool reportClause = false;
            for (int j = ctx.First; j < cs; j++) if (ctx.Map.CueOf(j) == Cue.Report) { reportClause = true; break; }
            if (reportClause && status != EventStatus.Planned)
                return new EventDate(new DateRange(inSentence.Range.End.AddDays(-30), inSentence.Range.End), inSentence.Text, "report");
            return new EventDate(inSentence.Range, inSentence.Text, "text");
        }
        if (status == EventStatus.Planned && reference is DateOnly pr)
            return new EventDate(new DateRange(pr, pr.AddMonths(6)), null, "publication");
        var cited = citations.Where(x => x.Date != null).Select(x => x.Date!.Value).DefaultIfEmpty().Max();
        if (cited != default) return new EventDate(new DateRange(cited.AddDays(-30), cited), null, "citation");
        if (reference is DateOnly r) return new EventDate(new DateRange(r.AddDays(-30), r), null, "publication");
        return null;
    }
}
