using System.Text;
using Entente.Core.Reading;

namespace Entente.Cli.Commands;

/// <summary>
/// Measures how far an ingest is through its inputs in file bytes. <see cref="TotalBytes"/> is summed up front from
/// the sizes of the files the arguments expand to (0 when unknown: stdin, URLs). As read results flow past
/// (<see cref="Track"/>), each is credited with its text's bytes, capped at its file's size; a file's remainder is
/// credited when the next file starts. The ingest reports progress per batch of read results, so
/// <see cref="BytesThrough"/>(n) answers "how many file bytes do the first n results cover". Thread-safe.
/// </summary>
internal sealed class InputMeter
{
    private readonly Dictionary<string, long> _sizes;
    private readonly List<long> _cumulative = [];
    private readonly Lock _lock = new();

    private InputMeter(Dictionary<string, long> sizes, long total)
    {
        _sizes = sizes;
        TotalBytes = total;
    }

    public long TotalBytes { get; }

    /// <summary>Sizes of every file the arguments name or hold (folders expanded as the reader does).</summary>
    public static InputMeter For(IEnumerable<string> arguments, IEnumerable<string> feedFiles)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in new InputExpander().Expand(arguments).Where(i => i.Error is null && i.Format != InputFormat.Stdin))
            sizes.TryAdd(item.Path, SizeOf(item.Path));
        foreach (var f in feedFiles.Where(f => !FeedSource.IsUrl(f) && File.Exists(f)))
            sizes.TryAdd(f, SizeOf(f));
        return new InputMeter(sizes, sizes.Values.Sum());
    }

    private static long SizeOf(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return 0; }
    }

    public IEnumerable<ReadResult> Track(IEnumerable<ReadResult> results)
    {
        string? current = null;
        long credited = 0, total = 0;
        foreach (var r in results)
        {
            var path = r.Document?.Path ?? r.Error!.Path;
            long size = _sizes.GetValueOrDefault(path);
            if (path != current)
            {
                if (current is not null) total += Math.Max(0, _sizes.GetValueOrDefault(current) - credited);
                current = path;
                credited = 0;
            }
            long add = r.Document is { } d ? Math.Min(Encoding.UTF8.GetByteCount(d.Text), Math.Max(0, size - credited)) : 0;
            credited += add;
            total += add;
            lock (_lock) _cumulative.Add(total);
            yield return r;
        }
        lock (_lock) if (_cumulative.Count > 0) _cumulative[^1] = TotalBytes;
    }

    /// <summary>File bytes covered by the first <paramref name="results"/> read results.</summary>
    public long BytesThrough(int results)
    {
        lock (_lock)
            return results <= 0 || _cumulative.Count == 0 ? 0 : _cumulative[Math.Min(results, _cumulative.Count) - 1];
    }
}
