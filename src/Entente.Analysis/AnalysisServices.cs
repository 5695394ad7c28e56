using System.Collections.Immutable;
using Entente.Analysis.Alignment;
using Entente.Analysis.Brief;
using Entente.Analysis.Charts;
using Entente.Corpus;
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
    public AnalysisServices(CorpusServices corpus, AlignmentSettings? alignment = null)
    {
        Corpus = corpus;
        Func<StoredEvent, ImmutableArray<string>> embargoes = e => corpus.Embargo.Flags(e).Select(f => f.Id).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var knowledge = corpus.Knowledge;
        Knowledge = knowledge;
        Phrases = BriefPhrases.From(knowledge);
        Briefs = new BriefBuilder(Phrases, corpus.Grader, knowledge.Equipment.IsGeneric, knowledge.Equipment.PluralOf);
        Spheres = SphereClassifier.From(knowledge);
        Index = new AlignmentIndex(alignment ?? AlignmentSettings.Default);
        ChangePoints = new ChangePointDetector();
        Embargoes = embargoes;
        _outlines = new(() => Maps.CountryOutlines.TryLoadFrom(knowledge.DataDirectory));
        Series = new DyadSeriesBuilder(Spheres, IsSymmetric, Index, ChangePoints, embargoes,
            code => knowledge.Actors.NameOfCode.TryGetValue(code, out var name) ? name : null);
    }

    public CorpusServices Corpus { get; }
    public KnowledgeBase Knowledge { get; }
    public BriefPhrases Phrases { get; }
    public BriefBuilder Briefs { get; }
    public DyadCharts Charts { get; } = new();
    public SphereClassifier Spheres { get; }
    public AlignmentIndex Index { get; }
    public ChangePointDetector ChangePoints { get; }
    public DyadSeriesBuilder Series { get; }
    /// <summary>Ids of the embargoes in force that a transfer falls inside (see <see cref="Entente.Corpus.Context.EmbargoFlagger"/>).</summary>
    public Func<StoredEvent, ImmutableArray<string>> Embargoes { get; }

    private readonly Lazy<(Maps.CountryOutlines? Outlines, string? Problem)> _outlines;

    /// <summary>The country outlines of the knowledge folder (data/maps/), loaded once on first use; null when the folder
    /// has none or they cannot be read (the brief and the dyad page then show no map, the map page says why: see
    /// <see cref="OutlinesProblem"/>). A failure is kept too: the file is not read again on every request.</summary>
    public Maps.CountryOutlines? Outlines => _outlines.Value.Outlines;

    /// <summary>Why the outlines could not be loaded (the error with its file, line and hint); null when they were.</summary>
    public string? OutlinesProblem => _outlines.Value.Problem;

    public bool IsSymmetric(string type) => Knowledge.Cameo.Types.TryGetValue(type, out var t) && t.Symmetric;

    /// <summary>The store filter of a dyad query: both directions, events overlapping the span.</summary>
    public static EventFilter Filter(DyadQuery q) => new(Dyad: (q.A, q.B), Since: q.Since, Until: q.Until);

    /// <summary>
    /// Every store filter a dyad query reads: <see cref="Filter"/>, and when its selection includes one-sided events, the
    /// one-actor events of A and of B and the events with A (or B) on both sides.
    /// </summary>
    public static IReadOnlyList<EventFilter> Filters(DyadQuery q)
    {
        var pair = Filter(q);
        if (!q.EffectiveSelection.IncludeOneSided) return [pair];
        return [pair,
            pair with { Dyad = null, Actor = q.A, OneSided = OneSidedFilter.Only }, pair with { Dyad = null, Actor = q.B, OneSided = OneSidedFilter.Only },
            pair with { Dyad = (q.A, q.A) }, pair with { Dyad = (q.B, q.B) }];
    }

    /// <summary>The events of a dyad query (<see cref="Filters"/>), each once.</summary>
    public static IReadOnlyList<StoredEvent> Events(IEventStore store, DyadQuery q)
    {
        var filters = Filters(q);
        return filters.Count == 1 ? store.Events(filters[0])
            : [.. filters.SelectMany(store.Events).DistinctBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>The mentions of the events of a dyad query (<see cref="Filters"/>), each once.</summary>
    public static IReadOnlyList<MentionView> Mentions(IEventStore store, DyadQuery q)
    {
        var filters = Filters(q);
        return filters.Count == 1 ? store.Mentions(filters[0])
            : [.. filters.SelectMany(store.Mentions).DistinctBy(m => m.Mention.Key, StringComparer.Ordinal)];
    }

    /// <summary>The dyad's series from the store: its events, and their evidence sentences for the sphere rules.</summary>
    /// <param name="events">The dyad's events for the query's span when the caller has read them already (<see cref="Events(IEventStore, DyadQuery)"/>); null: read here.</param>
    public DyadSeries Dyad(IEventStore store, DyadQuery q, IReadOnlyList<StoredEvent>? events = null)
        => Series.Build(q, events ?? Events(store, q), Evidence(Mentions(store, q)));

    /// <summary>
    /// A cited brief on a dyad. With <paramref name="chartPath"/> (NAME.png or NAME.svg) the three charts are drawn
    /// there (NAME, NAME-quadclass, NAME-types) and shown in the brief.
    /// </summary>
    public DyadBrief Brief(IEventStore store, DyadQuery q, string? chartPath = null, string? method = null)
    {
        var events = Events(store, q);
        var mentions = Mentions(store, q);
        var series = Series.Build(q, events, Evidence(mentions));
        var charts = new List<BriefChart>();
        if (chartPath != null && !series.Periods.IsEmpty)
        {
            var files = Charts.SaveAll(series, chartPath);
            charts.Add(new BriefChart($"Alignment index of {series.NameA} and {series.NameB} per {series.Unit.ToString().ToLowerInvariant()}, smoothed line, change points dashed", files[0]));
            charts.Add(new BriefChart("Merged events per QuadClass", files[1]));
            charts.Add(new BriefChart("Event types over the span", files[2]));
            if (MapChart(series, chartPath) is { } map) charts.Add(map);
        }
        return Briefs.Build(series, mentions, charts, e => [.. Corpus.Embargo.Flags(e).Select(f => f.Text)], method: method ?? $"Assembled from {store.Location}; counted: {series.Selection.Describe()}. " +
            "Developments are ordered in the executive summary by salience (material over verbal, corroborated over single-source, credible over doubtful, recent over old) " +
            "and within sections by date; the alignment index and salience score are defined in Entente's README.");
    }

    /// <summary>
    /// The brief's map of the counted events' places, drawn beside the charts as NAME-map (SVG or PNG as the charts), one
    /// point per place (nearby places grouped only past <see cref="Maps.MapAggregator.MaxPoints"/>), fitted to the two
    /// countries and the places; null when no counted event has a place or there are no outlines.
    /// </summary>
    public BriefChart? MapChart(DyadSeries series, string chartPath)
    {
        if (Outlines is not { } outlines) return null;
        var events = series.Events.Select(c => c.Event).ToList();
        if (Maps.DyadMap.Layout(outlines, events, series.A, series.B, width: 640, height: 400, idPrefix: "briefmap",
                title: $"Where the events of {series.NameA} and {series.NameB} happened") is not { } map) return null;
        var path = Path.Combine(Path.GetDirectoryName(chartPath) ?? "", Path.GetFileNameWithoutExtension(chartPath) + "-map" + Path.GetExtension(chartPath));
        Maps.MapRenderer.Save(outlines, map.Points, path, map.Options);
        var places = map.Clusters.Count;
        return new BriefChart($"Where the counted events happened: {map.Located} of {map.Events} have a place, shown at {places} point{(places == 1 ? "" : "s")}; circle area: number of events, colour: their main QuadClass", path);
    }

    /// <summary>The actor network of the events a filter selects (see <see cref="Network.NetworkBuilder"/>), aggregated by the store in SQL.</summary>
    public Network.ActorNetwork Network(IEventStore store, EventFilter filter, Network.NetworkOptions options)
        => new Network.NetworkBuilder(options, Knowledge.Cameo, CanonicalName).Build(store.Pairs(filter, options.Selection.Rule));

    /// <summary>The state's or organization's name of a code, from the knowledge files; null when they do not list it.</summary>
    public string? CanonicalName(string code) => Knowledge.Actors.NameOfCode.TryGetValue(code, out var name) ? name : null;

    /// <summary>Evidence sentences grouped by event id.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Evidence(IReadOnlyList<MentionView> mentions)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var g in mentions.Where(m => m.Mention.EventId != null).GroupBy(m => m.Mention.EventId!, StringComparer.Ordinal))
            map[g.Key] = [.. g.Select(m => m.Mention.Quote)];
        return map;
    }
}
