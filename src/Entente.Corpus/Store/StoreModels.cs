using System.Collections.Immutable;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus.Ingest;
using Entente.Corpus.Model;

namespace Entente.Corpus.Store;

/// <summary>One analysed document ready to be stored: the document, who it is, what the analyzer said and its mentions.</summary>
public sealed record IngestItem(
    SourceDocument Document,
    DocumentIdentity Identity,
    string? Outlet,
    string? Language,
    DateOnly? Published,
    bool Skipped,
    ImmutableArray<StoredMention> Mentions);

/// <summary>What one transaction stores: analysed documents and inputs that failed.</summary>
public sealed record IngestBatch(IReadOnlyList<IngestItem> Items, IReadOnlyList<ReadError> Failures);

/// <summary>What storing a batch did.</summary>
public sealed record BatchResult(int Stored, int Unchanged, int Replaced, int Mentions, int EventsTouched, int Failures);

/// <summary>What a query does with one-actor events (a source acting, no target named).</summary>
public enum OneSidedFilter
{
    /// <summary>Keep them with the others.</summary>
    Include,
    /// <summary>Leave them out.</summary>
    Exclude,
    /// <summary>Keep only them.</summary>
    Only,
}

/// <summary>Filters of <c>entente events</c>; null means "any".</summary>
/// <param name="Dyad">Two actor codes; events between them in either direction.</param>
/// <param name="Actor">An actor code on either side.</param>
/// <param name="Cameo">A CAMEO code prefix ("07", "072").</param>
/// <param name="Since">Events whose range ends on or after this day.</param>
/// <param name="Until">Events whose range starts on or before this day.</param>
/// <param name="OneSided">One-actor events (empty target code and name): kept (default), left out, or the only ones kept.</param>
/// <param name="Country">Events located in this state (their location's ISO3 country).</param>
/// <param name="Box">Events whose location's point lies in this box (events without a point are left out).</param>
public sealed record EventFilter(
    (string A, string B)? Dyad = null,
    string? Actor = null,
    string? Type = null,
    string? Cameo = null,
    DateOnly? Since = null,
    DateOnly? Until = null,
    ReconciledStatus? Status = null,
    int MinSources = 0,
    int? Limit = null,
    OneSidedFilter OneSided = OneSidedFilter.Include,
    string? Country = null,
    GeoBox? Box = null);

/// <summary>A box of longitudes and latitudes (decimal degrees; MinLon ≤ MaxLon, no crossing of the antimeridian).</summary>
public sealed record GeoBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>The box around a point that holds every point within <paramref name="km"/> of it. A circle that crosses the
    /// antimeridian (Suva, 178.4° E: points at 179.5° W are near) or reaches a pole gets every longitude, since a box cannot
    /// wrap; the caller keeps the points within the distance (<see cref="DistanceKm"/>).</summary>
    public static GeoBox Around(double lat, double lon, double km)
    {
        double dLat = km / EarthRadiusKm * 180 / Math.PI;
        double cos = Math.Max(Math.Cos(lat * Math.PI / 180), 0.01);
        double dLon = Math.Min(dLat / cos, 180);
        bool wraps = lon - dLon < -180 || lon + dLon > 180 || lat + dLat >= 90 || lat - dLat <= -90;
        return wraps
            ? new GeoBox(-180, Math.Max(lat - dLat, -90), 180, Math.Min(lat + dLat, 90))
            : new GeoBox(lon - dLon, Math.Max(lat - dLat, -90), lon + dLon, Math.Min(lat + dLat, 90));
    }

    /// <summary>The great-circle distance between two points in kilometres (haversine).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double r = Math.PI / 180;
        double a = Math.Pow(Math.Sin((lat2 - lat1) * r / 2), 2) + Math.Cos(lat1 * r) * Math.Cos(lat2 * r) * Math.Pow(Math.Sin((lon2 - lon1) * r / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Parses "minLon,minLat,maxLon,maxLat"; null with the reason when it is not such a box.</summary>
    public static GeoBox? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split(',');
        var v = new double[4];
        if (parts.Length != 4 || !parts.Select((x, i) => double.TryParse(x.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out v[i])).All(ok => ok))
        {
            error = $"'{text}' is not a box: expected minLon,minLat,maxLon,maxLat in decimal degrees, e.g. 30,44,41,53";
            return null;
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] > v[2] || v[1] > v[3])
        {
            error = $"'{text}' is not a box: longitudes must lie in -180..180 and latitudes in -90..90, each minimum at most its maximum";
            return null;
        }
        return new GeoBox(v[0], v[1], v[2], v[3]);
    }
}

/// <summary>A mention with the document it is in, for <c>entente event ID</c>.</summary>
public sealed record MentionView(StoredMention Mention, string Path, string? Url, string? Title, int Version);

/// <summary>An event with all its mentions (ordered by publication date, then key).</summary>
public sealed record EventDetail(StoredEvent Event, IReadOnlyList<MentionView> Mentions);

