using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a sentence whose verb the parser hung on its subject noun as a modifier (<see cref="RootNounRepair"/>), with the shipped model.</summary>
public class RootNounRepairTests
{
    private static readonly Lazy<SyntaxAnnotator> Repaired = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax, new RootNounRepair()));

    [Theory]
    [InlineData("Up to 200 Kenyan police officers arrived in Haiti.", "officers", "arrived")]
    [InlineData("Scores of nurses at Ghana's most famous teaching hospital appealed to the Ghanaian government on Monday to let them return to work.", "Scores", "appealed")]
    [InlineData("Dozens of staff at Zambia's oldest independent radio station appealed to the Zambian authorities on Tuesday to let them broadcast again.", "Dozens", "appealed")]
    [InlineData("U.S. and British forces struck Houthi targets in Yemen on Friday.", "U.S.", "struck")]
    public void RootNounRepair_MakesVerbTheRoot_VerbHungOnSubjectNoun(string text, string subject, string verb)
    {
        var (doc, find) = ParsedSentence.With(Repaired.Value, text);
        int n = find(subject), v = find(verb);
        Assert.Equal(-1, doc.Head(v));
        Assert.Equal("root", doc.Tokens[v].Deprel);
        Assert.Equal(v, doc.Head(n));
        Assert.Equal("nsubj", doc.Tokens[n].Deprel);
        Assert.Equal(v, doc.Head(doc.TokenCount - 1)); // the full stop moves with the root
    }

    [Theory]
    [InlineData("The troops deployed in Haiti returned home in May.")]
    [InlineData("Hundreds of people displaced by the floods.")]
    [InlineData("Kenya sent 400 police officers to Haiti.")]
    public void RootNounRepair_ChangesNothing_ParticipleModifierOrVerbAlreadyRoot(string text)
        => ParsedSentence.AssertSameParse(Repaired.Value, text);
}
