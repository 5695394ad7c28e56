using Entente.Core.Output;

namespace Entente.Core.Tests.Output;

/// <summary>The one writer of delimited text (CSV and TSV) and its spreadsheet-formula guard.</summary>
public sealed class TableWriterTests
{
    private static string Csv(params string?[] cells)
    {
        var text = new StringWriter();
        using (var table = TableWriter.To(text, tsv: false)) table.Row(cells);
        return text.ToString();
    }

    private static string Tsv(params string?[] cells)
    {
        var text = new StringWriter();
        using (var table = TableWriter.To(text, tsv: true)) table.Row(cells);
        return text.ToString();
    }

    [Fact]
    public void TableWriter_QuotesCellsWithCommasAndQuotes_InCsv()
        => Assert.Equal("\"a, \"\"b\"\"\",,x\r\n", Csv("a, \"b\"", null, "x"));

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+7 drones", "\"'+7 drones\"")]
    [InlineData("-Iran", "\"'-Iran\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tTab", "\"'\tTab\"")]
    [InlineData("\rCR", "\"'\rCR\"")]
    [InlineData("-2.0.1", "\"'-2.0.1\"")]
    [InlineData("-2 drones", "\"'-2 drones\"")]
    [InlineData("Iran = Russia", "Iran = Russia")]
    public void TableWriter_NeutralisesSpreadsheetFormulas_InTextCells(string cell, string expected)
        => Assert.Equal(expected + "\r\n", Csv(cell));

    [Theory]
    [InlineData("-10")]
    [InlineData("-0.25")]
    [InlineData("-2.0")]
    [InlineData("-3.70")]
    [InlineData("8.3")]
    [InlineData("2024")]
    public void TableWriter_KeepsNumbersAsNumbers_WhenTheyAreNegative(string cell)
    {
        Assert.Equal(cell + "\r\n", Csv(cell));
        Assert.Equal(cell + "\n", Tsv(cell));
    }

    [Fact]
    public void TableWriter_FlattensTabsAndLineBreaks_AndGuardsFormulas_InTsv()
        => Assert.Equal("a b\tc d\t'=x\t-3\n", Tsv("a\tb", "c\nd", "=x", "-3"));
}
