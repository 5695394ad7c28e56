using Entente.Core.Events;
using Entente.Corpus.Merge;
using Entente.Corpus.Model;

namespace Entente.Corpus.Tests.Merge;

public sealed class EventAggregatorTests
{
    private static readonly EventAggregator Aggregator = new(TestKit.Grader, TestKit.Knowledge.Cameo.IsSymmetric);

    public static IEnumerable<object[]> StatusCases()
    {
        yield return [new[] { EventStatus.Reported, EventStatus.Denied }, ReconciledStatus.Contested];
        yield return [new[] { EventStatus.Confirmed, EventStatus.Denied, EventStatus.Reported }, ReconciledStatus.Contested];
        yield return [new[] { EventStatus.Denied, EventStatus.Denied }, ReconciledStatus.Denied];
        yield return [new[] { EventStatus.Planned, EventStatus.Reported }, ReconciledStatus.Reported];
        yield return [new[] { EventStatus.Reported, EventStatus.Confirmed }, ReconciledStatus.Confirmed];
        yield return [new[] { EventStatus.Assessed, EventStatus.Planned }, ReconciledStatus.Assessed];
        yield return [new[] { EventStatus.Planned }, ReconciledStatus.Planned];
        yield return [new[] { EventStatus.Hypothetical }, ReconciledStatus.Hypothetical];
    }

    [Theory]
    [MemberData(nameof(StatusCases))]
    public void EventAggregator_ReconcilesStatus_FromAllReports(EventStatus[] statuses, ReconciledStatus expected)
    {
        var ms = statuses.Select((s, i) => Mentions.Make("k" + i, "2024-03-01", "2024-03-02", status: s)).ToList();
        Assert.Equal(expected, EventAggregator.ReconcileStatus(ms));
        Assert.Equal(expected, Aggregator.Aggregate("E1", ms).Status);
    }

    [Fact]
    public void EventAggregator_IntersectsTextDates_AndIgnoresPublicationRanges()
    {
        var month = Mentions.Make("k1", "2024-02-01", "2024-02-29");
        var week = Mentions.Make("k2", "2024-02-19", "2024-02-25", quote: "Russia got drones from Iran last week.");
        var guess = Mentions.Make("k3", "2024-01-25", "2024-02-24", basis: "publication", quote: "Russia has received Iranian drones.");
        var e = Aggregator.Aggregate("E1", [guess, month, week]);
        Assert.Equal(new DateOnly(2024, 2, 19), e.DateStart);
        Assert.Equal(new DateOnly(2024, 2, 25), e.DateEnd);
    }

    [Fact]
    public void EventAggregator_SaysTheDateIsTheText_WhenAnyReportDatesIt_ElseTheNearestReport()
    {
        var week = Mentions.Make("k2", "2024-02-19", "2024-02-25", quote: "Russia got drones from Iran last week.");
        var guess = Mentions.Make("k3", "2024-01-25", "2024-02-24", basis: "publication", quote: "Russia has received Iranian drones.");
        var cited = Mentions.Make("k4", "2024-01-26", "2024-02-25", basis: "citation", quote: "Iran has sent drones to Russia, Reuters said.");
        Assert.Equal("text", Aggregator.Aggregate("E1", [guess, week, cited]).DateBasis);
        Assert.Equal("citation", Aggregator.Aggregate("E1", [guess, cited]).DateBasis);
        Assert.Equal("publication", Aggregator.Aggregate("E1", [guess]).DateBasis);
    }

    [Fact]
    public void EventAggregator_TakesTheCountsWords_FromAReportGivingTheChosenValue()
    {
        var vague = Mentions.Make("k1", "2024-03-01", "2024-03-02", quantity: 2000, approximate: true) with { QuantityText = "thousands of", QuantityOf = "Shahed" };
        var again = Mentions.Make("k2", "2024-03-01", "2024-03-02", quantity: 2000, approximate: true, quote: "Russia got thousands of Shaheds.") with { QuantityText = "thousands of", QuantityOf = "Shahed" };
        var other = Mentions.Make("k3", "2024-03-01", "2024-03-02", quantity: 400, quote: "Russia got 400 missiles.") with { QuantityText = "400", QuantityOf = "missile" };
        var e = Aggregator.Aggregate("E1", [other, vague, again]);
        Assert.Equal(2000, e.Quantity);
        Assert.True(e.QuantityApproximate);
        Assert.Equal("thousands of", e.QuantityText);
        Assert.Equal("Shahed", e.QuantityOf);
    }

    [Fact]
    public void EventAggregator_CountsIndependentReports_CollapsingSameOriginAndWireCopy()
    {
        const string quote = "Iran has shipped a new batch of attack drones to Russia by sea, officials said on Tuesday.";
        var reuters = Mentions.Make("k1", "2024-03-01", "2024-03-02", quote: quote, outlet: "Reuters");
        var reprint = Mentions.Make("k2", "2024-03-01", "2024-03-02", quote: quote, outlet: "The Moscow Times");
        var quoting = Mentions.Make("k3", "2024-03-01", "2024-03-02", quote: "Russia received drones from Iran, Reuters reported.", outlet: "TASS", origin: "Reuters");
        var bbc = Mentions.Make("k4", "2024-03-01", "2024-03-02", quote: "The BBC has seen documents showing Iranian drones reached Russia.", outlet: "BBC");
        var e = Aggregator.Aggregate("E1", [reuters, reprint, quoting, bbc]);
        Assert.Equal(4, e.NumMentions);
        Assert.Equal(4, e.NumSources);
        Assert.Equal(2, e.NumIndependent);
        Assert.Equal('B', e.Reliability);
        Assert.Equal(2, e.Credibility);
    }

