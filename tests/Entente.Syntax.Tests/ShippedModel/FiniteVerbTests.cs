namespace Entente.Syntax.Tests.ShippedModel;

/// <summary>
/// The tagger's finite-verb constraint on the shipped model: a full sentence whose only verb was tagged a participle
/// after a noun gets it back as a past tense; a headline (no full stop) and a sentence with a finite verb keep theirs.
/// </summary>
[Collection(ShippedModelCollection.Name)]
public class FiniteVerbTests(ShippedModelFixture shipped)
{
    [Theory]
    [InlineData("Thousands of nurses marched through the capital on Sunday.", "marched")]
    [InlineData("The two foreign ministers agreed in principle on new talks.", "agreed")]
    public void Tagger_MakesPastTense_SentenceWithoutFiniteVerb(string sentence, string verb)
    {
        var parse = shipped.Annotate(sentence);
        int v = parse.Find(verb);
        Assert.Equal("VBD", parse.Xpos[v]);
        Assert.Equal("root", parse.Relations[v]);
    }

    [Theory]
    [InlineData("Three soldiers killed in border attack", "killed")]                      // headline: no full stop
    [InlineData("Soldiers wounded in the attack were flown to Kabul.", "wounded")]          // the sentence has a finite verb
    public void Tagger_KeepsParticiple_HeadlineOrFiniteVerbPresent(string sentence, string participle)
    {
        var parse = shipped.Annotate(sentence);
        Assert.Equal("VBN", parse.Xpos[parse.Find(participle)]);
    }
}
