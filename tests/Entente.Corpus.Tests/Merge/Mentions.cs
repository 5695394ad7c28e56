using System.Collections.Immutable;
using Entente.Core.Events;
using Entente.Corpus.Merge;
using Entente.Corpus.Model;

namespace Entente.Corpus.Tests.Merge;

/// <summary>Hand-made mentions for merge tests: an Iranian delivery to Russia unless told otherwise.</summary>
internal static class Mentions
{
    public static StoredMention Make(
        string key,
        string start,
        string end,
        string doc = "",
        string quote = "Iran delivered drones to Russia.",
        EventStatus status = EventStatus.Reported,
        string[]? equipment = null,
        double? quantity = null,
        bool approximate = false,
        string? outlet = "Reuters",
        string? origin = null,
        string published = "2024-03-10",
        string source = "IRN",
        string target = "RUS",
        string type = "arms_transfer",
        string cameo = "072",
        string basis = "text",
        bool symmetric = false,
        string? eventId = null)
    {
        var s = DateOnly.Parse(start);
        var e = DateOnly.Parse(end);
        return new StoredMention(
            key, doc.Length == 0 ? "doc-" + key : doc, MergeRules.BlockOf(type, source, target, symmetric), 0, 0, quote.Length, quote,
            source, source, target, target, type, cameo, "AID", 8.3, 2, s, e, null, basis, s, e, status, 0.7, quantity, approximate,
            equipment is null ? [] : [.. equipment], outlet, origin ?? outlet, [], DateOnly.Parse(published), Fingerprint.Of(quote), "test:1", "delivered")
        { EventId = eventId };
    }
}
