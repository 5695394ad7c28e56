using System.Collections.Immutable;
using System.Globalization;
using Entente.Analysis.Series;
using Entente.Corpus.Grading;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Analysis.Brief;

/// <summary>
/// Assembles a <see cref="DyadBrief"/> from a dyad series and the mentions of its events: an overview of figures from
/// the record, an executive summary of the most salient developments (<see cref="Salience"/>), a section per sphere,
/// and the source list with Admiralty grades. Every development is one templated sentence (<see cref="BriefPhrases"/>)
/// carrying its ICD 203 estimative expression, its citations "(Outlet, date)" and its status; nothing is invented.
/// Reads: DyadSeries, MentionView. Writes: DyadBrief. Stateless and thread-safe.
/// </summary>
public sealed class BriefBuilder(BriefPhrases phrases, SourceGrader grader, Func<string, bool>? isGenericEquipment = null,
    Func<string, string?>? pluralOfEquipment = null)
{
    private readonly BriefClaim _claims = new(phrases, isGenericEquipment, pluralOfEquipment);

    /// <summary>Developments listed per sphere at most (the most salient, then shown in date order).</summary>
    public int PerSection { get; init; } = 12;

    /// <summary>Developments in the executive summary at most (3–5 when there are that many).</summary>
    public int SummarySize { get; init; } = 5;

    /// <summary>Citations printed per sentence at most; the rest are counted ("and 3 more").</summary>
    public int CitationsShown { get; init; } = 4;

    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public DyadBrief Build(DyadSeries series, IReadOnlyList<MentionView> mentions, IReadOnlyList<BriefChart> charts,
        Func<StoredEvent, IReadOnlyList<string>>? embargoTexts = null, string? method = null, DateOnly? assembled = null)
    {
        var today = assembled ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var byEvent = mentions.Where(m => m.Mention.EventId != null).GroupBy(m => m.Mention.EventId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var counted = series.Events;
        // the brief's day: the last counted event when it falls in the last period (events are in anchor order), else the end of the span
        var asOf = series.Periods.IsEmpty ? today
            : counted.Length > 0 && series.Periods[^1].Period.Contains(counted[^1].Anchor) ? counted[^1].Anchor
            : series.Periods[^1].Period.End;

        BriefItem Item(CountedEvent c) => MakeItem(c, byEvent.TryGetValue(c.Event.Id, out var ms) ? ms : [], asOf, embargoTexts);

        var summary = Salience.Rank(counted, asOf).Take(SummarySize).Select(Item).ToImmutableArray();
        var sections = ImmutableArray.CreateBuilder<BriefSection>();
        foreach (var sphere in SphereClassifier.Order)
        {
            var inSphere = counted.Where(c => c.Sphere == sphere).ToList();
            if (inSphere.Count == 0) continue;
            var listed = Salience.Rank(inSphere, asOf).Take(PerSection)
                .OrderBy(c => c.Anchor).ThenBy(c => c.Event.Id, StringComparer.Ordinal).Select(Item).ToImmutableArray();
            sections.Add(new BriefSection(sphere, phrases.Sphere(sphere), listed, inSphere.Count - listed.Length));
        }

        var countedIds = counted.Select(c => c.Event.Id).ToHashSet(StringComparer.Ordinal);
        var used = mentions.Where(m => m.Mention.EventId != null && countedIds.Contains(m.Mention.EventId)).ToList();
        var title = $"{series.NameA}–{series.NameB} relations" + (series.Periods.IsEmpty ? "" : $", {Span(series)}");
        return new DyadBrief(title, series.Periods.IsEmpty ? "no events" : Span(series), asOf, today, Overview(series, used), summary,
            sections.ToImmutable(), Sources(used), [.. charts], method ?? "", series);
    }

    private static string Span(DyadSeries s) => $"{Day(s.Periods[0].Period.Start)} to {Day(s.Periods[^1].Period.End)}";

    public static string Day(DateOnly d) => d.ToString("d MMMM yyyy", En);

    private static string Signed(double v) => v.ToString("+0.00;−0.00;0.00", En);

    private ImmutableArray<string> Overview(DyadSeries s, IReadOnlyList<MentionView> used)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        if (s.Total is not { } t)
        {
            lines.Add($"The store holds no counted events between {s.NameA} and {s.NameB} for this span ({s.Coverage.Stored} stored, {s.Coverage.NotSelected} not counted).");
            return lines.ToImmutable();
        }
        var articles = used.Select(m => m.Mention.DocumentKey).Distinct(StringComparer.Ordinal).Count();
        int alone = s.Events.Count(c => !c.Event.IsDyadic);
        lines.Add($"From {Day(t.Period.Start)} to {Day(t.Period.End)} the record holds {t.Events} events between {s.NameA} and {s.NameB}: " +
                  $"{t.Quad.Cooperation} cooperative ({t.Quad.MaterialCooperation} material) and {t.Quad.Conflict} conflictual ({t.Quad.MaterialConflict} material), " +
                  $"merged from {used.Count} reports in {articles} articles.");
        if (alone > 0)
            lines.Add($"{alone} of these events are not relations between the two (one-actor events with no target named, or acts within one state); " +
                      "they are counted on the side of the actor that acted, as asked.");
        var last = s.Periods[^1];
        lines.Add($"The alignment index over the whole span is {Signed(t.Alignment.Index)} ({phrases.Alignment(t.Alignment.Index)}); " +
                  $"in {last.Period.Label} the smoothed index stood at {Signed(last.Alignment.Smoothed)} ({phrases.Alignment(last.Alignment.Smoothed)}).");
        if (s.ChangePoints.IsEmpty) lines.Add("No significant shift in the relationship was detected over the span.");
        foreach (var cp in s.ChangePoints)
            lines.Add($"The relationship shifted in {cp.Label}: the smoothed index moved from {Signed(cp.MeanBefore)} to {Signed(cp.MeanAfter)} on average.");
        lines.Add($"{s.NameA} directed {t.AToB.Cooperation} cooperative acts at {s.NameB}, including {t.AToB.ArmsTransfers} arms transfers; " +
                  $"{s.NameB} directed {t.BToA.Cooperation}, including {t.BToA.ArmsTransfers}" +
                  (t.Reciprocity is double r ? $" (reciprocity {r.ToString("0.00", En)}, where 1 is even exchange)." : ".") +
                  $" {t.Joint} events were joint (agreements, meetings, joint exercises).");
        if (t.EmbargoFlagged > 0)
            lines.Add($"{t.EmbargoFlagged} transfers fall inside an embargo in force at the time (flagged below).");
        if (s.Coverage.NotSelected + s.Coverage.Undated > 0)
            lines.Add($"{s.Coverage.NotSelected} further events were not counted (denied, hypothetical, planned or improbable) and {s.Coverage.Undated} had no date.");
        return lines.ToImmutable();
    }

    private BriefItem MakeItem(CountedEvent c, IReadOnlyList<MentionView> ms, DateOnly asOf, Func<StoredEvent, IReadOnlyList<string>>? embargoTexts)
    {
        var e = c.Event;
        var citations = Citations(ms);
        var (claim, judgement) = _claims.Write(e, citations);
        var status = phrases.Status(e.Status).Replace("{denied}", e.DeniedBy.IsDefaultOrEmpty ? "a party" : string.Join(", ", e.DeniedBy), StringComparison.Ordinal);
        var shown = citations.Take(CitationsShown).Select(Cite).ToList();
        if (citations.Length > CitationsShown) shown.Add($"and {citations.Length - CitationsShown} more");
        var cited = shown.Count > 0 ? string.Join("; ", shown) : "no publishing outlet recorded";
        var text = $"{claim} ({cited}) — {status}{(judgement is null ? "" : "; " + judgement)}, grade {e.Grade}.";
        var embargoes = c.Embargoes.IsDefaultOrEmpty ? [] : c.Embargoes;
        if (embargoes.Length > 0)
            text += " Flag: " + string.Join("; ", embargoTexts?.Invoke(e) is { Count: > 0 } texts ? texts : embargoes) + ".";
        return new BriefItem(c, claim, citations, status, embargoes, Salience.Score(c, asOf), text);
    }

    /// <summary>" on 21 February 2024", " in February 2024", " between 1 January and 27 February 2024", " by 17 January 2025,
    /// the date of publication" when the text gave no date, or "" when undated (see <see cref="BriefClaim.DatePhrase"/>).</summary>
    public static string DatePhrase(StoredEvent e) => BriefClaim.DatePhrase(e);

    private static ImmutableArray<BriefCitation> Citations(IReadOnlyList<MentionView> ms)
    {
        var seen = new HashSet<(string, DateOnly?)>();
        var list = ImmutableArray.CreateBuilder<BriefCitation>();
        foreach (var m in ms.OrderBy(m => m.Mention.Published ?? DateOnly.MaxValue).ThenBy(m => m.Mention.Key, StringComparer.Ordinal))
        {
            var outlet = m.Mention.Outlet ?? m.Title ?? Path.GetFileName(m.Path);
            if (!seen.Add((outlet, m.Mention.Published))) continue;
            var citing = m.Mention.Cited.IsDefaultOrEmpty ? [] : m.Mention.Cited.Where(x => !x.Equals(outlet, StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
            list.Add(new BriefCitation(outlet, m.Mention.Published, citing, m.Url));
        }
        return list.ToImmutable();
    }

    public static string Cite(BriefCitation c)
        => c.Outlet + (c.Published is DateOnly d ? ", " + Day(d) : ", undated")
           + (c.Citing.IsDefaultOrEmpty ? "" : ", citing " + string.Join(" and ", c.Citing));

    private ImmutableArray<BriefSource> Sources(IReadOnlyList<MentionView> used)
    {
        var reports = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in used)
        {
            var outlet = m.Mention.Outlet ?? m.Title ?? Path.GetFileName(m.Path);
            reports[outlet] = reports.GetValueOrDefault(outlet) + 1;
            if (!m.Mention.Cited.IsDefaultOrEmpty)
                foreach (var c in m.Mention.Cited.Where(c => !c.Equals(outlet, StringComparison.OrdinalIgnoreCase))) reports[c] = reports.GetValueOrDefault(c) + 1;
        }
        return [.. reports.Select(kv =>
            {
                var g = grader.Grade(kv.Key);
                grader.Outlets.TryFind(kv.Key, out var info);
                return new BriefSource(kv.Key, g.Grade, g.Basis, info?.Country, info?.Kind, kv.Value);
            })
            .OrderBy(s => s.Grade).ThenByDescending(s => s.Reports).ThenBy(s => s.Outlet, StringComparer.Ordinal)];
    }
}
