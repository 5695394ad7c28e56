using Entente.Core.Time;
using static Entente.Core.Tests.Time.TimeFixtures;

namespace Entente.Core.Tests.Time;

public class DateRecognizerTests
{
    private static DateRecognizer R => Recognizer.Value;

    private static DateMention Single(string sentence, string expression, string? reference, bool preferFuture = false)
    {
        var refDate = reference == null ? (DateOnly?)null : D(reference);
        var found = R.Find(sentence, 0, sentence.Length, refDate, preferFuture);
        var m = Assert.Single(found, x => x.Text == expression);
        Assert.Equal(expression, sentence.Substring(m.Start, m.End - m.Start));
        return m;
    }

    [Theory]
    [InlineData("The talks opened on October 23, 2023 in Tehran.", "on October 23, 2023", "2023-10-23", "2023-10-23")]
    [InlineData("The ministers met Oct. 23, 2023 in Moscow.", "Oct. 23, 2023", "2023-10-23", "2023-10-23")]
    [InlineData("The contract was signed 23 October 2023 by both sides.", "23 October 2023", "2023-10-23", "2023-10-23")]
    [InlineData("Deliveries resumed in October 2023 after a pause.", "in October 2023", "2023-10-01", "2023-10-31")]
    [InlineData("The first batch arrived in 2019.", "in 2019", "2019-01-01", "2019-12-31")]
    [InlineData("A memo dated 2023-10-23 described the plan.", "2023-10-23", "2023-10-23", "2023-10-23")]
    [InlineData("Construction slowed in late 2023 as funds ran low.", "in late 2023", "2023-09-01", "2023-12-31")]
    [InlineData("Officials hope to finish in early 2024.", "in early 2024", "2024-01-01", "2024-04-30")]
    [InlineData("Sanctions tightened in mid-2023 across the sector.", "in mid-2023", "2023-05-01", "2023-08-31")]
    [InlineData("The pipeline was finished at the end of 2023.", "at the end of 2023", "2023-11-01", "2023-12-31")]
    [InlineData("Exports grew during the first quarter of 2024.", "during the first quarter of 2024", "2024-01-01", "2024-03-31")]
    [InlineData("Exports grew in Q1 2024 compared with a year earlier.", "in Q1 2024", "2024-01-01", "2024-03-31")]
    [InlineData("Trade fell in the first half of 2023.", "in the first half of 2023", "2023-01-01", "2023-06-30")]
    [InlineData("Trade recovered in the second half of 2023.", "in the second half of 2023", "2023-07-01", "2023-12-31")]
    [InlineData("Rival factions fought throughout the 1990s.", "throughout the 1990s", "1990-01-01", "1999-12-31")]
    [InlineData("Ties were frozen in the early 2000s.", "in the early 2000s", "2000-01-01", "2003-12-31")]
    [InlineData("Ten drills took place in 2019-2021 near the border.", "in 2019-2021", "2019-01-01", "2021-12-31")]
    [InlineData("The arrangement ran from 2016 to 2018 without incident.", "from 2016 to 2018", "2016-01-01", "2018-12-31")]
    [InlineData("Prices rose sharply in the spring of 2022.", "in the spring of 2022", "2022-03-01", "2022-05-31")]
    [InlineData("Trade rose in the first nine months of 2023.", "in the first nine months of 2023", "2023-01-01", "2023-09-30")]
    [InlineData("Flights stopped after 2021 entirely.", "after 2021", "2022-01-01", "2100-12-31")]
    public void Find_ResolvesExplicitForms_WithoutReference(string sentence, string expression, string start, string end)
    {
        var m = Single(sentence, expression, null);
        Assert.Equal(new DateRange(D(start), D(end)), m.Range);
        Assert.Equal(DateKind.Explicit, m.Kind);
        Assert.Equal(m.Text.StartsWith("after", StringComparison.Ordinal) ? 1 : 0, m.Direction);
    }

