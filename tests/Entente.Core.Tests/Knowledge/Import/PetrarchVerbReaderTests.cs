using Entente.Core.Knowledge.Import;

namespace Entente.Core.Tests.Knowledge.Import;

public class PetrarchVerbReaderTests
{
    private static (PetrarchVerbDictionary Dictionary, System.Collections.Immutable.ImmutableArray<ImportProblem> Problems) Read(string folder)
    {
        using var r = new StreamReader(TestData.Path("Knowledge", "Import", "Fixtures", folder, "CAMEO.2.0.txt"));
        return PetrarchVerbReader.Read(r, "petrarch2/CAMEO.2.0.txt");
    }

    [Fact]
    public void VerbReader_ReadsSynsetsBlocksVerbsAndPatterns_WhenFileIsWellFormed()
    {
        var (d, problems) = Read("petrarch");
        Assert.Empty(problems);
        Assert.Equal(["weapon", "rifle_"], d.Synsets["ARMS"].Members.Select(m => m.ToLowerInvariant()).ToArray());
        Assert.True(d.Synsets["MOOD"].NoPlurals);
        Assert.Equal(["SUPPLY", "HALT"], d.Blocks.Select(b => b.Name).ToArray());
        var supply = d.Blocks[0];
        Assert.Equal("070", supply.Code);
        Assert.Equal(["supply", "furnish", "wire tap"], supply.Verbs.Select(v => string.Join(' ', v.Words)).ToArray());
        Assert.Equal(["supplies", "supplied", "supplying"], supply.Verbs[0].Forms.ToArray());
        Assert.Equal(("071", 14), (supply.Verbs[1].Code, supply.Verbs[1].Line));
        Assert.Equal(1, supply.Verbs[2].VerbIndex);
        var first = supply.Patterns[0];
        Assert.Equal((16, "072"), (first.Line, first.Code));
        Assert.Equal(["&ARMS", "(", "TO", "+", ")"], first.Post.ToArray());
        Assert.Equal(["SUPPLY"], first.CommentWords.ToArray());
        Assert.Equal(["&MILITARY"], supply.Patterns[2].Pre.ToArray());
        var halt = d.Blocks[1];
        Assert.Equal(["halt", "call off"], halt.Verbs.Select(v => string.Join(' ', v.Words)).ToArray());
        Assert.Equal(4, halt.Patterns.Length);
        Assert.Equal(1, d.Transformations);
    }

    [Fact]
    public void VerbReader_ReportsFileAndLine_WhenLinesAreMalformed()
    {
        var (d, problems) = Read("petrarch-bad");
        Assert.Equal([1, 3, 7, 8, 9], problems.Select(p => p.Line).ToArray());
        Assert.All(problems, p => Assert.StartsWith("petrarch2/CAMEO.2.0.txt:", p.ToString(), StringComparison.Ordinal));
        Assert.Contains("no '+' members", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("exactly one '*'", problems[4].Message, StringComparison.Ordinal);
        // the lines of the unreadable block are not reported one by one; the next block is read
        var good = Assert.Single(d.Blocks);
        Assert.Equal(("GOOD", 1), (good.Name, good.Patterns.Length));
        Assert.Equal(["OK"], good.Patterns[0].Post.ToArray());
    }
}
