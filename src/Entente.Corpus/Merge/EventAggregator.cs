using System.Collections.Immutable;
using Entente.Core.Events;
using Entente.Corpus.Grading;
using Entente.Corpus.Model;

namespace Entente.Corpus.Merge;

/// <summary>
/// Computes an event's fields from its mentions. Every choice is a function of the set of mentions (ties broken by
/// mention key), never of their order:
/// <list type="bullet">
/// <item>CAMEO code: the most frequent among mentions that are not denials (ties: the lowest code);</item>
/// <item>date: the intersection of the text-dated ranges (else of all ranges); when they do not intersect, the narrowest;</item>
/// <item>status: reported or confirmed by some and denied by others → contested; else denied, confirmed, reported, assessed, planned, hypothetical in that order;</item>
/// <item>quantity: the most frequent value (ties: the smaller), with the words and the equipment of the first report giving it; equipment: the union;</item>
/// <item>date basis: "text" when any report dates the event in its own words, else the nearest of report, citation, publication;</item>
/// <item>counts: mentions, distinct articles, distinct outlets, and independent reports (same origin or near-identical text count once);</item>
/// <item>grade: best reliability among reporting origins, credibility from <see cref="CredibilityGrader"/>.</item>
/// </list>
/// </summary>
public sealed class EventAggregator
{
    private readonly SourceGrader _grader;
    private readonly Func<string, bool> _isSymmetricCode;

    /// <param name="isSymmetricCode">Whether a CAMEO code has no direction (<see cref="Entente.Core.Knowledge.CameoTable.IsSymmetric"/>):
    /// only such events take the block's sorted actor order; all others keep the direction their reports give.</param>
    public EventAggregator(SourceGrader grader, Func<string, bool> isSymmetricCode)
    {
        _grader = grader;
        _isSymmetricCode = isSymmetricCode ?? throw new ArgumentNullException(nameof(isSymmetricCode));
    }