    [Theory]
    [InlineData("Officials met in Kyiv on February 21.", "on February 21", "2024-02-27", "2024-02-21", "2024-02-21")]
    [InlineData("A second round is planned for February 28.", "February 28", "2024-02-27", "2024-02-28", "2024-02-28")]
    [InlineData("The drones were shown to visitors on November 28.", "on November 28", "2024-02-27", "2023-11-28", "2023-11-28")]
    [InlineData("The convoy left on December 28 under escort.", "on December 28", "2024-01-10", "2023-12-28", "2023-12-28")]
    [InlineData("A delegation arrived on 5 January for talks.", "on 5 January", "2024-01-10", "2024-01-05", "2024-01-05")]
    [InlineData("Both navies drilled in January near Chabahar.", "in January", "2024-02-27", "2024-01-01", "2024-01-31")]
    [InlineData("Both navies drilled in March near Chabahar.", "in March", "2024-02-27", "2023-03-01", "2023-03-31")]
    [InlineData("The fleet held exercises late last year.", "late last year", "2024-02-27", "2023-09-01", "2023-12-31")]
    [InlineData("The plant was commissioned last year.", "last year", "2024-02-27", "2023-01-01", "2023-12-31")]
    [InlineData("The plant will be commissioned this year.", "this year", "2024-02-27", "2024-01-01", "2024-12-31")]
    [InlineData("The plant will be commissioned next year.", "next year", "2024-02-27", "2025-01-01", "2025-12-31")]
    [InlineData("Tehran received the jets earlier this year.", "earlier this year", "2024-02-27", "2024-01-01", "2024-02-27")]
    [InlineData("The first pilots graduated at the end of last year.", "at the end of last year", "2024-02-27", "2023-11-01", "2023-12-31")]
    [InlineData("The agreement lapsed last month.", "last month", "2024-02-27", "2024-01-01", "2024-01-31")]
    [InlineData("Inspectors return this month.", "this month", "2024-02-27", "2024-02-01", "2024-02-29")]
    [InlineData("Ministers meet again next month.", "next month", "2024-02-27", "2024-03-01", "2024-03-31")]
    [InlineData("Two tankers docked last week.", "last week", "2024-02-27", "2024-02-19", "2024-02-25")]
    [InlineData("Two tankers docked this week.", "this week", "2024-02-27", "2024-02-26", "2024-03-03")]
    [InlineData("The envoy arrived yesterday.", "yesterday", "2024-02-27", "2024-02-26", "2024-02-26")]
    [InlineData("The envoy leaves today.", "today", "2024-02-27", "2024-02-27", "2024-02-27")]
    [InlineData("The envoy spoke on Monday about trade.", "on Monday", "2024-02-29", "2024-02-26", "2024-02-26")]
    [InlineData("The envoy spoke on Tuesday about trade.", "on Tuesday", "2024-02-27", "2024-02-27", "2024-02-27")]
    [InlineData("The ship sailed two days ago.", "two days ago", "2024-02-27", "2024-02-25", "2024-02-25")]
    [InlineData("The ship sailed three weeks ago.", "three weeks ago", "2024-02-27", "2024-02-03", "2024-02-09")]
    [InlineData("More shipments are expected in the coming days.", "in the coming days", "2024-02-27", "2024-02-27", "2024-03-12")]
    [InlineData("More shipments are expected in the coming weeks.", "in the coming weeks", "2024-02-27", "2024-02-27", "2024-04-09")]
    [InlineData("More shipments are expected in the coming months.", "in the coming months", "2024-02-27", "2024-02-27", "2024-08-27")]
    [InlineData("More shipments are expected in the coming years.", "in the coming years", "2024-02-27", "2024-02-27", "2027-02-27")]
    [InlineData("Cooperation deepened over the past several years.", "over the past several years", "2024-02-27", "2019-02-27", "2024-02-27")]
    [InlineData("Cooperation deepened in recent years.", "in recent years", "2024-02-27", "2019-02-27", "2024-02-27")]
    [InlineData("Cooperation deepened over the past two years.", "over the past two years", "2024-02-27", "2022-02-27", "2024-02-27")]
    [InlineData("The two have traded arms for over a decade.", "for over a decade", "2024-02-27", "2014-02-27", "2024-02-27")]
    [InlineData("The factory will start in the first quarter of next year.", "in the first quarter of next year", "2024-02-27", "2025-01-01", "2025-03-31")]
    [InlineData("Payments stalled at the end of the year.", "at the end of the year", "2024-02-27", "2024-11-01", "2024-12-31")]
    [InlineData("A shipment left in late January.", "in late January", "2024-02-27", "2024-01-21", "2024-01-31")]
    [InlineData("The talks ran February 20-21 in Doha.", "February 20-21", "2024-02-27", "2024-02-20", "2024-02-21")]
    public void Find_ResolvesRelativeForms_AgainstReference(string sentence, string expression, string reference, string start, string end)
    {
        var m = Single(sentence, expression, reference);
        Assert.Equal(new DateRange(D(start), D(end)), m.Range);
        Assert.Equal(DateKind.Relative, m.Kind);
    }

