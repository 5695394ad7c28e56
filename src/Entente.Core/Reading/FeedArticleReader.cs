using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader.Feeds;
using Entente.Core.Text;

namespace Entente.Core.Reading;

/// <summary>
/// Reads an RSS (0.9x, 1.0, 2.0) or Atom feed into one <see cref="SourceDocument"/> per item, in feed order:
/// Format "feed"; Path = the feed's path (or URL); <see cref="SourceDocument.Line"/> = the item's 1-based index in the
/// feed (not a line); Url = the item's link (made absolute against the feed's own link or URL); Title; Published from
/// pubDate / dc:date / published / updated, as the calendar date written; Author from dc:creator, else author (the
/// name of "email (Name)"), else the Atom author's name; Outlet = the channel's (feed's) title as given; Text = the
/// item's content:encoded (Atom content), else its description (Atom summary), HTML turned into plain paragraphs
/// the way <see cref="HtmlArticleReader"/> extracts a page's main text.
/// A feed that is not XML, not RSS/Atom or has no items yields one <see cref="ReadError"/>; an item with no text
/// yields a <see cref="ReadError"/> whose Line is the item's index, and the other items are still read.
/// </summary>
public sealed class FeedArticleReader
{
    public const string FormatName = "feed";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Ignore, // feeds sometimes carry a DOCTYPE; never fetch or expand it
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Reads a feed file lazily: nothing is opened until the sequence is enumerated.</summary>
    public IEnumerable<ReadResult> ReadFile(string path, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        return ReadFileIterator(path, options);
    }

    private static IEnumerable<ReadResult> ReadFileIterator(string path, ReaderOptions options)
    {
        var feed = ParseFile(path);
        foreach (var result in feed.ToResults(options))
            yield return result;
    }

    /// <summary>Reads a feed held in a string (stdin, tests); <paramref name="path"/> names it in documents and errors.</summary>
    public IEnumerable<ReadResult> ReadXml(string path, string xml, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(options);
        return ParseXml(path, xml).ToResults(options);
    }

    internal static ParsedFeed ParseFile(string path)
    {
        var (stream, error) = PlainTextReader.Open(path);
        if (error is not null)
            return ParsedFeed.Failed(path, error);
        byte[] bytes;
        using (stream)
        {
            bytes = new byte[stream!.Length];
            stream.ReadExactly(bytes);
        }
        return ParseBytes(path, bytes, baseUri: null);
    }

    /// <summary>Parses raw feed bytes (the XML declaration or BOM decides the encoding, UTF-8 by default).</summary>
    internal static ParsedFeed ParseBytes(string path, byte[] bytes, Uri? baseUri)
    {
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty || bytes.AsSpan().SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return ParsedFeed.Failed(path, EmptyFeed(path));
        return Parse(path, () => XmlReader.Create(new MemoryStream(bytes), XmlSettings), baseUri);
    }

