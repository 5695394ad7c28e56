using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a reduced relative clause on the subject read as the sentence (<see cref="ReducedRelativeRootRepair"/>).</summary>
public class ReducedRelativeRootRepairTests
{
    private static readonly Lazy<SyntaxAnnotator> Repaired = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax, new ReducedRelativeRootRepair()));

    [Fact]
    public void ReducedRelativeRootRepair_MakesTheFiniteVerbTheRoot_ParticipleReadAsRoot()
    {
        // as the shipped model parses it: "armed" (an adjective) the root, "attacked" a clause on it
        var (doc, find) = ParsedSentence.Given("Militants armed with rifles and grenades attacked a police station.",
            "NOUN/NNS/2/nsubj ADJ/JJ/0/root ADP/IN/4/case NOUN/NNS/2/obl CCONJ/CC/6/cc NOUN/NNS/4/conj VERB/VBD/2/advcl DET/DT/10/det "
            + "NOUN/NN/10/compound NOUN/NN/7/obj PUNCT/./2/punct");
        new ReducedRelativeRootRepair().Repair(doc, doc.Sentences[0]);
        int militants = find("Militants"), armed = find("armed"), attacked = find("attacked");
        Assert.Equal(-1, doc.Head(attacked));
        ParsedSentence.AssertArc(doc, militants, attacked, "nsubj");
        ParsedSentence.AssertArc(doc, armed, militants, "acl");
        ParsedSentence.AssertArc(doc, find("station"), attacked, "obj");
        Assert.Equal(attacked, doc.Head(doc.TokenCount - 1));
    }

    [Theory]
    [InlineData("Russia armed the rebels and attacked the town.")]
    [InlineData("The rebels were armed with rifles and attacked at dawn.")]
    [InlineData("Police armed with batons.")]
    public void ReducedRelativeRootRepair_LeavesAlone_SentencesThatAreNotTheGardenPath(string text)
        => ParsedSentence.AssertSameParse(Repaired.Value, text);
}
