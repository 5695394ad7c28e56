using System.Collections.Immutable;
using Entente.Analysis.Alignment;
using Entente.Analysis.Series;
using Entente.Core.Knowledge;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Analysis;

/// <summary>
/// The analysis services every interface uses (CLI today, the HTTP API next), wired once from one knowledge base:
/// spheres → alignment index → change points → dyad series builder. Immutable and thread-safe.
/// </summary>
public sealed class AnalysisServices
{
    public AnalysisServices(KnowledgeBase knowledge, Func<StoredEvent, ImmutableArray<string>>? embargoes = null,
        AlignmentSettings? alignment = null)
    {
        Knowledge = knowledge;
        Spheres = SphereClassifier.From(knowledge);
        Index = new AlignmentIndex(alignment ?? AlignmentSettings.Default);
        ChangePoints = new ChangePointDetector();
        Embargoes = embargoes;
        Series = new DyadSeriesBuilder(Spheres, IsSymmetric, Index, ChangePoints, embargoes);
    }

    public KnowledgeBase Knowledge { get; }
    public SphereClassifier Spheres { get; }
    public AlignmentIndex Index { get; }
    public ChangePointDetector ChangePoints { get; }
    public DyadSeriesBuilder Series { get; }
    public Func<StoredEvent, ImmutableArray<string>>? Embargoes { get; }

    public bool IsSymmetric(string type) => Knowledge.Cameo.Types.TryGetValue(type, out var t) && t.Symmetric;

    /// <summary>The store filter of a dyad query: both directions, events overlapping the span.</summary>
    public static EventFilter Filter(DyadQuery q) => new(Dyad: (q.A, q.B), Since: q.Since, Until: q.Until);

    /// <summary>The dyad's series from the store: its events, and their evidence sentences for the sphere rules.</summary>
    public DyadSeries Dyad(IEventStore store, DyadQuery q)
    {
        var filter = Filter(q);
        var events = store.Events(filter);
        return Series.Build(q, events, Evidence(store.Mentions(filter)));
    }

    /// <summary>Evidence sentences grouped by event id.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Evidence(IReadOnlyList<MentionView> mentions)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var g in mentions.Where(m => m.Mention.EventId != null).GroupBy(m => m.Mention.EventId!, StringComparer.Ordinal))
            map[g.Key] = [.. g.Select(m => m.Mention.Quote)];
        return map;
    }
}
