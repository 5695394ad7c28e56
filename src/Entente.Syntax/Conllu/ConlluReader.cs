using System.IO.Compression;
using System.Text;

namespace Entente.Syntax.Conllu;

/// <summary>
/// Reads CoNLL-U (plain, or gzip when the name ends in .gz) as a stream of sentences. Empty nodes (IDs such as
/// "8.1") are skipped; multiword token lines are kept as <see cref="ConlluRange"/>s. Any malformed line raises a
/// <see cref="ConlluFormatException"/> naming the file and line.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such CoNLL-U file (hint: check the path; .conllu or .conllu.gz)", path);
        return ReadFileCore(path);
    }

    private static IEnumerable<ConlluSentence> ReadFileCore(string path)
    {
        using var stream = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        // invalid bytes become U+FFFD and are reported with their line (a throwing decoder names the buffer's line instead)
        using var reader = new StreamReader(input, new UTF8Encoding(false, false));
        using var e = Read(reader, path).GetEnumerator();
        while (true)
        {
            try { if (!e.MoveNext()) break; }
            catch (InvalidDataException ex) { throw new ConlluFormatException(path, 0, $"not readable as {(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? "gzip" : "text")} ({ex.Message})"); }
            yield return e.Current;
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source = "<input>")
    {
        var comments = new List<string>();
        var words = new List<ConlluWord>();
        var ranges = new List<ConlluRange>();
        int lineNo = 0, first = 0;
        string? line;
        while (true)
        {
            try { line = reader.ReadLine(); }
            catch (DecoderFallbackException e) { throw new ConlluFormatException(source, lineNo + 1, $"invalid UTF-8 ({e.Message})"); }
            if (line == null) break;
            lineNo++;
            if (line.Contains('\uFFFD')) throw new ConlluFormatException(source, lineNo, "invalid UTF-8 (or a U+FFFD replacement character)");
            if (line.Length == 0 || line.AsSpan().Trim().IsEmpty)
            {
                if (words.Count > 0) yield return Finish(source, first, comments, words, ranges, lineNo);
                else if (comments.Count > 0) throw new ConlluFormatException(source, lineNo, "sentence with comments but no words");
                comments = []; words = []; ranges = [];
                continue;
            }
            if (words.Count == 0 && comments.Count == 0 && ranges.Count == 0) first = lineNo;
            if (line[0] == '#')
            {
                if (words.Count > 0) throw new ConlluFormatException(source, lineNo, "comment line inside a sentence");
                comments.Add(line.Length > 1 && line[1] == ' ' ? line[2..] : line[1..]);
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10) throw new ConlluFormatException(source, lineNo, $"expected 10 tab-separated columns, found {cols.Length}");
            string id = cols[0];
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(id.AsSpan(0, dash), out int a) || !int.TryParse(id.AsSpan(dash + 1), out int b) || b < a || a != words.Count + 1)
                    throw new ConlluFormatException(source, lineNo, $"bad multiword token range '{id}' (expected {words.Count + 1}-N)");
                ranges.Add(new ConlluRange(a, b, cols[1], !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal)));
                continue;
            }
            if (id.Contains('.')) continue; // empty node of the enhanced graph
            if (!int.TryParse(id, out int n) || n != words.Count + 1)
                throw new ConlluFormatException(source, lineNo, $"word ID '{id}' out of sequence (expected {words.Count + 1})");
            int head;
            if (cols[6] == "_") head = -1;
            else if (!int.TryParse(cols[6], out head) || head < 0)
                throw new ConlluFormatException(source, lineNo, $"HEAD '{cols[6]}' is not a word number");
            if (cols[1].Length == 0) throw new ConlluFormatException(source, lineNo, "empty FORM");
            words.Add(new ConlluWord(cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7],
                !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal)));
        }
        if (words.Count > 0) yield return Finish(source, first, comments, words, ranges, lineNo);
    }

    private static ConlluSentence Finish(string source, int first, List<string> comments, List<ConlluWord> words, List<ConlluRange> ranges, int lineNo)
    {
        foreach (var w in words)
            if (w.Head > words.Count) throw new ConlluFormatException(source, first, $"HEAD {w.Head} beyond the sentence's {words.Count} words");
        foreach (var r in ranges)
            if (r.Last > words.Count) throw new ConlluFormatException(source, first, $"multiword range {r.First}-{r.Last} beyond the sentence's {words.Count} words");
        // a range's SpaceAfter applies to its last word
        if (ranges.Count > 0)
            foreach (var r in ranges)
                words[r.Last - 1] = words[r.Last - 1] with { SpaceAfter = r.SpaceAfter };
        return new ConlluSentence(comments, words, ranges, source, first);
    }
}
