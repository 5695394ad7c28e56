using AngleSharp.Html.Parser;
using Entente.Core.Text;

namespace Entente.Core.Reading;

/// <summary>When <see cref="FeedSource"/> fetches the pages that feed items link to.</summary>
public enum LinkedPageFetch
{
    /// <summary>For a feed read from a URL, yes; for a feed file, no.</summary>
    Auto,
    Always,
    Never,
}

/// <summary>Settings for <see cref="FeedSource.Read"/>.</summary>
public sealed record FeedOptions
{
    public const int DefaultShortTextChars = 400;

    /// <summary>Whether items with only a short text (or none) and a link get their linked page's full text.</summary>
    public LinkedPageFetch FetchLinkedPages { get; init; } = LinkedPageFetch.Auto;

    /// <summary>An item whose plain text is shorter than this (in characters) counts as a summary worth replacing.</summary>
    public int ShortTextChars { get; init; } = DefaultShortTextChars;

    /// <summary>Options for reading feeds and pages (e.g. a <see cref="ReaderOptions.Published"/> override).</summary>
    public ReaderOptions Reader { get; init; } = ReaderOptions.Default;

    public static FeedOptions Default { get; } = new();
}

/// <summary>
/// The input of <c>entente ingest --feed X</c>: X is a feed URL (downloaded with <see cref="PageFetcher"/>'s limits) or a
/// feed file (read with <see cref="FeedArticleReader"/>). One result per item, in feed order. When linked pages are
/// fetched (<see cref="FeedOptions.FetchLinkedPages"/>), an item with an http(s) link and less than
/// <see cref="FeedOptions.ShortTextChars"/> characters of text gets the text of its linked page (the longer of the two
/// is kept), while title, date, author and outlet still come from the feed where it gives them. A page that cannot be
/// fetched yields its <see cref="ReadError"/> (naming the page URL), followed by the item's own text when it has any.
/// Pages are fetched one at a time, lazily, as the results are enumerated.
/// </summary>
public sealed class FeedSource
{
    private static readonly string[] FeedTypes =
    [
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
        "text/plain", "application/octet-stream",
    ];

    private readonly PageFetcher _fetcher;

    /// <param name="fetcher">Downloads the feed and linked pages; null for one with the default client and limits.</param>
    public FeedSource(PageFetcher? fetcher = null) => _fetcher = fetcher ?? new PageFetcher();

    /// <summary>True when <paramref name="feedUrlOrPath"/> is an http(s) URL (it is downloaded), false for a file path.</summary>
    public static bool IsUrl(string feedUrlOrPath) => PageFetcher.TryParseHttpUrl(feedUrlOrPath, out _);

    public IEnumerable<ReadResult> Read(string feedUrlOrPath, FeedOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feedUrlOrPath);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ShortTextChars);
        return ReadIterator(feedUrlOrPath, options);
    }

    private IEnumerable<ReadResult> ReadIterator(string source, FeedOptions options)
    {
        bool isUrl = IsUrl(source);
        var feed = isUrl ? Download(source) : FeedArticleReader.ParseFile(source);
        if (feed.Error is not null)
        {
            yield return feed.Error;
            yield break;
        }
        bool fetch = options.FetchLinkedPages switch
        {
            LinkedPageFetch.Always => true,
            LinkedPageFetch.Never => false,
            _ => isUrl,
        };
        foreach (var entry in feed.Entries)
        {
            foreach (var result in ReadEntry(feed, entry, fetch, options))
                yield return result;
        }
    }

    private ParsedFeed Download(string url)
    {
        var (download, error) = _fetcher.DownloadAsync(url, IsFeedType, "a feed",
            "give the address of an RSS or Atom feed", CancellationToken.None).GetAwaiter().GetResult();
        if (error is not null)
            return ParsedFeed.Failed(url, error);
        if (IsHtmlType(download!.MediaType) && !LooksLikeXmlFeed(download.Bytes))
            return ParsedFeed.Failed(url, new ReadError(url, null, "the address gives a web page, not a feed", FeedLinkHint(download)));
        return FeedArticleReader.ParseBytes(url, download.Bytes, download.FinalUri);
    }

    /// <summary>Feed media types, none at all, and HTML (judged after the download: some servers label feeds text/html).</summary>
    private static bool IsFeedType(string? mediaType)
        => mediaType is null || IsHtmlType(mediaType) || FeedTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase);

    private static bool IsHtmlType(string? mediaType)
        => mediaType is not null && (mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));

    private static bool LooksLikeXmlFeed(byte[] bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        return head.Contains("<rss", StringComparison.Ordinal) || head.Contains("<feed", StringComparison.Ordinal) || head.Contains("<rdf:RDF", StringComparison.Ordinal);
    }

    /// <summary>Names the feeds a web page links to (&lt;link rel="alternate" type="application/rss+xml"&gt;), if any.</summary>
    private static string FeedLinkHint(Download page)
    {
        var doc = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.Bytes));
        var feeds = doc.QuerySelectorAll("link[rel~='alternate'][href]")
            .Where(l => l.GetAttribute("type") is { } t && (t.Contains("rss", StringComparison.OrdinalIgnoreCase) || t.Contains("atom", StringComparison.OrdinalIgnoreCase)))
            .Select(l => Uri.TryCreate(page.FinalUri, l.GetAttribute("href")!.Trim(), out var u) ? u.ToString() : null)
            .OfType<string>()
            .Distinct()
            .ToList();
        return feeds.Count == 0
            ? "give the address of the site's RSS or Atom feed (often linked as \"RSS\" on the page)"
            : $"the page names its feed{(feeds.Count > 1 ? "s" : "")}: {string.Join(", ", feeds)}; use that address";
    }

    private IEnumerable<ReadResult> ReadEntry(ParsedFeed feed, FeedEntry entry, bool fetch, FeedOptions options)
    {
        if (entry.Problem is null && fetch && entry.Text.Length < options.ShortTextChars && entry.Url is { } link && IsUrl(link))
        {
            var page = _fetcher.Fetch(link, options.Reader);
            if (page.Document is { } doc)
            {
                yield return Merge(feed, entry, doc, options.Reader);
                yield break;
            }
            if (entry.Text.Length == 0)
            {
                yield return page.Error!;
                yield break;
            }
            yield return page.Error! with { Hint = $"{page.Error.Hint}; the feed's own text of item {entry.Index} is read instead" };
        }
        yield return entry.Text.Length > 0 ? entry.ToDocument(feed.Path, feed.Outlet, options.Reader) : entry.NoTextError(feed.Path);
    }

    /// <summary>The item as a document with its linked page's text (when longer); the feed's metadata first, the page's to fill gaps.</summary>
    private static SourceDocument Merge(ParsedFeed feed, FeedEntry entry, SourceDocument page, ReaderOptions options)
    {
        var doc = entry.ToDocument(feed.Path, feed.Outlet ?? page.Outlet, options, page.Text.Length > entry.Text.Length ? page.Text : entry.Text);
        return doc with
        {
            Title = doc.Title ?? page.Title,
            Published = doc.Published ?? page.Published,
            Author = doc.Author ?? page.Author,
        };
    }
}
