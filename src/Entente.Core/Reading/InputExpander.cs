using System.Collections.Frozen;

namespace Entente.Core.Reading;

/// <summary>
/// Turns command-line arguments into an ordered sequence of inputs: files as given, folders recursively
/// (ordinal order, hidden entries skipped, only known extensions), "-" for stdin. Lazily enumerated.
/// </summary>
public sealed class InputExpander
{
    public const string StdinArgument = "-";

    private static readonly FrozenDictionary<string, InputFormat> Extensions = new Dictionary<string, InputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.Text,
        [".md"] = InputFormat.Markdown,
        [".markdown"] = InputFormat.Markdown,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".jsonl"] = InputFormat.Jsonl,
        [".ndjson"] = InputFormat.Jsonl,
        [".rss"] = InputFormat.Feed,
        [".atom"] = InputFormat.Feed,
        [".xml"] = InputFormat.Feed, // only when the root element marks a feed: see TryGetFileFormat
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public const string SupportedList = ".txt .md .markdown .html .htm .jsonl .ndjson .rss .atom .xml (RSS/Atom feeds)";

    /// <summary>The format a file name implies (.xml counts as a feed here; <see cref="Expand"/> also checks its root element).</summary>
    public static bool TryGetFormat(string path, out InputFormat format)
        => Extensions.TryGetValue(System.IO.Path.GetExtension(path), out format);

    private static bool IsXml(string path) => System.IO.Path.GetExtension(path).Equals(".xml", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<InputItem> Expand(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var argument in arguments)
        {
            if (argument == StdinArgument)
            {
                yield return new InputItem(StdinArgument, InputFormat.Stdin);
            }
            else if (string.IsNullOrWhiteSpace(argument))
            {
                yield return Error(argument ?? "", "empty path", "remove the empty argument");
            }
            else if (Directory.Exists(argument))
            {
                foreach (var item in ExpandFolder(argument))
                    yield return item;
            }
            else if (File.Exists(argument))
            {
                if (IsXml(argument) && !FeedSniffer.IsFeedFile(argument, out var root))
                    yield return Error(argument, $"XML file that is not a feed (root element <{root!.LocalName}>)",
                        "only RSS (<rss>, <rdf:RDF>) and Atom (<feed>) .xml files are read; save articles as .txt, .md or .html");
                else if (TryGetFormat(argument, out var format))
                    yield return new InputItem(argument, format);
                else
                {
                    var ext = System.IO.Path.GetExtension(argument);
                    yield return Error(argument, ext.Length == 0 ? "unknown format (no extension)" : $"unknown format '{ext}'",
                        $"supported: {SupportedList}; rename the file or convert it");
                }
            }
            else
            {
                yield return Error(argument, "no such file or folder", "check the path and the current directory");
            }
        }
    }

    private static InputItem Error(string path, string message, string hint)
        => new(path, InputFormat.Text, new ReadError(path, null, message, hint));

    /// <summary>All readable files under <paramref name="folder"/>, sorted ordinally by their path relative to it ('/'-separated).</summary>
    private static IEnumerable<InputItem> ExpandFolder(string folder)
    {
        var found = new List<(string Relative, string Path, InputFormat Format)>();
        var errors = new List<InputItem>();
        var pending = new Stack<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal); // guards against symlink loops
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            if (!visited.Add(RealPath(dir)))
                continue;
            string[] files, dirs;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(Error(dir, $"cannot list folder: {ex.Message}", "check the folder's permissions"));
                continue;
            }
            foreach (var file in files)
            {
                if (!IsHidden(file) && TryGetFormat(file, out var format) && (!IsXml(file) || FeedSniffer.IsFeedFile(file, out _)))
                    found.Add((System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/'), file, format));
            }
            foreach (var sub in dirs)
            {
                if (!IsHidden(sub))
                    pending.Push(sub);
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        foreach (var error in errors)
            yield return error;
        if (found.Count == 0 && errors.Count == 0)
            yield return Error(folder, "folder holds no readable files", $"supported: {SupportedList}");
        foreach (var f in found)
            yield return new InputItem(f.Path, f.Format);
    }

    private static string RealPath(string dir)
    {
        try
        {
            var info = new DirectoryInfo(dir);
            return (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return System.IO.Path.GetFullPath(dir); // broken link: listing it will report the problem
        }
    }

    private static bool IsHidden(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (name.StartsWith('.'))
            return true;
        try
        {
            return (File.GetAttributes(path) & FileAttributes.Hidden) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // listed a moment ago; reading it will report the real problem
        }
    }
}