    [Theory]
    [InlineData("Shipments left between March 1 and March 3, 2024, officials said.", "between March 1 and March 3, 2024", "2024-05-10", "2024-03-01", "2024-03-03")]
    [InlineData("Naval drills ran from December 28 to January 4, 2025 off the coast.", "from December 28 to January 4, 2025", "2025-01-20", "2024-12-28", "2025-01-04")]
    [InlineData("The talks took place between 12 May and 2 June 2024 in Geneva.", "between 12 May and 2 June 2024", "2024-07-01", "2024-05-12", "2024-06-02")]
    [InlineData("Exports rose from January to March 2024.", "from January to March 2024", "2024-07-01", "2024-01-01", "2024-03-31")]
    public void Find_JoinsTwoDates_IntoOneRange(string sentence, string expression, string reference, string start, string end)
    {
        var m = Single(sentence, expression, reference);
        Assert.Equal(new DateRange(D(start), D(end)), m.Range);
    }

    [Theory]
    [InlineData("Both sides have expanded ties since 2014.", "since 2014", "2014-01-01", "2024-02-27", 1, DateKind.Explicit)]
    [InlineData("Moscow has courted Tehran since the end of the Cold War.", "since the end of the Cold War", "1991-12-26", "2024-02-27", 1, DateKind.Anchored)]
    [InlineData("Such deliveries were rare before 2022.", "before 2022", "1900-01-01", "2021-12-31", -1, DateKind.Explicit)]
    [InlineData("The lease is valid until 2030.", "until 2030", "2024-02-27", "2030-12-31", -1, DateKind.Explicit)]
    [InlineData("The railway should be finished by 2030.", "by 2030", "2024-02-27", "2030-12-31", -1, DateKind.Explicit)]
    [InlineData("The plant had been completed by 2015.", "by 2015", "1900-01-01", "2015-12-31", -1, DateKind.Explicit)]
    [InlineData("Trade has grown since last year.", "since last year", "2023-01-01", "2024-02-27", 1, DateKind.Relative)]
    [InlineData("Tehran sent drones after the full-scale invasion began.", "after the full-scale invasion", "2022-02-25", "2024-02-27", 1, DateKind.Anchored)]
    [InlineData("Few such visits happened during the Cold War.", "during the Cold War", "1947-03-12", "1991-12-26", 0, DateKind.Anchored)]
    [InlineData("Military ties grew after the collapse of the Soviet Union.", "after the collapse of the Soviet Union", "1991-12-27", "2024-02-27", 1, DateKind.Anchored)]
    [InlineData("Iran's isolation deepened following the US withdrawal from the JCPOA.", "following the US withdrawal from the JCPOA", "2018-05-09", "2024-02-27", 1, DateKind.Anchored)]
    [InlineData("Regional alignments shifted after the October 7 attack.", "after the October 7 attack", "2023-10-08", "2024-02-27", 1, DateKind.Anchored)]
    [InlineData("Oil traders adjusted at the start of the COVID-19 pandemic.", "at the start of the COVID-19 pandemic", "2020-03-11", "2020-03-11", 0, DateKind.Anchored)]
    [InlineData("Exports collapsed at the outbreak of the Gulf War.", "at the outbreak of the Gulf War", "1990-08-02", "1990-08-02", 0, DateKind.Anchored)]
    [InlineData("Talks stalled on the eve of the full-scale invasion.", "on the eve of the full-scale invasion", "2022-02-23", "2022-02-23", 0, DateKind.Anchored)]
    [InlineData("Links had frayed by the collapse of the Cold War order.", "by the collapse of the Cold War", "1900-01-01", "1991-12-26", -1, DateKind.Anchored)]
    [InlineData("Cooperation has grown since the Islamic Revolution.", "since the Islamic Revolution", "1979-02-11", "2024-02-27", 1, DateKind.Anchored)]
    [InlineData("Flights resumed after the COVID–19 pandemic ended.", "after the COVID–19 pandemic", "2023-05-06", "2024-02-27", 1, DateKind.Anchored)]
    [InlineData("Oil exports fell during the pandemic.", "during the pandemic", "2020-03-11", "2023-05-05", 0, DateKind.Anchored)]
    public void Find_WidensRange_ForDirectionalAndAnchoredForms(string sentence, string expression, string start, string end, int direction, DateKind kind)
    {
        var m = Single(sentence, expression, "2024-02-27");
        Assert.Equal(new DateRange(D(start), D(end)), m.Range);
        Assert.Equal(direction, m.Direction);
        Assert.Equal(kind, m.Kind);
    }

