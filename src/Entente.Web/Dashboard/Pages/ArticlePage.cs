using System.Security.Cryptography;
using System.Text;
using Entente.Core.Events;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>
/// /article: paste a text or upload a file (.txt, .md, .html, .jsonl); POST analyses it on the server without storing
/// anything and shows the text with actors, equipment, dates and citations highlighted beside the coded events.
/// POST /article/store adds one analysed text to the store, only with the write token.
/// </summary>
internal static class ArticlePage
{
    private static readonly PlainTextReader TextReader = new();
    private static readonly HtmlArticleReader HtmlReader = new();
    private static readonly JsonlReader JsonlReader = new();

    public static IResult Form(DashboardContext ctx) => Layout.Page("Analyze an article", "/article", FormHtml(null, null, null, null, null));

    public static async Task<IResult> Analyze(HttpRequest req, DashboardContext ctx)
    {
        if (!req.HasFormContentType)
            return Layout.Problem("Analyze an article", "/article", "The request is not a form.", "Use the form on this page.", 400);
        var form = await req.ReadFormAsync(req.HttpContext.RequestAborted);
        string? Field(string n) => form.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v[0]) ? v[0]!.Trim() : null;
        var text = form.TryGetValue("text", out var tv) ? tv[0] ?? "" : "";
        var (title, outlet, url, publishedText) = (Field("title"), Field("outlet"), Field("url"), Field("published"));
        var published = ParseDate(publishedText);
        var options = new ReaderOptions { Published = published };
        var file = form.Files.GetFile("file");
        var results = new List<ReadResult>();
        string source;
        if (file is { Length: > 0 })
        {
            if (file.Length > ctx.Options.MaxBodyBytes)
                return Layout.Page("Analyze an article", "/article", Error($"{file.FileName} is {file.Length:N0} bytes; the limit is {ctx.Options.MaxBodyBytes:N0}.", "Split the file, or ingest it with entente ingest.") + FormHtml(text, title, outlet, url, publishedText), 413);
            source = Path.GetFileName(file.FileName);
            string content;
            using (var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
                content = await reader.ReadToEndAsync(req.HttpContext.RequestAborted);
            var ext = Path.GetExtension(source).ToLowerInvariant();
            switch (ext)
            {
                case ".txt" or ".text": results.AddRange(TextReader.ReadText(source, new StringReader(content), InputFormat.Text, options)); break;
                case ".md" or ".markdown": results.AddRange(TextReader.ReadText(source, new StringReader(content), InputFormat.Markdown, options)); break;
                case ".html" or ".htm": results.Add(HtmlReader.ReadHtml(source, content, options)); break;
                case ".jsonl": results.AddRange(JsonlReader.ReadText(source, new StringReader(content), options)); break;
                default:
                    return Layout.Page("Analyze an article", "/article", Error($"{source}: files ending in '{ext}' cannot be read here.", "Upload a .txt, .md, .html or .jsonl file, or paste the text.") + FormHtml(text, title, outlet, url, publishedText), 400);
            }
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            source = "pasted text";
            results.AddRange(TextReader.ReadText(source, new StringReader(text), InputFormat.Text, options));
        }
        else
        {
            return Layout.Page("Analyze an article", "/article", Error("Nothing to analyse.", "Paste a text in the box or choose a file, then press Analyze.") + FormHtml(text, title, outlet, url, publishedText), 400);
        }

        var sb = new StringBuilder(65536).Append("<h1>Analysis of ").Append(E(source)).Append("</h1>");
        var docs = new List<AnalyzedDocument>();
        foreach (var r in results)
        {
            if (r.Error is { } err) { sb.Append(Error(err.ToString(), null)); continue; }
            var doc = r.Document! with { Title = title ?? r.Document!.Title, Outlet = outlet ?? r.Document.Outlet, Url = SafeHttpUrl(url) ?? r.Document.Url };
            docs.Add(ctx.Corpus.Analyzer.Analyze(doc, req.HttpContext.RequestAborted));
        }
        foreach (var d in docs) sb.Append(Document(d, ctx));
        if (docs.Count == 1 && !docs[0].Skipped) sb.Append(StoreForm(docs[0], ctx));
        else if (docs.Count > 1) sb.Append("<p class=\"muted\">Several documents: add them to the store with <code>entente ingest</code> or the API (POST /api/documents).</p>");
        sb.Append("<details><summary>Analyze another text</summary>").Append(FormHtml(null, null, null, null, null)).Append("</details>");
        return Layout.Page("Analysis", "/article", sb.ToString());
    }

