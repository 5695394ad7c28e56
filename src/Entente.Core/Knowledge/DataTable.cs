using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace Entente.Core.Knowledge;

/// <summary>
/// A versioned, tab-separated knowledge file under <c>data/</c>.
/// <para>Layout:</para>
/// <code>
/// # entente-data: 1            (format version; required, first line)
/// # kind: states               (what the file holds; must match what the loader expects)
/// # description: free text
/// # date: 2026-11-29
/// code	name	aliases          (column header: the first line that is not a comment)
/// IRN	Iran	Islamic Republic of Iran|Persia
/// </code>
/// Lines starting with <c>#</c> after the header are comments; blank lines are skipped.
/// Cells holding several values separate them with <c>|</c>. Every error names file:line.
/// </summary>
public sealed class DataTable
{
    public const int SupportedFormatVersion = 1;

    public string Path { get; }
    public string Kind { get; }
    public string Description { get; }
    public string? Date { get; }
    public ImmutableArray<string> Columns { get; }
    public ImmutableArray<DataRow> Rows { get; }
    private readonly FrozenDictionary<string, int> _columnIndex;

    private DataTable(string path, string kind, string description, string? date, ImmutableArray<string> columns, ImmutableArray<DataRow> rows, FrozenDictionary<string, int> columnIndex)
    {
        Path = path; Kind = kind; Description = description; Date = date; Columns = columns; Rows = rows; _columnIndex = columnIndex;
    }

    internal int ColumnIndex(string column) => _columnIndex.TryGetValue(column, out var i) ? i : -1;

    public static DataTable Load(string path, string expectedKind, params string[] requiredColumns) => LoadAs(path, path, expectedKind, requiredColumns);

    /// <summary>Loads <paramref name="path"/> but names it <paramref name="displayPath"/> in rows and errors (e.g. "data/equipment.tsv").</summary>
    public static DataTable LoadAs(string path, string displayPath, string expectedKind, params string[] requiredColumns)
    {
        if (!File.Exists(path))
            throw new DataFileException(displayPath, 0, "file not found", "check the path, or remove it from the data folder list");
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return Parse(reader, displayPath, expectedKind, requiredColumns);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DataFileException(displayPath, 0, "the file is not valid UTF-8", "save the file as UTF-8", ex);
        }
    }

    /// <summary>The <c># kind:</c> of a data file, read from its header without loading it.</summary>
    public static string PeekKind(string path)
    {
        if (!File.Exists(path))
            throw new DataFileException(path, 0, "file not found", "check the path given to --dictionary");
        using var reader = new StreamReader(path);
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) != null && lineNo < 50)
        {
            lineNo++;
            var body = line.TrimStart('\uFEFF');
            if (!body.StartsWith('#')) break;
            body = body.TrimStart('#').Trim();
            if (body.StartsWith("kind:", StringComparison.OrdinalIgnoreCase)) return body[5..].Trim();
        }
        throw new DataFileException(path, lineNo, "no '# kind: …' line in the header", "start the file with '# entente-data: 1' and '# kind: states' (or another kind)");
    }

    public static DataTable Parse(TextReader reader, string path, string expectedKind, params string[] requiredColumns)
    {
        int lineNo = 0;
        string? line;
        string? version = null, kind = null, description = null, date = null;
        ImmutableArray<string> columns = default;
        FrozenDictionary<string, int>? index = null;
        var rows = ImmutableArray.CreateBuilder<DataRow>();
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (lineNo == 1 && line.Length > 0 && line[0] == '\uFEFF') line = line[1..];
            if (line.Length == 0 || line.Trim().Length == 0) continue;
            if (line[0] == '#')
            {
                if (columns.IsDefault)
                {
                    var body = line.TrimStart('#').Trim();
                    int colon = body.IndexOf(':');
                    if (colon > 0)
                    {
                        var key = body[..colon].Trim().ToLowerInvariant();
                        var value = body[(colon + 1)..].Trim();
                        switch (key)
                        {
                            case "entente-data": version = value; break;
                            case "kind": kind = value; break;
                            case "description": description = value; break;
                            case "date": date = value; break;
                        }
                    }
                    if (lineNo == 1 && version == null)
                        throw new DataFileException(path, lineNo, "the first line must be '# entente-data: 1'", "add the header block described in data/README.md");
                }
                continue;
            }
            if (version == null)
                throw new DataFileException(path, lineNo, "missing header '# entente-data: 1' before the data", "add the header block described in data/README.md");
            if (columns.IsDefault)
            {
                if (!int.TryParse(version, out var v) || v != SupportedFormatVersion)
                    throw new DataFileException(path, lineNo, $"format version '{version}' is not supported (this build reads version {SupportedFormatVersion})", "upgrade Entente or convert the file");
                if (kind == null)
                    throw new DataFileException(path, lineNo, "missing '# kind: ...' header line", $"add '# kind: {expectedKind}'");
                if (!string.Equals(kind, expectedKind, StringComparison.OrdinalIgnoreCase))
                    throw new DataFileException(path, lineNo, $"file kind is '{kind}' but a '{expectedKind}' file was expected here", "check which loader the file was given to");
                columns = [.. line.Split('\t').Select(c => c.Trim())];
                var dict = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (int i = 0; i < columns.Length; i++)
                {
                    if (columns[i].Length == 0)
                        throw new DataFileException(path, lineNo, $"column {i + 1} of the header is empty", "name every column");
                    if (!dict.TryAdd(columns[i], i))
                        throw new DataFileException(path, lineNo, $"column '{columns[i]}' appears twice in the header", "rename one of them");
                }
                foreach (var req in requiredColumns)
                    if (!dict.ContainsKey(req))
                        throw new DataFileException(path, lineNo, $"required column '{req}' is missing (found: {string.Join(", ", columns)})", $"the header of a '{expectedKind}' file needs: {string.Join(", ", requiredColumns)}");
                index = dict.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length > columns.Length)
                throw new DataFileException(path, lineNo, $"row has {cells.Length} cells but the header has {columns.Length} columns", "check for a stray tab character");
            rows.Add(new DataRow(path, lineNo, [.. cells.Select(c => c.Trim())], index!));
        }
        if (version == null || columns.IsDefault)
            throw new DataFileException(path, lineNo, "the file has no header or no column line", "see data/README.md for the layout");
        return new DataTable(path, kind!, description ?? "", date, columns, rows.ToImmutable(), index!);
    }
}

