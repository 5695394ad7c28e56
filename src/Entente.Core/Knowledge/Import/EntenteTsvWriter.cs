using System.Text;

namespace Entente.Core.Knowledge.Import;

/// <summary>Writes a knowledge file in Entente's own format (header block, column line, TAB cells, '|' lists), UTF-8 without BOM.</summary>
public sealed class EntenteTsvWriter
{
    public static void Write(string path, string kind, string description, string date, IReadOnlyList<string> comments,
        IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir != null) Directory.CreateDirectory(dir);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine($"# entente-data: {DataTable.SupportedFormatVersion}");
        w.WriteLine($"# kind: {kind}");
        w.WriteLine($"# description: {OneLine(description)}");
        w.WriteLine($"# date: {date}");
        foreach (var c in comments) w.WriteLine($"# {OneLine(c)}");
        w.WriteLine(string.Join('\t', columns));
        foreach (var row in rows)
        {
            if (row.Count != columns.Count) throw new ArgumentException($"row has {row.Count} cells for {columns.Count} columns");
            w.WriteLine(string.Join('\t', row.Select(Cell)));
        }
    }

    /// <summary>A cell: no TAB or line break (they would break the row).</summary>
    public static string Cell(string value) => OneLine(value).Replace('\t', ' ');

    /// <summary>A '|' list cell: values cleaned of '|' themselves.</summary>
    public static string List(IEnumerable<string> values) => string.Join('|', values.Select(v => Cell(v).Replace('|', ' ').Trim()).Where(v => v.Length > 0));

    private static string OneLine(string s) => s.Replace('\r', ' ').Replace('\n', ' ');
}
