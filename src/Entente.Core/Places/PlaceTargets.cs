using System.Collections.Frozen;
using Entente.Core.Events;
using Entente.Core.Knowledge;

namespace Entente.Core.Places;

/// <summary>
/// The target of an act done to a place ("Russia shelled Kharkiv", "Israel struck a radar near Isfahan"): an event with a code
/// of data/cameo/place-target-codes.tsv and no target named whose location lies below its trigger in the parse (basis clause,
/// set by <see cref="EventLocator"/>), or whose target is a name no dictionary codes that the gazetteer places ("an offensive
/// on Avdiivka"), is aimed at the state that place is in, when that state is not the source's own (a state's forces shelling
/// a town at home say where, not whom; an armed group, party or other body acting at home acts against its state: "M23
/// rebels shelled Goma"). The target is the state with no role, and <c>why</c> says which place gave it.
/// Reads: the events, their locations and the document's places. Writes: the target of those events.
/// </summary>
public sealed class PlaceTargets(FrozenSet<string> codes, Gazetteer gazetteer)
{
    public IReadOnlyList<CodedEvent> Assign(IReadOnlyList<CodedEvent> events, DocumentPlaces places)
    {
        if (codes.Count == 0 || events.Count == 0) return events;
        return CodedEvents.Replace(events, e => Target(e, places) is { } target ? EventExtractor.WithStatedTarget(e, target.Actor, target.Why) : null);
    }

    private (ActorRef Actor, string Why)? Target(CodedEvent e, DocumentPlaces places)
    {
        if (e.Source.IsUnstated || !CameoRootSet.Covers(codes, e.Cameo)) return null;
        string country, name, basis;
        if (e.Target.IsUnstated && e.Location is { Basis: "clause", Country: { Length: > 0 } c } location)
            (country, name, basis) = (c, location.Name, "below the trigger");
        else if (e.Target.IsUncoded && e.Target.Role == null && NamedPlace(e, places) is { } named)
            (country, name, basis) = (named.Place.Country, named.Place.Name, "named as the target");
        else return null;
        // a state's own forces acting at home say where, not whom; an organization of that state ("M23 rebels shelled Goma",
        // a group whose home state it is) acts against the state
        if (e.Source.Code == country) return null;
        if (!gazetteer.Countries.TryGetValue(country, out var state)) return null;
        return (new ActorRef(country, state.Name, null),
            $"target: the state of the place acted on, '{name}' ({country}), {basis} (data/cameo/place-target-codes.tsv)");
    }

    /// <summary>The place of the event's sentence with the uncoded target's very words, in a state.</summary>
    private static PlaceMention? NamedPlace(CodedEvent e, DocumentPlaces places)
    {
        foreach (var m in places.Mentions)
            if (m.Sentence == e.Evidence.Sentence && m.Place.Country.Length > 0 && m.Place.Kind != PlaceKind.Country
                && string.Equals(m.Text, e.Target.Name, StringComparison.Ordinal)) return m;
        return null;
    }
}
