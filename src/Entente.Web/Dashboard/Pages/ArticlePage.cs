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

    public static IResult Form(DashboardContext ctx) => FormPage(null, ArticleFormModel.Empty, 200);

    public static async Task<IResult> Analyze(HttpRequest req, DashboardContext ctx)
    {
        if (!req.HasFormContentType)
            return PageResult.Problem("Analyze an article", "/article", "The request is not a form.", "Use the form on this page.", 400);
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
                return FormPage(new AlertModel($"{file.FileName} is {file.Length:N0} bytes; the limit is {ctx.Options.MaxBodyBytes:N0}.", "Split the file, or ingest it with entente ingest."), new(text, title, outlet, url, publishedText), 413);
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
                    return FormPage(new AlertModel($"{source}: files ending in '{ext}' cannot be read here.", "Upload a .txt, .md, .html or .jsonl file, or paste the text."), new(text, title, outlet, url, publishedText), 400);
            }
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            source = "pasted text";
            results.AddRange(TextReader.ReadText(source, new StringReader(text), InputFormat.Text, options));
        }
        else
        {
            return FormPage(new AlertModel("Nothing to analyse.", "Paste a text in the box or choose a file, then press Analyze."), new(text, title, outlet, url, publishedText), 400);
        }

        var errors = new List<AlertModel>();
        var docs = new List<AnalyzedDocument>();
        foreach (var r in results)
        {
            if (r.Error is { } err) { errors.Add(new AlertModel(err.ToString(), null)); continue; }
            var doc = r.Document! with { Title = title ?? r.Document!.Title, Outlet = outlet ?? r.Document.Outlet, Url = SafeHttpUrl(url) ?? r.Document.Url };
            docs.Add(ctx.Corpus.Analyzer.Analyze(doc, req.HttpContext.RequestAborted));
        }
        return PageResult.Of(Slices.ArticleAnalysis.Create(new AnalysisModel(new PageFrame("Analysis", "/article"), source, errors, [.. docs.Select(ArticleViews.Document)],
            docs.Count == 1 && !docs[0].Skipped ? ArticleViews.StoreForm(docs[0]) : null, docs.Count > 1)));
    }

    private static IResult FormPage(AlertModel? error, ArticleFormModel form, int status)
        => PageResult.Of(Slices.Article.Create(new ArticleModel(new PageFrame("Analyze an article", "/article"), error, form)), status);

    public static async Task<IResult> Store(HttpRequest req, DashboardContext ctx)
    {
        if (!req.HasFormContentType)
            return PageResult.Problem("Add to the store", "/article", "The request is not a form.", "Use the form on the article page.", 400);
        var form = await req.ReadFormAsync(req.HttpContext.RequestAborted);
        string? Field(string n) => form.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v[0]) ? v[0]!.Trim() : null;
        if (!ctx.TokenMatches(form.TryGetValue("token", out var tok) ? tok[0] : null))
            return PageResult.Problem("Add to the store", "/article", "The token is wrong; nothing was stored.", "Give the token entente serve printed at start (--token, ENTENTE_TOKEN, or the .token file beside the store).", 401);
        var text = form.TryGetValue("text", out var tv) ? tv[0] ?? "" : "";
        if (string.IsNullOrWhiteSpace(text))
            return PageResult.Problem("Add to the store", "/article", "There is no text to store.", "Analyze a text first, then add it.", 400);
        var url = SafeHttpUrl(Field("url"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        var doc = new SourceDocument(url ?? $"dashboard/{hash}.txt", text, "text", Field("title"), ParseDate(Field("published")), Field("outlet"), url);
        var item = ctx.Corpus.Ingest.Analyze(doc, DocumentIdentity.Of(doc));
        BatchResult result;
        using (var store = ctx.OpenStoreForWriting())
            result = store.Write(new IngestBatch([item], []));
        // dyad links only for two coded, different actors (not one-actor events or actors known only by name)
        var names = ctx.Analysis.Knowledge.Actors;
        var dyads = item.Mentions.Select(m => (m.SourceCode, m.TargetCode)).Distinct()
            .Where(p => p.SourceCode.Length > 0 && p.TargetCode.Length > 0 && p.SourceCode != p.TargetCode)
            .Select(p => (Url("/dyad", ("a", p.SourceCode), ("b", p.TargetCode)), $"{names.NameOf(p.SourceCode)} and {names.NameOf(p.TargetCode)}")).ToList();
        return PageResult.Of(Slices.Stored.Create(new StoredModel(new PageFrame("Added", "/article"), result.Unchanged > 0, result.Mentions, result.EventsTouched, dyads)));
    }
}
