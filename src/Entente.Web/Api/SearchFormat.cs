using System.Net;
using System.Text;
using System.Text.Json;
using Entente.Core.Output;
using Entente.Corpus.Store;

namespace Entente.Web.Api;

/// <summary>
/// Search hits as JSON. <c>snippet</c> is HTML: the excerpt HTML-escaped, each hit inside &lt;mark&gt;…&lt;/mark&gt; (safe to
/// insert as markup); <c>text</c> is the same excerpt as plain text and <c>hits</c> the [start, end) offsets of the hits in it.
/// </summary>
public static class SearchFormat
{
    public static void Write(Utf8JsonWriter w, string q, SearchQuery query, SearchResult result, int limit)
    {
        JsonContract.BeginDocument(w);
        w.WriteString("query", q);
        w.WriteStartArray("terms");
        foreach (var (word, prefix) in query.Terms) w.WriteStringValue(prefix ? word + "*" : word);
        w.WriteEndArray();
        w.WriteNumber("total", result.Total);
        w.WriteNumber("limit", limit);
        w.WriteStartArray("items");
        foreach (var h in result.Hits)
        {
            var (html, text, hits) = Markup(h.Snippet);
            w.WriteStartObject();
            if (h.EventId is { } id) w.WriteString("event_id", id); else w.WriteNull("event_id");
            w.WriteString("mention_key", h.MentionKey);
            w.WriteString("snippet", html);
            w.WriteString("text", text);
            w.WriteStartArray("hits");
            foreach (var (s, e) in hits) { w.WriteStartArray(); w.WriteNumberValue(s); w.WriteNumberValue(e); w.WriteEndArray(); }
            w.WriteEndArray();
            w.WriteString("quote", h.Quote);
            w.WriteNumber("start", h.Start);
            w.WriteNumber("end", h.End);
            if (h.Outlet is { } o) w.WriteString("outlet", o); else w.WriteNull("outlet");
            if (h.Published is DateOnly p) w.WriteString("published", JsonReportWriter.Date(p)); else w.WriteNull("published");
            w.WriteStartObject("document");
            w.WriteString("path", h.Path); w.WriteString("url", h.Url); w.WriteString("title", h.Title); w.WriteNumber("version", h.Version);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A snippet with <see cref="SearchQuery.HitStart"/>/<see cref="SearchQuery.HitEnd"/> markers as escaped HTML with &lt;mark&gt;, as plain text, and the hits' offsets in the text.</summary>
    /// <param name="markClass">A class for the &lt;mark&gt; elements (the dashboard's "hit"); none for the API.</param>
    public static (string Html, string Text, IReadOnlyList<(int Start, int End)> Hits) Markup(string snippet, string? markClass = null)
    {
        var openTag = markClass is null ? "<mark>" : $"<mark class=\"{WebUtility.HtmlEncode(markClass)}\">";
        var html = new StringBuilder(snippet.Length + 32);
        var text = new StringBuilder(snippet.Length);
        var hits = new List<(int, int)>();
        int segment = 0, open = -1;
        void Flush(int to)
        {
            if (to <= segment) return;
            var part = snippet[segment..to];
            html.Append(WebUtility.HtmlEncode(part));
            text.Append(part);
        }
        for (int i = 0; i < snippet.Length; i++)
        {
            char c = snippet[i];
            if (c != SearchQuery.HitStart && c != SearchQuery.HitEnd) continue;
            Flush(i);
            segment = i + 1;
            if (c == SearchQuery.HitStart && open < 0) { open = text.Length; html.Append(openTag); }
            else if (c == SearchQuery.HitEnd && open >= 0) { hits.Add((open, text.Length)); open = -1; html.Append("</mark>"); }
        }
        Flush(snippet.Length);
        if (open >= 0) { hits.Add((open, text.Length)); html.Append("</mark>"); }
        return (html.ToString(), text.ToString(), hits);
    }
}
