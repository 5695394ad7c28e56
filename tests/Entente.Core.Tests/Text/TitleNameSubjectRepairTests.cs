using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a title and the name after it read as two subjects of one verb (<see cref="TitleNameSubjectRepair"/>), with the shipped model.</summary>
public class TitleNameSubjectRepairTests
{
    private static readonly Lazy<SyntaxAnnotator> Repaired = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax, new TitleNameSubjectRepair()));

    [Fact]
    public void TitleNameSubjectRepair_HangsTitleOnName_TwoSubjectsBeforeVerb()
    {
        // the verb given two subjects, the title and the name (as the model of 2026-12-06 parsed this sentence)
        var (doc, find) = ParsedSentence.Given("Secretary of State Antony Blinken telephoned his Turkish counterpart.",
            "PROPN/NNP/6/nsubj ADP/IN/3/case PROPN/NNP/1/nmod PROPN/NNP/6/nsubj PROPN/NNP/4/flat VERB/VBD/0/root PRON/PRP$/9/nmod:poss ADJ/JJ/9/amod NOUN/NN/6/obj PUNCT/./6/punct");
        new TitleNameSubjectRepair().Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("Secretary"), find("Antony"), "nmod:desc");
        ParsedSentence.AssertArc(doc, find("Antony"), find("telephoned"), "nsubj");
    }

    [Fact]
    public void TitleNameSubjectRepair_ChangesNothing_CommaBetweenTheTwoSubjects()
    {
        // "Chad, Sudan and Libya": two members of a list, not a title and a name
        var (doc, find) = ParsedSentence.Given("Chad, Sudan and Libya announced a joint force.",
            "PROPN/NNP/6/nsubj PUNCT/,/1/punct PROPN/NNP/6/nsubj CCONJ/CC/5/cc PROPN/NNP/3/conj VERB/VBD/0/root DET/DT/9/det ADJ/JJ/9/amod NOUN/NN/6/obj PUNCT/./6/punct");
        new TitleNameSubjectRepair().Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("Chad"), find("announced"), "nsubj");
    }

    [Theory]
    [InlineData("Iran and Russia signed a treaty on Friday.")]
    [InlineData("The minister, Antony Blinken said, telephoned Ankara.")]
    [InlineData("U.S. Secretary of State Antony Blinken telephoned Turkish Foreign Minister Hakan Fidan on Sunday.")]
    public void TitleNameSubjectRepair_ChangesNothing_OneSubjectOrSeparated(string text)
        => ParsedSentence.AssertSameParse(Repaired.Value, text);
}
