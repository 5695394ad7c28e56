using System.Text;
using Entente.Corpus.Store;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The home page: what the store holds, the busiest dyads and the latest events, and where to go next.</summary>
internal static class HomePage
{
    public static IResult Render(DashboardContext ctx)
    {
        var sb = new StringBuilder(16384);
        sb.Append("<h1>Entente dashboard</h1>");
        using var store = ctx.OpenStore();
        if (store is null)
        {
            sb.Append($"<div class=\"empty\"><p>There is no store at <code>{E(ctx.Options.Db)}</code> yet.</p><p>{E(ctx.EmptyStoreHint)}</p></div>");
            sb.Append(Cards());
            return Layout.Page("Home", "/", sb.ToString());
        }
        var stats = store.Stats();
        sb.Append("<ul class=\"stats\">")
          .Append($"<li><strong>{stats.Documents}</strong> documents</li><li><strong>{stats.Mentions}</strong> mentions</li>")
          .Append($"<li><strong>{stats.Events}</strong> merged events</li><li><strong>{stats.Failures}</strong> failed inputs</li></ul>")
          .Append($"<p class=\"muted\">Store: <code>{E(store.Location)}</code> ({E(store.Engine)}).</p>");
        sb.Append(Cards());
        if (stats.Events == 0)
        {
            sb.Append($"<div class=\"empty\"><p>The store has no events yet.</p><p>{E(ctx.EmptyStoreHint)}</p></div>");
            return Layout.Page("Home", "/", sb.ToString());
        }
        var dyads = store.DyadCounts().Take(12)
            .Select(d => (d.A, d.B, Count: d.Events, Name: $"{ctx.Analysis.Knowledge.Actors.NameOf(d.A)} – {ctx.Analysis.Knowledge.Actors.NameOf(d.B)}")).ToList();
        sb.Append("<div class=\"cols\"><section><h2>Busiest dyads</h2><div class=\"scroll\"><table id=\"dyads\" class=\"data\"><thead><tr><th>Dyad</th><th>Events</th></tr></thead><tbody>");
        foreach (var (a, b, count, name) in dyads)
            sb.Append($"<tr><td>{A(Url("/dyad", ("a", a), ("b", b)), name)} <span class=\"muted\">{E(a)}–{E(b)}</span></td><td class=\"num\">{count}</td></tr>");
        sb.Append("</tbody></table></div></section><section><h2>Latest events <a class=\"small\" href=\"/events\">all events, with filters and downloads →</a></h2>");
        var latest = store.LatestEvents(10);
        sb.Append(EventRows.Table(latest, ctx, "latest")).Append("</section></div>");
        return Layout.Page("Home", "/", sb.ToString());
    }

    private static string Cards() =>
        "<div class=\"cards\">" +
        "<a class=\"card\" href=\"/events\"><strong>Events</strong><span>Every stored event, filtered by period, actor, type, status, outlet and grade, and downloaded as CSV, JSON lines, Parquet or GDELT.</span></a>" +
        "<a class=\"card\" href=\"/dyad\"><strong>Dyad</strong><span>Two actors over time: alignment index, change points, QuadClass counts and every event.</span></a>" +
        "<a class=\"card\" href=\"/network\"><strong>Network</strong><span>Who acts towards whom: centralities and weighted edges.</span></a>" +
        "<a class=\"card\" href=\"/search\"><strong>Search</strong><span>Find the sentences that report events.</span></a>" +
        "<a class=\"card\" href=\"/article\"><strong>Analyze an article</strong><span>Paste or upload a text: see actors, equipment, dates, citations and coded events.</span></a>" +
        "</div>";
}
