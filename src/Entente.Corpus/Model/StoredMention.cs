using System.Collections.Immutable;
using Entente.Core.Events;

namespace Entente.Corpus.Model;

/// <summary>
/// One report of an event in one sentence of one document, as kept in the store (GDELT's "mention").
/// Built from a <see cref="CodedEvent"/> by <see cref="Ingest.MentionBuilder"/>; everything the merge and the grading
/// need is here, so they never go back to the text.
/// </summary>
/// <param name="Key">Deterministic identity: a hash of the document's content hash, sentence, offsets, CAMEO code and actors.
/// The same mention ingested twice, in any order or on any machine, has the same key.</param>
/// <param name="DocumentKey">Key of the document the mention is in (<see cref="Ingest.DocumentIdentity.Key"/>).</param>
/// <param name="Block">Merge block: event family plus actor pair (unordered for symmetric families). Only mentions of one block can merge.</param>
/// <param name="MatchStart">First day of the window used to match mentions in time (see <see cref="Merge.MergeRules"/>); null when the mention has no date at all.</param>
/// <param name="Outlet">The publishing outlet's canonical name, or null when unknown.</param>
/// <param name="Origin">Where the claim comes from: the first outlet the sentence cites, else the publishing outlet; null when neither is known.</param>
/// <param name="Fingerprint">64-bit SimHash of the sentence's words: near-identical sentences (wire copy) differ in few bits.</param>
public sealed record StoredMention(
    string Key,
    string DocumentKey,
    string Block,
    int Sentence,
    int Start,
    int End,
    string Quote,
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
    string? DateText,
    string? DateBasis,
    DateOnly? MatchStart,
    DateOnly? MatchEnd,
    EventStatus Status,
    double Confidence,
    double? Quantity,
    bool QuantityApproximate,
    ImmutableArray<string> Equipment,
    string? Outlet,
    string? Origin,
    ImmutableArray<string> Cited,
    DateOnly? Published,
    ulong Fingerprint,
    string Pattern,
    string Trigger)
{
    /// <summary>The event this mention belongs to, once merged.</summary>
    public string? EventId { get; init; }

    /// <summary>The quantity's words as written ("thousands of", "around 400", "$40 billion"); null when none.</summary>
    public string? QuantityText { get; init; }

    /// <summary>What the quantity counts: the equipment's name ("Shahed"), null when it counts no equipment.</summary>
    public string? QuantityOf { get; init; }

    /// <summary>The quantity is an amount of money.</summary>
    public bool QuantityMoney { get; init; }

    /// <summary>Where the report says the event happened (see <see cref="EventLocation"/>); null when it does not say (or stored before schema 6).</summary>
    public EventLocation? Location { get; init; }

    /// <summary>The source actor's own place as the report ties it ("police in Lagos"; see <see cref="Entente.Core.Events.CodedEvent.SourcePlace"/>);
    /// null when it does not (or stored before schema 8).</summary>
    public EventLocation? SourcePlace { get; init; }

    /// <summary>The target actor's own place, as <see cref="SourcePlace"/>.</summary>
    public EventLocation? TargetPlace { get; init; }

    /// <summary>A report of a one-actor event (no target named).</summary>
    public bool IsOneSided => TargetCode.Length == 0 && TargetName.Length == 0 || SourceCode.Length == 0 && SourceName.Length == 0;

    /// <summary>A victim-only event: the text names who suffered the act and nobody who did it ("three soldiers were killed").</summary>
    public bool IsSourceUnstated => SourceCode.Length == 0 && SourceName.Length == 0;

    /// <summary>The CAMEO root ("07" for "072").</summary>
    public string Root => Cameo.Length >= 2 ? Cameo[..2] : Cameo;
}
