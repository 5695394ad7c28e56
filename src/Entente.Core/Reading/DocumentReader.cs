using Entente.Core.Text;

namespace Entente.Core.Reading;

/// <summary>
/// The Reading stage: turns command-line arguments (files, folders, "-" for stdin) into documents or per-input errors,
/// lazily and in input order. Never throws for a bad input: every problem becomes a <see cref="ReadError"/>.
/// </summary>
public sealed class DocumentReader
{
    private readonly InputExpander _expander = new();
    private readonly PlainTextReader _text = new();
    private readonly HtmlArticleReader _html = new();
    private readonly JsonlReader _jsonl = new();
    private readonly FeedArticleReader _feed = new();

    public IEnumerable<ReadResult> Read(IEnumerable<string> arguments, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(options);
        if (options.PartChars < TextPartSplitter.MinimumPartChars)
            throw new ArgumentOutOfRangeException(nameof(options), options.PartChars, $"PartChars must be at least {TextPartSplitter.MinimumPartChars}");
        return ReadIterator(arguments, options);
    }

    private IEnumerable<ReadResult> ReadIterator(IEnumerable<string> arguments, ReaderOptions options)
    {
        foreach (var input in _expander.Expand(arguments))
        {
            if (input.Error is not null)
            {
                yield return input.Error;
                continue;
            }
            foreach (var result in Guard(input.Path, ReadOne(input, options)))
                yield return result;
        }
    }

    private IEnumerable<ReadResult> ReadOne(InputItem input, ReaderOptions options) => input.Format switch
    {
        InputFormat.Text or InputFormat.Markdown => _text.ReadFile(input.Path, input.Format, options),
        InputFormat.Html => _html.ReadFile(input.Path, options),
        InputFormat.Jsonl => _jsonl.ReadFile(input.Path, options),
        InputFormat.Feed => _feed.ReadFile(input.Path, options),
        InputFormat.Stdin => ReadStdin(options),
        _ => [new ReadError(input.Path, null, $"no reader for {input.Format}", "report this as a bug")],
    };

    /// <summary>Stdin: JSONL when the first non-blank character is '{', a feed or HTML when it is '&lt;', else plain text.</summary>
    private IEnumerable<ReadResult> ReadStdin(ReaderOptions options)
    {
        const string path = InputExpander.StdinArgument;
        var stdin = options.Stdin ?? Console.In;
        var (format, reader) = StdinSniffer.Sniff(stdin);
        return format switch
        {
            InputFormat.Jsonl => _jsonl.ReadText(path, reader, options),
            InputFormat.Html => ReadMarkup(path, reader.ReadToEnd(), options),
            _ => _text.ReadText(path, reader, InputFormat.Text, options),
        };
    }

    /// <summary>Markup on stdin: a feed when its root element is rss, feed or rdf:RDF, else an HTML page.</summary>
    private IEnumerable<ReadResult> ReadMarkup(string path, string text, ReaderOptions options)
        => FeedSniffer.IsFeedText(text) ? _feed.ReadXml(path, text, options) : [_html.ReadHtml(path, text, options)];

    /// <summary>Turns I/O failures while reading one input into an error for that input; the next input is still read.</summary>
    private static IEnumerable<ReadResult> Guard(string path, IEnumerable<ReadResult> results)
    {
        using var e = results.GetEnumerator();
        while (true)
        {
            ReadError? error = null;
            bool more;
            try
            {
                more = e.MoveNext();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error = new ReadError(path, null, $"read failed: {ex.Message}", "check that the input is readable and not being changed");
                more = false;
            }
            if (error is not null)
            {
                yield return error;
                yield break;
            }
            if (!more)
                yield break;
            yield return e.Current;
        }
    }
}

/// <summary>Decides the format of stdin from its first non-blank character without losing what was read.</summary>
internal static class StdinSniffer
{
    public static (InputFormat Format, TextReader Reader) Sniff(TextReader input)
    {
        var prefix = new System.Text.StringBuilder();
        int c;
        while ((c = input.Read()) >= 0)
        {
            prefix.Append((char)c);
            if (!char.IsWhiteSpace((char)c) && c != '\uFEFF')
                break;
        }
        char first = prefix.Length > 0 ? prefix[^1] : '\0';
        var format = first switch
        {
            '{' => InputFormat.Jsonl,
            '<' => InputFormat.Html,
            _ => InputFormat.Text,
        };
        return (format, new PrefixedReader(prefix.ToString(), input));
    }

    /// <summary>Replays the sniffed prefix, then the rest of the input.</summary>
    private sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
    {
        private int _pos;

        public override int Peek() => _pos < prefix.Length ? prefix[_pos] : rest.Peek();

        public override int Read() => _pos < prefix.Length ? prefix[_pos++] : rest.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_pos < prefix.Length)
            {
                int n = Math.Min(buffer.Length, prefix.Length - _pos);
                prefix.AsSpan(_pos, n).CopyTo(buffer);
                _pos += n;
                return n;
            }
            return rest.Read(buffer);
        }
    }
}
