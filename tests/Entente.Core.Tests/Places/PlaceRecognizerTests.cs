using Entente.Core.Actors;
using Entente.Core.Places;
using Entente.Core.Text;

namespace Entente.Core.Tests.Places;

/// <summary>The place recognizer on its own: scenes, metonyms, names inside other names, and why a candidate was chosen.</summary>
public class PlaceRecognizerTests
{
    private static DocumentPlaces Recognize(string text)
    {
        var doc = SentenceSplitter.Default.Split(text);
        var actors = new ActorRecognizer(TestData.Knowledge.Actors).Recognize(doc);
        return new PlaceRecognizer(TestData.Knowledge.Places, TestData.Knowledge.Actors).Recognize(doc, actors);
    }

    [Fact]
    public void PlaceRecognizer_KeepsACapitalAsAnActor_WhenItIsUnparsedAndNoPrepositionHeadsIt()
    {
        var places = Recognize("Tehran condemned the decision.");
        Assert.DoesNotContain(places.Mentions, m => m.Scene);
    }

    [Fact]
    public void PlaceRecognizer_FindsTheCaseWord_PlaceNamesCoordinatedAsModifiers()
    {
        // "Khost and Paktika provinces" with both names modifiers of "provinces", which carries "in": Khost (a city too
        // small to be taken without a scene preposition) is still a scene
        var (doc, _) = Text.ParsedSentence.Given("Jets struck camps in Afghanistan's Khost and Paktika provinces.",
            "NOUN/NNS/2/nsubj VERB/VBD/0/root NOUN/NNS/2/obj ADP/IN/10/case PROPN/NNP/10/nmod:poss PART/POS/5/case PROPN/NNP/10/compound "
            + "CCONJ/CC/9/cc PROPN/NNP/7/conj NOUN/NNS/3/nmod PUNCT/./2/punct");
        var actors = new ActorRecognizer(TestData.Knowledge.Actors).Recognize(doc);
        var places = new PlaceRecognizer(TestData.Knowledge.Places, TestData.Knowledge.Actors).Recognize(doc, actors);
        var khost = Assert.Single(places.Mentions, m => m.Text == "Khost");
        Assert.Equal("in", khost.Cased);
        Assert.True(khost.Scene);
    }

    [Fact]
    public void PlaceRecognizer_ReadsNoPlace_InsideALongerCapitalisedName()
    {
        var places = Recognize("Fans of Paris Saint-Germain gathered in Lyon.");
        var m = Assert.Single(places.Mentions);
        Assert.Equal(("Lyon", "FRA"), (m.Text, m.Place.Country));
    }

    [Fact]
    public void PlaceRecognizer_SaysWhy_WhenAStateOfTheDocumentDecides()
    {
        var places = Recognize("Ukrainian officials said the Russian army shelled Donetsk and Kramatorsk.");
        var donetsk = Assert.Single(places.Mentions, m => m.Text == "Donetsk");
        Assert.Equal("UKR", donetsk.Place.Country);
        Assert.Contains("candidates", donetsk.Why);
        Assert.Contains("places.tsv:", donetsk.Why);
    }

    [Fact]
    public void PlaceRecognizer_FindsTheDateline_WithTheStateAfterTheComma()
    {
        var places = Recognize("TRIPOLI, Lebanon (Wire) - Clashes broke out overnight.");
        var d = Assert.IsType<PlaceMention>(places.Dateline);
        Assert.Equal(("LBN", "city"), (d.Place.Country, d.Place.Precision));
    }
}