    [Fact]
    public void EventAggregator_ChoosesMostFrequentCode_AndSmallestOnTies()
    {
        var a = Mentions.Make("k1", "2024-03-01", "2024-03-02", cameo: "072");
        var b = Mentions.Make("k2", "2024-03-01", "2024-03-02", cameo: "070", quote: "Iran gave Russia aid.");
        var c = Mentions.Make("k3", "2024-03-01", "2024-03-02", cameo: "072", quote: "Russia received weapons from Iran.");
        Assert.Equal("072", Aggregator.Aggregate("E1", [b, a, c]).Cameo);
        Assert.Equal("070", Aggregator.Aggregate("E1", [b, a]).Cameo);
    }

    [Fact]
    public void EventAggregator_ListsBothSides_WhenContested()
    {
        var report = Mentions.Make("k1", "2024-03-01", "2024-03-02", outlet: "Reuters");
        var denial = Mentions.Make("k2", "2024-03-01", "2024-03-02", status: EventStatus.Denied, outlet: "IRNA", quote: "Iran denied sending drones to Russia.");
        var e = Aggregator.Aggregate("E1", [report, denial]);
        Assert.Equal(["Reuters"], e.ReportedBy.ToArray());
        Assert.Equal(["IRNA"], e.DeniedBy.ToArray());
        Assert.Equal("B4", e.Grade); // one independent B report, one step down for the denial
    }

    [Fact]
    public void EventAggregator_KeepsTheReportsDirection_WhenTheCodeIsHostingInASymmetricFamily()
    {
        // "Putin hosted Raisi": RUS 043 IRN; the meeting block sorts the pair as IRN|RUS, the event must not
        var host = Mentions.Make("k1", "2023-07-10", "2023-07-10", quote: "Putin hosted Raisi in Moscow.", source: "RUS", target: "IRN",
            type: "meeting", cameo: "043", symmetric: true);
        Assert.Equal("meeting|IRN|RUS", host.Block);
        var e = Aggregator.Aggregate("E1", [host]);
        Assert.Equal(("RUS", "IRN"), (e.SourceCode, e.TargetCode));
    }

    [Fact]
    public void EventAggregator_SortsTheActors_WhenTheCodeIsTrulySymmetric()
    {
        var met = Mentions.Make("k1", "2023-07-10", "2023-07-10", quote: "Russia and Iran met in Moscow.", source: "RUS", target: "IRN",
            type: "meeting", cameo: "040", symmetric: true);
        var e = Aggregator.Aggregate("E1", [met]);
        Assert.Equal(("IRN", "RUS"), (e.SourceCode, e.TargetCode));
    }

    private static EventLocation Loc(string name, string kind, string basis)
        => new(name, kind, kind == "sea" ? null : "UKR", null, 50, 36, basis, 0, 5);

    [Fact]
    public void Aggregator_TakesTheMostPreciseThenMostCitedLocation_WhenReportsDiffer()
    {
        var a = Mentions.Make("a", "2024-03-01", "2024-03-01") with { Location = Loc("Ukraine", "country", "sentence") };
        var b = Mentions.Make("b", "2024-03-01", "2024-03-01") with { Location = Loc("Kharkiv", "city", "dateline") };
        var c = Mentions.Make("c", "2024-03-01", "2024-03-01") with { Location = Loc("Izium", "city", "clause") };
        var d = Mentions.Make("d", "2024-03-01", "2024-03-01") with { Location = Loc("Kharkiv", "city", "clause") };
        var e = Mentions.Make("e", "2024-03-01", "2024-03-01");
        Assert.Equal(("Kharkiv", "clause"), (Aggregator.Aggregate("E1", [a, b, c, d, e]).Location?.Name, Aggregator.Aggregate("E1", [e, d, c, b, a]).Location?.Basis));
        Assert.Equal("Ukraine", Aggregator.Aggregate("E1", [a, e]).Location?.Name);
        Assert.Null(Aggregator.Aggregate("E1", [e]).Location);
    }

    [Fact]
    public void Aggregator_TakesEachActorsMostPrecisePlace_OnWhicheverSideAReportNamesIt()
    {
        var a = Mentions.Make("a", "2024-03-01", "2024-03-01") with { SourcePlace = Loc("Iran", "country", "phrase") };
        var b = Mentions.Make("b", "2024-03-01", "2024-03-01") with { SourcePlace = Loc("Isfahan", "city", "phrase"), TargetPlace = Loc("Moscow", "city", "name") };
        var c = Mentions.Make("c", "2024-03-01", "2024-03-01");
        var merged = Aggregator.Aggregate("E1", [a, b, c]);
        Assert.Equal(("Isfahan", "Moscow"), (merged.SourcePlace?.Name, merged.TargetPlace?.Name));
        Assert.Null(Aggregator.Aggregate("E1", [c]).SourcePlace);
        // a report naming the two actors the other way round gives its places to the same actors
        var swapped = b with { SourceCode = b.TargetCode, SourceName = b.TargetName, TargetCode = b.SourceCode, TargetName = b.SourceName, SourcePlace = b.TargetPlace, TargetPlace = b.SourcePlace };
        var key = Entente.Corpus.Merge.MergeRules.ActorKey(b.SourceCode, b.SourceName);
        Assert.Equal("Isfahan", Assert.Single(EventAggregator.ActorPlaces([swapped], key, sourceSide: true)).Name);
    }
}
