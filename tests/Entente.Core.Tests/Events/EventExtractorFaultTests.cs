using Entente.Core.Actors;
using Entente.Core.Events;
using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Events;

/// <summary>One sentence that cannot be coded costs that sentence, with a warning naming the document and the sentence,
/// never the document; and the sentences that used to throw are coded.</summary>
public class EventExtractorFaultTests
{
    /// <summary>About 300 words of talk without a full stop: the sentence is longer than the parser's limit, so the
    /// word-order rules code it.</summary>
    private static readonly string LongTail = string.Concat(Enumerable.Repeat(" while the delegations kept talking in the hall", 40));

    private static AnalyzedDocument Analyze(string text) =>
        TestData.Analyzer.Analyze(new SourceDocument("long.txt", text, "text", Published: new DateOnly(2024, 3, 1)));

    [Fact]
    public void EventExtractor_CodesSentence_WhenUnparsedSentenceStartsWithAndBeforeAnActor()
    {
        var d = Analyze("And Egypt attacked Cyprus" + LongTail + ".");
        Assert.DoesNotContain(d.Warnings, w => w.Contains("could not be coded"));
        var e = Assert.Single(d.Events);
        Assert.Equal(("EGY", "CYP"), (e.Source.Code, e.Target.Code));
    }

    [Fact]
    public void EventExtractor_DoesNotThrow_WhenUnparsedDocumentStartsWithIngTriggerBeforeOf()
    {
        var d = Analyze("Sending of drones to Russia by Iran" + LongTail + ".");
        Assert.DoesNotContain(d.Warnings, w => w.Contains("could not be coded"));
    }

    [Fact]
    public void EventExtractor_WarnsAndCodesTheOtherSentences_WhenOneSentenceThrows()
    {
        const string source = "Egypt attacked Cyprus. Iran condemned Israel.";
        var text = SentenceSplitter.Default.Split(source);
        var actors = new ActorRecognizer(TestData.Knowledge.Actors).Recognize(text);
        var facts = text.Sentences.Select(s => new SentenceFacts(s, actors.Where(a => a.Sentence == s.Index).ToList(), [], [], [], [])).ToList();
        // a mention whose tokens lie before the text: coding the first sentence reads outside the token array
        var broken = facts[0].Actors[0] with { FirstToken = -7, EndToken = -6 };
        facts[0] = facts[0] with { Actors = [broken, .. facts[0].Actors.Skip(1)] };
        var failed = new List<(int Sentence, Exception Error)>();

        var events = new EventExtractor(TestData.Knowledge).Extract(text, facts, new DateOnly(2024, 3, 1), (s, ex) => failed.Add((s.Index, ex)));

        Assert.Equal(0, Assert.Single(failed).Sentence);
        var e = Assert.Single(events);
        Assert.Equal(("IRN", "ISR", 1), (e.Source.Code, e.Target.Code, e.Evidence.Sentence));
    }

    [Fact]
    public void Analyzer_WarningNamesDocumentAndSentence_WhenASentenceCannotBeCoded()
    {
        var doc = new SourceDocument("feeds/items.jsonl", "Egypt attacked Cyprus. Iran condemned Israel.", "jsonl", Line: 17);
        var second = SentenceSplitter.Default.Split(doc.Text).Sentences[1];

        var w = Analyzer.SentenceFailure(doc, second, new IndexOutOfRangeException("Index was outside the bounds of the array."));

        Assert.StartsWith("feeds/items.jsonl:17: sentence 2 (characters 23-45, \"Iran condemned Israel.\") could not be coded: IndexOutOfRangeException", w);
        Assert.Contains("hint:", w);
    }
}
