using Entente.Core.Actors;
using Entente.Core.Sources;
using Entente.Core.Text;
using Entente.Core.Time;

namespace Entente.Core.Events;

/// <summary>What the earlier stages found in one sentence: the event extractor's input.</summary>
public sealed record SentenceFacts(
    Sentence Sentence,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<EquipmentMention> Equipment,
    IReadOnlyList<QuantityMention> Quantities,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>The places named in the sentence (scene or seat), in text order; empty when places were not recognised.</summary>
    public IReadOnlyList<Places.PlaceMention> Places { get; init; } = [];

    /// <summary>Bare agents that only modify a noun ("an army convoy", "a police station"), not actors of the sentence: the
    /// owner of the thing an attack is done to (<see cref="Actors.TentativeAgents"/>).</summary>
    public IReadOnlyList<ActorMention> Owners { get; init; } = [];
}
