namespace Entente.Core.Knowledge.Import;

/// <summary>What an import wrote and what it left out, by reason; nothing is dropped without being counted here.</summary>
public sealed class ImportReport
{
    /// <summary>What was read, keyed "input file: what" (verb blocks, verbs, patterns, synonym sets).</summary>
    public SortedDictionary<string, int> Read { get; } = new(StringComparer.Ordinal);
    /// <summary>Rows written per output file (officials.tsv, …).</summary>
    public SortedDictionary<string, int> Written { get; } = new(StringComparer.Ordinal);
    /// <summary>Skipped entries, keyed "input file: reason" (persons count one per code segment, other records one each).</summary>
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);
    /// <summary>Entries imported with a change, keyed "input file: what was changed" (a code replaced by its parent, …).</summary>
    public SortedDictionary<string, int> Adjusted { get; } = new(StringComparer.Ordinal);
    /// <summary>Lines that could not be read (file:line); their codes or phrases were not imported.</summary>
    public List<ImportProblem> Problems { get; } = [];

    internal void Skip(string file, string reason, int n = 1)
    {
        var key = $"{file}: {reason}";
        Skipped[key] = Skipped.GetValueOrDefault(key) + n;
    }

    internal void Adjust(string file, string what, int n = 1)
    {
        var key = $"{file}: {what}";
        Adjusted[key] = Adjusted.GetValueOrDefault(key) + n;
    }

    public int SkippedTotal => Skipped.Values.Sum();

    /// <summary>The report as text lines (the CLI prints these).</summary>
    public IEnumerable<string> Lines()
    {
        if (Read.Count > 0)
        {
            yield return "read:";
            foreach (var (what, n) in Read) yield return $"  {what}\t{n}";
        }
        yield return "written:";
        foreach (var (file, n) in Written) yield return $"  {file}\t{n}";
        yield return $"skipped ({SkippedTotal}):";
        foreach (var (reason, n) in Skipped.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)) yield return $"  {n}\t{reason}";
        if (Adjusted.Count > 0)
        {
            yield return "adjusted (imported with a change):";
            foreach (var (what, n) in Adjusted.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)) yield return $"  {n}\t{what}";
        }
        yield return $"unreadable lines ({Problems.Count}):";
        foreach (var p in Problems) yield return $"  {p}";
    }
}
