using Entente.Analysis.Series;

namespace Entente.Analysis.Brief;

/// <summary>
/// How significant a development is, for the executive summary (documented in the README, section "Briefs"):
/// <code>
///   salience = |Goldstein|/10 × (material ? 2 : 1) × (1 + ln(independent reports)) × credibility factor × 2^(−age/365 days)
/// </code>
/// material acts over words, corroborated over single-source, credible over doubtful, recent over old (age from the
/// brief's last day to the event's anchor day; a year halves it). Credibility factors: 1 → 1.0, 2 → 0.9, 3 → 0.75,
/// 4 → 0.6, 5 → 0.3, 6 (cannot be judged) → 0.5.
/// </summary>
public static class Salience
{
    public static double CredibilityFactor(int credibility) => credibility switch
    {
        1 => 1.0, 2 => 0.9, 3 => 0.75, 4 => 0.6, 5 => 0.3, _ => 0.5,
    };

    public static double Score(CountedEvent c, DateOnly asOf)
    {
        var e = c.Event;
        var age = Math.Max(0, asOf.DayNumber - c.Anchor.DayNumber);
        return Math.Abs(e.Goldstein) / 10.0
               * (e.QuadClass is 2 or 4 ? 2.0 : 1.0)
               * (1 + Math.Log(Math.Max(1, e.NumIndependent)))
               * CredibilityFactor(e.Credibility)
               * Math.Pow(2, -age / 365.0);
    }

    /// <summary>Events most salient first; ties by the later anchor, then id, so the order is reproducible.</summary>
    public static IReadOnlyList<CountedEvent> Rank(IEnumerable<CountedEvent> events, DateOnly asOf)
        => [.. events.Select(c => (c, s: Score(c, asOf)))
            .OrderByDescending(x => x.s).ThenByDescending(x => x.c.Anchor).ThenBy(x => x.c.Event.Id, StringComparer.Ordinal).Select(x => x.c)];
}
