using Entente.Syntax.Tagging;
using Entente.Syntax.Tests.ShippedModel;

namespace Entente.Syntax.Tests.Tagging;

/// <summary>The shipped model's lemmatiser: table entries, irregular forms, learned suffix rules, proper nouns.</summary>
[Collection(ShippedModelCollection.Name)]
public class LemmatizerTests(ShippedModelFixture shipped)
{
    private Lemmatizer Lemmatizer => shipped.Model.Lemmatizer;

    [Theory]
    [InlineData("supplied", "VERB", "VBD", "supply")]
    [InlineData("sanctions", "NOUN", "NNS", "sanction")]
    [InlineData("met", "VERB", "VBD", "meet")]
    [InlineData("talks", "NOUN", "NNS", "talk")]
    [InlineData("Russia", "PROPN", "NNP", "Russia")]
    [InlineData("countries", "NOUN", "NNS", "country")]
    [InlineData("was", "AUX", "VBD", "be")]
    [InlineData("were", "AUX", "VBD", "be")]
    [InlineData("has", "AUX", "VBZ", "have")]
    [InlineData("seized", "VERB", "VBD", "seize")]
    [InlineData("signed", "VERB", "VBN", "sign")]
    [InlineData("held", "VERB", "VBN", "hold")]
    [InlineData("shot", "VERB", "VBN", "shoot")]
    [InlineData("sold", "VERB", "VBD", "sell")]
    [InlineData("went", "VERB", "VBD", "go")]
    [InlineData("children", "NOUN", "NNS", "child")]
    [InlineData("Delivered", "VERB", "VBD", "deliver")]
    [InlineData("ministers", "NOUN", "NNS", "minister")]
    [InlineData("better", "ADJ", "JJR", "good")]
    [InlineData("Ukraine", "PROPN", "NNP", "Ukraine")]
    [InlineData("NATO", "PROPN", "NNP", "NATO")]
    public void Lemma_GivesDictionaryForm_RegularAndIrregularWords(string form, string upos, string xpos, string lemma)
    {
        Span<char> scratch = stackalloc char[Lemmatizer.ScratchLength];
        Assert.Equal(lemma, Lemmatizer.Lemma(form, upos, xpos, scratch));
    }

    [Theory]
    [InlineData("shelled", "VBD", "shell")]
    [InlineData("quelled", "VBD", "quell")]
    [InlineData("shelling", "VBG", "shell")]
    [InlineData("travelled", "VBD", "travel")]
    [InlineData("cancelled", "VBN", "cancel")]
    [InlineData("patrolled", "VBD", "patrol")]
    [InlineData("stopped", "VBD", "stop")]
    // no silent e after a consonant and b ("bombe", "absorbe"), where the rule learned from "described" would write one
    [InlineData("bombed", "VBD", "bomb")]
    [InlineData("absorbed", "VBN", "absorb")]
    [InlineData("curbed", "VBD", "curb")]
    [InlineData("described", "VBD", "describe")]
    [InlineData("bribed", "VBN", "bribe")]
    [InlineData("changed", "VBD", "change")]
    // nor after a long vowel spelt with two letters ("raide"), but after a sibilant or a two-syllable vowel pair
    [InlineData("raided", "VBD", "raid")]
    [InlineData("unloaded", "VBD", "unload")]
    [InlineData("raised", "VBD", "raise")]
    [InlineData("seized", "VBD", "seize")]
    [InlineData("created", "VBN", "create")]
    [InlineData("negotiated", "VBD", "negotiate")]
    [InlineData("guided", "VBD", "guide")]
    [InlineData("quoted", "VBD", "quote")]
    public void Lemma_FollowsEnglishSpelling_AtTheStemEnd(string form, string xpos, string lemma)
    {
        Span<char> scratch = stackalloc char[Lemmatizer.ScratchLength];
        Assert.Equal(lemma, Lemmatizer.Lemma(form, "VERB", xpos, scratch));
    }

    [Theory]
    [InlineData("Zelenskyy", "PROPN", "NNP", "Zelenskyy")]
    [InlineData("Quxbrqk", "NOUN", "NN", "quxbrqk")]
    [InlineData("", "NOUN", "NN", "")]
    public void Lemma_KeepsForm_UnknownWord(string form, string upos, string xpos, string lemma)
    {
        Span<char> scratch = stackalloc char[Lemmatizer.ScratchLength];
        Assert.Equal(lemma, Lemmatizer.Lemma(form, upos, xpos, scratch));
    }

    [Fact]
    public void Lemma_GivesFormLowerCased_FormLongerThanMaxForm()
    {
        var form = "Supplied" + new string('s', Lemmatizer.MaxForm);
        Span<char> scratch = stackalloc char[Lemmatizer.ScratchLength];
        Assert.Equal(form.ToLowerInvariant(), Lemmatizer.Lemma(form, "VERB", "VBD", scratch));
        Assert.Equal(form, Lemmatizer.Lemma(form, "PROPN", "NNP", scratch));
    }

    [Fact]
    public void Lemma_IsSameWithFreshOrDirtyScratch_RepeatedCalls()
    {
        Span<char> scratch = stackalloc char[Lemmatizer.ScratchLength];
        scratch.Fill('#');
        var first = Lemmatizer.Lemma("countries", "NOUN", "NNS", scratch);
        Lemmatizer.Lemma("Transcontinentalarmsembargoverificationcommissions", "NOUN", "NNS", scratch);
        Assert.Equal(first, Lemmatizer.Lemma("countries", "NOUN", "NNS", scratch));
    }

    [Fact]
    public void Lemma_KeepsProperAndCommonReadingsApart_SameFormAskedAgain()
    {
        // the second round is answered from the memo: it must give what the first computed, reading by reading
        Span<char> scratch = stackalloc char[Lemmatizer.ScratchLength];
        var first = new List<string>();
        for (int round = 0; round < 2; round++)
        {
            var lemmas = new[]
            {
                Lemmatizer.Lemma("Marches", "PROPN", "NNPS", scratch), Lemmatizer.Lemma("Marches", "NOUN", "NNS", scratch),
                Lemmatizer.Lemma("Russia", "PROPN", "NNP", scratch), Lemmatizer.Lemma("Russia", "NOUN", "NN", scratch),
                Lemmatizer.Lemma("supplied", "VERB", "VBD", scratch), Lemmatizer.Lemma("supplied", "VERB", "VBN", scratch),
            };
            Assert.StartsWith("March", lemmas[0]);
            Assert.Equal("march", lemmas[1]);
            Assert.Equal("Russia", lemmas[2]);
            Assert.Equal("russia", lemmas[3]);
            Assert.Equal("supply", lemmas[4]);
            if (round == 0) first.AddRange(lemmas);
            else Assert.Equal(first, lemmas);
        }
    }

    [Fact]
    public void Annotate_WritesLemmas_NewsSentence()
    {
        var parse = shipped.Annotate("Iran supplied drones and missiles to Russia's forces.");
        Assert.Equal(["Iran", "supply", "drone", "and", "missile", "to", "Russia", "'s", "force", "."], parse.Lemmas);
    }
}
