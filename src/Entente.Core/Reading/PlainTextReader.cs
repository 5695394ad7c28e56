using Entente.Core.Text;

namespace Entente.Core.Reading;

/// <summary>
/// Reads .txt and .md files (and plain text from stdin): strict UTF-8 (BOM stripped), binary and empty files refused,
/// front matter parsed and removed, Markdown markup blanked by <see cref="MarkdownCleaner"/> (length-preserving).
/// Nothing else is normalised: CR LF and surrounding whitespace stay, so offsets match the file.
/// Files bigger than <see cref="ReaderOptions.LargeFileBytes"/> are streamed and yielded in parts
/// (<see cref="SourceDocument.Part"/> 1, 2, …; <see cref="SourceDocument.BaseOffset"/> = char offset in the file's text).
/// </summary>
public sealed class PlainTextReader
{
    public const int BinarySniffBytes = 8 * 1024;

    /// <summary>Reads one file lazily: nothing is opened until the sequence is enumerated.</summary>
    public IEnumerable<ReadResult> ReadFile(string path, InputFormat format, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        return ReadFileIterator(path, format, options);
    }

    private static IEnumerable<ReadResult> ReadFileIterator(string path, InputFormat format, ReaderOptions options)
    {
        var (stream, error) = Open(path);
        if (error is not null)
        {
            yield return error;
            yield break;
        }
        // buffers sized to the file: a 6 KB article must not allocate 192 KB (and land on the large-object heap)
        using var reader = new StrictUtf8TextReader(stream!, (int)Math.Clamp(stream!.Length + 16, 256, 64 * 1024));
        bool whole = stream!.Length <= options.LargeFileBytes;
        var parts = whole ? ReadWhole(reader) : TextPartSplitter.Split(reader, options.PartChars);
        using var e = parts.GetEnumerator();
        foreach (var r in FromParts(path, format, options, Guarded(path, e)))
            yield return r;
    }

    /// <summary>Reads already-decoded text (stdin) the same way as a file, in parts if it is long.</summary>
    public IEnumerable<ReadResult> ReadText(string path, TextReader reader, InputFormat format, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        return FromParts(path, format, options, TextPartSplitter.Split(reader, options.PartChars).Select(p => (p, (ReadError?)null)));
    }

    private static IEnumerable<TextPart> ReadWhole(TextReader reader)
    {
        yield return new TextPart(reader.ReadToEnd(), 0, IsLast: true);
    }

    /// <summary>Turns decoding failures into a final error item instead of an exception.</summary>
    private static IEnumerable<(TextPart Part, ReadError? Error)> Guarded(string path, IEnumerator<TextPart> parts)
    {
        while (true)
        {
            ReadError? error = null;
            bool more;
            try
            {
                more = parts.MoveNext();
            }
            catch (InvalidUtf8Exception ex)
            {
                error = new ReadError(path, ex.Line, $"invalid UTF-8 at byte {ex.ByteOffset}", "save the file as UTF-8 (or convert it, e.g. with iconv)");
                more = false;
            }
            catch (IOException ex)
            {
                error = new ReadError(path, null, $"read failed: {ex.Message}", "check that the file is readable and not being changed");
                more = false;
            }
            if (error is not null)
            {
                yield return (default, error);
                yield break;
            }
            if (!more)
                yield break;
            yield return (parts.Current, null);
        }
    }

    private static IEnumerable<ReadResult> FromParts(string path, InputFormat format, ReaderOptions options, IEnumerable<(TextPart Part, ReadError? Error)> parts)
    {
        var formatName = InputItem.FormatName(format);
        FrontMatter fm = FrontMatter.None;
        int partNo = 0;
        bool first = true, any = false;
        foreach (var (part, error) in parts)
        {
            if (error is not null)
            {
                yield return error;
                yield break;
            }
            string text = part.Text;
            int bodyStart = 0;
            if (first)
            {
                first = false;
                if (text.AsSpan(0, Math.Min(text.Length, BinarySniffBytes)).Contains('\0'))
                {
                    yield return new ReadError(path, null, "binary file", "give a text, Markdown, HTML or JSONL file");
                    yield break;
                }
                var parsed = FrontMatterParser.Parse(text, path);
                if (parsed.Error is not null)
                {
                    yield return parsed.Error;
                    yield break;
                }
                fm = parsed.FrontMatter!;
                bodyStart = fm.BodyStart;
            }
            bool single = part.IsLast && part.Offset == 0;
            if (!single)
                partNo++;
            var body = bodyStart == 0 ? text : text[bodyStart..];
            if (string.IsNullOrWhiteSpace(body))
                continue;
            if (format == InputFormat.Markdown)
                body = MarkdownCleaner.Clean(body);
            any = true;
            yield return new SourceDocument(path, body, formatName,
                Title: fm.Title, Published: options.Published ?? fm.Published, Outlet: fm.Outlet, Url: fm.Url, Author: fm.Author,
                Part: single ? 0 : partNo, BaseOffset: single ? 0 : part.Offset + bodyStart);
        }
        if (!any)
            yield return new ReadError(path, null, fm.IsPresent ? "empty file (front matter but no text)" : "empty file",
                "give a file with article text, or remove it from the arguments");
    }

    /// <summary>
    /// Opens a file for the readers, which all read UTF-8: a file starting with a UTF-16 or UTF-32 byte-order mark is
    /// decoded (strictly) and handed on as UTF-8 without the mark; a file with a zero byte in its first
    /// <see cref="BinarySniffBytes"/> bytes is refused as binary.
    /// </summary>
    internal static (Stream? Stream, ReadError? Error) Open(string path)
    {
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var head = new byte[BinarySniffBytes];
            int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (WideEncoding(head.AsSpan(0, n)) is var (encoding, bom))
            {
                using (stream) return Transcode(path, stream, encoding, bom);
            }
            if (head.AsSpan(0, n).Contains((byte)0))
            {
                stream.Dispose();
                return (null, new ReadError(path, null, "binary file", "give a text, Markdown, HTML or JSONL file"));
            }
            stream.Position = 0;
            return (stream, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new ReadError(path, null, $"cannot open: {ex.Message}", "check that the file exists and is readable"));
        }
    }

    /// <summary>The encoding a UTF-16 or UTF-32 byte-order mark announces (strict: invalid data throws), and the mark's length.</summary>
    private static (System.Text.Encoding Encoding, int Bom)? WideEncoding(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new System.Text.UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new System.Text.UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => (new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => null,
    };

    private static (Stream? Stream, ReadError? Error) Transcode(string path, Stream stream, System.Text.Encoding encoding, int bom)
    {
        var bytes = new byte[stream.Length];
        stream.Position = 0;
        stream.ReadExactly(bytes);
        string text;
        try { text = encoding.GetString(bytes, bom, bytes.Length - bom); }
        catch (System.Text.DecoderFallbackException ex)
        {
            return (null, new ReadError(path, null, $"invalid {encoding.WebName} at byte {bom + (ex.Index >= 0 ? ex.Index : 0)}",
                "save the file as UTF-8 (or convert it, e.g. with iconv)"));
        }
        if (text.Contains('\0'))
            return (null, new ReadError(path, null, "binary file", "give a text, Markdown, HTML or JSONL file"));
        return (new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text), writable: false), null);
    }
}