/// <summary>Counts of what the store holds.</summary>
public sealed record StoreStats(int Documents, int Superseded, int Mentions, int Events, int Failures, int PendingJobs);

/// <summary>A document waiting in the job table for a worker (PostgreSQL).</summary>
/// <param name="Interruptions">How many times a worker stopped (died, was killed, threw) while analysing this document
/// before: a worker analyses such a document alone, so that if it kills the worker again it is the only one charged.</param>
public sealed record ClaimedJob(long DocumentId, SourceDocument Document, DocumentIdentity Identity, int Interruptions = 0);

/// <summary>
/// The jobs of one claim, leased to one worker until its results are stored (the lease is renewed while the worker
/// lives). The worker calls <see cref="Begin"/> before analysing a document and <see cref="End"/> once the analysis is
/// over: a worker that dies then charges an interruption only to the documents it was analysing; the others go back to
/// the queue uncharged when the lease expires. Thread-safe.
/// </summary>
public sealed class JobClaim(IReadOnlyList<ClaimedJob> jobs, Action<long[], bool> mark)
{
    public IReadOnlyList<ClaimedJob> Jobs { get; } = jobs;

    /// <summary>Records (committed at once) that the worker begins analysing these jobs.</summary>
    public void Begin(params IReadOnlyList<ClaimedJob> begun)
    {
        if (begun.Count > 0) mark([.. begun.Select(j => j.DocumentId)], true);
    }

    /// <summary>Records (committed at once) that the analysis of these jobs is over (its result is the worker's to store).</summary>
    public void End(params IReadOnlyList<ClaimedJob> ended)
    {
        if (ended.Count > 0) mark([.. ended.Select(j => j.DocumentId)], false);
    }
}

/// <summary>What <see cref="IEventStore.RetryFailures"/> did.</summary>
/// <param name="Requeued">Failed jobs put back in the queue for the workers (their documents pending again).</param>
/// <param name="Cleared">Failure records removed: an input that fails again is recorded again.</param>
public sealed record RetryResult(int Requeued, int Cleared);

/// <summary>
/// Which merged events an aggregate query counts, expressed so the store can apply it in SQL: statuses, and the worst
/// Admiralty credibility counted (events graded 6, "cannot be judged", counted apart). Null statuses: any.
/// </summary>
public sealed record CountingRule(IReadOnlyList<Model.ReconciledStatus>? Statuses, int? MaxCredibility, bool IncludeUnjudged)
{
    public static readonly CountingRule Everything = new(null, null, true);
}

/// <summary>Merged events of one actor pair, type and QuadClass (as stored, source → target), with their Goldstein sum.</summary>
public sealed record PairTotal(string SourceCode, string SourceName, string TargetCode, string TargetName, string Type, int QuadClass,
    int Events, double Goldstein);

/// <summary>The pair totals of the counted events, and how many events the filter matched before counting.</summary>
public sealed record PairTotals(IReadOnlyList<PairTotal> Rows, int EventsMatched);

/// <summary>Counted events at one point, of one QuadClass: the place's name, GeoNames id (null for a state or a named place of our own) and state.</summary>
public sealed record PlaceTotal(double Lat, double Lon, string Name, string? GeoNamesId, string? Country, int QuadClass, int Events);

/// <summary>The place totals of the counted events with a point, how many events were counted and how many of them have no point.</summary>
public sealed record PlaceTotals(IReadOnlyList<PlaceTotal> Rows, int EventsCounted, int WithoutLocation);

/// <summary>
/// A cheap mark of the store's state that changes whenever a write commits, from this process or another: the last
/// document row (every stored document or new version adds one), the pending jobs (a worker finishing one lowers it)
/// and the last failure row. Results computed from the store can be cached under it.
/// </summary>
public readonly record struct StoreStamp(long LastDocument, long PendingJobs, long LastFailure);

/// <summary>One page of the events a filter selects, and how many it selects in all.</summary>
public sealed record EventPage(IReadOnlyList<StoredEvent> Items, int Total, int Offset, int Limit);

/// <summary>
/// One evidence sentence that matches a full-text search. <see cref="Snippet"/> is an excerpt of the quote with each hit
/// between <see cref="SearchQuery.HitStart"/> and <see cref="SearchQuery.HitEnd"/> (control characters the caller turns into markup).
/// </summary>
public sealed record SearchHit(
    string? EventId,
    string MentionKey,
    string Quote,
    string Snippet,
    string? Outlet,
    DateOnly? Published,
    int Start,
    int End,
    string Path,
    string? Url,
    string? Title,
    int Version);

/// <summary>The best hits of a search (best first) and the number of matching sentences.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total);

/// <summary>How many merged events one unordered actor pair has (<see cref="A"/> before <see cref="B"/> in ordinal order).</summary>
public sealed record PairCount(string A, string B, int Events);
