using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Entente.Core.Text;

namespace Entente.Core.Reading;

/// <summary>
/// Reads JSON Lines (.jsonl/.ndjson), streaming line by line. Each non-blank line is an object with a string
/// <c>text</c> (required) and optional string <c>title</c>, <c>published</c>, <c>url</c>, <c>outlet</c>, <c>author</c>.
/// A bad line yields a <see cref="ReadError"/> naming path:line and reading goes on with the next line. A line longer
/// than <see cref="ReaderOptions.MaxJsonlLineBytes"/> is skipped with such an error without being held; a text longer
/// than <see cref="ReaderOptions.LargeFileBytes"/> characters is read in parts, like a large file.
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
            foreach (var (lineNo, bytes, overlong) in ReadLines(stream!, options.MaxJsonlLineBytes))
            {
                var result = overlong > 0 ? Overlong(path, lineNo, overlong, options) : ParseLine(path, lineNo, bytes, options);
                if (result is null)
                    continue;
                any = true;
                foreach (var r in InParts(result, options))
                    yield return r;
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
            var result = line.Length > options.MaxJsonlLineBytes
                ? Overlong(path, lineNo, Encoding.UTF8.GetByteCount(line), options)
                : ParseLine(path, lineNo, Encoding.UTF8.GetBytes(line), options);
            if (result is null)
                continue;
            any = true;
            foreach (var r in InParts(result, options))
                yield return r;
        }
        if (!any)
            yield return new ReadError(path, null, "empty input", "give one JSON object per line");
    }

    private static ReadResult Overlong(string path, int lineNo, long bytes, ReaderOptions options)
        => new ReadError(path, lineNo, $"line of {Megabytes(bytes)} skipped: longer than the {Megabytes(options.MaxJsonlLineBytes)} a JSONL line may have",
            "split the text over several lines, or save it as a .txt file (read in parts however large)");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";

    /// <summary>
    /// A document whose text is longer than <see cref="ReaderOptions.LargeFileBytes"/> characters, cut into parts as a
    /// large file is (<see cref="SourceDocument.Part"/> 1, 2, …; <see cref="SourceDocument.BaseOffset"/> = offset in the line's text);
    /// anything else as it is.
    /// </summary>
    private static IEnumerable<ReadResult> InParts(ReadResult result, ReaderOptions options)
    {
        if (result.Document is not { } d || d.Text.Length <= options.LargeFileBytes)
        {
            yield return result;
            yield break;
        }
        int n = 0;
        foreach (var part in TextPartSplitter.Split(new StringReader(d.Text), options.PartChars))
            if (!string.IsNullOrWhiteSpace(part.Text))
                yield return d with { Text = part.Text, Part = ++n, BaseOffset = part.Offset };
    }

    /// <summary>
    /// Splits a stream into lines of raw bytes (without CR LF); the memory is reused between lines. A line longer than
    /// <paramref name="maxBytes"/> is not held: its bytes are skipped to its end and it comes back empty with its length in
    /// <c>Overlong</c> (0 for every other line).
    /// </summary>
    private static IEnumerable<(int Line, ReadOnlyMemory<byte> Bytes, long Overlong)> ReadLines(Stream stream, long maxBytes)
    {
        var buf = new byte[(int)Math.Min(64 * 1024, maxBytes + 1)];
        int start = 0, end = 0, lineNo = 0;
        bool eof = false;
        long skipped = -1; // while skipping an overlong line: its bytes dropped so far
        while (true)
        {
            int nl = buf.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (skipped >= 0)
            {
                if (nl < 0 && !eof)
                {
                    skipped += end - start;
                    start = end = 0;
                    int read = stream.Read(buf, 0, buf.Length);
                    if (read == 0) eof = true;
                    end = read;
                    continue;
                }
                lineNo++;
                yield return (lineNo, ReadOnlyMemory<byte>.Empty, skipped + (nl < 0 ? end - start : nl));
                skipped = -1;
                if (nl < 0) yield break;
                start += nl + 1;
                continue;
            }
            if (nl < 0 && !eof)
            {
                if (end - start > maxBytes)
                {
                    skipped = 0; // too long to hold: skip to the line's end
                    continue;
                }
                if (start > 0)
                {
                    Array.Copy(buf, start, buf, 0, end - start);
                    end -= start;
                    start = 0;
                }
                if (end == buf.Length) // a single long line: grow to fit it, up to one byte past the limit
                    Array.Resize(ref buf, (int)Math.Min(Math.Min((long)buf.Length * 2, maxBytes + 1), Array.MaxLength));
                int n = stream.Read(buf, end, buf.Length - end);
                if (n == 0) eof = true;
                end += n;
                continue;
            }
            if (nl < 0 && start == end)
                yield break;
            int len = nl < 0 ? end - start : nl;
            if (len > maxBytes)
            {
                lineNo++;
                yield return (lineNo, ReadOnlyMemory<byte>.Empty, len);
                start += nl < 0 ? len : len + 1;
                continue;
            }
            int contentLen = len > 0 && buf[start + len - 1] == '\r' ? len - 1 : len;
            lineNo++;
            yield return (lineNo, new ReadOnlyMemory<byte>(buf, start, contentLen), 0);
            start += nl < 0 ? len : len + 1;
        }
    }

    /// <summary>One line to a result; null for a blank line.</summary>
    /// <param name="bytes">The line; read only during the call (the parsed document does not outlive it).</param>
    internal static ReadResult? ParseLine(string path, int lineNo, ReadOnlyMemory<byte> bytes, ReaderOptions options)
    {
        if (lineNo == 1 && bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        if (bytes.Span.Trim(" \t\r"u8).IsEmpty)
            return null;
        if (!Utf8.IsValid(bytes.Span))
            return Fail(path, lineNo, "invalid UTF-8", "save the file as UTF-8");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, JsonOptions);
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