    [Fact]
    public void Find_ReturnsExplicitAndAnchored_WhenEventAndDateBothGiven()
    {
        const string s = "Shipments doubled after Russia's invasion of Ukraine in February 2022, officials said.";
        var found = R.Find(s, 0, s.Length, D("2024-02-27"));
        Assert.Equal(2, found.Count);
        Assert.Equal("after Russia's invasion of Ukraine", found[0].Text);
        Assert.Equal(DateKind.Anchored, found[0].Kind);
        Assert.Equal(D("2022-02-25"), found[0].Range.Start);
        Assert.Equal("in February 2022", found[1].Text);
        Assert.Equal(DateRange.Month(2022, 2), found[1].Range);
    }

    [Theory]
    [InlineData("in January")]
    [InlineData("on February 21")]
    [InlineData("last week")]
    [InlineData("in the coming weeks")]
    [InlineData("on Monday")]
    public void Find_SkipsRelativeForms_WhenNoReference(string expression)
    {
        var s = $"The envoy travelled {expression} to Baku.";
        Assert.Empty(R.Find(s, 0, s.Length, null));
    }

    [Fact]
    public void Find_KeepsExplicitForms_WhenNoReference()
    {
        const string s = "The deal of March 3, 2021 was revised last week.";
        var m = Assert.Single(R.Find(s, 0, s.Length, null));
        Assert.Equal(DateRange.Day(D("2021-03-03")), m.Range);
    }

    [Theory]
    [InlineData("The launch of a Fateh-110 was filmed.")]
    [InlineData("Pilots are training on the Su-35 fighters.")]
    [InlineData("Volume: 21 Issue: 31")]
    [InlineData("Delegates attended the 17th session of the commission.")]
    [InlineData("The strike involved 400 missiles and drones.")]
    [InlineData("The corridor stretches 1,000 km to the south.")]
    [InlineData("They signed a 20-year deal on energy.")]
    [InlineData("The loan is worth $5 billion in total.")]
    [InlineData("The move breached Resolution 2231 of the council.")]
    [InlineData("Leaders gathered for the G20 summit.")]
    [InlineData("See pages 12-19 and p. 2020 of the report.")]
    [InlineData("The battalion has 2000 troops on the border.")]
    [InlineData("In 2000 km of pipeline, leaks were found.")]
    [InlineData("The treaty was signed for 20 years.")]
    [InlineData("Analysts say Iran may join later.")]
    [InlineData("Russia's invasion of Ukraine reshaped the region.")]
    public void Find_ReturnsNothing_ForNumbersThatAreNotDates(string sentence)
    {
        Assert.Empty(R.Find(sentence, 0, sentence.Length, D("2024-02-27")));
    }

    [Fact]
    public void Find_ResolvesNextMonth_WhenPreferFuture()
    {
        var m = Single("The joint commission will convene in March.", "in March", "2024-02-27", preferFuture: true);
        Assert.Equal(DateRange.Month(2024, 3), m.Range);
    }

    [Fact]
    public void Find_ReportsOffsetsIntoWholeText_WhenSearchingOneSentence()
    {
        const string text = "First sentence from 2019. The envoy arrived on February 21 with aides.";
        int start = text.IndexOf("The envoy", StringComparison.Ordinal);
        var m = Assert.Single(R.Find(text, start, text.Length, D("2024-02-27")));
        Assert.Equal("on February 21", text[m.Start..m.End]);
        Assert.Equal(DateRange.Day(D("2024-02-21")), m.Range);
    }

    [Fact]
    public void Find_Throws_WhenRangeOutsideText()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => R.Find("short", 2, 10, null));
    }

    [Fact]
    public void Find_ResolvesAnchors_WithSmallPeriodTable()
    {
        var r = new DateRecognizer(SmallPeriods());
        const string s = "Ties have grown since the end of the Cold War.";
        var m = Assert.Single(r.Find(s, 0, s.Length, D("2024-02-27")));
        Assert.Equal(new DateRange(D("1991-12-26"), D("2024-02-27")), m.Range);
        Assert.Equal(1, m.Direction);
    }

    [Fact]
    public void Find_IsSafe_WhenCalledFromManyThreads()
    {
        const string s = "The envoy arrived on February 21 and left in late 2023.";
        var results = new int[64];
        Parallel.For(0, results.Length, i => results[i] = R.Find(s, 0, s.Length, D("2024-02-27")).Count);
        Assert.All(results, c => Assert.Equal(2, c));
    }
}
