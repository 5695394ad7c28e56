using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Pipeline;

public class AnalyzerTests
{
    private static readonly Lazy<Analyzer> WithLanguage = new(() => new Analyzer(TestData.Knowledge, new AnalyzerOptions(DetectLanguage: true)));

    [Fact]
    public void Analyzer_SkipsWithWarning_WhenDocumentIsNotEnglish()
    {
        const string russian = "Министр иностранных дел России провёл переговоры со своим иранским коллегой в Москве. Стороны обсудили торговлю и поставки зерна.";
        var r = WithLanguage.Value.Analyze(new SourceDocument("ru.txt", russian, "text", Published: new DateOnly(2024, 3, 1)));
        Assert.True(r.Skipped);
        Assert.Equal("ru", r.Language);
        Assert.Empty(r.Events);
        Assert.Contains(r.Warnings, w => w.Contains("not supported"));
    }

    [Fact]
    public void Analyzer_StopsWithCancellation_WhenTokenIsCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var doc = new SourceDocument("x.txt", "Iran met Russia in Tehran. Turkey condemned Israel.", "text", Published: new DateOnly(2024, 3, 1));
        Assert.ThrowsAny<OperationCanceledException>(() => TestData.Analyzer.Analyze(doc, cancelled.Token));
        Assert.Equal(2, TestData.Analyzer.Analyze(doc).Events.Length);
    }

    [Theory]
    [InlineData("Azer\u200Bbaijan shelled Armenian positions near the border on Tuesday, the ministry in Yerevan said.")]
    [InlineData("Azerbaijan shelled Arme\u00ADnian positions near the border on Tuesday, the ministry in Yerevan said.")]
    [InlineData("\u2067Azerbaijan\u2069 shelled Armenian positions near the border on Tuesday, the ministry in Yerevan said.")]
    public void Analyzer_CodesEvent_WhenANameHasAnInvisibleCharacter(string text)
    {
        var r = TestData.Analyzer.Analyze(new SourceDocument("zw.txt", text, "text", Published: new DateOnly(2024, 3, 1)));
        var e = Assert.Single(r.Events);
        Assert.Equal(("AZE", "ARM"), (e.Source.Code, e.Target.Code));
        // offsets point into the text as written, invisible characters and all
        Assert.Equal(text[e.Evidence.Start..e.Evidence.End], e.Evidence.Text);
        Assert.Equal(text.Length, e.Evidence.End);
    }

    [Theory]
    [InlineData("Japan sent patrol boats to the Philippines on 3 May 2024.")]
    [InlineData("Chile expelled Venezuelan diplomats")]
    public void Analyzer_CodesShortAsciiTextAsEnglishWithWarning_WhenDetectorNamesAnotherLanguage(string text)
    {
        var r = WithLanguage.Value.Analyze(new SourceDocument("short.txt", text, "text", Published: new DateOnly(2024, 6, 1)));
        Assert.False(r.Skipped);
        Assert.Equal("en", r.Language);
        Assert.NotEmpty(r.Events);
        if (r.Warnings.Any(w => w.StartsWith("language identified as", StringComparison.Ordinal)))
            Assert.Contains(r.Warnings, w => w.Contains("analysed as English") && w.Contains("hint:"));
    }

    [Fact]
    public void Analyzer_StillSkipsShortText_WhenItsLettersAreNotAscii()
    {
        var r = WithLanguage.Value.Analyze(new SourceDocument("fr.txt", "La France a condamné les essais nucléaires de la Corée du Nord.", "text", Published: new DateOnly(2024, 6, 1)));
        Assert.True(r.Skipped);
        Assert.Equal("fr", r.Language);
    }

    [Fact]
    public void Analyzer_CodesEnglish_WhenLanguageDetectionIsOn()
    {
        var r = WithLanguage.Value.Analyze(new SourceDocument("en.txt", "Iran has supplied Russia with hundreds of drones, according to Reuters.", "text", Published: new DateOnly(2024, 3, 1)));
        Assert.False(r.Skipped);
        Assert.Equal("en", r.Language);
        var e = Assert.Single(r.Events);
        Assert.Equal("Reuters", Assert.Single(e.Sources).Outlet);
    }

    [Fact]
    public void Analyzer_InfersPublicationDateAndWarns_WhenNoneIsGiven()
    {
        const string text = "Moscow and Tehran signed a new accord on energy (Tasnim, March 3, 2024). Officials in both capitals praised the deal.";
        var r = TestData.Analyzer.Analyze(new SourceDocument("x.txt", text, "text"));
        Assert.Equal(new DateOnly(2024, 3, 3), r.Published);
        Assert.Contains(r.Warnings, w => w.Contains("inferred 2024-03-03"));
    }

    [Fact]
    public void Analyzer_ResolvesCitationDates_AgainstThePublicationDate()
    {
        const string text = "Iran has supplied Russia with missiles (Ukrainska Pravda, February 21). Tehran denied this (Amwaj, October 23, 2023).";
        var r = TestData.Analyzer.Analyze(new SourceDocument("x.txt", text, "text", Published: new DateOnly(2024, 2, 27)));
        Assert.Contains(r.Citations, c => c.Citation.Outlet == "Ukrainska Pravda" && c.Citation.Date == new DateOnly(2024, 2, 21));
        Assert.Contains(r.Citations, c => c.Citation.Date == new DateOnly(2023, 10, 23));
    }

    [Fact]
    public void Analyzer_ExplainsEveryEvent_WithPatternAndDictionaryEntries()
    {
        var r = TestData.Analyzer.Analyze(new SourceDocument("x.txt", "Turkey condemned Israel's strikes on Rafah.", "text", Published: new DateOnly(2024, 3, 1)));
        var e = Assert.Single(r.Events);
        Assert.StartsWith("data/patterns/events.tsv:", e.Why.Pattern);
        Assert.Equal("condemned", e.Why.Trigger);
        Assert.All(e.Why.Entries, x => Assert.StartsWith("data/actors/", x));
    }

    [Fact]
    public void Analyzer_RecordsEveryEntityAsASpanOnTheDoc_WhenItRecognisesThem()
    {
        const string text = "On March 3, Iran has supplied Russia with approximately 300 Fateh-110 missiles worth $2 billion (Kyiv Independent, March 3).";
        var r = TestData.Analyzer.Analyze(new SourceDocument("x.txt", text, "text", Published: new DateOnly(2024, 3, 10)));
        var doc = Assert.IsType<Doc>(r.Doc);
        Assert.Equal(r.Entities.Length, doc.Spans.Count);
        foreach (var (span, entity) in doc.Spans.Zip(r.Entities))
        {
            Assert.Equal((entity.Start, entity.End), (span.Start, span.End));
            Assert.Equal(entity.Kind == EntityKind.Organization ? "ORG" : entity.Kind.ToString().ToUpperInvariant(), span.Label);
            // the token range covers the characters, and no more than the tokens they touch
            Assert.True(doc.Tokens[span.FirstToken].Start <= span.Start && span.End <= doc.Tokens[span.EndToken - 1].End, span.ToString());
            Assert.True(doc.Tokens[span.FirstToken].End > span.Start && doc.Tokens[span.EndToken - 1].Start < span.End, span.ToString());
        }
        Assert.Contains(doc.Spans, s => s is { Label: SpanLabel.State, Code: "IRN" } && doc.SurfaceString(s.FirstToken, s.EndToken) == "Iran");
        Assert.Contains(doc.Spans, s => s.Label == SpanLabel.Date && doc.SurfaceString(s.FirstToken, s.EndToken) == "March 3");
        Assert.Contains(doc.Spans, s => s.Label == SpanLabel.Equipment && doc.SurfaceString(s.FirstToken, s.EndToken).Contains("Fateh-110"));
        Assert.Contains(doc.Spans, s => s.Label == SpanLabel.Quantity);
        Assert.Contains(doc.Spans, s => s.Label == SpanLabel.Money);
        Assert.Contains(doc.Spans, s => s.Label == SpanLabel.Outlet);
    }

    [Fact]
    public void Analyzer_GivesNoDoc_WhenDocumentIsSkipped()
    {
        var r = WithLanguage.Value.Analyze(new SourceDocument("ru.txt", "Министр иностранных дел России провёл переговоры со своим иранским коллегой в Москве.", "text"));
        Assert.True(r.Skipped);
        Assert.Null(r.Doc);
    }
}
