using Entente.Corpus.Store;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The home page's data (Slices/Home.cshtml): what the store holds, the busiest dyads and the latest events.</summary>
public sealed record HomeModel(PageFrame Frame, string Db, string Hint, StoreStats? Stats, string? Location, string? Engine,
    IReadOnlyList<DyadLink> Dyads, EventTableModel? Latest);

/// <summary>A dyad as the home page lists it: a link to its page, its name, codes and number of events.</summary>
public sealed record DyadLink(string Url, string Name, string A, string B, int Events);

/// <summary>The home page: what the store holds, the busiest dyads and the latest events, and where to go next.</summary>
internal static class HomePage
{
    public static IResult Render(DashboardContext ctx)
    {
        var frame = new PageFrame("Home", "/");
        using var store = ctx.OpenStore();
        if (store is null) return PageResult.Of(Slices.Home.Create(new HomeModel(frame, ctx.Options.Db, ctx.EmptyStoreHint, null, null, null, [], null)));
        var stats = store.Stats();
        var names = ctx.Analysis.Knowledge.Actors;
        IReadOnlyList<DyadLink> dyads = stats.Events == 0 ? [] : [.. store.DyadCounts().Take(12)
            .Select(d => new DyadLink(Url("/dyad", ("a", d.A), ("b", d.B)), $"{names.NameOf(d.A)} – {names.NameOf(d.B)}", d.A, d.B, d.Events))];
        var latest = stats.Events == 0 ? null : EventRows.Table(store.LatestEvents(10), ctx, "latest");
        return PageResult.Of(Slices.Home.Create(new HomeModel(frame, ctx.Options.Db, ctx.EmptyStoreHint, stats, store.Location, store.Engine, dyads, latest)));
    }
}
