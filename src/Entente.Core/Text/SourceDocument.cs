namespace Entente.Core.Text;

/// <summary>
/// One article as read from disk, stdin or a feed: the text after any front matter was removed
/// (all character offsets elsewhere point into <see cref="Text"/>), plus the metadata the reader found.
/// </summary>
/// <param name="Path">File path (or "-" for stdin); for JSONL, the path of the .jsonl file.</param>
/// <param name="Text">Body text. Offsets of tokens, mentions and events are indices into this string.</param>
/// <param name="Format">"text", "markdown", "html", "jsonl" or "feed".</param>
/// <param name="Line">1-based line in a JSONL file; for a feed ("feed"), the item's 1-based index in the feed (not a line,
/// so that items of a one-line feed stay distinct); else null.</param>
/// <param name="Part">0 for a whole document; 1.. for the parts of a very large file read in chunks.</param>
/// <param name="BaseOffset">Offset of <see cref="Text"/> in the whole file's text when the file was read in parts, else 0.</param>
public sealed record SourceDocument(
    string Path,
    string Text,
    string Format,
    string? Title = null,
    DateOnly? Published = null,
    string? Outlet = null,
    string? Url = null,
    string? Author = null,
    int? Line = null,
    int Part = 0,
    long BaseOffset = 0)
{
    private readonly string? _url = WebAddress.HttpOrNull(Url);

    /// <summary>The article's address: kept only when it is an absolute http(s) address (<see cref="WebAddress"/>), so a
    /// <c>javascript:</c> or <c>data:</c> URL from the input is never stored or shown as a link.</summary>
    public string? Url { get => _url; init => _url = WebAddress.HttpOrNull(value); }

    /// <summary>A name for messages: path, path:line for JSONL, path:item for feeds, path#part for chunks.</summary>
    public string DisplayName => Line is int l ? $"{Path}:{l}" : Part > 0 ? $"{Path}#part{Part}" : Path;
}
