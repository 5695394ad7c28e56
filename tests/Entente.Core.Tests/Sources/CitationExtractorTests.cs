using Entente.Core.Sources;
using Entente.Core.Time;
using static Entente.Core.Tests.Sources.SourcesFixtures;
using static Entente.Core.Tests.Time.TimeFixtures;

namespace Entente.Core.Tests.Sources;

public class CitationExtractorTests
{
    private static readonly DateOnly Ref = D("2024-02-27");
    private static CitationExtractor X => Extractor.Value;

    private static IReadOnlyList<Citation> Paren(string s, DateOnly? r = null) => X.FindParenthetical(s, 0, s.Length, r ?? Ref);
    private static IReadOnlyList<Citation> Attr(string s, DateOnly? r = null) => X.FindAttributions(s, 0, s.Length, r ?? Ref);

    [Theory]
    [InlineData("Kyiv reported new launches (Ukrainska Pravda, February 21).", "Ukrainska Pravda", "2024-02-21", "Ukrainska Pravda, February 21", true)]
    [InlineData("Talks on a corridor continued (Amwaj, October 23, 2023).", "Amwaj.media", "2023-10-23", "Amwaj, October 23, 2023", true)]
    [InlineData("The drones were displayed (Iran International, November 28, 2023).", "Iran International", "2023-11-28", "Iran International, November 28, 2023", true)]
    [InlineData("Parts were traced to a plant (Kyiv Post, November 28).", "Kyiv Post", "2023-11-28", "Kyiv Post, November 28", false)]
    [InlineData("The figures were revised (Some Obscure Blog, Oct. 3, 2023).", "Some Obscure Blog", "2023-10-03", "Some Obscure Blog, Oct. 3, 2023", false)]
    public void FindParenthetical_ReturnsOutletAndDate_WhenEntryHasDate(string sentence, string outlet, string date, string entry, bool known)
    {
        var c = Assert.Single(Paren(sentence));
        Assert.Equal(outlet, c.Outlet);
        Assert.Equal(D(date), c.Date);
        Assert.Equal(entry, sentence[c.Start..c.End]);
        Assert.Equal(known, c.Known);
        Assert.Equal(CitationKind.Parenthetical, c.Kind);
    }

    [Fact]
    public void FindParenthetical_SplitsEntries_WhenSeparatedBySemicolons()
    {
        const string s = "Trade grew sharply (Ekonomichna pravda, August 2, 2023; Forbes.ua, November 14, 2023).";
        var cs = Paren(s);
        Assert.Equal(2, cs.Count);
        Assert.Equal(("Ekonomichna Pravda", D("2023-08-02"), "Ekonomichna pravda, August 2, 2023"), (cs[0].Outlet, cs[0].Date!.Value, s[cs[0].Start..cs[0].End]));
        Assert.Equal(("Forbes Ukraine", D("2023-11-14"), "Forbes.ua, November 14, 2023"), (cs[1].Outlet, cs[1].Date!.Value, s[cs[1].Start..cs[1].End]));
        Assert.Equal("November 14, 2023", cs[1].DateText);
    }

    [Fact]
    public void FindParenthetical_ReturnsKnownOutlet_WhenNoDate()
    {
        const string s = "A tanker was seized in the Gulf (Reuters).";
        var c = Assert.Single(Paren(s));
        Assert.Equal("Reuters", c.Outlet);
        Assert.Null(c.Date);
        Assert.True(c.Known);
        Assert.Equal("Reuters", s[c.Start..c.End]);
    }

    [Theory]
    [InlineData("Moscow courts the Eurasian Economic Union (EAEU) partners.")]
    [InlineData("Drones were supplied by the Islamic Revolutionary Guard Corps (IRGC).")]
    [InlineData("The launchers sit near the border (roughly 400 km away).")]
    [InlineData("The unit (which was formed in 2019) moved north.")]
    [InlineData("An unknown outlet was cited (Some Obscure Blog).")]
    [InlineData("Broken (Reuters, February 21")]
    [InlineData("")]
    [InlineData(")(;;)(")]
    public void FindParenthetical_ReturnsNothing_ForGlossesAsidesAndOddInput(string sentence)
    {
        Assert.Empty(Paren(sentence));
    }

