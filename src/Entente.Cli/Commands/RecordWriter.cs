using System.Text;
using System.Text.Json;
using Entente.Core.Output;
using Entente.Corpus.Export;

namespace Entente.Cli.Commands;

/// <summary>
/// Rows of text cells written as CSV or TSV by <see cref="TableWriter"/> (RFC 4180 CSV with CRLF line ends; TSV with tabs
/// and line breaks inside a cell made spaces and LF line ends; text a spreadsheet would run as a formula gets a leading
/// apostrophe, numbers stay numbers). UTF-8 without a BOM.
/// </summary>
internal sealed class RecordWriter : IDisposable
{
    private readonly TextWriter _out;
    private readonly TableWriter _table;

    private RecordWriter(TextWriter output, bool csv)
    {
        _out = output;
        _table = TableWriter.To(output, tsv: !csv);
    }

    /// <summary>A writer on standard output; <paramref name="format"/> is "csv" or "tsv".</summary>
    public static RecordWriter ToStdout(string format)
        => new(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)), format == "csv");

    public static RecordWriter To(TextWriter output, string format) => new(output, format == "csv");

    public void Row(params IReadOnlyList<string?> cells) => _table.Row(cells);

    public void Dispose()
    {
        _table.Dispose();
        _out.Dispose();
    }
}

/// <summary>JSON on standard output: an indented document (json), or one compact value per line (jsonl).</summary>
internal static class JsonOutput
{
    /// <summary>Writes <paramref name="items"/> as one indented document <c>{"schema_version": 2, "NAME": [ … ]}</c>, or
    /// as JSON lines (one object per line, no wrapper).</summary>
    public static void Write<T>(IEnumerable<T> items, bool lines, string name, Action<Utf8JsonWriter, T> write)
    {
        using var stdout = Console.OpenStandardOutput();
        if (lines)
        {
            foreach (var item in items)
            {
                using (var w = new Utf8JsonWriter(stdout, JsonReportWriter.Compact)) write(w, item);
                stdout.Write("\n"u8);
            }
            return;
        }
        using (var w = new Utf8JsonWriter(stdout, JsonReportWriter.Indented))
        {
            JsonContract.BeginDocument(w);
            w.WriteStartArray(name);
            foreach (var item in items) write(w, item);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.Write("\n"u8);
    }

    /// <summary>Writes one indented JSON value.</summary>
    public static void WriteOne(Action<Utf8JsonWriter> write)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, JsonReportWriter.Indented)) write(w);
        stdout.Write("\n"u8);
    }
}

/// <summary>Where a command writes a file it was asked for (--out), or standard output.</summary>
internal static class CommandOutput
{
    /// <summary>Opens <paramref name="path"/> for writing (standard output when null); on failure prints one error line with a hint and returns null.</summary>
    public static Stream? Open(string? path)
    {
        try
        {
            return path is null ? Console.OpenStandardOutput() : File.Create(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"entente: error: cannot write '{path}': {ex.Message} (hint: check that the folder exists and is writable)");
            return null;
        }
    }
}
