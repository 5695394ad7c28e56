using System.Net;
using Entente.Core.Text;

namespace Entente.Core.Reading;

/// <summary>
/// Downloads a web page and reads it with <see cref="HtmlArticleReader"/> into a <see cref="SourceDocument"/>
/// (Path = the URL asked for; Url = the page's canonical address, else the address after redirects).
/// Redirects are followed, the User-Agent is <see cref="UserAgent"/>, each request has a time limit (20 s by default)
/// and a size limit (10 MB by default). Never throws for a bad answer: a failed request, a non-2xx status, a timeout,
/// a broken connection, a body that is too large or not HTML becomes a <see cref="ReadError"/> naming the URL, with a hint.
/// The <see cref="HttpClient"/> is injectable (tests, proxies); without one a shared client is used.
/// </summary>
public sealed class PageFetcher
{
    public const string UserAgent = "Entente/1.0";
    public const long DefaultMaxBytes = 10L * 1024 * 1024;
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private static readonly Lazy<HttpClient> SharedClient = new(CreateClient);
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;
    private readonly long _maxBytes;
    private readonly HtmlArticleReader _html = new();

    /// <param name="client">The client to send requests with; null for a shared one that follows up to 10 redirects.</param>
    /// <param name="timeout">Time limit for one request, body included; null for <see cref="DefaultTimeout"/>.</param>
    /// <param name="maxBytes">Largest body accepted, in bytes.</param>
    public PageFetcher(HttpClient? client = null, TimeSpan? timeout = null, long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxBytes, 0);
        if (timeout is { } t && t <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "the timeout must be positive");
        _client = client ?? SharedClient.Value;
        _timeout = timeout ?? DefaultTimeout;
        _maxBytes = maxBytes;
    }

    /// <summary>A client as the shared one: redirects followed (at most 10), compressed answers decoded, no client-wide timeout.</summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 10,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan, // each request carries its own limit
    };

    /// <summary>Fetches and reads one page, blocking until done.</summary>
    public ReadResult Fetch(string url, ReaderOptions options) => FetchAsync(url, options).GetAwaiter().GetResult();

    public async Task<ReadResult> FetchAsync(string url, ReaderOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(options);
        var (download, error) = await DownloadAsync(url, IsHtml, "an HTML page",
            "give the address of an article page; save other documents and read them from disk", cancel).ConfigureAwait(false);
        if (error is not null)
            return error;
        var result = _html.ReadBytes(url, download!.Bytes, download.Charset, options);
        return result.Document is { } doc ? doc with { Url = doc.Url ?? download.FinalUri.ToString() } : result;
    }

    private static bool IsHtml(string? mediaType)
        => mediaType is null || HtmlTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// GETs <paramref name="url"/> within the time and size limits. <paramref name="accept"/> judges the media type
    /// (null when the server sends none); <paramref name="expected"/> and <paramref name="wrongTypeHint"/> word the error.
    /// </summary>
    internal async Task<(Download? Download, ReadError? Error)> DownloadAsync(string url, Func<string?, bool> accept, string expected,
        string wrongTypeHint, CancellationToken cancel)
    {
        if (!TryParseHttpUrl(url, out var uri))
            return (null, new ReadError(url, null, "not an http or https URL", "give an absolute address such as https://example.org/article"));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.UserAgent.ParseAdd(UserAgent); // a client's default User-Agent does not replace it
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                return (null, StatusError(url, response));
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!accept(mediaType))
                return (null, new ReadError(url, null, $"not {expected} (Content-Type {mediaType})", wrongTypeHint));
            if (response.Content.Headers.ContentLength is long length && length > _maxBytes)
                return (null, TooLarge(url));
            var bytes = await ReadLimitedAsync(response.Content, limit.Token).ConfigureAwait(false);
            if (bytes is null)
                return (null, TooLarge(url));
            var final = response.RequestMessage?.RequestUri ?? uri;
            return (new Download(final, bytes, mediaType, response.Content.Headers.ContentType?.CharSet), null);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return (null, new ReadError(url, null, $"no complete answer within {_timeout.TotalSeconds:0.#} s",
                "the server is slow or unreachable; try again later"));
        }
        catch (HttpRequestException ex)
        {
            return (null, new ReadError(url, null, $"request failed: {ex.Message}", "check the address and the network connection"));
        }
        catch (IOException ex)
        {
            return (null, new ReadError(url, null, $"download interrupted: {ex.Message}", "the connection broke while the answer was read; try again"));
        }
    }

    private ReadError TooLarge(string url)
        => new(url, null, $"answer larger than {_maxBytes / (1024.0 * 1024):0.#} MB", "save the document and read it from disk instead");

    /// <summary>The body, or null as soon as it grows past the size limit.</summary>
    private async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > _maxBytes)
                return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static ReadError StatusError(string url, HttpResponseMessage response)
    {
        int code = (int)response.StatusCode;
        string hint = code switch
        {
            404 or 410 => "the page is gone or the address is wrong",
            401 or 403 => "the site refuses automated access or needs a login; save the page from a browser and read the file",
            429 => "the site limits requests; wait and try again later",
            >= 500 => "the server failed; try again later",
            _ => "check the address in a browser",
        };
        return new ReadError(url, null, $"HTTP {code} {response.ReasonPhrase}".TrimEnd(), hint);
    }

    internal static bool TryParseHttpUrl(string value, out Uri uri)
        => Uri.TryCreate(value, UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

/// <summary>A downloaded body with the address it finally came from and what the server said it is.</summary>
internal sealed record Download(Uri FinalUri, byte[] Bytes, string? MediaType, string? Charset);
