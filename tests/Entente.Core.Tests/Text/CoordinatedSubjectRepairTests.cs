using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of coordinated subjects a parser split into two subjects (<see cref="CoordinatedSubjectRepair"/>), with the shipped model.</summary>
public class CoordinatedSubjectRepairTests
{
    private static readonly Lazy<SyntaxAnnotator> Repaired = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax, new CoordinatedSubjectRepair()));

    [Theory]
    [InlineData("With the signing of the accord, the Malian government and Azawad People's Liberation Movement have agreed to exchange prisoners.", "government", "Liberation", "agreed")]
    [InlineData("The US, Russia, and Switzerland met yesterday.", "US", "Switzerland", "met")]
    [InlineData("Guinea, Chad and Sudan announced on Monday that they would leave the regional bloc.", "Guinea", "Sudan", "announced")]
    public void CoordinatedSubjectRepair_MakesConjunct_SecondSubjectAfterAnd(string text, string first, string second, string verb)
    {
        var (doc, find) = ParsedSentence.With(Repaired.Value, text);
        int a = find(first), b = find(second), v = find(verb);
        Assert.Equal(v, doc.Head(a));
        Assert.Equal("nsubj", doc.Tokens[a].Deprel);
        Assert.Equal(a, doc.Head(b));
        Assert.Equal("conj", doc.Tokens[b].Deprel);
        Assert.Single(Enumerable.Range(0, doc.TokenCount), i => doc.Head(i) == v && doc.Tokens[i].Deprel == "nsubj");
    }

    [Fact]
    public void CoordinatedSubjectRepair_MakesFirstMemberSubject_ListReadAsTwoSubjects()
    {
        // "Chad" and "Sudan" both subjects, "Libya" a conjunct of the second: one list of three
        var (doc, find) = ParsedSentence.Given("Chad, Sudan and Libya announced a joint force.",
            "PROPN/NNP/6/nsubj PUNCT/,/1/punct PROPN/NNP/6/nsubj CCONJ/CC/5/cc PROPN/NNP/3/conj VERB/VBD/0/root DET/DT/9/det ADJ/JJ/9/amod NOUN/NN/6/obj PUNCT/./6/punct");
        new CoordinatedSubjectRepair().Repair(doc, doc.Sentences[0]);
        int chad = find("Chad");
        ParsedSentence.AssertArc(doc, chad, find("announced"), "nsubj");
        ParsedSentence.AssertArc(doc, find("Sudan"), chad, "conj");
        ParsedSentence.AssertArc(doc, find("Libya"), chad, "conj");
    }

    [Theory]
    [InlineData("Ministers from both countries met in Ankara, officials said.")]
    [InlineData("Hungary and Slovakia signed a border treaty on Monday.")]
    public void CoordinatedSubjectRepair_ChangesNothing_WhenTheSubjectsAreNotSplit(string text)
        => ParsedSentence.AssertSameParse(Repaired.Value, text);
}
