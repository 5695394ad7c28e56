namespace Entente.Core.Reading;

/// <summary>Settings for <see cref="DocumentReader"/>.</summary>
public sealed record ReaderOptions
{
    public const long DefaultLargeFileBytes = 4L * 1024 * 1024;
    public const int DefaultPartChars = 1024 * 1024;

    /// <summary>When set, replaces the published date of every document read (e.g. from <c>--published</c>).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>A .txt/.md file bigger than this (in bytes) is streamed and returned in several parts.</summary>
    public long LargeFileBytes { get; init; } = DefaultLargeFileBytes;

    /// <summary>Target size of one part of a large file, in characters; parts are cut at a blank line, else a line end.</summary>
    public int PartChars { get; init; } = DefaultPartChars;

    /// <summary>
    /// The longest JSONL line read, in bytes: a longer line is skipped (without being held in memory) with an error naming
    /// the file and line. A line's text longer than <see cref="LargeFileBytes"/> characters is read in parts like a large file.
    /// </summary>
    public long MaxJsonlLineBytes { get; init; } = DefaultMaxJsonlLineBytes;

    public const long DefaultMaxJsonlLineBytes = 128L * 1024 * 1024;

    /// <summary>What "-" reads from; null means <see cref="Console.In"/>.</summary>
    public TextReader? Stdin { get; init; }

    public static ReaderOptions Default { get; } = new();
}
