using System.Security.Cryptography;
using System.Text;
using Entente.Core.Reading;
using Entente.Core.Text;

namespace Entente.Web.Api;

/// <summary>Metadata given with a posted document (query parameters); each overrides what the document itself says.</summary>
public sealed record DocumentMetadata(string? Outlet, DateOnly? Published, string? Url, string? Title);

/// <summary>
/// A posted article read the way <c>entente ingest</c> reads files: the body (at most <see cref="WebOptions.MaxBodyBytes"/>,
/// strict UTF-8) read as plain text, Markdown, HTML or JSON lines according to its Content-Type. A document without a URL
/// is named <c>api/SHA</c> (its content hash), so a changed text is a new document; with one, posting changed text for
/// the same URL stores a new version that replaces the old.
/// </summary>
public static class DocumentInput
{
    public const string Formats = "text/plain, text/markdown, text/html, or application/x-ndjson (JSON lines, also application/jsonl)";

    public static InputFormat FormatOf(string? contentType)
    {
        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "text/plain" => InputFormat.Text,
            "text/markdown" or "text/x-markdown" => InputFormat.Markdown,
            "text/html" or "application/xhtml+xml" => InputFormat.Html,
            "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" => InputFormat.Jsonl,
            "" => throw new ApiRequestException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "the request has no Content-Type", $"send {Formats}"),
            _ => throw new ApiRequestException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"Content-Type '{media}' cannot be read", $"send {Formats}"),
        };
    }

    /// <summary>The body as text: refused with 413 when longer than <paramref name="maxBytes"/>, 400 when not UTF-8 or empty.</summary>
    public static async Task<string> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancel)
    {
        if (request.ContentLength is long declared && declared > maxBytes) throw TooLarge(maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > maxBytes) throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, n);
        }
        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length); }
        catch (DecoderFallbackException) { throw ApiArgs.Bad("the request body is not valid UTF-8", "send the text encoded as UTF-8"); }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) throw ApiArgs.Bad("the request body is empty", "send the article's text in the body");
        return text;
    }

    private static ApiRequestException TooLarge(long maxBytes)
        => new(StatusCodes.Status413PayloadTooLarge, "Request body too large", $"the request body is larger than {maxBytes} bytes",
            "send one smaller document per request, or start the server with a larger limit");

    /// <summary>The documents of a body (one, or one per JSON line) and the lines that could not be read.</summary>
    public static IReadOnlyList<ReadResult> Read(string body, InputFormat format, DocumentMetadata meta)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)), 0, 8).ToLowerInvariant();
        var path = "api/" + hash + format switch { InputFormat.Markdown => ".md", InputFormat.Html => ".html", InputFormat.Jsonl => ".jsonl", _ => ".txt" };
        var options = new ReaderOptions { Published = meta.Published };
        IEnumerable<ReadResult> results = format switch
        {
            InputFormat.Html => [new HtmlArticleReader().ReadHtml(path, body, options)],
            InputFormat.Jsonl => new JsonlReader().ReadText(path, new StringReader(body), options),
            _ => new PlainTextReader().ReadText(path, new StringReader(body), format, options),
        };
        return [.. results.Select(r => r.Document is { } d ? ReadResult.Success(Apply(d, meta, format)) : r)];
    }

    /// <summary>The given metadata over the document's own; a URL is applied to a single document only (JSON lines carry their own).</summary>
    private static SourceDocument Apply(SourceDocument d, DocumentMetadata meta, InputFormat format) => d with
    {
        Outlet = meta.Outlet ?? d.Outlet,
        Title = meta.Title ?? d.Title,
        Url = format == InputFormat.Jsonl ? d.Url : meta.Url ?? d.Url,
        Published = meta.Published ?? d.Published,
    };
}
