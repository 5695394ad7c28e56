using Entente.Cli.Commands;
using Entente.Analysis.Selection;

namespace Entente.Cli.Tests.Commands;

public sealed class FormatTests
{
    [Theory]
    [InlineData("2023", false, "2023-01-01")]
    [InlineData("2023", true, "2023-12-31")]
    [InlineData("2024-02", false, "2024-02-01")]
    [InlineData("2024-02", true, "2024-02-29")]
    [InlineData("2023-02", true, "2023-02-28")]
    [InlineData("2024-06-15", true, "2024-06-15")]
    public void PeriodArgument_GivesFirstOrLastDay_OfThePeriod(string text, bool end, string expected)
    {
        Assert.True(PeriodArgument.TryParse(text, end, out var day));
        Assert.Equal(expected, day.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("23-01")]
    [InlineData("2023/01")]
    [InlineData("January 2023")]
    [InlineData("")]
    public void PeriodArgument_Refuses_WhenTheTextIsNotAPeriod(string text)
        => Assert.False(PeriodArgument.TryParse(text, end: false, out _));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "\"\"")] // a record of one empty cell is quoted, so it is not an empty line
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-10", "-10")]
    public void RecordWriter_QuotesCsvCells_AsRfc4180Says(string cell, string expected)
    {
        var csv = new StringWriter();
        using (var w = RecordWriter.To(csv, "csv")) w.Row(cell);
        Assert.Equal(expected + "\r\n", csv.ToString());
    }

    [Fact]
    public void RecordWriter_EndsCsvRowsWithCrLf_AndFlattensTsvCells()
    {
        var csv = new StringWriter();
        using (var w = RecordWriter.To(csv, "csv")) w.Row("a", null, "b,c");
        Assert.Equal("a,,\"b,c\"\r\n", csv.ToString());
        var tsv = new StringWriter();
        using (var w = RecordWriter.To(tsv, "tsv")) w.Row("a\tb", "c\nd");
        Assert.Equal("a b\tc d\n", tsv.ToString());
    }
}
