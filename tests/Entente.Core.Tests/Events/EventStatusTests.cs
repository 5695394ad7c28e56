using Entente.Core.Events;
using Entente.Core.Text;

namespace Entente.Core.Tests.Events;

/// <summary>Status and confidence of coded events (the month "May" is a date, not the modal "may"), and their order in a sentence.</summary>
public class EventStatusTests
{
    private static CodedEvent Single(string text)
    {
        var r = TestData.Analyzer.Analyze(new SourceDocument("x.txt", text, "text", Published: new DateOnly(2023, 9, 1)));
        return Assert.Single(r.Events);
    }

    [Theory]
    [InlineData("In May, Russia received attack drones from Iran.")]
    [InlineData("On May 3, Iran delivered a batch of attack drones to Russia.")]
    [InlineData("Iran delivered a batch of attack drones to Russia in May 2023.")]
    [InlineData("Since May, Iran has shipped attack drones to Russia.")]
    [InlineData("By May, Iran had shipped attack drones to Russia.")]
    public void EventExtractor_ReportsTheEvent_WhenMayIsTheMonth(string text)
    {
        var e = Single(text);
        Assert.Equal(EventStatus.Reported, e.Status);
        Assert.DoesNotContain(e.Why.Cues, c => c.StartsWith("estimative"));
        Assert.NotNull(e.Date);
        Assert.Equal("text", e.Date!.Basis);
        // the range touches May 2023 (the month itself, from it, or up to it)
        Assert.True(e.Date.Range.Start <= new DateOnly(2023, 5, 31) && e.Date.Range.End >= new DateOnly(2023, 5, 1), e.Date.ToString());
    }

    [Fact]
    public void EventExtractor_AssessesTheEvent_WhenMayIsTheModal()
    {
        var e = Single("Iran may have delivered attack drones to Russia.");
        Assert.Equal(EventStatus.Assessed, e.Status);
        Assert.Contains(e.Why.Cues, c => c.StartsWith("estimative: may"));
    }

    [Theory]
    [InlineData("Jordanian journalists detained by Syria last year were released by Damascus on Tuesday.", "0841", "173")]
    [InlineData("After Russia attacked Ukraine, Poland condemned Moscow.", "111", "190")]
    public void EventExtractor_PutsTheMainClausesEventFirst_WhenAnEmbeddedOneComesEarlier(string text, string main, string embedded)
    {
        var r = TestData.Analyzer.Analyze(new SourceDocument("x.txt", text, "text", Published: new DateOnly(2024, 3, 1)));
        Assert.Equal(main, r.Events[0].Cameo);
        Assert.Contains(r.Events, e => e.Cameo == embedded);
    }
}
