using Entente.Core.Text;

namespace Entente.Core.Reading;

/// <summary>A problem with one input (or one line of a JSONL input). Never thrown: returned in a <see cref="ReadResult"/>.</summary>
/// <param name="Path">The input path, or "-" for stdin.</param>
/// <param name="Line">1-based line the problem is on, when known; for a feed, the 1-based index of the item at fault.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">What the user can do about it.</param>
public sealed record ReadError(string Path, int? Line, string Message, string Hint)
{
    public override string ToString()
        => Line is int l ? $"{Path}:{l}: {Message} (hint: {Hint})" : $"{Path}: {Message} (hint: {Hint})";
}

/// <summary>Either a <see cref="SourceDocument"/> or a <see cref="ReadError"/>, never both.</summary>
public sealed class ReadResult
{
    private ReadResult(SourceDocument? document, ReadError? error)
    {
        Document = document;
        Error = error;
    }

    public SourceDocument? Document { get; }
    public ReadError? Error { get; }
    public bool IsSuccess => Document is not null;

    public static ReadResult Success(SourceDocument document)
        => new(document ?? throw new ArgumentNullException(nameof(document)), null);

    public static ReadResult Failure(ReadError error)
        => new(null, error ?? throw new ArgumentNullException(nameof(error)));

    public static ReadResult Failure(string path, int? line, string message, string hint)
        => new(null, new ReadError(path, line, message, hint));

    public static implicit operator ReadResult(SourceDocument document) => Success(document);
    public static implicit operator ReadResult(ReadError error) => Failure(error);

    public override string ToString() => Document is { } d ? d.DisplayName : Error!.ToString();
}