    public StoredEvent Aggregate(string id, IReadOnlyList<StoredMention> members)
    {
        if (members.Count == 0) throw new ArgumentException("an event needs at least one mention", nameof(members));
        var ordered = members.OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        var positive = ordered.Where(IsPositive).ToList();
        var denials = ordered.Where(m => m.Status == EventStatus.Denied).ToList();

        var basis = positive.Count > 0 ? positive : ordered;
        string cameo = basis.GroupBy(m => m.Cameo, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var representative = basis.Where(m => m.Cameo == cameo)
            .OrderBy(m => m.Published ?? DateOnly.MaxValue).ThenBy(m => m.Key, StringComparer.Ordinal).First();

        var (start, end) = ReconcileDates(ordered);
        var status = ReconcileStatus(ordered);
        double confidence = basis.Max(m => m.Confidence);
        // the report the quantity is taken from also gives its words and what it counts
        var counted = ordered.Where(m => m.Quantity is not null).GroupBy(m => m.Quantity!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.First()).FirstOrDefault();
        var equipment = ordered.SelectMany(m => m.Equipment.IsDefault ? [] : m.Equipment)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToImmutableArray();

        int articles = ordered.Select(m => m.DocumentKey).Distinct(StringComparer.Ordinal).Count();
        int sources = ordered.Where(m => m.Outlet is not null).Select(m => m.Outlet!).Distinct(StringComparer.OrdinalIgnoreCase).Count()
            + (ordered.Any(m => m.Outlet is null) ? 1 : 0);
        var published = ordered.Where(m => m.Published is not null).Select(m => m.Published!.Value).ToList();

        var groups = IndependentGroups(positive);
        int strong = 0, weak = 0, unknown = 0;
        char best = 'F';
        foreach (var g in groups)
        {
            char grade = g.Min(m => _grader.Grade(m.Origin ?? m.Outlet).Grade);
            if (grade < best) best = grade;
            if (grade <= 'C') strong++;
            else if (grade <= 'E') weak++;
            else unknown++;
        }
        bool confirmed = ordered.Any(m => m.Status == EventStatus.Confirmed);
        int credibility = CredibilityGrader.Grade(new Corroboration(strong, weak, unknown, confirmed, denials.Count > 0));

        // a truly symmetric code ("met", "signed") follows the block's sorted orientation; a directed one ("Putin hosted
        // Raisi", 043) keeps the direction of the report it is taken from, even inside a symmetric family's block
        var parts = representative.Block.Split('|');
        bool swapped = parts.Length == 3 && !representative.IsOneSided && parts[1] != MergeRules.ActorKey(representative.SourceCode, representative.SourceName) && _isSymmetricCode(cameo);
        string sourceKey = swapped ? MergeRules.ActorKey(representative.TargetCode, representative.TargetName) : MergeRules.ActorKey(representative.SourceCode, representative.SourceName);
        string targetKey = swapped ? MergeRules.ActorKey(representative.SourceCode, representative.SourceName) : MergeRules.ActorKey(representative.TargetCode, representative.TargetName);
        return new StoredEvent(
            id, representative.Block,
            swapped ? representative.TargetCode : representative.SourceCode,
            swapped ? representative.TargetName : representative.SourceName,
            swapped ? representative.SourceCode : representative.TargetCode,
            swapped ? representative.SourceName : representative.TargetName,
            representative.Type, cameo, representative.Plover, representative.Goldstein, representative.QuadClass,
            start, end, status, confidence, counted?.Quantity, equipment,
            ordered.Count, articles, sources, groups.Count,
            published.Count > 0 ? published.Min() : null, published.Count > 0 ? published.Max() : null,
            best, credibility,
            Outlets(positive), Outlets(denials))
        {
            QuantityApproximate = counted?.QuantityApproximate ?? false, QuantityText = counted?.QuantityText, QuantityOf = counted?.QuantityOf,
            QuantityMoney = counted?.QuantityMoney ?? false, DateBasis = start is null ? null : ReconcileBasis(ordered),
            Location = ReconcileLocation(ordered),
            SourcePlace = ReconcilePlace(ActorPlaces(ordered, sourceKey, sourceSide: true)),
            TargetPlace = ReconcilePlace(ActorPlaces(ordered, targetKey, sourceSide: false)),
        };
    }

    /// <summary>The places the reports tie to the actor of key <paramref name="key"/> (<see cref="MergeRules.ActorKey"/>), on whichever
    /// side a report has it (a symmetric event's reports may name the two actors in either order), the given side first.</summary>
    public static IEnumerable<Entente.Core.Events.EventLocation> ActorPlaces(IReadOnlyList<StoredMention> mentions, string key, bool sourceSide)
    {
        foreach (var m in mentions)
        {
            bool source = MergeRules.ActorKey(m.SourceCode, m.SourceName) == key, target = MergeRules.ActorKey(m.TargetCode, m.TargetName) == key;
            var place = source && (sourceSide || !target) ? m.SourcePlace : target ? m.TargetPlace : null;
            if (place != null) yield return place;
        }
    }

    /// <summary>The event's location among its reports': the most precise (city, admin1, sea, country), then the place most
    /// reports give, then the firmest basis (clause, sentence, dateline), then by name: a function of the set of mentions only.</summary>
    public static Entente.Core.Events.EventLocation? ReconcileLocation(IReadOnlyList<StoredMention> mentions)
        => ReconcilePlace(mentions.Where(m => m.Location != null).Select(m => m.Location!));

    /// <summary>One place among several reports' (an event's location, an actor's place): the most precise, then the place most
    /// reports give, then the firmest basis (clause or the actor's phrase, then sentence or the actor's name, then dateline), then by
    /// name; null when none.</summary>
    public static Entente.Core.Events.EventLocation? ReconcilePlace(IEnumerable<Entente.Core.Events.EventLocation> places)
    {
        var located = places.ToList();
        if (located.Count == 0) return null;
        return located
            .GroupBy(l => (l.Name, l.Kind, l.Country))
            .OrderBy(g => g.First().PrecisionRank)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(l => BasisRank(l.Basis)))
            .ThenBy(g => g.Key.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Country, StringComparer.Ordinal)
            .First().OrderBy(l => BasisRank(l.Basis)).ThenBy(l => l.Start ?? int.MaxValue).First();

        static int BasisRank(string basis) => basis switch { "clause" or "phrase" => 0, "sentence" or "name" => 1, _ => 2 };
    }