    public static async Task<IResult> Store(HttpRequest req, DashboardContext ctx)
    {
        if (!req.HasFormContentType)
            return Layout.Problem("Add to the store", "/article", "The request is not a form.", "Use the form on the article page.", 400);
        var form = await req.ReadFormAsync(req.HttpContext.RequestAborted);
        string? Field(string n) => form.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v[0]) ? v[0]!.Trim() : null;
        if (!ctx.TokenMatches(form.TryGetValue("token", out var tok) ? tok[0] : null))
            return Layout.Problem("Add to the store", "/article", "The token is wrong; nothing was stored.", "Give the token entente serve printed at start (--token, ENTENTE_TOKEN, or the .token file beside the store).", 401);
        var text = form.TryGetValue("text", out var tv) ? tv[0] ?? "" : "";
        if (string.IsNullOrWhiteSpace(text))
            return Layout.Problem("Add to the store", "/article", "There is no text to store.", "Analyze a text first, then add it.", 400);
        var url = SafeHttpUrl(Field("url"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        var doc = new SourceDocument(url ?? $"dashboard/{hash}.txt", text, "text", Field("title"), ParseDate(Field("published")), Field("outlet"), url);
        var item = ctx.Corpus.Ingest.Analyze(doc, DocumentIdentity.Of(doc));
        BatchResult result;
        using (var store = ctx.OpenStoreForWriting())
            result = store.Write(new IngestBatch([item], []));
        var sb = new StringBuilder().Append("<h1>Added to the store</h1><div class=\"ok\" id=\"stored\">")
            .Append(result.Unchanged > 0 ? "<p>This text was in the store already: nothing changed.</p>"
                : $"<p>Stored 1 document with {result.Mentions} mentions; {result.EventsTouched} events were created or updated.</p>")
            .Append("</div><ul>");
        // dyad links only for two coded, different actors (not one-actor events or actors known only by name)
        foreach (var pair in item.Mentions.Select(m => (m.SourceCode, m.TargetCode)).Distinct()
                     .Where(p => p.SourceCode.Length > 0 && p.TargetCode.Length > 0 && p.SourceCode != p.TargetCode))
            sb.Append($"<li>{A(Url("/dyad", ("a", pair.SourceCode), ("b", pair.TargetCode)), $"{ctx.Analysis.Knowledge.Actors.NameOf(pair.SourceCode)} and {ctx.Analysis.Knowledge.Actors.NameOf(pair.TargetCode)}")}</li>");
        sb.Append("</ul><p><a href=\"/article\">Analyze another article</a></p>");
        return Layout.Page("Added", "/article", sb.ToString());
    }

    private static string Document(AnalyzedDocument d, DashboardContext ctx)
    {
        var doc = d.Document;
        var sb = new StringBuilder(doc.Text.Length * 2 + 8192).Append("<section class=\"analysed\">");
        if (doc.Title is { } t || d.Published is not null)
            sb.Append($"<h2>{E(doc.Title ?? doc.DisplayName)}</h2>");
        sb.Append($"<p class=\"muted\">{d.SentenceCount} sentences · {d.Entities.Length} entities · {d.Events.Length} coded events · language {E(d.Language)}")
          .Append(d.Published is DateOnly p ? $" · dates resolved against {E(D(p))}" : "").Append("</p>");
        foreach (var w in d.Warnings) sb.Append($"<p class=\"note\">{E(w)}</p>");
        var triggers = d.Events.Select(ev => new Mark((int)(ev.Why.TriggerStart), ev.Why.TriggerEnd, "trigger", $"trigger: {ev.Type.Replace('_', ' ')} ({ev.Cameo})"));
        sb.Append("<div class=\"cols article\"><div><p class=\"legend\"><mark class=\"trigger\">event trigger</mark> ")
          .AppendJoin(" ", ArticleMarks.Legend.Select(l => $"<mark class=\"{l.Class}\">{E(l.Label)}</mark>")).Append("</p>")
          .Append($"<div class=\"article-text\" id=\"article-text\">{Highlighter.Render(doc.Text, triggers.Concat(ArticleMarks.Of(d.Entities)))}</div></div>");
        sb.Append($"<aside><h3>Coded events <span class=\"muted\">{d.Events.Length}</span></h3>");
        if (d.Events.IsEmpty)
            sb.Append("<div class=\"empty\"><p>No events were coded in this text.</p><p>Events need two actors and an action in one sentence (\"Russia delivered … to Iran\").</p></div>");
        else
        {
            sb.Append("<ol class=\"coded\" id=\"coded-events\">");
            foreach (var ev in d.Events)
            {
                int s = ev.Evidence.Start;
                var marks = new[] { new Mark(ev.Why.TriggerStart - s, ev.Why.TriggerEnd - s, "trigger") };
                sb.Append("<li class=\"coded-event\">")
                  .Append($"<strong>{E(ev.Source.IsUnstated ? EventRows.NoSource : ev.Source.Name)} → {E(ev.Target.IsUnstated ? EventRows.NoTarget : ev.Target.Name)}</strong>: {E(ev.Type.Replace('_', ' '))} <span class=\"muted\">CAMEO {E(ev.Cameo)}, Goldstein {F(ev.Goldstein, "+0.0;−0.0;0")}</span><br>")
                  .Append($"<span class=\"status status-{E(ev.Status.ToString().ToLowerInvariant())}\">{E(ev.Status.ToString().ToLowerInvariant())}</span> ")
                  .Append($"· {E(ev.Date is { } dt ? dt.Range.ToString() : "undated")} · confidence {F(ev.Confidence)}")
                  .Append(ev.Quantity is { } q ? $" · {E(q.Text)}" : "")
                  .Append(ev.Equipment.IsDefaultOrEmpty ? "" : $" · {E(string.Join(", ", ev.Equipment.Select(x => x.Name)))}")
                  .Append(ev.Sources.IsDefaultOrEmpty ? "" : $" · cites {E(string.Join(", ", ev.Sources.Select(x => x.Outlet)))}")
                  .Append($"<blockquote class=\"evidence\">{Highlighter.Render(ev.Evidence.Text, marks)}</blockquote></li>");
            }
            sb.Append("</ol>");
        }
        return sb.Append("</aside></div></section>").ToString();
    }

    private static string StoreForm(AnalyzedDocument d, DashboardContext ctx)
    {
        var doc = d.Document;
        var sb = new StringBuilder(doc.Text.Length + 2048).Append("<section class=\"store-form\"><h2>Add to the store</h2>");
        sb.Append("<form method=\"post\" action=\"/article/store\" class=\"bar\">")
          .Append($"<textarea name=\"text\" hidden>{E(doc.Text)}</textarea>");
        foreach (var (n, v) in new[] { ("title", doc.Title), ("outlet", doc.Outlet), ("url", doc.Url), ("published", D(doc.Published)) })
            if (!string.IsNullOrEmpty(v)) sb.Append($"<input type=\"hidden\" name=\"{n}\" value=\"{E(v)}\">");
        sb.Append("<label>Write token <input type=\"password\" name=\"token\" required autocomplete=\"off\"></label>")
          .Append("<button type=\"submit\">Add to the store</button></form>")
          .Append("<p class=\"muted\">The token is the one <code>entente serve</code> printed at start (<code>--token</code>, ENTENTE_TOKEN, or the <code>.token</code> file beside the store), the same as the API&#39;s; the analysis above stored nothing.</p></section>");
        return sb.ToString();
    }

    private static string Error(string message, string? hint)
        => $"<div class=\"error\" role=\"alert\"><p>{E(message)}</p>{(hint is null ? "" : $"<p><strong>What to do:</strong> {E(hint)}</p>")}</div>";

    private static string FormHtml(string? text, string? title, string? outlet, string? url, string? published) =>
        "<form class=\"article-form\" method=\"post\" action=\"/article\" enctype=\"multipart/form-data\">" +
        "<p>Paste an article or choose a file: Entente finds the actors, equipment, dates and cited sources and codes the events. Nothing is stored.</p>" +
        $"<label class=\"block\">Article text<textarea name=\"text\" rows=\"12\" placeholder=\"Paste the text of a news or analysis article here\">{E(text)}</textarea></label>" +
        "<div class=\"bar\">" +
        "<label>…or a file <input type=\"file\" name=\"file\" accept=\".txt,.md,.markdown,.html,.htm,.jsonl\"></label>" +
        $"<label>Published <input type=\"date\" name=\"published\" value=\"{E(published)}\" title=\"Dates like 'last week' are resolved against it\"></label>" +
        $"<label>Title <input type=\"text\" name=\"title\" value=\"{E(title)}\"></label>" +
        $"<label>Outlet <input type=\"text\" name=\"outlet\" value=\"{E(outlet)}\" placeholder=\"e.g. Reuters\"></label>" +
        $"<label>URL <input type=\"url\" name=\"url\" value=\"{E(url)}\"></label>" +
        "<button type=\"submit\">Analyze</button></div></form>";
}
