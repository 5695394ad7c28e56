namespace Entente.Core.Knowledge.Import;

/// <summary>What an import wrote and what it left out, by reason; nothing is dropped without being counted here.</summary>
public sealed class ImportReport
{
    /// <summary>Rows written per output file (officials.tsv, …).</summary>
    public SortedDictionary<string, int> Written { get; } = new(StringComparer.Ordinal);
    /// <summary>Skipped entries, keyed "input file: reason" (persons count one per code segment, other records one each).</summary>
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);
    /// <summary>Lines that could not be read (file:line); their codes or phrases were not imported.</summary>
    public List<ImportProblem> Problems { get; } = [];

    internal void Skip(string file, string reason, int n = 1)
    {
        var key = $"{file}: {reason}";
        Skipped[key] = Skipped.GetValueOrDefault(key) + n;
    }

    public int SkippedTotal => Skipped.Values.Sum();

    /// <summary>The report as text lines (the CLI prints these).</summary>
    public IEnumerable<string> Lines()
    {
        yield return "written:";
        foreach (var (file, n) in Written) yield return $"  {file}\t{n}";
        yield return $"skipped ({SkippedTotal}):";
        foreach (var (reason, n) in Skipped.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)) yield return $"  {n}\t{reason}";
        yield return $"unreadable lines ({Problems.Count}):";
        foreach (var p in Problems) yield return $"  {p}";
    }
}
