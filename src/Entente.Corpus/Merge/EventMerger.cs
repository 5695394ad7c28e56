using System.Security.Cryptography;
using System.Text;
using Entente.Corpus.Model;

namespace Entente.Corpus.Merge;

/// <summary>What a merge changes in the store: events to write, events that no longer exist, and mentions whose event changed.</summary>
public sealed record MergeOutcome(
    IReadOnlyList<StoredEvent> Upserts,
    IReadOnlyList<string> Deleted,
    IReadOnlyList<(string MentionKey, string EventId)> Assignments);

/// <summary>
/// Merges mentions into events. Events are the connected components of the "same event" graph of
/// <see cref="MergeRules.SameEvent"/>; an event's id is derived from its smallest mention key and all its fields from the
/// set of its mentions (<see cref="EventAggregator"/>), so the store converges to the same events whatever the order
/// documents arrive in, and whichever worker stores them.
/// </summary>
public sealed class EventMerger
{
    private readonly MergeRules _rules;
    private readonly EventAggregator _aggregator;

    public EventMerger(MergeRules rules, EventAggregator aggregator)
    {
        _rules = rules;
        _aggregator = aggregator;
    }

    public MergeRules Rules => _rules;

    /// <summary>
    /// Adds mentions to a block. <paramref name="existing"/> must hold every stored mention that could match one of
    /// <paramref name="added"/> (see <see cref="MergeRules.CandidateWindow"/>) and every other member of those mentions' events.
    /// </summary>
    public MergeOutcome Add(IReadOnlyList<StoredMention> existing, IReadOnlyList<StoredMention> added)
    {
        var all = new List<StoredMention>(existing.Count + added.Count);
        all.AddRange(existing);
        all.AddRange(added);
        var sets = new UnionFind(all.Count);
        var firstOfEvent = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < existing.Count; i++)
        {
            var id = existing[i].EventId ?? throw new ArgumentException($"stored mention {existing[i].Key} has no event", nameof(existing));
            if (firstOfEvent.TryGetValue(id, out var first)) sets.Union(first, i);
            else firstOfEvent[id] = i;
        }
        for (int i = existing.Count; i < all.Count; i++)
            for (int j = 0; j < i; j++)
                if (sets.Find(i) != sets.Find(j) && _rules.SameEvent(all[i], all[j]))
                    sets.Union(i, j);
        return Outcome(all, sets, firstOfEvent.Keys);
    }

    /// <summary>Re-forms the events of <paramref name="remaining"/> mentions after others were removed (a document replaced by a new version): an event may split.</summary>
    public MergeOutcome Recluster(IReadOnlyList<StoredMention> remaining, IEnumerable<string> previousEventIds)
    {
        var sets = new UnionFind(remaining.Count);
        for (int i = 0; i < remaining.Count; i++)
            for (int j = 0; j < i; j++)
                if (sets.Find(i) != sets.Find(j) && _rules.SameEvent(remaining[i], remaining[j]))
                    sets.Union(i, j);
        return Outcome(remaining, sets, previousEventIds);
    }

    private MergeOutcome Outcome(IReadOnlyList<StoredMention> all, UnionFind sets, IEnumerable<string> previousIds)
    {
        var upserts = new List<StoredEvent>();
        var assignments = new List<(string, string)>();
        var live = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in sets.Groups())
        {
            var members = group.Select(i => all[i]).ToList();
            var id = EventIdOf(members);
            live.Add(id);
            upserts.Add(_aggregator.Aggregate(id, members));
            foreach (var m in members)
                if (!string.Equals(m.EventId, id, StringComparison.Ordinal)) assignments.Add((m.Key, id));
        }
        var deleted = previousIds.Where(p => !live.Contains(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        upserts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        assignments.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new MergeOutcome(upserts, deleted, assignments);
    }

    /// <summary>"E" and 16 hex digits of SHA-256 over the smallest mention key: stable for the same set of mentions.</summary>
    public static string EventIdOf(IEnumerable<StoredMention> members)
    {
        string? min = null;
        foreach (var m in members)
            if (min is null || string.CompareOrdinal(m.Key, min) < 0) min = m.Key;
        if (min is null) throw new ArgumentException("an event needs at least one mention", nameof(members));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("event:" + min));
        return "E" + Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }
}
