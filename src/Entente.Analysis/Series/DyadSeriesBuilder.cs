using System.Collections.Immutable;
using Entente.Analysis.Alignment;
using Entente.Analysis.Selection;
using Entente.Corpus.Model;

namespace Entente.Analysis.Series;

/// <summary>What a dyad series is asked for.</summary>
/// <param name="A">First actor code (directions are read from A).</param>
/// <param name="Since">First day of the span; null: the first counted event's period.</param>
/// <param name="Until">Last day of the span; null: the last counted event's period.</param>
public sealed record DyadQuery(string A, string B, PeriodUnit Unit = PeriodUnit.Month, DateOnly? Since = null, DateOnly? Until = null,
    EventSelection? Selection = null)
{
    public EventSelection EffectiveSelection => Selection ?? EventSelection.Default;
}

/// <summary>
/// Builds a <see cref="DyadSeries"/> from the merged events of one dyad: selects the events that count, places each on
/// its anchor day, classifies its sphere and direction, cuts the span into periods (empty ones included) and computes
/// per period the QuadClass counts, Goldstein total and mean, counts per type and sphere, each side's totals,
/// reciprocity, embargo flags, the alignment index and, over the series, its change points.
/// Reads: StoredEvent (and evidence sentences for spheres). Writes: DyadSeries. Stateless and thread-safe.
/// </summary>
public sealed class DyadSeriesBuilder(
    SphereClassifier spheres,
    Func<string, bool> isSymmetricType,
    AlignmentIndex index,
    ChangePointDetector changePoints,
    Func<StoredEvent, ImmutableArray<string>>? embargoes = null,
    Func<string, string?>? canonicalName = null)
{
    /// <summary>
    /// The day that places an event in a period: the middle of its date range when the range is at most 92 days
    /// (a day, a week, a month, a quarter); for a longer range ("since 2022", "over the past year"), the day it was first
    /// reported, kept inside the range (when it became known); with no range, the one date known or the first report.
    /// </summary>
    public static DateOnly? AnchorDay(StoredEvent e)
    {
        if (e.DateStart is DateOnly s && e.DateEnd is DateOnly d)
        {
            var days = d.DayNumber - s.DayNumber;
            if (days <= 92) return s.AddDays(days / 2);
            var known = e.FirstSeen is DateOnly f && f < d ? f : d;
            return known < s ? s : known;
        }
        return e.DateStart ?? e.DateEnd ?? e.FirstSeen;
    }

    /// <param name="events">The dyad's merged events (either direction).</param>
    /// <param name="evidence">Evidence sentences by event id, for the sphere rules; events without an entry are classified by type and equipment.</param>
    public DyadSeries Build(DyadQuery q, IReadOnlyList<StoredEvent> events, IReadOnlyDictionary<string, IReadOnlyList<string>>? evidence = null)
    {
        var selection = q.EffectiveSelection;
        var counted = new List<CountedEvent>(events.Count);
        int notSelected = 0, undated = 0, outside = 0;
        string nameA = canonicalName?.Invoke(q.A) ?? q.A, nameB = canonicalName?.Invoke(q.B) ?? q.B;
        foreach (var e in events)
        {
            // names only from relations between the two: a one-actor event or an act within one state names no partner
            bool pair = e.IsDyadic;
            if (e.SourceCode == q.A) { nameA = NameOf(e.SourceName, nameA, q.A); if (pair) nameB = NameOf(e.TargetName, nameB, q.B); }
            else if (e.SourceCode == q.B) { nameB = NameOf(e.SourceName, nameB, q.B); if (pair) nameA = NameOf(e.TargetName, nameA, q.A); }
            else continue;
            if (!selection.Counts(e)) { notSelected++; continue; }
            if (AnchorDay(e) is not DateOnly anchor) { undated++; continue; }
            if ((q.Since is DateOnly since && anchor < since) || (q.Until is DateOnly until && anchor > until)) { outside++; continue; }
            // an included one-actor event or act within one state counts on the side of the actor that acted, never as joint
            var direction = pair && isSymmetricType(e.Type) ? Direction.Joint : e.SourceCode == q.A ? Direction.AToB : Direction.BToA;
            var sphere = spheres.Classify(e, evidence != null && evidence.TryGetValue(e.Id, out var ev) ? ev : []);
            counted.Add(new CountedEvent(e, anchor, sphere, direction, embargoes?.Invoke(e) ?? []));
        }
        counted.Sort((x, y) => x.Anchor != y.Anchor ? x.Anchor.CompareTo(y.Anchor) : string.CompareOrdinal(x.Event.Id, y.Event.Id));

        var periods = ImmutableArray<DyadPeriod>.Empty;
        DyadPeriod? total = null;
        var points = ImmutableArray<ChangePoint>.Empty;
        if (counted.Count > 0 || (q.Since.HasValue && q.Until.HasValue))
        {
            var first = q.Since ?? counted[0].Anchor;
            var last = q.Until ?? counted[^1].Anchor;
            Period.CheckSpan(first, last, q.Unit);
            var span = Period.Span(first, last, q.Unit).ToList();
            var buckets = span.Select(_ => new List<CountedEvent>()).ToList();
            int pi = 0;
            foreach (var c in counted)
            {
                while (!span[pi].Contains(c.Anchor)) pi++;
                buckets[pi].Add(c);
            }
            var components = buckets.Select(index.Components).ToList();
            var scores = index.Score(components);
            periods = [.. span.Select((p, i) => Summarise(p, buckets[i], scores[i]))];
            var all = index.Components(counted);
            total = Summarise(new Period(span[0].Start, span[^1].End, q.Unit), counted,
                new AlignmentScore(index.Index(all.Cooperation, all.Conflict), index.Index(all.Cooperation, all.Conflict), all));
            points = [.. changePoints.Detect(scores.Select(s => s.Smoothed).ToList(), span.Select(p => p.Label).ToList())];
        }
        return new DyadSeries(q.A, nameA, q.B, nameB, q.Unit, selection, periods, total, points,
            new SeriesCoverage(events.Count, counted.Count, notSelected, undated, outside), [.. counted]);
    }

    private static string NameOf(string candidate, string current, string code)
        => current == code && candidate.Length > 0 ? candidate : current;

    private static DyadPeriod Summarise(Period period, IReadOnlyList<CountedEvent> events, AlignmentScore score)
    {
        int[] quad = new int[5];
        double goldstein = 0;
        var types = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var spheres = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var ab = new Side(); var ba = new Side();
        int joint = 0, embargo = 0;
        foreach (var c in events)
        {
            var e = c.Event;
            if (e.QuadClass is >= 1 and <= 4) quad[e.QuadClass]++;
            goldstein += e.Goldstein;
            types[e.Type] = types.GetValueOrDefault(e.Type) + 1;
            spheres[c.Sphere] = spheres.GetValueOrDefault(c.Sphere) + 1;
            if (!c.Embargoes.IsDefaultOrEmpty) embargo++;
            switch (c.Direction)
            {
                case Direction.Joint: joint++; break;
                case Direction.AToB: ab.Add(e); break;
                default: ba.Add(e); break;
            }
        }
        int coopAb = ab.Cooperation, coopBa = ba.Cooperation;
        double? reciprocity = coopAb + coopBa == 0 ? null : 2.0 * Math.Min(coopAb, coopBa) / (coopAb + coopBa);
        double? balance = coopAb + coopBa == 0 ? null : (double)(coopAb - coopBa) / (coopAb + coopBa);
        return new DyadPeriod(period, events.Count, new QuadCounts(quad[1], quad[2], quad[3], quad[4]), goldstein,
            events.Count == 0 ? null : goldstein / events.Count, types.ToImmutableSortedDictionary(StringComparer.Ordinal),
            spheres.ToImmutableSortedDictionary(StringComparer.Ordinal), ab.Totals(), ba.Totals(), joint, reciprocity, balance, embargo, score);
    }

    private sealed class Side
    {
        public int Events, Cooperation, Material, Arms;
        public double Goldstein;

        public void Add(StoredEvent e)
        {
            Events++;
            Goldstein += e.Goldstein;
            if (e.QuadClass is 1 or 2) Cooperation++;
            if (e.QuadClass == 2) Material++;
            if (e.Type == "arms_transfer" && e.QuadClass <= 2) Arms++;
        }

        public DirectionTotals Totals() => new(Events, Cooperation, Material, Arms, Goldstein);
    }
}
