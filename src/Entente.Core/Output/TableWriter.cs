using System.Globalization;
using CsvHelper;

namespace Entente.Core.Output;

/// <summary>
/// Rows of text cells as CSV or TSV, written by CsvHelper. CSV follows RFC 4180: a cell with a comma, quote, CR or LF is
/// quoted, quotes doubled; CRLF line ends. TSV replaces tabs and line breaks inside a cell by spaces and quotes nothing
/// (LF line ends). UTF-8 without a byte-order mark when the destination is a stream.
/// <para>
/// <b>Spreadsheet formulas.</b> A text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR (which
/// Excel, LibreOffice or Google Sheets would run as a formula: <c>=HYPERLINK(…)</c> in an article's title or an outlet's
/// name) is written with a leading apostrophe (<c>'=HYPERLINK(…)</c>, and quoted in CSV), which spreadsheets read as
/// "this is text" (CsvHelper's injection escape, as OWASP recommends). A cell that is a number in its plain form
/// (Goldstein <c>-10</c> or <c>-2.0</c>, a shift of <c>-0.25</c>) is written as the number, unguarded: numbers cannot be formulas.
/// </para>
/// <para>
/// The one writer of delimited text: the exports and <c>entente events</c> (<c>EventCsvWriter</c>), the GDELT table
/// (<c>GdeltEventWriter</c>), the CLI's record lists and <c>entente analyze --format tsv</c> (<see cref="TsvEventWriter"/>),
/// so every table Entente writes has the same guard.
/// </para>
/// </summary>
public sealed class TableWriter : IDisposable
{
    private readonly CsvWriter _writer;
    private readonly bool _tsv;

    private TableWriter(TextWriter output, bool tsv, bool leaveOpen)
    {
        _tsv = tsv;
        _writer = CsvWriter.Create(output, new CsvWriterOptions
        {
            Separator = tsv ? '\t' : ',',
            NewLine = tsv ? "\n" : "\r\n",
            Mode = tsv ? CsvMode.NoEscape : CsvMode.Rfc4180,
            Injection = CsvInjection.Escape,
            ValidateFieldCount = false,
        }, leaveOpen);
    }

    /// <summary>A CSV (<paramref name="tsv"/> false) or TSV writer on <paramref name="output"/>.</summary>
    public static TableWriter To(TextWriter output, bool tsv, bool leaveOpen = true) => new(output, tsv, leaveOpen);

    /// <summary>One record; a null cell is empty.</summary>
    public void Row(IReadOnlyList<string?> cells)
    {
        foreach (var cell in cells)
        {
            var text = cell ?? "";
            if (IsPlainNumber(text, out var number, out var format)) _writer.WriteField(number, format);
            else _writer.WriteField(_tsv ? Tsv(text) : text);
        }
        _writer.EndRecord();
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    /// <summary>Whether <paramref name="cell"/> is a number written plainly ("-10", "0.55", "-2.0": digits, at most one point,
    /// an optional leading minus), the same text when written back with <paramref name="format"/> (as many decimals as it has).</summary>
    public static bool IsPlainNumber(string cell, out double number, out string format)
    {
        number = 0;
        format = "";
        int start = cell.StartsWith('-') ? 1 : 0, point = cell.IndexOf('.');
        if (cell.Length - start is < 1 or > 30 || !char.IsAsciiDigit(cell[start]) || !char.IsAsciiDigit(cell[^1])) return false;
        for (int i = start; i < cell.Length; i++)
            if (!char.IsAsciiDigit(cell[i]) && i != point) return false;
        format = point < 0 ? "0" : "0." + new string('0', cell.Length - point - 1);
        return double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
               && number.ToString(format, CultureInfo.InvariantCulture) == cell;
    }

    /// <summary>A TSV cell: tabs and line breaks become spaces.</summary>
    public static string Tsv(string cell)
        => cell.AsSpan().IndexOfAny("\t\r\n") < 0 ? cell : cell.Replace("\r\n", " ").Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
