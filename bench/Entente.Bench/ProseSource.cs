using System.IO.Compression;
using System.Text;
using Entente.Core.Reading;
using Entente.Core.Text;

namespace Entente.Bench;

/// <summary>Real prose loaded for a bench: the documents, their UTF-8 size and where they came from.</summary>
internal sealed record ProseCorpus(string Label, IReadOnlyList<SourceDocument> Documents)
{
    public long Utf8Bytes { get; } = Documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
    public double MegaBytes => Utf8Bytes / 1048576.0;
}

/// <summary>
/// Loads real prose for the syntax and end-to-end benches (never generated filler, which flatters the figures):
/// files or folders through the project's <see cref="DocumentReader"/> (front matter stripped, HTML and JSONL read as
/// the CLI reads them), or the <c># text =</c> lines of a CoNLL-U file (plain or .gz), grouped into documents of about
/// <c>sentencesPerDocument</c> sentences that keep the treebank's document and paragraph boundaries.
/// Shared by Entente.Bench and Entente.Syntax.Bench (linked source).
/// </summary>
internal static class ProseSource
{
    public static bool IsConllu(string path)
        => path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".conllu.gz", StringComparison.OrdinalIgnoreCase);

    public static ProseCorpus Load(string path, int sentencesPerDocument = 30)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new ArgumentException($"{path}: no such file or folder (hint: --dir samples, or --conllu ../shared/treebanks/en_gum_cc_by/test.conllu.gz)");
        var docs = IsConllu(path) ? ReadConllu(path, sentencesPerDocument) : ReadFiles(path);
        if (docs.Count == 0) throw new ArgumentException($"{path}: no text found (hint: a folder of .md/.txt/.html/.jsonl articles or a .conllu[.gz] file)");
        return new ProseCorpus(Label(path), docs);
    }

    /// <summary>A short name for tables (BenchmarkDotNet cuts parameter values past 20 characters): "samples", "en_gum_cc_by/test".</summary>
    public static string Label(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        if (!IsConllu(path)) return Path.GetFileName(full);
        var name = Path.GetFileName(full);
        return $"{Path.GetFileName(Path.GetDirectoryName(full))}/{name[..name.IndexOf(".conllu", StringComparison.OrdinalIgnoreCase)]}";
    }

    /// <summary>The folder <paramref name="name"/> of the repository (the one holding Entente.sln), searched upwards from the working directory and from the program.</summary>
    public static string? FindInRepository(string name)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(Path.Combine(dir.FullName, "Entente.sln")) && (Directory.Exists(candidate) || File.Exists(candidate))) return candidate;
            }
        }
        return null;
    }

    private static List<SourceDocument> ReadFiles(string path)
    {
        var docs = new List<SourceDocument>();
        foreach (var r in new DocumentReader().Read([path], new ReaderOptions()))
        {
            if (r.Document is { } d) { if (!string.IsNullOrWhiteSpace(d.Text)) docs.Add(d); }
            else Console.Error.WriteLine($"skipped: {r.Error}");
        }
        return docs;
    }

    private static List<SourceDocument> ReadConllu(string path, int perDocument)
    {
        using var file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(input, Encoding.UTF8);
        var docs = new List<SourceDocument>();
        var text = new StringBuilder();
        int sentences = 0, line = 0, firstLine = 1;
        bool newParagraph = false;
        void Flush()
        {
            if (sentences > 0) docs.Add(new SourceDocument(path, text.ToString(), "text", Line: firstLine));
            text.Clear();
            sentences = 0;
        }
        for (string? l; (l = reader.ReadLine()) != null;)
        {
            line++;
            if (l.StartsWith("# newdoc", StringComparison.Ordinal)) { Flush(); continue; }
            if (l.StartsWith("# newpar", StringComparison.Ordinal)) { newParagraph = true; continue; }
            if (!l.StartsWith("# text =", StringComparison.Ordinal)) continue;
            if (sentences >= perDocument) Flush();
            if (sentences == 0) firstLine = line;
            else text.Append(newParagraph ? "\n\n" : " ");
            text.Append(l.AsSpan(8).Trim());
            newParagraph = false;
            sentences++;
        }
        Flush();
        return docs;
    }
}