    internal static ParsedFeed ParseXml(string path, string xml, Uri? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(xml))
            return ParsedFeed.Failed(path, EmptyFeed(path));
        return Parse(path, () => XmlReader.Create(new StringReader(xml), XmlSettings), baseUri);
    }

    private static ReadError EmptyFeed(string path) => new(path, null, "empty feed", "give an RSS or Atom feed with at least one item");

    private static ParsedFeed Parse(string path, Func<XmlReader> open, Uri? baseUri)
    {
        XDocument doc;
        try
        {
            using var reader = open();
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            return ParsedFeed.Failed(path, new ReadError(path, null,
                $"not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}",
                "the feed is broken or truncated: download it again, or fix the XML at that position"));
        }
        var root = doc.Root!;
        var kind = FeedSniffer.KindOf(root.Name);
        if (kind == FeedKind.None)
            return ParsedFeed.Failed(path, new ReadError(path, null, $"not an RSS or Atom feed (root element <{root.Name.LocalName}>)",
                "give an RSS 2.0 (<rss>), RSS 1.0 (<rdf:RDF>) or Atom (<feed>) document; a web page is read as .html"));
        var channel = kind switch
        {
            FeedKind.Rss => Child(root, "channel"),
            FeedKind.Rdf => Child(root, "channel") ?? root, // RSS 1.0 items are the root's children anyway
            _ => root,
        };
        if (channel is null)
            return ParsedFeed.Failed(path, new ReadError(path, null, "RSS feed without a <channel> element",
                "the feed is broken or truncated: download it again"));
        var items = kind switch
        {
            FeedKind.Rss => channel.Elements().Where(e => e.Name.LocalName == "item"),
            FeedKind.Rdf => root.Elements().Where(e => e.Name.LocalName == "item"),
            _ => root.Elements().Where(e => e.Name.LocalName == "entry"),
        };
        var parser = new HtmlParser();
        string? outlet = HtmlArticleReader.InlineText(parser, Child(channel, "title")?.Value);
        Uri? linkBase = baseUri ?? AbsoluteUri(kind == FeedKind.Atom ? AtomAlternate(root) : Child(channel, "link")?.Value);
        var entries = new List<FeedEntry>();
        int index = 0;
        foreach (var element in items)
        {
            index++;
            entries.Add(ReadItem(kind, element, index, parser, linkBase));
        }
        if (entries.Count == 0)
            return ParsedFeed.Failed(path, new ReadError(path, null, "feed has no items", "the feed is empty right now; read it again later"));
        return new ParsedFeed(path, outlet, entries, null);
    }

    private static FeedEntry ReadItem(FeedKind kind, XElement element, int index, HtmlParser parser, Uri? linkBase)
    {
        int line = ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : 0;
        string? title, link, content, description, author, date;
        try
        {
            switch (kind)
            {
                case FeedKind.Atom:
                    var atom = new AtomFeedItem(element);
                    (title, link, content, description) = (atom.Title, atom.Link, atom.Content, atom.Summary);
                    author = atom.Author?.Name;
                    date = NonBlank(atom.PublishedDateString) ?? atom.UpdatedDateString;
                    break;
                case FeedKind.Rdf:
                    var rdf = new Rss10FeedItem(element);
                    (title, link, content, description) = (rdf.Title, rdf.Link, rdf.Content, rdf.Description);
                    author = rdf.DC?.Creator;
                    date = rdf.DC?.DateString;
                    break;
                default:
                    var rss = new Rss20FeedItem(element);
                    (title, link, content, description) = (rss.Title, rss.Link, rss.Content, rss.Description);
                    author = NonBlank(rss.DC?.Creator) ?? NameOfRssAuthor(rss.Author);
                    date = NonBlank(rss.PublishingDateString) ?? rss.DC?.DateString;
                    break;
            }
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or NullReferenceException or OverflowException)
        {
            // the feed library fails on some malformed items; this item is reported, the others are read
            return FeedEntry.Broken(index, line, $"{ex.GetType().Name}: {ex.Message}");
        }
        string text = HtmlArticleReader.FragmentText(parser, content);
        if (text.Length == 0)
            text = HtmlArticleReader.FragmentText(parser, description);
        return new FeedEntry(index, line,
            HtmlArticleReader.InlineText(parser, title),
            ResolveLink(NonBlank(link)?.Trim(), linkBase),
            PublishedDateParser.TryParse(date, out var published) ? published : null,
            HtmlArticleReader.InlineText(parser, author),
            text);
    }

    private static XElement? Child(XElement parent, string localName)
        => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? AtomAlternate(XElement feed)
    {
        foreach (var link in feed.Elements().Where(e => e.Name.LocalName == "link"))
        {
            var rel = link.Attribute("rel")?.Value;
            if (rel is null or "alternate")
                return link.Attribute("href")?.Value;
        }
        return null;
    }

    private static Uri? AbsoluteUri(string? value)
        => Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string? ResolveLink(string? link, Uri? linkBase)
    {
        if (link is null)
            return null;
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            return absolute.ToString();
        return linkBase is not null && Uri.TryCreate(linkBase, link, out var resolved) ? resolved.ToString() : link;
    }

    /// <summary>RSS &lt;author&gt; is an e-mail address, often "jane@example.org (Jane Doe)": the name when given, else as written.</summary>
    private static string? NameOfRssAuthor(string? author)
    {
        author = NonBlank(author)?.Trim();
        if (author is null)
            return null;
        int open = author.IndexOf('(');
        if (open > 0 && author.EndsWith(')') && author.AsSpan(0, open).Contains('@'))
            return NonBlank(author[(open + 1)..^1]);
        return author;
    }

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

/// <summary>The kinds of feed document, by root element.</summary>
internal enum FeedKind
{
    None,
    Rss,
    Rdf,
    Atom,
}

/// <summary>One feed item as read, before it becomes a document. <see cref="Text"/> is plain text ("" when the item has none).</summary>
internal sealed record FeedEntry(int Index, int XmlLine, string? Title, string? Url, DateOnly? Published, string? Author, string Text,
    string? Problem = null)
{
    public static FeedEntry Broken(int index, int line, string problem) => new(index, line, null, null, null, null, "", problem);

    public SourceDocument ToDocument(string path, string? outlet, ReaderOptions options, string? text = null)
        => new(path, text ?? Text, FeedArticleReader.FormatName, Title, options.Published ?? Published, outlet, Url, Author, Line: Index);

    /// <summary>The error for an item that gives no document: broken, or without text.</summary>
    public ReadError NoTextError(string path) => Problem is not null
        ? new ReadError(path, Index, $"item {Index} (XML line {XmlLine}) could not be read: {Problem}", "report this as a bug with the feed attached")
        : Url is null
            ? new ReadError(path, Index, $"item {Index} (XML line {XmlLine}) has no text and no link", "the item is empty in the feed; nothing can be read from it")
            : new ReadError(path, Index, $"item {Index} (XML line {XmlLine}) has no text, only a link: {Url}",
                "let Entente fetch the linked pages (ingest --feed fetches them for a feed URL; ask for it for a feed file), or save the page as .html");
}

/// <summary>A feed read into entries, or the error that kept it from being read.</summary>
internal sealed record ParsedFeed(string Path, string? Outlet, IReadOnlyList<FeedEntry> Entries, ReadError? Error)
{
    public static ParsedFeed Failed(string path, ReadError error) => new(path, null, [], error);

    /// <summary>One result per entry (a document, or an error for an entry without text), or the feed's error.</summary>
    public IEnumerable<ReadResult> ToResults(ReaderOptions options)
    {
        if (Error is not null)
        {
            yield return Error;
            yield break;
        }
        foreach (var entry in Entries)
            yield return entry.Text.Length > 0 ? entry.ToDocument(Path, Outlet, options) : entry.NoTextError(Path);
    }
}
