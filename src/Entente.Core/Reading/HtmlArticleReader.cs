using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Entente.Core.Text;

namespace Entente.Core.Reading;

/// <summary>
/// Reads an HTML article page: metadata (title, published date, outlet, author, url) from meta tags, <c>&lt;time&gt;</c>
/// and JSON-LD; main text from <c>&lt;article&gt;</c>, else <c>&lt;main&gt;</c>, else the element whose direct
/// <c>&lt;p&gt;</c> children hold the most text, with navigation, boilerplate and scripts dropped. The text has
/// paragraphs separated by blank lines, headings as their own paragraphs, list items as "- " lines; entities decoded.
/// </summary>
public sealed partial class HtmlArticleReader
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.Ordinal)
    {
        "nav", "header", "footer", "aside", "script", "style", "noscript", "form", "figcaption", "template",
        "svg", "button", "iframe", "object", "embed", "canvas", "dialog", "select", "input", "textarea", "label",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead",
        "tbody", "tfoot", "tr", "figure", "hr", "address", "details", "summary", "center", "body", "html",
    };

    private static readonly HashSet<string> HeadingTags = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    /// <summary>class/id words that mark boilerplate (matched as words: "site-nav", "relatedPosts", not "commentary").</summary>
    [GeneratedRegex(@"(?<![a-z])(?i:nav|navbar|navigation|menu|footer|sidebar|share|sharing|social|related|comments?|cookies?|consent|subscribe|subscription|newsletter|advert\w*|ads?|promo|breadcrumbs?|popup|modal)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateName();

    [GeneratedRegex(@"\r?\n[ \t\r]*\n")]
    private static partial Regex BlankLine();

    public IEnumerable<ReadResult> ReadFile(string path, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        return ReadFileIterator(path, options);
    }

    private IEnumerable<ReadResult> ReadFileIterator(string path, ReaderOptions options)
    {
        var (stream, error) = PlainTextReader.Open(path);
        if (error is not null)
        {
            yield return error;
            yield break;
        }
        IHtmlDocument document;
        using (stream)
        {
            if (stream!.Length == 0)
            {
                yield return EmptyFile(path);
                yield break;
            }
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            var (parsed, tooLarge) = Parse(path, bytes, charset: null);
            if (parsed is null)
            {
                yield return tooLarge ?? EmptyFile(path);
                yield break;
            }
            document = parsed;
        }
        yield return FromDocument(path, document, options);
    }

    /// <summary>
    /// Reads an HTML page from raw bytes (a download): UTF-8 when the bytes are valid UTF-8, else <paramref name="charset"/>
    /// (from the Content-Type header) when .NET knows it, else whatever the page declares (BOM, &lt;meta charset&gt;).
    /// </summary>
    internal ReadResult ReadBytes(string path, byte[] bytes, string? charset, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        var (document, tooLarge) = Parse(path, bytes, charset);
        return document is null ? tooLarge ?? EmptyFile(path) : FromDocument(path, document, options);
    }

    /// <summary>The parsed page; null with no error when the bytes hold only whitespace, null with the error when the
    /// page is over the <see cref="HtmlPreScan"/> limits.</summary>
    private static (IHtmlDocument? Document, ReadError? TooLarge) Parse(string path, byte[] bytes, string? charset)
    {
        var parser = new HtmlParser();
        string? text = TryDecodeUtf8(bytes) ?? TryDecode(bytes, charset);
        // tags are ASCII in every charset a page may declare: a Latin-1 view is enough to scan them
        if (HtmlPreScan.Check(path, text ?? Encoding.Latin1.GetString(bytes)) is { } tooLarge) return (null, tooLarge);
        if (text is not null)
            return (string.IsNullOrWhiteSpace(text) ? null : parser.ParseDocument(text), null);
        // Not UTF-8 and no usable charset: let AngleSharp honour the page's <meta charset> / BOM.
        return (parser.ParseDocument(new MemoryStream(bytes)), null);
    }

    private static string? TryDecode(byte[] bytes, string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
            return null;
        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"')).GetString(bytes);
        }
        catch (ArgumentException)
        {
            return null; // an encoding .NET does not ship: the page's own declaration decides (next step)
        }
    }

    /// <summary>
    /// Plain text of an HTML fragment (a feed item's description or content): paragraphs separated by blank lines,
    /// list items as "- " lines, boilerplate and scripts dropped, as for a page's main text. Text without markup keeps
    /// its blank-line paragraphs with whitespace collapsed inside each.
    /// </summary>
    internal static string FragmentText(HtmlParser parser, string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return "";
        if (html.AsSpan().IndexOfAny('<', '&') < 0)
        {
            var b = new ParagraphBuilder();
            foreach (var paragraph in BlankLine().Split(html))
            {
                b.Inline(paragraph);
                b.Flush();
            }
            return b.ToString();
        }
        var body = parser.ParseDocument(html).Body;
        return body is null ? "" : ExtractText(body);
    }

    /// <summary>One line of text from inline markup or plain text (a title, a name): tags dropped, whitespace collapsed; null when empty.</summary>
    internal static string? InlineText(HtmlParser parser, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (value.AsSpan().IndexOfAny('<', '&') >= 0)
            value = parser.ParseDocument(value).Body?.TextContent ?? value;
        return Clean(value);
    }

    /// <summary>Reads HTML from a string (stdin or tests).</summary>
    public ReadResult ReadHtml(string path, string html, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(html))
            return EmptyFile(path);
        return HtmlPreScan.Check(path, html) ?? FromDocument(path, new HtmlParser().ParseDocument(html), options);
    }

    private static ReadError EmptyFile(string path)
        => new(path, null, "empty file", "give an HTML page with article text");

    private static string? TryDecodeUtf8(byte[] bytes)
    {
        int start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start)) ? Encoding.UTF8.GetString(bytes, start, bytes.Length - start) : null;
    }

    private static ReadResult FromDocument(string path, IHtmlDocument doc, ReaderOptions options)
    {
        var ld = JsonLd.From(doc);
        var root = FindRoot(doc);
        string? outlet = Clean(Meta(doc, "property", "og:site_name")) ?? ld.Publisher;
        string? title = Clean(Meta(doc, "property", "og:title"))
            ?? StripOutletSuffix(Clean(doc.Title), outlet)
            ?? Clean(doc.QuerySelector("h1")?.TextContent)
            ?? ld.Headline;
        DateOnly? published = options.Published
            ?? Date(Meta(doc, "property", "article:published_time"))
            ?? Date(Meta(doc, "name", "date"))
            ?? Date(root?.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? Date(ld.DatePublished)
            ?? Date(Meta(doc, "itemprop", "datePublished"))
            ?? Date(Meta(doc, "name", "dc.date"));
        string? author = Clean(Meta(doc, "name", "author")) ?? ld.Author;
        string? url = Clean(doc.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")) ?? Clean(Meta(doc, "property", "og:url"));

        string text = root is null ? "" : ExtractText(root);
        if (text.Length == 0)
            return new ReadError(path, null, "no article text found",
                "the page has no <article>, <main> or paragraphs outside navigation; save the article body as .txt instead");
        return new SourceDocument(path, text, "html", title, published, outlet, url, author);
    }

    /// <summary>The element holding the article: &lt;article&gt; (the longest), else &lt;main&gt;, else the best paragraph container.</summary>
    private static IElement? FindRoot(IHtmlDocument doc)
    {
        var article = doc.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length);
        if (article is not null)
            return article;
        var main = doc.QuerySelector("main") ?? doc.QuerySelector("[role='main']");
        if (main is not null)
            return main;
        var body = doc.Body;
        if (body is null)
            return null;
        RemoveBoilerplate(body);
        IElement? best = null;
        int bestLength = 0;
        foreach (var element in body.QuerySelectorAll("*").Prepend(body))
        {
            int length = 0;
            foreach (var child in element.Children)
            {
                if (child.LocalName == "p")
                    length += child.TextContent.Length;
            }
            if (length > bestLength)
            {
                best = element;
                bestLength = length;
            }
        }
        return best ?? body;
    }

    private static void RemoveBoilerplate(IElement root)
    {
        var doomed = new List<IElement>();
        int rootLength = -1;
        foreach (var element in root.QuerySelectorAll("*"))
        {
            if (DroppedTags.Contains(element.LocalName) || element.HasAttribute("hidden")
                || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            {
                doomed.Add(element);
            }
            else if (IsBoilerplateName(element.GetAttribute("class")) || IsBoilerplateName(element.Id))
            {
                // A wrapper named e.g. "layout has-sidebar" that holds most of the text is not boilerplate.
                if (rootLength < 0) rootLength = root.TextContent.Length;
                if (element.TextContent.Length * 2 <= rootLength)
                    doomed.Add(element);
            }
        }
        foreach (var element in doomed)
            element.Remove();
    }

    private static bool IsBoilerplateName(string? name) => !string.IsNullOrEmpty(name) && BoilerplateName().IsMatch(name);

    internal static string ExtractText(IElement root)
    {
        RemoveBoilerplate(root);
        var builder = new ParagraphBuilder();
        Walk(root, builder);
        builder.Flush();
        return builder.ToString();
    }

    private static void Walk(INode node, ParagraphBuilder b)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                b.Inline(text.Data);
                continue;
            }
            if (child is not IElement element)
                continue;
            var name = element.LocalName;
            if (name == "br")
            {
                b.LineBreak();
            }
            else if (name == "li")
            {
                b.Flush();
                b.StartListItem();
                Walk(element, b);
                b.Flush();
            }
            else if (name is "td" or "th")
            {
                b.Inline(" ");
                Walk(element, b);
                b.Inline(" ");
            }
            else if (HeadingTags.Contains(name) || BlockTags.Contains(name))
            {
                b.Flush();
                Walk(element, b);
                b.Flush();
            }
            else
            {
                Walk(element, b);
            }
        }
    }

    /// <summary>Collects inline text with collapsed whitespace into paragraphs and "- " list lines.</summary>
    private sealed class ParagraphBuilder
    {
        private readonly StringBuilder _out = new();
        private readonly StringBuilder _current = new();
        private bool _currentIsItem, _lastWasItem, _pendingSpace;

        public void Inline(string s)
        {
            foreach (char c in s)
            {
                if (char.IsWhiteSpace(c) || c == '\u00A0')
                {
                    _pendingSpace = _current.Length > 0 && _current[^1] != '\n';
                    continue;
                }
                if (_pendingSpace)
                {
                    _current.Append(' ');
                    _pendingSpace = false;
                }
                _current.Append(c);
            }
        }

        public void LineBreak()
        {
            if (_current.Length > 0 && _current[^1] != '\n')
                _current.Append('\n');
            _pendingSpace = false;
        }

        public void StartListItem() => _currentIsItem = true;

        public void Flush()
        {
            int end = _current.Length;
            while (end > 0 && _current[end - 1] is '\n' or ' ') end--;
            if (end > 0)
            {
                if (_out.Length > 0)
                    _out.Append(_currentIsItem && _lastWasItem ? "\n" : "\n\n");
                if (_currentIsItem)
                    _out.Append("- ");
                _out.Append(_current, 0, end);
                _lastWasItem = _currentIsItem;
            }
            _current.Clear();
            _currentIsItem = false;
            _pendingSpace = false;
        }

        public override string ToString() => _out.ToString();
    }

    private static string? Meta(IDocument doc, string attribute, string value)
    {
        foreach (var meta in doc.QuerySelectorAll("meta"))
        {
            if (string.Equals(meta.GetAttribute(attribute), value, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                    return content;
            }
        }
        return null;
    }

    private static DateOnly? Date(string? value) => PublishedDateParser.TryParse(value, out var d) ? d : null;

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
            return null;
        var b = new ParagraphBuilder();
        b.Inline(s);
        b.Flush();
        return b.ToString();
    }

    private static string? StripOutletSuffix(string? title, string? outlet)
    {
        if (title is null || outlet is null)
            return title;
        foreach (var sep in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — "])
        {
            var suffix = sep + outlet;
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
                return title[..^suffix.Length];
        }
        return title;
    }

    /// <summary>The few JSON-LD facts used: datePublished, author name, headline, publisher name (first found).</summary>
    private sealed record JsonLd(string? DatePublished, string? Author, string? Headline, string? Publisher)
    {
        public static JsonLd From(IDocument doc)
        {
            string? date = null, author = null, headline = null, publisher = null;
            foreach (var script in doc.QuerySelectorAll("script"))
            {
                if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                    continue;
                JsonDocument json;
                try
                {
                    json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                }
                catch (JsonException)
                {
                    continue; // a broken embedded block is the page's problem; the other metadata sources still apply
                }
                using (json)
                    Visit(json.RootElement, ref date, ref author, ref headline, ref publisher, 0);
            }
            return new JsonLd(date, author, headline, publisher);
        }

        private static void Visit(JsonElement e, ref string? date, ref string? author, ref string? headline, ref string? publisher, int depth)
        {
            if (depth > 8)
                return;
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                    Visit(item, ref date, ref author, ref headline, ref publisher, depth + 1);
                return;
            }
            if (e.ValueKind != JsonValueKind.Object)
                return;
            if (e.TryGetProperty("@graph", out var graph))
                Visit(graph, ref date, ref author, ref headline, ref publisher, depth + 1);
            date ??= StringOf(e, "datePublished");
            headline ??= StringOf(e, "headline");
            if (author is null && e.TryGetProperty("author", out var a))
                author = NameOf(a);
            if (publisher is null && e.TryGetProperty("publisher", out var p))
                publisher = NameOf(p);
        }

        private static string? StringOf(JsonElement e, string name)
            => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

        private static string? NameOf(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(e.GetString()) ? null : e.GetString()!.Trim(),
            JsonValueKind.Object => StringOf(e, "name"),
            JsonValueKind.Array => e.EnumerateArray().Select(NameOf).FirstOrDefault(n => n is not null),
            _ => null,
        };
    }
}
