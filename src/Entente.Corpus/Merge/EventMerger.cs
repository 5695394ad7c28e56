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
/// Merges mentions into events, in two tiers so that a vague report cannot glue two events together:
/// <list type="number">
/// <item>precise mentions (a window of a few days) form the connected components of the "same event" graph of <see cref="MergeRules.SameEvent"/>;</item>
/// <item>each vague mention ("in March", "earlier this year") joins the precise event with most members it matches (ties: the smallest key),
/// unless a member of that event names other equipment or another quantity;</item>
/// <item>vague mentions that match no precise event form components among themselves.</item>
/// </list>
/// An event's id is derived from its smallest mention key and all its fields from the set of its mentions
/// (<see cref="EventAggregator"/>), so the store converges to the same events whatever the order documents arrive in,
/// and whichever worker stores them.
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
        var known = new bool[all.Count];
        var previous = new List<string>();
        for (int i = 0; i < existing.Count; i++)
        {
            if (existing[i].EventId is null) throw new ArgumentException($"stored mention {existing[i].Key} has no event", nameof(existing));
            known[i] = true;
            previous.Add(existing[i].EventId!);
        }
        return Outcome(all, Cluster(all, known), previous);
    }

    /// <summary>Re-forms the events of <paramref name="remaining"/> mentions after others were removed (a document replaced by a new version): an event may split.</summary>
    public MergeOutcome Recluster(IReadOnlyList<StoredMention> remaining, IEnumerable<string> previousEventIds)
        => Outcome(remaining, Cluster(remaining, new bool[remaining.Count]), previousEventIds);

    /// <summary>
    /// The two-tier clustering. Precise mentions already stored together (<paramref name="stored"/> true for both, same event)
    /// are known to be connected, so only pairs with a new precise mention are compared.
    /// </summary>
    private UnionFind Cluster(IReadOnlyList<StoredMention> all, bool[] stored)
    {
        var sets = new UnionFind(all.Count);
        var precise = new List<int>();
        var vague = new List<int>();
        for (int i = 0; i < all.Count; i++) (_rules.IsPrecise(all[i]) ? precise : vague).Add(i);

        // tier 1: precise mentions, seeded with the stored events' precise cores
        var coreOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in precise)
            if (stored[i])
            {
                if (coreOf.TryGetValue(all[i].EventId!, out var first)) sets.Union(first, i);
                else coreOf[all[i].EventId!] = i;
            }
        Link(all, precise, stored, sets);

        // tier 2: a vague mention joins the precise event it matches most often (ties: the one whose smallest key is smallest)
        var minKey = new Dictionary<int, string>();
        foreach (var i in precise)
        {
            int r = sets.Find(i);
            if (!minKey.TryGetValue(r, out var k) || string.CompareOrdinal(all[i].Key, k) < 0) minKey[r] = all[i].Key;
        }
        var conflicted = new HashSet<int>();
        var unattached = new List<int>();
        var attachTo = new List<(int Vague, int Root)>();
        var votes = new Dictionary<int, int>();
        foreach (var v in vague)
        {
            votes.Clear();
            conflicted.Clear();
            foreach (var p in precise)
            {
                int r = sets.Find(p);
                if (_rules.Conflict(all[v], all[p])) conflicted.Add(r);
                else if (_rules.SameEvent(all[v], all[p])) votes[r] = votes.GetValueOrDefault(r) + 1;
            }
            // it may not join an event one of whose reports names other equipment or another quantity
            foreach (var r in conflicted) votes.Remove(r);
            if (votes.Count == 0) { unattached.Add(v); continue; }
            int best = -1;
            foreach (var (root, n) in votes)
                if (best < 0 || n > votes[best] || (n == votes[best] && string.CompareOrdinal(minKey[root], minKey[best]) < 0)) best = root;
            attachTo.Add((v, best));
        }
        foreach (var (v, root) in attachTo) sets.Union(v, root);

        // tier 3: vague mentions that fit no precise event, among themselves
        Link(all, unattached, new bool[all.Count], sets);
        return sets;
    }

    /// <summary>Joins the sets of every pair of <paramref name="members"/> that are the same event, skipping pairs both already stored (known apart or known together).</summary>
    private void Link(IReadOnlyList<StoredMention> all, List<int> members, bool[] stored, UnionFind sets)
    {
        for (int x = 0; x < members.Count; x++)
            for (int y = 0; y < x; y++)
            {
                int i = members[x], j = members[y];
                if ((stored[i] && stored[j]) || sets.Find(i) == sets.Find(j)) continue;
                if (_rules.SameEvent(all[i], all[j])) sets.Union(i, j);
            }
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
