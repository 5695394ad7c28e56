using Entente.Core.Events;
using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Events;

/// <summary>Which phrase dates an event: not the "since X" of "the first … since X", the previous event's day for
/// "the next day", and a past month before a that-clause in the conditional.</summary>
public class EventDateTests
{
    private static IReadOnlyList<CodedEvent> Events(string text, string published)
        => TestData.Analyzer.Analyze(new SourceDocument("x.txt", text, "text", Published: DateOnly.Parse(published))).Events;

    [Theory]
    [InlineData("Putin made his first visit to North Korea since 2000, meeting Kim Jong Un in Pyongyang.")]
    [InlineData("The Russian president paid the first visit to North Korea since 2000 by a Kremlin leader.")]
    public void EventExtractor_DoesNotDateTheEventFromSince_WhenItIsTheFirstSinceX(string text)
    {
        var meetings = Events(text, "2024-06-21").Where(x => x.Cameo.StartsWith("04")).ToList();
        Assert.NotEmpty(meetings);
        Assert.All(meetings, e =>
        {
            Assert.NotNull(e.Date);
            Assert.True(e.Date!.Range.Start >= new DateOnly(2024, 1, 1), e.Date.ToString());
            Assert.NotEqual("since 2000", e.Date.Text);
        });
    }

    [Fact]
    public void EventExtractor_KeepsSinceAsTheRange_WhenItDatesTheEventItself()
    {
        var e = Assert.Single(Events("Iran has shipped attack drones to Russia since 2022.", "2024-06-21"));
        Assert.Equal(new DateOnly(2022, 1, 1), e.Date!.Range.Start);
    }

    [Theory]
    [InlineData("the following day")]
    [InlineData("the next day")]
    [InlineData("a day later")]
    public void Analyzer_DatesTheNextDay_FromThePreviousEventsDate(string phrase)
    {
        var text = $"On June 19, Putin arrived in Pyongyang for talks with Kim Jong Un. Putin met Lukashenko in Minsk {phrase}.";
        var events = Events(text, "2024-07-15");
        var second = Assert.Single(events, x => x.Target.Code == "BLR" || x.Source.Code == "BLR");
        Assert.Equal(new DateOnly(2024, 6, 20), second.Date!.Range.Start);
        Assert.Equal(new DateOnly(2024, 6, 20), second.Date.Range.End);
    }

    [Fact]
    public void Analyzer_KeepsAPastMonth_WhenAFollowingThatClauseSaysWould()
    {
        const string text = "In late April, Iranian officials told their Russian counterparts that Tehran would send more attack drones.";
        var r = TestData.Analyzer.Analyze(new SourceDocument("x.txt", text, "text", Published: new DateOnly(2024, 5, 10)));
        var date = Assert.Single(r.Entities, x => x.Kind == EntityKind.Date);
        Assert.Equal(new DateOnly(2024, 4, 21), date.Range!.Value.Start);
        Assert.Equal(new DateOnly(2024, 4, 30), date.Range.Value.End);
    }

    [Fact]
    public void Analyzer_ReadsAMonthAsTheNextOne_WhenTheFutureGovernsIt()
    {
        const string text = "Iranian officials said that the two sides would sign the treaty in late April.";
        var r = TestData.Analyzer.Analyze(new SourceDocument("x.txt", text, "text", Published: new DateOnly(2024, 5, 10)));
        var date = Assert.Single(r.Entities, x => x.Kind == EntityKind.Date);
        Assert.Equal(2025, date.Range!.Value.Start.Year);
    }

    [Fact]
    public void Analyzer_GivesTheNextDayNoDate_WhenNoEventWasDatedBefore()
    {
        var events = Events("Putin met Lukashenko in Minsk the next day.", "2024-07-15");
        var e = Assert.Single(events);
        Assert.Equal("publication", e.Date!.Basis);
    }

    [Fact]
    public void Analyzer_IgnoresACitationDate_AsTheAnchorOfTheNextDay()
    {
        const string text = "On June 19, Putin arrived in Pyongyang for talks with Kim Jong Un (Reuters, June 25). Putin met Lukashenko in Minsk the following day.";
        var second = Assert.Single(Events(text, "2024-07-15"), x => x.Target.Code == "BLR" || x.Source.Code == "BLR");
        Assert.Equal(new DateOnly(2024, 6, 20), second.Date!.Range.Start);
    }

    [Fact]
    public void EventExtractor_ReadsTheWeekdayAsPast_WhenOnlyACoordinatedVerbIsFuture()
    {
        // published on Friday 1 March 2024: "on Wednesday" is two days before, though "would take" follows
        var e = Events("Beijing's commerce ministry said on Wednesday it firmly opposed the sanctions on Chinese firms and would take steps in response.", "2024-03-01")
            .First(x => x.Cameo.StartsWith("11"));
        Assert.NotEqual(EventStatus.Planned, e.Status);
        Assert.Equal(new DateOnly(2024, 2, 28), e.Date?.Range.Start);
    }
}
