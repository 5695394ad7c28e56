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
}
