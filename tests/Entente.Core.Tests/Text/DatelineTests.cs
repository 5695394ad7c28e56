using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The wire dateline opening a paragraph (<see cref="Dateline"/>) and the syntax stage parsing it apart from the body it opens.</summary>
public class DatelineTests
{
    private static readonly Lazy<SyntaxAnnotator> Shared = new(() => new SyntaxAnnotator(TestData.Knowledge.Syntax));

    [Theory]
    [InlineData("VILNIUS, Feb 3 (Baltic Courier) - Lithuanian border guards turned back four trucks at the crossing.", "Lithuanian")]
    [InlineData("MOMBASA, Kenya, June 2 (Coastline Wire) - Port workers walked off the job on Friday.", "Port")]
    [InlineData("ISTANBUL/ATHENS, Nov 12 (Aegean Desk) - Greece and Turkey agreed to reopen talks.", "Greece")]
    [InlineData("THE HAGUE (Court Desk) — Judges opened the hearing on Monday.", "Judges")]
    [InlineData("QUITO: Ecuador declared a state of emergency in two provinces.", "Ecuador")]
    public void Dateline_FindsBodyStart_WireOpening(string text, string firstBodyWord)
    {
        var doc = SentenceSplitter.Default.Split(text);
        int body = Dateline.BodyStart(doc, doc.Sentences[0]);
        Assert.True(body > 0, "no dateline found");
        Assert.Equal(firstBodyWord, doc.Surface(body).ToString());
    }

    [Theory]
    [InlineData("NATO and Sweden - a long road to membership ended on Thursday.")]
    [InlineData("EU ministers met in Brussels on Monday - and agreed nothing.")]
    [InlineData("Talks resumed in Doha - officials said little.")]
    [InlineData("KYIV - Ukraine")]
    public void Dateline_FindsNothing_NoWireOpening(string text)
    {
        var doc = SentenceSplitter.Default.Split(text);
        Assert.Equal(-1, Dateline.BodyStart(doc, doc.Sentences[0]));
    }

    [Fact]
    public void Dateline_FindsNothing_NotFirstSentenceOfParagraph()
    {
        var doc = SentenceSplitter.Default.Split("Fighting went on overnight. RIGA, May 4 (Wire) - Latvia closed two crossings.");
        Assert.Equal(2, doc.Sentences.Count);
        Assert.Equal(-1, Dateline.BodyStart(doc, doc.Sentences[1]));
    }

    [Fact]
    public void SyntaxAnnotator_ParsesBodyApart_DatelineBeforeIt()
    {
        var (doc, find) = ParsedSentence.With(Shared.Value, "BAKU, Sept 21 (Caspian Wire) - Azerbaijani troops shelled positions near the town of Lachin on Thursday.");
        int verb = find("shelled"), subject = find("troops"), city = find("BAKU");
        ParsedSentence.AssertArc(doc, verb, -1, "root");
        ParsedSentence.AssertArc(doc, subject, verb, "nsubj");
        // the dateline hangs on the body's root as one unit, and every token of the sentence has a parse
        ParsedSentence.AssertArc(doc, city, verb, "dep");
        Assert.True(doc.IsParsed(doc.Sentences[0]));
        for (int i = find("BAKU") + 1; i < find("-"); i++) Assert.True(doc.IsBelow(i, city), $"token {doc.Surface(i)} is outside the dateline's tree");
    }

    [Fact]
    public void SyntaxAnnotator_ParsesListItemApart_BulletBeforeIt()
    {
        var (doc, find) = ParsedSentence.With(Shared.Value, "- Guinea, Chad and Sudan announced on Monday that they would leave the regional bloc.");
        Assert.True(Dateline.IsBullet(doc, doc.Sentences[0]));
        int verb = find("announced");
        ParsedSentence.AssertArc(doc, verb, -1, "root");
        ParsedSentence.AssertArc(doc, find("-"), verb, "punct");
    }
}