    [Fact]
    public void FindParenthetical_ReturnsDateText_WhenNoReferenceForRelativeDate()
    {
        const string s = "Launches resumed (Ukrainska Pravda, February 21).";
        var c = Assert.Single(X.FindParenthetical(s, 0, s.Length, null));
        Assert.Null(c.Date);
        Assert.Equal("February 21", c.DateText);
        Assert.Equal("Ukrainska Pravda, February 21", s[c.Start..c.End]);
    }

    [Fact]
    public void FindParenthetical_ResolvesAcrossYearBoundary_WhenReferenceEarlyInYear()
    {
        const string s = "Shipments were reported (Interfax, December 28).";
        var c = Assert.Single(Paren(s, D("2024-01-10")));
        Assert.Equal(D("2023-12-28"), c.Date);
    }

    [Fact]
    public void FindParenthetical_NeverThrows_WhenOffsetsOutOfRange()
    {
        Assert.Equal("Reuters", Assert.Single(X.FindParenthetical("(Reuters)", -5, 100, Ref)).Outlet);
        Assert.Empty(X.FindParenthetical(null!, 0, 3, Ref));
        Assert.Empty(X.FindAttributions(null!, 0, 3, Ref));
        Assert.Empty(X.FindAttributions("according to", 5, 2, Ref));
    }

    [Theory]
    [InlineData("The cargo left Bandar Abbas, according to Reuters.", "Reuters", "according to Reuters", true)]
    [InlineData("According to the Tasnim News Agency, the drills ended.", "Tasnim News Agency", "According to the Tasnim News Agency", true)]
    [InlineData("Tasnim News Agency reported that the ship docked.", "Tasnim News Agency", "Tasnim News Agency reported", true)]
    [InlineData("The ministry confirmed it, and the Islamic Republic News Agency also announced the date.", "Islamic Republic News Agency", "the Islamic Republic News Agency also announced", true)]
    [InlineData("The deputy minister told Reuters that talks continue.", "Reuters", "told Reuters", true)]
    [InlineData("He said in an interview with CNN that Iran wants more.", "CNN", "in an interview with CNN", true)]
    [InlineData("The official, cited by TASS, denied the report.", "TASS", "cited by TASS", true)]
    [InlineData("The diplomat, quoted by Interfax, said it was premature.", "Interfax", "quoted by Interfax", true)]
    [InlineData("The Tehran Times reported a new route.", "Tehran Times", "The Tehran Times reported", false)]
    [InlineData("Iranian media reported a second launch.", "Iranian media", "Iranian media reported", false)]
    [InlineData("On Tuesday Tasnim News Agency reported the figure.", "Tasnim News Agency", "Tasnim News Agency reported", true)]
    [InlineData("The semi-official Tasnim news agency reported the test.", "Tasnim News Agency", "Tasnim news agency reported", true)]
    [InlineData("The Mehr news agency said the talks had ended.", "Mehr news agency", "The Mehr news agency said", false)]
    [InlineData("The Islamic Republic News Agency (IRNA) reported the visit.", "Islamic Republic News Agency", "The Islamic Republic News Agency (IRNA) reported", true)]
    [InlineData("According to the Kommersant newspaper, the deal was signed.", "Kommersant newspaper", "According to the Kommersant newspaper", false)]
    public void FindAttributions_ReturnsOutlet_ForAttributionForms(string sentence, string outlet, string phrase, bool known)
    {
        var c = Assert.Single(Attr(sentence));
        Assert.Equal(outlet, c.Outlet);
        Assert.Equal(phrase, sentence[c.Start..c.End]);
        Assert.Equal(known, c.Known);
        Assert.Equal(CitationKind.Attribution, c.Kind);
    }

    [Fact]
    public void FindAttributions_IncludesDate_WhenFollowedByDay()
    {
        const string s = "Reuters reported on Tuesday that the tanker turned back.";
        var c = Assert.Single(Attr(s));
        Assert.Equal("Reuters reported on Tuesday", s[c.Start..c.End]);
        Assert.Equal(D("2024-02-27"), c.Date);
        Assert.Equal("on Tuesday", c.DateText);
    }

    [Theory]
    [InlineData("President Putin said the talks went well.")]
    [InlineData("According to the International Atomic Energy Agency, stocks grew.")]
    [InlineData("Officials told reporters the deal was near.")]
    [InlineData("according to some analysts, the deal is near.")]
    [InlineData("The media reported nothing new.")]
    public void FindAttributions_ReturnsNothing_WhenSpeakerIsNotAnOutlet(string sentence)
    {
        Assert.Empty(Attr(sentence));
    }
}
