using Entente.Corpus.Model;

namespace Entente.Corpus.Tests.Merge;

public sealed class EventMergerTests
{
    private static readonly Entente.Corpus.Merge.EventMerger Merger = TestKit.Merger;

    [Fact]
    public void EventMerger_JoinsTwoEvents_WhenABridgingMentionArrives()
    {
        var a = Mentions.Make("k1", "2024-03-01", "2024-03-03", quote: "Iran sent drones to Russia early in March.");
        var c = Mentions.Make("k3", "2024-03-06", "2024-03-08", quote: "Another account says Russia got Iranian drones.");
        var first = Merger.Add([], [a, c]);
        Assert.Equal(2, first.Upserts.Count);
        var stored = first.Assignments.Select(x => (x.MentionKey == "k1" ? a : c) with { EventId = x.EventId }).ToList();
        var b = Mentions.Make("k2", "2024-03-03", "2024-03-06", quote: "Drones from Tehran reached Moscow that week.");
        var second = Merger.Add(stored, [b]);
        var merged = Assert.Single(second.Upserts);
        Assert.Equal(3, merged.NumMentions);
        Assert.Single(second.Deleted); // one of the two old events disappears, the other keeps its id (smallest key)
        Assert.Equal(stored.Single(m => m.Key == "k1").EventId, merged.Id);
    }

    [Fact]
    public void EventMerger_GivesSameEvents_WhateverTheArrivalOrder()
    {
        var all = new[]
        {
            Mentions.Make("k5", "2024-03-01", "2024-03-03", quote: "Iran sent drones to Russia early in March."),
            Mentions.Make("k2", "2024-03-03", "2024-03-06", quote: "Drones from Tehran reached Moscow that week."),
            Mentions.Make("k9", "2024-03-06", "2024-03-08", quote: "Another account says Russia got Iranian drones."),
            Mentions.Make("k1", "2024-05-01", "2024-05-02", quote: "A May shipment of drones left Iran for Russia."),
        };
        string Run(IEnumerable<StoredMention> order)
        {
            var stored = new List<StoredMention>();
            var events = new Dictionary<string, StoredEvent>();
            foreach (var m in order)
            {
                var existing = stored.Where(s => s.Block == m.Block).ToList();
                var outcome = Merger.Add(existing, [m]);
                foreach (var d in outcome.Deleted) events.Remove(d);
                foreach (var e in outcome.Upserts) events[e.Id] = e;
                stored.Add(m);
                stored = stored.Select(s => outcome.Assignments.FirstOrDefault(x => x.MentionKey == s.Key) is { EventId: { } id } ? s with { EventId = id } : s).ToList();
            }
            return string.Join("\n", events.Values.OrderBy(e => e.Id).Select(e => $"{e.Id} {e.NumMentions} {e.DateStart} {e.DateEnd}"));
        }
        var expected = Run(all);
        Assert.Equal(2, expected.Split('\n').Length);
        Assert.Equal(expected, Run(all.Reverse()));
        Assert.Equal(expected, Run([all[2], all[0], all[3], all[1]]));
        Assert.Equal(expected, Run([all[1], all[3], all[2], all[0]]));
    }

    [Fact]
    public void EventMerger_Recluster_SplitsEvent_WhenBridgeIsRemoved()
    {
        var a = Mentions.Make("k1", "2024-03-01", "2024-03-03", quote: "Iran sent drones to Russia early in March.", eventId: "E1");
        var c = Mentions.Make("k3", "2024-03-06", "2024-03-08", quote: "Another account says Russia got Iranian drones.", eventId: "E1");
        var outcome = Merger.Recluster([a, c], ["E1"]);
        Assert.Equal(2, outcome.Upserts.Count);
        Assert.Equal(["E1"], outcome.Deleted);
        Assert.Equal(2, outcome.Assignments.Count);
    }

    [Fact]
    public void EventMerger_RejectsStoredMention_WithoutEvent()
    {
        var a = Mentions.Make("k1", "2024-03-01", "2024-03-03");
        var ex = Assert.Throws<ArgumentException>(() => Merger.Add([a], []));
        Assert.Contains("k1", ex.Message);
    }
}
