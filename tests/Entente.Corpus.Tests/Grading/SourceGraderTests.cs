using Entente.Core.Knowledge;
using Entente.Core.Sources;
using Entente.Corpus.Grading;

namespace Entente.Corpus.Tests.Grading;

public sealed class SourceGraderTests
{
    [Theory]
    [InlineData("Reuters", 'B')]
    [InlineData("TASS", 'D')]
    [InlineData("Tasnim News Agency", 'D')]
    [InlineData("Some Blog Nobody Knows", 'F')]
    [InlineData(null, 'F')]
    public void SourceGrader_GradesShippedOutlets_ByKind(string? outlet, char expected)
        => Assert.Equal(expected, TestKit.Grader.Grade(outlet).Grade);

    [Fact]
    public void SourceGrader_PrefersOutletRowGrade_AndUserRules()
    {
        var outlets = OutletTable.FromTables(Parse("outlets", "name\tkind\ttype\treliability\nDaily Example\tindependent\tnewspaper\tA\nState Wire\tstate\tnews_agency\t\n"));
        var shipped = ReliabilityTable.FromTables([Parse("reliability", "kind\ttype\tgrade\treason\nstate\t*\tD\tdefault\n*\t*\tF\tunknown\n")]);
        var user = Parse("reliability", "kind\ttype\tgrade\treason\nstate\tnews_agency\tE\tmy own view\n");
        var grader = new SourceGrader(outlets, ReliabilityTable.FromTables([Parse("reliability", "kind\ttype\tgrade\treason\nstate\t*\tD\tdefault\n*\t*\tF\tunknown\n"), user]));
        Assert.Equal('A', grader.Grade("Daily Example").Grade);
        Assert.Contains("outlets.tsv row", grader.Grade("Daily Example").Basis);
        Assert.Equal('E', grader.Grade("State Wire").Grade); // the user's file is consulted first
        Assert.Equal('D', new SourceGrader(outlets, shipped).Grade("State Wire").Grade);
    }

    [Fact]
    public void ReliabilityTable_ReportsFileAndLine_ForBadGrade()
    {
        var ex = Assert.Throws<DataFileException>(() => ReliabilityTable.FromTables([Parse("reliability", "kind\ttype\tgrade\treason\nstate\t*\tZ\toops\n")]));
        Assert.Equal(6, ex.LineNumber);
        Assert.Contains("'Z'", ex.Message);
    }

    private static DataTable Parse(string kind, string body)
        => DataTable.Parse(new StringReader($"# entente-data: 1\n# kind: {kind}\n# description: test\n# date: 2026-11-29\n{body}"), "test.tsv", kind);
}
