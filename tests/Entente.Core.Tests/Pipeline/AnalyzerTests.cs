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
}
