using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Events;

/// <summary>Which sentence's citations an event carries (issue 12, item 4). Texts written for these tests.</summary>
public class EventCitationTests
{
    private static AnalyzedDocument Analyze(string text, string format = "text") =>
        TestData.Analyzer.Analyze(new SourceDocument("cite.txt", text, format, Published: new DateOnly(2024, 6, 1)));

    [Fact]
    public void EventExtractor_DoesNotCarryACitationForward_OntoTheNextSentence()
    {
        var r = Analyze("China began large drills around Taiwan (Xinhua, May 23). Taipei condemned the drills.");
        var condemn = Assert.Single(r.Events, e => e.Evidence.Text.StartsWith("Taipei"));
        Assert.Empty(condemn.Sources);
        Assert.NotEqual("citation", condemn.Date?.Basis);
        Assert.Contains(r.Events, e => e.Evidence.Text.StartsWith("China") && e.Sources.Any(s => s.Outlet == "Xinhua"));
    }

    [Fact]
    public void EventExtractor_DoesNotBorrowACitation_FromASentenceAboutAnotherActor()
    {
        var r = Analyze("Taipei condemned China over the drills. The United States urged Beijing to end its pressure on the island (Reuters, May 24).");
        var condemn = Assert.Single(r.Events, e => e.Evidence.Text.StartsWith("Taipei"));
        Assert.Empty(condemn.Sources);
    }

    [Fact]
    public void EventExtractor_KeepsATrailingCitation_OnBothSentencesOfACitedBullet()
    {
        const string text = "Summary:\n\n- Iran delivered a batch of drones to Russia in April. Iran sent them across the Caspian Sea (Reuters, May 2).\n";
        var r = Analyze(text, "markdown");
        var delivered = Assert.Single(r.Events, e => e.Evidence.Text.Contains("Iran delivered"));
        Assert.Equal("Reuters", Assert.Single(delivered.Sources).Outlet);
        // the borrowed citation does not date the earlier sentence's event: it keeps its own "in April"
        Assert.Equal("text", delivered.Date?.Basis);
        Assert.Equal(4, delivered.Date!.Range.Start.Month);
    }

    [Fact]
    public void EventExtractor_DoesNotDateAnEvent_ByACitationItBorrowed()
    {
        var r = Analyze("Russia and Iran signed a new accord on energy. Iran will supply gas under the accord (TASS, May 20).");
        var signed = Assert.Single(r.Events, e => e.Evidence.Text.StartsWith("Russia and Iran signed"));
        Assert.Contains(signed.Sources, s => s.Outlet == "TASS");
        Assert.NotEqual("citation", signed.Date?.Basis);
    }

    [Fact]
    public void EventExtractor_CreditsEverySentenceOfAWireStory_ToItsDatelineCredit()
    {
        var r = Analyze("MOSCOW (Reuters) - Russia hosted a senior Iranian delegation on Monday. Iran thanked Moscow for its support.");
        var thanked = Assert.Single(r.Events, e => e.Evidence.Text.StartsWith("Iran thanked"));
        Assert.Equal("Reuters", Assert.Single(thanked.Sources).Outlet);
    }
}
