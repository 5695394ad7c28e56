using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a title and the name after it read as two subjects of one verb (<see cref="TitleNameSubjectRepair"/>), with the shipped model.</summary>
public class TitleNameSubjectRepairTests
{
    private static readonly Lazy<SyntaxAnnotator> Plain = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax));
    private static readonly Lazy<SyntaxAnnotator> Repaired = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax, new TitleNameSubjectRepair()));

    [Theory]
    [InlineData("Secretary of State Antony Blinken telephoned his Turkish counterpart.", "Secretary", "Antony", "telephoned")]
    public void TitleNameSubjectRepair_HangsTitleOnName_TwoSubjectsBeforeVerb(string text, string title, string name, string verb)
    {
        // the model alone gives the verb two subjects here (the error the repair undoes)
        var (plain, findPlain) = ParsedSentence.With(Plain.Value, text);
        Assert.Equal(("nsubj", "nsubj"), (plain.Tokens[findPlain(title)].Deprel, plain.Tokens[findPlain(name)].Deprel));
        var (doc, find) = ParsedSentence.With(Repaired.Value, text);
        ParsedSentence.AssertArc(doc, find(title), find(name), "nmod:desc");
        ParsedSentence.AssertArc(doc, find(name), find(verb), "nsubj");
    }

    [Theory]
    [InlineData("Iran and Russia signed a treaty on Friday.")]
    [InlineData("The minister, Antony Blinken said, telephoned Ankara.")]
    [InlineData("U.S. Secretary of State Antony Blinken telephoned Turkish Foreign Minister Hakan Fidan on Sunday.")]
    public void TitleNameSubjectRepair_ChangesNothing_OneSubjectOrSeparated(string text)
        => ParsedSentence.AssertSameParse(Repaired.Value, text);
}
