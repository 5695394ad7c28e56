using Entente.Core.Events;
using Entente.Core.Tests.Text;

namespace Entente.Core.Tests.Events;

/// <summary>Arguments read off a parse given by hand (<see cref="DependencyArguments"/>), so that each parser's reading is covered.</summary>
public class DependencyArgumentsTests
{
    [Theory]
    [InlineData("obj")]
    [InlineData("iobj")]
    public void Subject_IsTheMatrixObject_OfClauseAfterAccusation(string objectRelation)
    {
        // "Ankara accused Tehran of arming the rebels": Tehran arms them, whether the parser calls it obj or iobj
        var (doc, find) = ParsedSentence.Given("Ankara accused Tehran of arming the rebels.",
            $"PROPN/NNP/2/nsubj VERB/VBD/0/root PROPN/NNP/2/{objectRelation} SCONJ/IN/5/mark VERB/VBG/2/advcl DET/DT/7/det NOUN/NNS/5/obj PUNCT/./2/punct");
        Assert.Equal(find("Tehran"), DependencyArguments.Subject(doc, find("arming"), out bool passive));
        Assert.False(passive);
    }

    [Fact]
    public void Subject_IsTheSubjectBeforeTheRelativeClause_VerbJoinedToItWithoutConjunction()
    {
        // "said" read as a conjunct, with no "and", of the verb the relative clause's words were hung on
        var (doc, find) = ParsedSentence.Given("Amos Kiptoo, who had a stent fitted on Sunday, said talks would resume.",
            "PROPN/NNP/8/nsubj PROPN/NNP/1/flat PUNCT/,/5/punct PRON/WP/5/nsubj VERB/VBD/1/acl:relcl DET/DT/7/det NOUN/NN/5/obj VERB/VBN/0/root "
            + "ADP/IN/10/case PROPN/NNP/8/obl PUNCT/,/12/punct VERB/VBD/8/conj NOUN/NNS/15/nsubj AUX/MD/15/aux VERB/VB/12/ccomp PUNCT/./8/punct");
        Assert.Equal(find("Amos"), DependencyArguments.Subject(doc, find("said"), out _));
    }

    [Fact]
    public void Subject_IsNone_VerbJoinedWithoutConjunctionAndNoClauseSetOff()
    {
        // two clauses run together: word order, not the parse, decides who arrested
        var (doc, find) = ParsedSentence.Given("Police fired tear gas, arrested dozens.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root NOUN/NN/4/compound NOUN/NN/2/obj PUNCT/,/6/punct VERB/VBD/2/conj NOUN/NNS/6/obj PUNCT/./2/punct");
        Assert.Equal(-1, DependencyArguments.Subject(doc, find("arrested"), out _));
    }
}
