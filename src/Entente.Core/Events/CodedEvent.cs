using System.Collections.Immutable;
using Entente.Core.Time;

namespace Entente.Core.Events;

public enum EventStatus { Reported, Confirmed, Denied, Planned, Assessed, Hypothetical }

/// <summary>An actor in an event: code (ISO3 or organization code), display name, sector role (CAMEO agent code) when the
/// text gives one. An empty code with a name is an actor the dictionaries do not know (kept by name, as GDELT does); an
/// empty code and name is <see cref="Unstated"/>: the text names no target.</summary>
public sealed record ActorRef(string Code, string Name, string? Role)
{
    /// <summary>The target of a one-actor event ("workers went on strike"): none named.</summary>
    public static readonly ActorRef Unstated = new("", "", null);

    public bool IsUnstated => Code.Length == 0 && Name.Length == 0;

    /// <summary>Named in the text but in no dictionary: a name without a code.</summary>
    public bool IsUncoded => Code.Length == 0 && Name.Length > 0;
}

/// <summary>A weapon or class of equipment in an event, with the count written for it ("thousands of Shahed drones"), if any.</summary>
public sealed record EquipmentRef(string Name, string Category, string? Country, Quantity? Quantity = null);

/// <summary>A count or amount as written: its value (a vague "thousands of" is 2,000 and <see cref="Approximate"/>), the
/// words, what it counts (<see cref="Of"/>: the equipment's name, null for anything else) and whether it is money.</summary>
public sealed record Quantity(double Value, bool Approximate, string Text, string? Of = null, bool Money = false);

/// <summary>When the event happened, as a range. <see cref="Basis"/>: "text" (a date expression in the sentence),
/// "report" (before the date a report was made), "citation" (before a cited piece's date), "publication"
/// (no date in the text: the 30 days before publication, or the months after it for planned events).</summary>
public sealed record EventDate(DateRange Range, string? Text, string Basis);

/// <summary>Where the event happened: the place's name, precision <see cref="Kind"/> (city, admin1, country, sea), its state
/// (ISO3; null for a sea), first-level division, coordinates, and the <see cref="Basis"/> it was found on: "clause" (a place in
/// the event's own clause), "sentence" (a scene place of its sentence), "dateline" (the article's dateline); for an actor's own
/// place (<see cref="CodedEvent.SourcePlace"/>) "name" (the actor is named by the place: "Tehran said", "Kyiv accused") or "phrase"
/// (a place joined to the actor's words: "police in Lagos", "the police of Kano", "Kano's police", "Lagos police");
/// <see cref="Start"/>/<see cref="End"/> are the place mention's character offsets.</summary>
/// <param name="GeoNamesId">The GeoNames id (or <c>admin1:CC.CODE</c>), null for a state or our own named place.</param>
/// <param name="Admin1Code">GeoNames' code of the division ("UA.07"), null when unknown.</param>
/// <param name="Why">How the place was resolved among its candidates, and the gazetteer row (file:line).</param>
public sealed record EventLocation(string Name, string Kind, string? Country, string? Admin1, double? Lat, double? Lon, string Basis,
    int? Start, int? End, string? GeoNamesId = null, string? Admin1Code = null, string? Why = null)
{
    /// <summary>Precision rank: city 0, admin1 1, sea 2, country 3 (a merged event keeps the most precise, then the most cited).</summary>
    public int PrecisionRank => Kind switch { "city" => 0, "admin1" => 1, "sea" => 2, _ => 3 };
}

public sealed record SourceRef(string Outlet, DateOnly? Date, bool Known);

public sealed record Evidence(int Sentence, string Text, int Start, int End);

/// <summary>Why the event was coded: the pattern row, the trigger, the dictionary entries and the cues that set its status.</summary>
public sealed record Explanation(string Pattern, string Trigger, int TriggerStart, int TriggerEnd, ImmutableArray<string> Entries, ImmutableArray<string> Cues);

/// <summary>One political event as reported in one sentence of one document.</summary>
public sealed record CodedEvent(
    ActorRef Source,
    ActorRef Target,
    string Type,
    string Cameo,
    string Plover,
    double Goldstein,
    int QuadClass,
    EventDate? Date,
    EventStatus Status,
    double Confidence,
    Quantity? Quantity,
    ImmutableArray<EquipmentRef> Equipment,
    ImmutableArray<SourceRef> Sources,
    Evidence Evidence,
    Explanation Why,
    EventLocation? Location = null)
{
    /// <summary>The source actor's own place, when the text ties the actor to one ("police in Lagos", "Tehran said"); null when
    /// it does not (GDELT's Actor1Geo then falls back on the event's place or the state).</summary>
    public EventLocation? SourcePlace { get; init; }

    /// <summary>The target actor's own place ("the mayor of Kharkiv"), as <see cref="SourcePlace"/>.</summary>
    public EventLocation? TargetPlace { get; init; }

    /// <summary>One actor only: a source acting with no target named, or a victim with no source named ("three soldiers
    /// were killed"): a lower confidence tier, left out of dyad series by default.</summary>
    public bool IsOneSided => Target.IsUnstated || Source.IsUnstated;
}

/// <summary>Steps over a document's coded events.</summary>
internal static class CodedEvents
{
    /// <summary>The events with each one <paramref name="change"/> returns a new version of replaced (null: kept); the same
    /// list when none changes.</summary>
    public static IReadOnlyList<CodedEvent> Replace(IReadOnlyList<CodedEvent> events, Func<CodedEvent, CodedEvent?> change)
    {
        List<CodedEvent>? result = null;
        for (int k = 0; k < events.Count; k++)
            if (change(events[k]) is { } changed)
            {
                result ??= [.. events];
                result[k] = changed;
            }
        return result ?? events;
    }
}
