using System.Text;
using Entente.Corpus.Store;
using Entente.Web.Api;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>
/// /search?q=: the store's full-text search over the evidence sentences (<see cref="IEventStore.Search"/>: FTS5 on SQLite,
/// PostgreSQL full-text; the same as GET /api/search), best first, each hit's snippet with the words found marked
/// (<see cref="SearchFormat.Markup"/>), its outlet, date and document, grouped under the event they report (a link to it).
/// </summary>
internal static class SearchPage
{
    public const int Limit = 100;

    public static IResult Render(HttpRequest req, DashboardContext ctx)
    {
        var q = Q(req, "q");
        var sb = new StringBuilder(32768).Append("<h1>Search</h1>")
            .Append("<form class=\"bar\" method=\"get\" action=\"/search\" role=\"search\">")
            .Append($"<label>Words in the evidence sentence <input type=\"search\" name=\"q\" value=\"{E(q)}\" size=\"40\" placeholder=\"e.g. Su-35 or drone factory\" autofocus></label>")
            .Append("<button type=\"submit\">Search</button></form>");
        const string Help = "Every word must appear in the sentence (drones also finds drone); end a word with * to match its beginning (dron*).";
        using var store = ctx.OpenStore();
        if (store is null)
            return Layout.Page("Search", "/search", sb.Append($"<div class=\"empty\"><p>There is no store yet.</p><p>{E(ctx.EmptyStoreHint)}</p></div>").ToString());
        if (q is null)
            return Layout.Page("Search", "/search", sb.Append($"<p class=\"muted\">{E(Help)}</p>").ToString());
        SearchResult result;
        try
        {
            result = store.Search(SearchQuery.Parse(q), Limit);
        }
        catch (SearchQueryException ex)
        {
            return Layout.Page("Search", "/search", sb.Append($"<div class=\"error\" role=\"alert\" id=\"search-error\"><p>This search cannot be run: {E(ex.Message)}.</p><p><strong>What to do:</strong> {E(ex.Hint)}. {E(Help)}</p></div>").ToString());
        }
        var hits = result.Hits;
        sb.Append($"<p id=\"search-count\">{result.Total} sentence{(result.Total == 1 ? "" : "s")} found for <strong>{E(q)}</strong>{(result.Total > hits.Count ? $", the best {hits.Count} shown" : "")}.</p>");
        if (hits.Count == 0)
            return Layout.Page("Search", "/search", sb.Append("<div class=\"empty\"><p>Nothing found. Try fewer words, another spelling, a word's beginning with * (dron*), or an actor's name.</p></div>").ToString());
        // grouped by event, each group where its best sentence ranks: a merged event reported by several articles is one result
        var groups = hits.Select((h, rank) => (h, rank)).GroupBy(x => x.h.EventId ?? "\u0000" + x.rank, StringComparer.Ordinal).ToList();
        int eventCount = groups.Count(g => g.First().h.EventId != null);
        sb.Append($"<p class=\"muted\" id=\"search-groups\">{eventCount} event{(eventCount == 1 ? "" : "s")} among the sentences shown.</p>");
        sb.Append("<ol class=\"hits\" id=\"hits\">");
        foreach (var g in groups)
        {
            var first = g.First().h;
            sb.Append("<li class=\"hit-item\">");
            if (first.EventId is { } id)
                sb.Append($"<p class=\"hit-event\"><a href=\"{E("/events/" + Uri.EscapeDataString(id))}\">event {E(id)}</a>")
                  .Append(g.Count() > 1 ? $" · {g.Count()} sentences" : "").Append("</p>");
            foreach (var (h, _) in g)
            {
                var (snippet, _, _) = SearchFormat.Markup(h.Snippet, "hit");
                sb.Append($"<blockquote class=\"evidence\">{snippet}</blockquote><p class=\"meta\">")
                  .Append(h.EventId is null ? "no event · " : "")
                  .Append($"{E(h.Outlet ?? "unknown outlet")} · published {E(D(h.Published) is { Length: > 0 } p ? p : "date unknown")}")
                  .Append($" · {External(h.Url, h.Title ?? Path.GetFileName(h.Path))}</p>");
            }
            sb.Append("</li>");
        }
        return Layout.Page($"Search: {q}", "/search", sb.Append("</ol>").ToString());
    }
}