    /// <summary>"text" when a report dates the event in its own words (<see cref="ReconcileDates"/> then uses only those), else
    /// the basis closest to the event among the others: the date a report was made, a cited piece's date, publication.</summary>
    public static string? ReconcileBasis(IReadOnlyList<StoredMention> mentions)
    {
        string? best = null;
        foreach (var m in mentions)
        {
            if (m.DateStart is null || m.DateEnd is null || m.DateBasis is null) continue;
            if (best is null || Rank(m.DateBasis) < Rank(best)) best = m.DateBasis;
        }
        return best;

        static int Rank(string basis) => basis switch { "text" => 0, "report" => 1, "citation" => 2, _ => 3 };
    }

    private static bool IsPositive(StoredMention m) => m.Status is EventStatus.Reported or EventStatus.Confirmed or EventStatus.Assessed;

    public static ReconciledStatus ReconcileStatus(IReadOnlyCollection<StoredMention> mentions)
    {
        bool denied = false, confirmed = false, reported = false, assessed = false, planned = false;
        foreach (var m in mentions)
            switch (m.Status)
            {
                case EventStatus.Denied: denied = true; break;
                case EventStatus.Confirmed: confirmed = true; break;
                case EventStatus.Reported: reported = true; break;
                case EventStatus.Assessed: assessed = true; break;
                case EventStatus.Planned: planned = true; break;
            }
        if (denied && (confirmed || reported || assessed)) return ReconciledStatus.Contested;
        if (denied) return ReconciledStatus.Denied;
        if (confirmed) return ReconciledStatus.Confirmed;
        if (reported) return ReconciledStatus.Reported;
        if (assessed) return ReconciledStatus.Assessed;
        if (planned) return ReconciledStatus.Planned;
        return ReconciledStatus.Hypothetical;
    }

    public static (DateOnly? Start, DateOnly? End) ReconcileDates(IReadOnlyList<StoredMention> mentions)
    {
        var dated = mentions.Where(m => m.DateStart is not null && m.DateEnd is not null).ToList();
        if (dated.Count == 0) return (null, null);
        var fromText = dated.Where(m => m.DateBasis is "text").ToList();
        var pool = fromText.Count > 0 ? fromText : dated;
        var start = pool.Max(m => m.DateStart!.Value);
        var end = pool.Min(m => m.DateEnd!.Value);
        if (start <= end) return (start, end);
        var narrowest = pool.OrderBy(m => m.DateEnd!.Value.DayNumber - m.DateStart!.Value.DayNumber)
            .ThenBy(m => m.DateStart!.Value).ThenBy(m => m.Key, StringComparer.Ordinal).First();
        return (narrowest.DateStart, narrowest.DateEnd);
    }

    /// <summary>Groups reports that are not independent of each other: same article, same origin, or near-identical sentence.</summary>
    internal static List<List<StoredMention>> IndependentGroups(IReadOnlyList<StoredMention> reports)
    {
        var sets = new UnionFind(reports.Count);
        for (int i = 0; i < reports.Count; i++)
            for (int j = 0; j < i; j++)
            {
                var a = reports[i];
                var b = reports[j];
                if (a.DocumentKey == b.DocumentKey
                    || (a.Origin is not null && string.Equals(a.Origin, b.Origin, StringComparison.OrdinalIgnoreCase))
                    || Fingerprint.NearDuplicate(a.Fingerprint, b.Fingerprint))
                    sets.Union(i, j);
            }
        return sets.Groups().Select(g => g.Select(i => reports[i]).ToList()).ToList();
    }

    private static ImmutableArray<string> Outlets(IEnumerable<StoredMention> mentions)
        => mentions.Select(m => m.Outlet ?? "(unknown outlet)").Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToImmutableArray();
}
