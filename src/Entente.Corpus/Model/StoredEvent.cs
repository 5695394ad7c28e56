using System.Collections.Immutable;
using Entente.Core.Events;

namespace Entente.Corpus.Model;

/// <summary>The status of an event once all its mentions are weighed (see <see cref="Merge.EventAggregator"/>).</summary>
public enum ReconciledStatus { Reported, Confirmed, Contested, Denied, Planned, Assessed, Hypothetical }

/// <summary>
/// One real-world event: the merge of every mention that reports it, with counts in GDELT's sense
/// (mentions, distinct outlets, distinct articles), a reconciled status and grades.
/// Every field is a function of the set of mentions only, so ingest order cannot change it.
/// </summary>
/// <param name="Id">"E" + 16 hex digits derived from the smallest mention key of the event.</param>
/// <param name="NumIndependent">Independent reports: mentions grouped by origin and by near-identical text count once.</param>
/// <param name="Reliability">Best Admiralty reliability (A–F) among the outlets that reported the event (not those that denied it).</param>
/// <param name="Credibility">Admiralty credibility 1–6 from corroboration and denials.</param>
public sealed record StoredEvent(
    string Id,
    string Block,
    string SourceCode,
    string SourceName,
    string TargetCode,
    string TargetName,
    string Type,
    string Cameo,
    string Plover,
    double Goldstein,
    int QuadClass,
    DateOnly? DateStart,
    DateOnly? DateEnd,
    ReconciledStatus Status,
    double Confidence,
    double? Quantity,
    ImmutableArray<string> Equipment,
    int NumMentions,
    int NumArticles,
    int NumSources,
    int NumIndependent,
    DateOnly? FirstSeen,
    DateOnly? LastSeen,
    char Reliability,
    int Credibility,
    ImmutableArray<string> ReportedBy,
    ImmutableArray<string> DeniedBy)
{
    /// <summary>The quantity is approximate or vague ("around 400", "thousands of"): show <see cref="QuantityText"/>, not the value.</summary>
    public bool QuantityApproximate { get; init; }

    /// <summary>The quantity's words as written in the report it is taken from; null when none (or stored before schema 4).</summary>
    public string? QuantityText { get; init; }

    /// <summary>What the quantity counts: an equipment name, null when it counts no equipment (each count stays with its own equipment).</summary>
    public string? QuantityOf { get; init; }

    /// <summary>The quantity is an amount of money.</summary>
    public bool QuantityMoney { get; init; }

    /// <summary>Where the date range came from: "text" when any report dates it in its own words, else "report", "citation" or
    /// "publication" (the event happened by the date of a report; the range is a window before it, not a date the text gave).</summary>
    public string? DateBasis { get; init; }

    /// <summary>Where it happened: of its reports' locations, the most precise (city, then admin1, sea, country), then the one
    /// most reports give, then the one given on the firmest basis (clause, sentence, dateline); null when no report says.</summary>
    public EventLocation? Location { get; init; }

    /// <summary>The source actor's own place (GDELT's Actor1Geo): of the places its reports tie the actor on this side to, the most
    /// precise, then the one most reports give (as <see cref="Location"/>); null when no report ties it to one.</summary>
    public EventLocation? SourcePlace { get; init; }

    /// <summary>The target actor's own place (GDELT's Actor2Geo), as <see cref="SourcePlace"/>.</summary>
    public EventLocation? TargetPlace { get; init; }

    /// <summary>A one-actor event: the source acted and the text names no target (empty target code and name), or the text
    /// names only the victim (empty source code and name).</summary>
    public bool IsOneSided => TargetCode.Length == 0 && TargetName.Length == 0 || SourceCode.Length == 0 && SourceName.Length == 0;

    /// <summary>A victim-only event: the text names who suffered the act and nobody who did it ("three soldiers were killed").</summary>
    public bool IsSourceUnstated => SourceCode.Length == 0 && SourceName.Length == 0;

    /// <summary>A relation between two coded, different actors: what dyad series, the alignment index and networks count
    /// by default (not one-actor events, actors known only by name, or one state on both sides such as police and opposition).</summary>
    public bool IsDyadic => SourceCode.Length > 0 && TargetCode.Length > 0 && !string.Equals(SourceCode, TargetCode, StringComparison.Ordinal);

    /// <summary>Admiralty grade as analysts write it, e.g. "B2".</summary>
    public string Grade => $"{Reliability}{Credibility}";
}
