using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

public class DataTableTests
{
    private static DataTable Parse(string text, string kind = "states", params string[] required)
        => DataTable.Parse(new StringReader(text), "test.tsv", kind, required);

    [Fact]
    public void DataTable_ReadsRowsAndLists_WhenHeaderIsValid()
    {
        var t = Parse("# entente-data: 1\n# kind: states\n# date: 2026-11-29\ncode\tname\taliases\nIRN\tIran\tPersia| Islamic Republic of Iran \n", "states", "code");
        Assert.Equal("2026-11-29", t.Date);
        var row = Assert.Single(t.Rows);
        Assert.Equal("IRN", row["code"]);
        Assert.Equal(new[] { "Persia", "Islamic Republic of Iran" }, row.List("aliases").ToArray());
        Assert.Equal(5, row.Line);
    }

    [Fact]
    public void DataTable_NamesFileAndLine_WhenRowHasTooManyCells()
    {
        var ex = Assert.Throws<DataFileException>(() => Parse("# entente-data: 1\n# kind: states\ncode\tname\nIRN\tIran\textra\n"));
        Assert.Equal(4, ex.LineNumber);
        Assert.StartsWith("test.tsv:4:", ex.Message);
    }

    [Fact]
    public void DataTable_Refuses_WhenVersionIsNewer()
    {
        var ex = Assert.Throws<DataFileException>(() => Parse("# entente-data: 2\n# kind: states\ncode\n"));
        Assert.Contains("not supported", ex.Message);
    }

    [Fact]
    public void DataTable_Refuses_WhenKindDiffers()
    {
        var ex = Assert.Throws<DataFileException>(() => Parse("# entente-data: 1\n# kind: outlets\ncode\n", "states"));
        Assert.Contains("'outlets'", ex.Message);
    }

    [Fact]
    public void DataTable_Refuses_WhenRequiredColumnMissing()
    {
        var ex = Assert.Throws<DataFileException>(() => Parse("# entente-data: 1\n# kind: states\nname\n", "states", "code"));
        Assert.Contains("'code'", ex.Message);
    }

    [Fact]
    public void DataRow_RequiredDouble_ReportsLine_WhenNotANumber()
    {
        var t = Parse("# entente-data: 1\n# kind: cameo\ncode\tgoldstein\n010\tabc\n", "cameo");
        var ex = Assert.Throws<DataFileException>(() => t.Rows[0].RequiredDouble("goldstein"));
        Assert.Equal(4, ex.LineNumber);
    }
}
