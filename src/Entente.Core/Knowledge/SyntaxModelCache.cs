using System.Collections.Concurrent;
using Entente.Syntax;

namespace Entente.Core.Knowledge;

/// <summary>
/// Loads each syntax model file once per process (it is large and immutable), however many knowledge bases point
/// at it. A missing or unreadable model is a <see cref="DataFileException"/> naming the file, with a hint.
/// </summary>
public static class SyntaxModelCache
{
    public const string RelativePath = "models/en-syntax.bin.gz";
    private static readonly ConcurrentDictionary<string, Lazy<SyntaxModel>> Models = new(StringComparer.Ordinal);

    /// <summary>The model in <paramref name="dataDirectory"/>, else the one shipped beside the program.</summary>
    public static string Locate(string dataDirectory)
    {
        var own = Path.GetFullPath(Path.Combine(dataDirectory, RelativePath));
        if (File.Exists(own)) return own;
        return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "data", RelativePath));
    }

    public static SyntaxModel Get(string path)
    {
        var lazy = Models.GetOrAdd(path, p => new Lazy<SyntaxModel>(() => Load(p), LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }

    private static SyntaxModel Load(string path)
    {
        try { return SyntaxModel.Load(path); }
        catch (SyntaxModelException e)
        {
            Models.TryRemove(path, out _);
            throw new DataFileException(path, 0, e.Reason, SyntaxModelException.DefaultHint, e);
        }
    }
}
