using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>Actor codes a user types: known ones pass, unknown ones get the closest known codes.</summary>
public class ActorLexiconTests
{
    private static ActorLexicon Actors => TestData.Knowledge.Actors;

    [Theory]
    [InlineData("IRN")]
    [InlineData("rus")]
    [InlineData("NATO")]
    public void ActorLexicon_KnowsTheCode_WhenItIsListed(string code)
    {
        Assert.True(Actors.IsKnownCode(code));
        Assert.Null(Actors.UnknownCode(code));
    }

    [Fact]
    public void ActorLexicon_NamesTheClosestCodes_WhenACodeIsMistyped()
    {
        var (detail, hint) = Actors.UnknownCode("IRX")!.Value;
        Assert.Contains("'IRX' is not a known actor code", detail);
        Assert.Contains("IRN (Iran)", detail);
        Assert.Contains("states.tsv", hint);
    }

    [Fact]
    public void ActorLexicon_SuggestsTheCodeOfAName_WhenANameIsTypedForACode()
        => Assert.Equal("IRN (Iran)", Actors.ClosestCodes("Iran", 1).Single());

    [Fact]
    public void KnowledgeBase_ReturnsTheSharedKnowledge_WhenNoFolderOrDictionaryIsGiven()
    {
        Assert.Same(KnowledgeBase.Default, KnowledgeBase.Resolve(null, null));
        Assert.Same(KnowledgeBase.Default, KnowledgeBase.Resolve("", []));
        Assert.Throws<DataFileException>(() => KnowledgeBase.Resolve(Path.Combine(Path.GetTempPath(), "entente-no-such-folder"), null));
    }
}
