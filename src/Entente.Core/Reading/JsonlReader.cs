using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Entente.Core.Text;

namespace Entente.Core.Reading;

/// <summary>
/// Reads JSON Lines (.jsonl/.ndjson), streaming line by line. Each non-blank line is an object with a string
/// <c>text</c> (required) and optional string <c>title</c>, <c>published</c>, <c>url</c>, <c>outlet</c>, <c>author</c>.
/// A bad line yields a <see cref="ReadError"/> naming path:line and reading goes on with the next line.
/// </summary>
public sealed class JsonlReader
{
    private const string LineHint = "each line must be one JSON object with a string \"text\" field";
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a file lazily; only one line is held at a time.</summary>
    public IEnumerable<ReadResult> ReadFile(string path, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        return ReadFileIterator(path, options);
    }

    private static IEnumerable<ReadResult> ReadFileIterator(string path, ReaderOptions options)
    {
        var (stream, error) = PlainTextReader.Open(path);
        if (error is not null)
        {
            yield return error;
            yield break;
        }
        using (stream)
        {
            bool any = false;
            foreach (var (lineNo, bytes) in ReadLines(stream!))
            {
                var result = ParseLine(path, lineNo, bytes.Span, options);
                if (result is null)
                    continue;
                any = true;
                yield return result;
            }
            if (!any)
                yield return new ReadError(path, null, "empty file", "give a JSONL file with one JSON object per line");
        }
    }

    /// <summary>Reads JSONL from already-decoded text (stdin).</summary>
    public IEnumerable<ReadResult> ReadText(string path, TextReader reader, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        return ReadTextIterator(path, reader, options);
    }

    private static IEnumerable<ReadResult> ReadTextIterator(string path, TextReader reader, ReaderOptions options)
    {
        int lineNo = 0;
        bool any = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            var result = ParseLine(path, lineNo, Encoding.UTF8.GetBytes(line), options);
            if (result is null)
                continue;
            any = true;
            yield return result;
        }
        if (!any)
            yield return new ReadError(path, null, "empty input", "give one JSON object per line");
    }

    /// <summary>Splits a stream into lines of raw bytes (without CR LF); the memory is reused between lines.</summary>
    private static IEnumerable<(int Line, ReadOnlyMemory<byte> Bytes)> ReadLines(Stream stream)
    {
        var buf = new byte[64 * 1024];
        int start = 0, end = 0, lineNo = 0;
        bool eof = false;
        while (true)
        {
            int nl = buf.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (nl < 0 && !eof)
            {
                if (start > 0)
                {
                    Array.Copy(buf, start, buf, 0, end - start);
                    end -= start;
                    start = 0;
                }
                if (end == buf.Length)
                    Array.Resize(ref buf, buf.Length * 2); // a single long line: grow to fit it
                int n = stream.Read(buf, end, buf.Length - end);
                if (n == 0) eof = true;
                end += n;
                continue;
            }
            if (nl < 0 && start == end)
                yield break;
            int len = nl < 0 ? end - start : nl;
            int contentLen = len > 0 && buf[start + len - 1] == '\r' ? len - 1 : len;
            lineNo++;
            yield return (lineNo, new ReadOnlyMemory<byte>(buf, start, contentLen));
            start += nl < 0 ? len : len + 1;
        }
    }

    /// <summary>One line to a result; null for a blank line.</summary>
    internal static ReadResult? ParseLine(string path, int lineNo, ReadOnlySpan<byte> bytes, ReaderOptions options)
    {
        if (lineNo == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        if (bytes.Trim(" \t\r"u8).IsEmpty)
            return null;
        if (!Utf8.IsValid(bytes))
            return Fail(path, lineNo, "invalid UTF-8", "save the file as UTF-8");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes.ToArray(), JsonOptions);
        }
        catch (JsonException ex)
        {
            return Fail(path, lineNo, $"invalid JSON at column {(ex.BytePositionInLine ?? 0) + 1}", LineHint);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail(path, lineNo, $"expected a JSON object, found {Describe(root.ValueKind)}", LineHint);
            if (!root.TryGetProperty("text", out var textEl))
                return Fail(path, lineNo, "missing \"text\"", LineHint);
            if (textEl.ValueKind != JsonValueKind.String)
                return Fail(path, lineNo, $"\"text\" must be a string, found {Describe(textEl.ValueKind)}", LineHint);
            var text = textEl.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
                return Fail(path, lineNo, "\"text\" is empty", "drop the line or give the article text");

            string? title = null, published = null, url = null, outlet = null, author = null;
            foreach (var (name, set) in Fields)
            {
                if (!root.TryGetProperty(name, out var el) || el.ValueKind == JsonValueKind.Null)
                    continue;
                if (el.ValueKind != JsonValueKind.String)
                    return Fail(path, lineNo, $"\"{name}\" must be a string, found {Describe(el.ValueKind)}", LineHint);
                var v = el.GetString();
                switch (set)
                {
                    case 0: title = v; break;
                    case 1: published = v; break;
                    case 2: url = v; break;
                    case 3: outlet = v; break;
                    case 4: author = v; break;
                }
            }
            DateOnly? date = null;
            if (!string.IsNullOrWhiteSpace(published))
            {
                if (!PublishedDateParser.TryParse(published, out var d))
                    return Fail(path, lineNo, $"cannot read \"published\" date '{published}'", $"use {PublishedDateParser.AcceptedFormats}");
                date = d;
            }
            return new SourceDocument(path, text, "jsonl", Blank(title), options.Published ?? date, Blank(outlet), Blank(url), Blank(author), Line: lineNo);
        }
    }

    private static readonly (string Name, int Slot)[] Fields = [("title", 0), ("published", 1), ("url", 2), ("outlet", 3), ("author", 4)];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static ReadResult Fail(string path, int line, string message, string hint) => new ReadError(path, line, message, hint);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
