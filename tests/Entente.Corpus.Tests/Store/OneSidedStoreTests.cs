using System.Collections.Immutable;
using Entente.Core.Text;
using Entente.Corpus.Ingest;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using Entente.Corpus.Tests.Merge;

namespace Entente.Corpus.Tests.Store;

/// <summary>One-actor events in the store: the one_sided filter and the dyad counts, with mentions built by hand.</summary>
public sealed class OneSidedStoreTests
{
    private static SqliteEventStore StoreWithOneSidedEvent(TempDir tmp)
    {
        var store = TestKit.OpenSqlite(tmp.File("s.db"));
        var doc = new SourceDocument("a.md", "Iran delivered drones to Russia. Iran rejected the accusations. Two Iranian advisers were killed.", "text", Published: new DateOnly(2024, 3, 10));
        var id = DocumentIdentity.Of(doc);
        ImmutableArray<StoredMention> mentions =
        [
            Mentions.Make("m1", "2024-03-01", "2024-03-01", doc: id.Key),
            Mentions.Make("m2", "2024-03-02", "2024-03-02", doc: id.Key, source: "IRN", target: "", type: "denial", cameo: "016", quote: "Iran rejected the accusations."),
            // a victim-only event: the victim named, nobody as doing it
            Mentions.Make("m3", "2024-03-03", "2024-03-03", doc: id.Key, source: "", target: "IRN", type: "assault", cameo: "1823", quote: "Two Iranian advisers were killed."),
        ];
        store.Write(new IngestBatch([new IngestItem(doc, id, "Reuters", "en", doc.Published, false, mentions)], []));
        return store;
    }

    [Theory]
    [InlineData(OneSidedFilter.Include, 3)]
    [InlineData(OneSidedFilter.Exclude, 1)]
    [InlineData(OneSidedFilter.Only, 2)]
    public void SqliteStore_Events_KeepsOneActorEvents_AsTheFilterSays(OneSidedFilter filter, int expected)
    {
        using var tmp = new TempDir();
        using var store = StoreWithOneSidedEvent(tmp);
        var events = store.Events(new EventFilter(Actor: "IRN", OneSided: filter));
        Assert.Equal(expected, events.Count);
        if (filter == OneSidedFilter.Only) Assert.All(events, e => Assert.True(e.IsOneSided));
        if (filter == OneSidedFilter.Only) Assert.Single(events, e => e.IsSourceUnstated && e.TargetCode == "IRN");
        if (filter == OneSidedFilter.Exclude) Assert.Equal("RUS", events[0].TargetCode);
        Assert.Equal(expected, store.EventsPage(new EventFilter(OneSided: filter), 0, 10).Total);
    }

    [Fact]
    public void SqliteStore_DyadCounts_LeavesOutOneActorEvents()
    {
        using var tmp = new TempDir();
        using var store = StoreWithOneSidedEvent(tmp);
        var pair = Assert.Single(store.DyadCounts());
        Assert.Equal(("IRN", "RUS", 1), (pair.A, pair.B, pair.Events));
    }
}
