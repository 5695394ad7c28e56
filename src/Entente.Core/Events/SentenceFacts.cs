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
}
