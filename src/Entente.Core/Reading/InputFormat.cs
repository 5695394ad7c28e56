namespace Entente.Core.Reading;

/// <summary>How an input is read. <see cref="Stdin"/> is sniffed when read.</summary>
public enum InputFormat
{
    Text,
    Markdown,
    Html,
    Jsonl,
    /// <summary>An RSS or Atom feed: .rss, .atom, or .xml whose root element is rss, feed or rdf:RDF.</summary>
    Feed,
    Stdin,
}

/// <summary>One input to read, in the order given; <see cref="Error"/> set when it cannot be read at all.</summary>
public sealed record InputItem(string Path, InputFormat Format, ReadError? Error = null)
{
    /// <summary>The value of <see cref="Text.SourceDocument.Format"/> for this input.</summary>
    public static string FormatName(InputFormat format) => format switch
    {
        InputFormat.Text => "text",
        InputFormat.Markdown => "markdown",
        InputFormat.Html => "html",
        InputFormat.Jsonl => "jsonl",
        InputFormat.Feed => FeedArticleReader.FormatName,
        _ => "text",
    };
}