/// <summary>One row of a <see cref="DataTable"/>, remembering where it came from.</summary>
public sealed class DataRow
{
    private readonly ImmutableArray<string> _cells;
    private readonly FrozenDictionary<string, int> _index;
    public string Path { get; }
    public int Line { get; }
    public string Location => $"{Path}:{Line}";

    internal DataRow(string path, int line, ImmutableArray<string> cells, FrozenDictionary<string, int> index)
    {
        Path = path; Line = line; _cells = cells; _index = index;
    }

    /// <summary>The cell in <paramref name="column"/>, or "" when the row is shorter or the column absent.</summary>
    public string this[string column] => _index.TryGetValue(column, out var i) && i < _cells.Length ? _cells[i] : "";

    public string? Optional(string column) { var v = this[column]; return v.Length == 0 ? null : v; }

    public string Required(string column)
    {
        var v = this[column];
        if (v.Length == 0) throw Error($"column '{column}' is empty", $"every row needs a value for '{column}'");
        return v;
    }

    /// <summary>The '|'-separated values of a cell, trimmed, empty ones dropped.</summary>
    public ImmutableArray<string> List(string column)
    {
        var v = this[column];
        if (v.Length == 0) return [];
        return [.. v.Split('|').Select(s => s.Trim()).Where(s => s.Length > 0)];
    }

    public double RequiredDouble(string column)
    {
        var v = Required(column);
        if (!double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d))
            throw Error($"column '{column}' holds '{v}', which is not a number", "use a decimal number with a dot, e.g. 8.3");
        return d;
    }

    public int RequiredInt(string column)
    {
        var v = Required(column);
        if (!int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var d))
            throw Error($"column '{column}' holds '{v}', which is not a whole number", "use digits only");
        return d;
    }

    public DateOnly? OptionalDate(string column)
    {
        var v = Optional(column);
        if (v == null) return null;
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)) return d;
        throw Error($"column '{column}' holds '{v}', which is not a date", "write dates as YYYY-MM-DD");
    }

    public DataFileException Error(string message, string hint) => new(Path, Line, message, hint);
}

/// <summary>A knowledge file could not be read; names the file and line, and says what to do.</summary>
public sealed class DataFileException : Exception
{
    public string FilePath { get; }
    public int LineNumber { get; }
    public string Hint { get; }

    public DataFileException(string path, int line, string message, string hint, Exception? inner = null)
        : base($"{path}{(line > 0 ? ":" + line : "")}: {message} (hint: {hint})", inner)
    {
        FilePath = path; LineNumber = line; Hint = hint;
    }
}
