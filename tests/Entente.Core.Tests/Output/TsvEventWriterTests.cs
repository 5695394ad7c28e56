using Entente.Core.Events;
using Entente.Core.Output;
using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Output;

/// <summary><c>entente analyze --format tsv</c> and the spreadsheet-formula guard, on events built by hand.</summary>
public sealed class TsvEventWriterTests
{
    private static readonly List<string> Header = [.. TsvEventWriter.Header.Split('\t')];

    /// <summary>One event whose evidence sentence and source actor's name begin with <paramref name="lead"/>, Goldstein -2.</summary>
    private static string[] Row(string lead)
    {
        string text = lead + "Harbour Guild blockaded the port of Veloria, the council said.";
        var e = new CodedEvent(new ActorRef("", lead + "Harbour Guild", null), new ActorRef("RUS", "Russia", null), "blockade", "191", "RESTRICT", -2, 4, null,
            EventStatus.Reported, 0.5, null, [], [], new Evidence(0, text, 0, text.Length), new Explanation("test:1", "blockaded", 0, 0, [], []));
        var w = new StringWriter();
        TsvEventWriter.Write(w, new AnalyzedDocument(new SourceDocument("t.txt", text, "text"), "en", null, false, [], [], [], [e], 1));
        var rows = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return Assert.Single(rows).Split('\t');
    }

    [Theory]
    [InlineData("=")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("@")]
    public void TsvEventWriter_GuardsEvidenceAndActorName_WhenTheyBeginLikeAFormula(string lead)
    {
        var row = Row(lead);
        Assert.Equal(Header.Count, row.Length);
        Assert.Equal("'" + lead + "Harbour Guild", row[Header.IndexOf("actor1_name")]);
        Assert.StartsWith("'" + lead + "Harbour Guild blockaded", row[Header.IndexOf("evidence")]);
        // a negative number stays a number
        Assert.Equal("-2", row[Header.IndexOf("goldstein")]);
        Assert.Equal("Russia", row[Header.IndexOf("actor2_name")]);
    }

    [Fact]
    public void TsvEventWriter_LeavesTextAlone_WhenItBeginsWithALetter()
    {
        var row = Row("");
        Assert.Equal("Harbour Guild", row[Header.IndexOf("actor1_name")]);
        Assert.StartsWith("Harbour Guild blockaded", row[Header.IndexOf("evidence")]);
    }
}
