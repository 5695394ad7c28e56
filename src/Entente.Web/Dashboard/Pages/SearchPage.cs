using System.Text;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>/search?q=: the sentences that report events, with the words found highlighted and links to their events.</summary>
internal static class SearchPage
{
    public const int Limit = 100;

    public static IResult Render(HttpRequest req, DashboardContext ctx, IMentionSearch search)
    {
        var q = Q(req, "q");
        var sb = new StringBuilder(32768).Append("<h1>Search</h1>")
            .Append("<form class=\"bar\" method=\"get\" action=\"/search\" role=\"search\">")
            .Append($"<label>Words in the evidence sentence <input type=\"search\" name=\"q\" value=\"{E(q)}\" size=\"40\" placeholder=\"e.g. Su-35 or &quot;drone factory&quot;\" autofocus></label>")
            .Append("<button type=\"submit\">Search</button></form>");
        using var store = ctx.OpenStore();
        if (store is null)
            return Layout.Page("Search", "/search", sb.Append($"<div class=\"empty\"><p>There is no store yet.</p><p>{E(ctx.EmptyStoreHint)}</p></div>").ToString());
        if (q is null)
            return Layout.Page("Search", "/search", sb.Append("<p class=\"muted\">Every word must appear in the sentence (or the article title); put a phrase in double quotes.</p>").ToString());
        var terms = ScanMentionSearch.Terms(q);
        var hits = search.Search(store, terms, Limit);
        sb.Append($"<p id=\"search-count\">{(hits.Count == Limit ? $"The first {Limit}" : hits.Count.ToString())} mention{(hits.Count == 1 ? "" : "s")} found for <strong>{E(q)}</strong>.</p>");
        if (hits.Count == 0)
            return Layout.Page("Search", "/search", sb.Append("<div class=\"empty\"><p>Nothing found. Try fewer or shorter words, another spelling, or an actor's name.</p></div>").ToString());
        sb.Append("<ol class=\"hits\" id=\"hits\">");
        foreach (var h in hits)
        {
            var m = h.Mention.Mention;
            sb.Append("<li class=\"hit-item\">")
              .Append($"<blockquote class=\"evidence\">{Highlighter.Render(m.Quote, Highlighter.Terms(m.Quote, terms))}</blockquote><p class=\"meta\">")
              .Append(m.EventId is { } id ? $"<a href=\"{E("/events/" + Uri.EscapeDataString(id))}\">{E(EventRows.TypeLabel(m.Type))}: {E(m.SourceName)} → {E(m.TargetName)}</a>" : E(m.Type))
              .Append($" · {E(m.Status.ToString().ToLowerInvariant())} · {E(m.Outlet ?? "unknown outlet")} · published {E(D(m.Published) is { Length: > 0 } p ? p : "date unknown")}")
              .Append($" · {External(h.Mention.Url, h.Mention.Title ?? Path.GetFileName(h.Mention.Path))}</p></li>");
        }
        return Layout.Page($"Search: {q}", "/search", sb.Append("</ol>").ToString());
    }
}
