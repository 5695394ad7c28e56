using Entente.Core.Knowledge;
using Entente.Core.Time;
using static Entente.Core.Tests.Time.TimeFixtures;

namespace Entente.Core.Tests.Time;

public class PeriodTableTests
{
    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "entente-periods-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, content);
        return path;
    }

    [Theory]
    [InlineData("the Cold War", "1947-03-12", "1991-12-26")]
    [InlineData("Russia’s full-scale invasion of Ukraine", "2022-02-24", "2022-02-24")]
    [InlineData("The annexation of Crimea", "2014-03-18", "2014-03-18")]
    [InlineData("9/11", "2001-09-11", "2001-09-11")]
    [InlineData("the COVID-19 pandemic", "2020-03-11", "2023-05-05")]
    [InlineData("the fall of Assad", "2024-12-08", "2024-12-08")]
    public void TryFind_ReturnsRange_ForRepositoryPeriods(string phrase, string start, string end)
    {
        var table = Recognizer.Value.Periods;
        Assert.True(table.TryFind(phrase, out var p));
        Assert.Equal(new DateRange(D(start), D(end)), p.Range);
    }

    [Fact]
    public void Load_HasManyPeriods_InRepositoryFile()
    {
        Assert.True(Recognizer.Value.Periods.Periods.Length >= 30);
    }

    [Fact]
    public void Load_ThrowsWithLine_WhenEndBeforeStart()
    {
        var path = TempFile("# entente-data: 1\n# kind: periods\nphrase\tstart\tend\tnotes\nthe Cold War\t1991-12-26\t1947-03-12\t\n");
        try
        {
            var ex = Assert.Throws<DataFileException>(() => PeriodTable.Load(path));
            Assert.Equal(4, ex.LineNumber);
            Assert.Contains("before start", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Load_ThrowsWithLine_WhenPhraseRedefinedWithOtherRange()
    {
        var path = TempFile("# entente-data: 1\n# kind: periods\nphrase\tstart\tend\tnotes\nthe Gulf War\t1990-08-02\t1991-02-28\t\nGulf War\t2003-03-20\t2011-12-18\t\n");
        try
        {
            var ex = Assert.Throws<DataFileException>(() => PeriodTable.Load(path));
            Assert.Equal(5, ex.LineNumber);
            Assert.Contains(":4", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Load_ThrowsWithLine_WhenDateMalformed()
    {
        var path = TempFile("# entente-data: 1\n# kind: periods\nphrase\tstart\tend\tnotes\nthe Gulf War\t2 August 1990\t\t\n");
        try
        {
            var ex = Assert.Throws<DataFileException>(() => PeriodTable.Load(path));
            Assert.Equal(4, ex.LineNumber);
        }
        finally { File.Delete(path); }
    }
}
