using Entente.Core.Events;
using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Pipeline;

/// <summary>The syntax stage inside the analyzer: which sentences it parses, that events are still coded, and very long sentences.</summary>
public class AnalyzerSyntaxTests
{
    // our own words: two paragraphs; two sentences with actors and an event word, three without one or the other
    private const string Article =
        "Iran delivered drones to Russia in May 2023. The weather in the region was mild that spring.\n\n" +
        "Analysts said the shipments continued through the summer. Ukraine condemned Iran over the transfers. " +
        "Russia is a very large country.\n";

    private static AnalyzedDocument Analyze(string text)
        => TestData.Analyzer.Analyze(new SourceDocument("drones.txt", text, "text", Published: new DateOnly(2023, 6, 1)));

    private static Sentence SentenceStarting(Doc doc, string start)
        => doc.Sentences.Single(s => doc.Text.AsSpan(s.Start).StartsWith(start, StringComparison.Ordinal));

    [Theory]
    [InlineData("Iran delivered drones", true)]
    [InlineData("Ukraine condemned Iran", true)]
    [InlineData("The weather in the region", false)] // no actor
    [InlineData("Analysts said the shipments", false)] // no actor
    [InlineData("Russia is a very large country", false)] // an actor, but no word that can carry an event
    public void Analyze_ParsesOnlySentencesThatMayCarryAnEvent_TwoParagraphArticle(string sentence, bool parsed)
    {
        var r = Analyze(Article);
        var doc = Assert.IsType<Doc>(r.Doc);
        Assert.Equal(5, doc.Sentences.Count);
        var s = SentenceStarting(doc, sentence);
        Assert.Equal(parsed, doc.IsParsed(s));
        for (int i = s.FirstToken; i < s.EndToken; i++)
            Assert.Equal(parsed, doc.Tokens[i].Upos != Upos.None); // not parsed means not tagged either
    }

    [Fact]
    public void Analyze_LeavesHeadingUnparsed_HeadingWithActorAndTrigger()
    {
        // a title line (no closing punctuation) is a heading: the event coder skips it, so it is not parsed either
        var doc = Analyze("Iran Sends Drones to Russia\n\nIran delivered drones to Russia in May 2023.\n").Doc!;
        Assert.True(doc.Sentences[0].IsHeading);
        Assert.False(doc.IsParsed(doc.Sentences[0]));
        Assert.True(doc.IsParsed(doc.Sentences[1]));
    }

    [Fact]
    public void Analyze_WritesAParseOnTheDoc_WhenSentenceCarriesAnEvent()
    {
        var doc = Analyze(Article).Doc!;
        var s = SentenceStarting(doc, "Iran delivered drones");
        int delivered = s.FirstToken + 1;
        Assert.Equal("delivered", doc.Surface(delivered).ToString());
        Assert.True(doc.Tokens[delivered].IsRoot);
        Assert.Equal("deliver", doc.Tokens[delivered].Lemma);
        Assert.Equal(("nsubj", delivered), (doc.Tokens[s.FirstToken].Deprel, doc.Head(s.FirstToken)));
        Assert.Equal(("obj", delivered), (doc.Tokens[s.FirstToken + 2].Deprel, doc.Head(s.FirstToken + 2)));
        // the recognised spans are still there, over the same tokens
        Assert.Contains(doc.Spans, x => x is { Label: SpanLabel.State, Code: "IRN", FirstToken: var f } && f == s.FirstToken);
    }

    [Fact]
    public void Analyze_CodesTheEventAsBefore_SimpleSentence()
    {
        var r = Analyze("Iran delivered drones to Russia in May 2023.");
        var e = Assert.Single(r.Events);
        Assert.Equal("072", e.Cameo);
        Assert.Equal("IRN", e.Source?.Code);
        Assert.Equal("RUS", e.Target?.Code);
        Assert.Equal("in May 2023", e.Date.Text);
        Assert.Equal(new DateOnly(2023, 5, 1), e.Date.Range.Start);
        Assert.Equal(new DateOnly(2023, 5, 31), e.Date.Range.End);
        Assert.Equal(EventStatus.Reported, e.Status);
        Assert.Equal("delivered", e.Why.Trigger);
        Assert.True(r.Doc!.IsParsed(0));
    }

    [Fact]
    public void Analyze_CodesBothEvents_TwoParagraphArticle()
    {
        var r = Analyze(Article);
        Assert.Equal(
            [("072", "IRN", "RUS"), ("111", "UKR", "IRN")],
            r.Events.Select(e => (e.Cameo, e.Source?.Code, e.Target?.Code)).OrderBy(x => x.Cameo));
        Assert.DoesNotContain(r.Warnings, w => w.Contains("parser"));
    }

    [Fact]
    public void Analyze_WarnsAndCodesTheRest_WhenASentenceHasFiveThousandTokens()
    {
        // one sentence of 5,000+ tokens with an actor and an event word (so it is selected for parsing), then a normal one
        var huge = "Iran sent drones to Russia, " + string.Join(' ', Enumerable.Repeat("and more drones", 1700)) + ".";
        var r = Analyze(huge + "\n\nUkraine condemned Iran over the transfers.\n");
        var doc = r.Doc!;
        Assert.Equal(2, doc.Sentences.Count);
        Assert.True(doc.Sentences[0].TokenCount >= 5000);

        var warning = Assert.Single(r.Warnings, w => w.Contains("parser's limit"));
        Assert.Contains($"sentence 1 has {doc.Sentences[0].TokenCount} tokens", warning);
        Assert.Contains("tagged, not parsed", warning);
        Assert.False(doc.IsParsed(0));
        Assert.Equal(Upos.PROPN, doc.Tokens[0].Upos); // tagged all the same

        // the next sentence is parsed and its event found
        Assert.True(doc.IsParsed(1));
        Assert.Contains(r.Events, e => (e.Cameo, e.Source?.Code, e.Target?.Code) == ("111", "UKR", "IRN") && e.Evidence.Sentence == 1);
        Assert.False(r.Skipped);
    }

    [Fact]
    public void Analyze_LeavesTheDocUnparsed_WhenNoSentenceHasAnActor()
    {
        var r = Analyze("The weather was mild that spring. Analysts said prices rose.");
        Assert.Empty(r.Events);
        var doc = r.Doc!;
        Assert.All(doc.Sentences, s => Assert.False(doc.IsParsed(s)));
        Assert.All(doc.Tokens.Take(doc.TokenCount), t => Assert.Equal(Upos.None, t.Upos));
    }
}
