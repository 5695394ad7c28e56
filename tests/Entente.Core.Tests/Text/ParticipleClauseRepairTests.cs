using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of past forms a parser read as participles in wire copy (<see cref="ParticipleClauseRepair"/>), with the shipped model.</summary>
public class ParticipleClauseRepairTests
{
    private static readonly Lazy<SyntaxAnnotator> Repaired = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax, new ParticipleClauseRepair()));

    [Theory]
    [InlineData("Separatist gunmen wounded three Indian soldiers near the border on Monday, police said.", "gunmen", "wounded", "said")]
    [InlineData("Thousands of Kenyan teachers demonstrated in the western city of Kisumu on Friday demanding higher pay, witnesses said.", "Thousands", "demonstrated", "said")]
    public void ParticipleClauseRepair_MakesReportedClause_PastFormBetweenTwoSubjects(string text, string subject, string past, string reporting)
    {
        var (doc, find) = ParsedSentence.With(Repaired.Value, text);
        int s = find(subject), p = find(past), r = find(reporting);
        Assert.Equal(p, doc.Head(s));
        Assert.Equal("nsubj", doc.Tokens[s].Deprel);
        Assert.Equal(r, doc.Head(p));
        Assert.Equal("ccomp", doc.Tokens[p].Deprel);
        Assert.Equal("VBD", doc.Tokens[p].Xpos);
        Assert.Single(Enumerable.Range(0, doc.TokenCount), i => doc.Head(i) == r && doc.Tokens[i].Deprel == "nsubj");
    }

    [Theory]
    [InlineData("Soldiers wounded in the ambush were flown to Kabul, officials said.")]
    [InlineData("Police said gunmen had wounded three soldiers near the border.")]
    public void ParticipleClauseRepair_ChangesNothing_WhenTheParseHasNoSecondSubject(string text)
        => ParsedSentence.AssertSameParse(Repaired.Value, text);
}
