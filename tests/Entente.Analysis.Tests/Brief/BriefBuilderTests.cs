using System.Text.RegularExpressions;
using Entente.Analysis.Brief;
using Entente.Analysis.Selection;
using Entente.Analysis.Series;
using Entente.Corpus.Model;
using Entente.Corpus.Store;
using static Entente.Analysis.Tests.Events;

namespace Entente.Analysis.Tests.Brief;

public partial class BriefBuilderTests
{
    private static AnalysisServices S => Services.Value;

    private static (DyadBrief Brief, List<StoredEvent> Events) Sample()
    {
        var events = new List<StoredEvent>
        {
            Make("IRN", "RUS", "072", "2022-08-15", equipment: ["Shahed-136", "drone"], quantity: 200, id: "Edrones"),
            Make("RUS", "IRN", "072", "2023-09-02", equipment: ["Yak-130"], id: "Eyak"),
            Make("IRN", "RUS", "057", "2023-05-17", id: "Erail"),
            Make("IRN", "RUS", "042", "2024-10-23", id: "Ekazan"),
            Make("RUS", "IRN", "051", "2023-12-15", id: "Esupport"),
            Make("IRN", "RUS", "072", "2024-09-10", ReconciledStatus.Contested, credibility: 4, id: "Emissiles", deniedBy: ["Tasnim"], confidence: 0.5,
                equipment: ["ballistic missile", "missile"]),
        };
        var mentions = new List<MentionView>
        {
            Mentions.Of(events[0], "Associated Press", "2022-09-01", cited: ["The New York Times"]),
            Mentions.Of(events[0], "Kyiv Independent", "2022-09-24"),
            Mentions.Of(events[1], "Tasnim", "2023-09-03"),
            Mentions.Of(events[2], "IRNA", "2023-05-17", quote: "Iran and Russia signed a deal to build the Rasht–Astara railway."),
            Mentions.Of(events[3], "TASS", "2024-10-24"),
            Mentions.Of(events[4], "TASS", "2023-12-16"),
            Mentions.Of(events[5], "Ukrainska Pravda", "2024-09-10", cited: ["Ukrainska Pravda", "The Wall Street Journal"]),
            Mentions.Of(events[5], "Tasnim", "2024-09-11"),
        };
        var series = S.Series.Build(new DyadQuery("IRN", "RUS", PeriodUnit.Quarter), events, AnalysisServices.Evidence(mentions));
        return (S.Briefs.Build(series, mentions, [], e => e.Id == "Edrones" ? ["inside a test embargo"] : []), events);
    }

    [GeneratedRegex(@"\((?:[^()]+, \d{1,2} [A-Z][a-z]+ \d{4}(?:, citing [^;()]+)?)(?:; [^;()]+, \d{1,2} [A-Z][a-z]+ \d{4}(?:, citing [^;()]+)?)*\) — [a-z]")]
    private static partial Regex CitationThenStatus();

    [Fact]
    public void Brief_SaysWhenItWasAssembledAndWhereTheRecordEnds_Separately()
    {
        var (sample, _) = Sample();
        var brief = S.Briefs.Build(sample.Series, [], [], assembled: new DateOnly(2026, 12, 6));
        Assert.Equal(new DateOnly(2026, 12, 6), brief.Assembled);
        Assert.True(brief.AsOf < brief.Assembled);
        var line = $"Assembled by Entente on 6 December 2026; the record runs to {BriefBuilder.Day(brief.AsOf)}.";
        Assert.Contains(line, BriefMarkdownWriter.Write(brief));
        Assert.Contains(line, BriefHtmlWriter.Write(brief));
    }

    [Fact]
    public void Brief_CitesEverySentence_WithOutletDateAndStatus()
    {
        var (brief, _) = Sample();
        var items = brief.Summary.Concat(brief.Sections.SelectMany(s => s.Items)).ToList();
        Assert.True(items.Count >= 9, $"only {items.Count} items");
        Assert.All(items, i =>
        {
            Assert.Matches(CitationThenStatus(), i.Text);
            Assert.Matches(@"grade [A-F][1-6]\.", i.Text);
            Assert.NotEmpty(i.Citations);
        });
        var markdown = BriefMarkdownWriter.Write(brief);
        foreach (var line in markdown.Split('\n').Where(l => l.StartsWith("- ") && l.Contains(", grade ")))
            Assert.Matches(CitationThenStatus(), line);
    }

    [Fact]
    public void Brief_SummaryHoldsThreeToFive_MostSalientFirst()
    {
        var (brief, _) = Sample();
        Assert.InRange(brief.Summary.Length, 3, 5);
        var scores = brief.Summary.Select(i => i.Salience).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        // a material, corroborated transfer outranks the single-source meeting
        Assert.Contains(brief.Summary, i => i.Event.Event.Id == "Edrones");
        Assert.DoesNotContain(brief.Summary.Take(3), i => i.Event.Event.Id == "Ekazan");
    }

    [Fact]
    public void Brief_WritesStatusAndDenials_ForContestedEvent()
    {
        var (brief, _) = Sample();
        var item = brief.Sections.SelectMany(s => s.Items).Single(i => i.Event.Event.Id == "Emissiles");
        Assert.Contains("reported; denials reported by Tasnim", item.Text);
        Assert.StartsWith("Despite denials, reports say that Iran supplied military equipment (ballistic missile) to Russia", item.Claim);
        Assert.Contains("; we judge this roughly as likely as not, grade B4.", item.Text);
        Assert.Contains("citing The Wall Street Journal", item.Text);
        Assert.DoesNotContain("citing Ukrainska Pravda", item.Text); // an outlet does not cite itself
    }

    [Fact]
    public void Brief_NamesEquipmentAndQuantity_WithoutGenericNouns()
    {
        var (brief, _) = Sample();
        var item = brief.Sections.SelectMany(s => s.Items).Single(i => i.Event.Event.Id == "Edrones");
        // a store written before counts kept their words (schema 3) has only the value
        Assert.Contains("Iran supplied 200 units of military equipment (Shahed-136) to Russia on 15 August 2022", item.Claim);
        Assert.Contains("Flag: inside a test embargo.", item.Text);
    }

    [Fact]
    public void Brief_GroupsSectionsBySphere_InShippedOrder()
    {
        var (brief, _) = Sample();
        Assert.Equal(["military", "infrastructure_energy", "diplomatic"], brief.Sections.Select(s => s.Sphere));
        Assert.Equal("Infrastructure and energy", brief.Sections[1].Title);
        Assert.Equal("Erail", Assert.Single(brief.Sections[1].Items).Event.Event.Id);
        var military = brief.Sections[0].Items.Select(i => i.Event.Anchor).ToList();
        Assert.Equal(military.Order(), military);
    }

    [Fact]
    public void Brief_ListsSources_WithAdmiraltyGradesBestFirst()
    {
        var (brief, _) = Sample();
        var grades = brief.Sources.Select(s => s.Grade).ToList();
        Assert.Equal(grades.Order(), grades);
        Assert.Equal('B', brief.Sources.Single(s => s.Outlet == "Associated Press").Grade);
        Assert.Equal(2, brief.Sources.Single(s => s.Outlet == "TASS").Reports);
        Assert.Contains(brief.Sources, s => s.Outlet == "The Wall Street Journal");
    }

    [Fact]
    public void Brief_OverviewStatesFiguresFromTheSeries()
    {
        var (brief, _) = Sample();
        Assert.Contains(brief.Overview, l => l.StartsWith("From 1 July 2022 to 31 December 2024 the record holds 6 events between Iran and Russia: 6 cooperative (3 material) and 0 conflictual"));
        Assert.Contains(brief.Overview, l => l.Contains("merged from 8 reports in 8 articles"));
        Assert.Contains(brief.Overview, l => l.Contains("Iran directed 2 cooperative acts at Russia, including 2 arms transfers; Russia directed 2, including 1"));
    }

    [Fact]
    public void Brief_LimitsSection_AndCountsTheRest()
    {
        var events = Enumerable.Range(1, 20).Select(i => Make("IRN", "RUS", "072", $"2023-{(i % 12) + 1:00}-{(i % 27) + 1:00}")).ToList();
        var mentions = events.Select(e => Mentions.Of(e, "Reuters", "2024-01-01")).ToList();
        var series = S.Series.Build(new DyadQuery("IRN", "RUS"), events);
        var brief = new BriefBuilder(S.Phrases, S.Corpus.Grader) { PerSection = 7 }.Build(series, mentions, []);
        var section = Assert.Single(brief.Sections);
        Assert.Equal(7, section.Items.Length);
        Assert.Equal(13, section.Omitted);
        Assert.Contains("13 further events in this sphere", BriefMarkdownWriter.Write(brief));
    }

    [Fact]
    public void BriefHtml_EscapesEveryStoredString_AndRunsNoScript()
    {
        var e = Make("IRN", "RUS", "072", "2023-05-01");
        var mentions = new[] { Mentions.Of(e, "<script>alert(1)</script>", "2023-05-02", cited: ["\"><img src=x onerror=alert(1)>"]) };
        var series = S.Series.Build(new DyadQuery("IRN", "RUS"), [e]);
        var html = BriefHtmlWriter.Write(S.Briefs.Build(series, mentions, []));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Fact]
    public void BriefMarkdown_EscapesEveryStoredString_SoNoMarkupOrHtmlReachesARenderer()
    {
        var e = Make("IRN", "RUS", "072", "2023-05-01");
        var mentions = new[]
        {
            Mentions.Of(e, "<script>alert(1)</script>", "2023-05-02", cited: ["<img src=x onerror=alert(1)>"]),
            Mentions.Of(e, "[Gazette](javascript:alert(1))", "2023-05-03", cited: ["Daily | Wire\n# Injected heading"]),
            Mentions.Of(e, "*Bold* _Post_ `code` &amp; ~~struck~~", "2023-05-04"),
        };
        var series = S.Series.Build(new DyadQuery("IRN", "RUS"), [e]);

        var md = BriefMarkdownWriter.Write(S.Briefs.Build(series, mentions, []));

        Assert.DoesNotMatch(@"(?<!\\)<(script|img)", md);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript:", md);
        Assert.DoesNotMatch(@"(?m)^# Injected", md);
        Assert.DoesNotMatch(@"(?<!\\)\*Bold(?<!\\)\*", md);
        Assert.Contains(@"\<script\>alert(1)\</script\>", md);
        Assert.Contains(@"Daily \| Wire", md);
        Assert.Contains(@"\&amp;", md);
    }

    [Fact]
    public void BriefHtml_EmbedsCharts_SelfContained()
    {
        var (brief, _) = Sample();
        var dir = Directory.CreateTempSubdirectory("entente-brief-").FullName;
        try
        {
            var files = S.Charts.SaveAll(brief.Series, Path.Combine(dir, "c.png"));
            var html = BriefHtmlWriter.Write(brief with { Charts = [.. files.Select(f => new BriefChart("chart", f))] });
            Assert.Equal(3, Regex.Matches(html, "src=\"data:image/png;base64,").Count);
            Assert.DoesNotContain("src=\"http", html);
            Assert.DoesNotContain("href=\"http", html);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void BriefMarkdown_LinksChartsRelativeToTheFile()
    {
        var (brief, _) = Sample();
        var md = BriefMarkdownWriter.Write(brief with { Charts = [new BriefChart("Alignment", "/tmp/out/brief-alignment.png")] }, "/tmp/out/brief.md");
        Assert.Contains("![Alignment](brief-alignment.png)", md);
    }

    private static string ClaimOf(StoredEvent e, params string[] outlets)
    {
        var mentions = outlets.Select(o => Mentions.Of(e, o, "2025-01-17")).ToList();
        var series = S.Series.Build(new DyadQuery(e.SourceCode, e.TargetCode, Selection: new EventSelection(IncludePlanned: true)), [e]);
        return S.Briefs.Build(series, mentions, []).Sections.SelectMany(s => s.Items).Single().Text;
    }

    [Fact]
    public void Brief_KeepsVagueCountInItsWords_WithItsOwnEquipment()
    {
        var e = Make("IRN", "RUS", "072", "2024-12-18", end: "2025-01-17", equipment: ["Fateh-360", "Shahed"], quantity: 2000) with
        {
            QuantityApproximate = true, QuantityText = "thousands of", QuantityOf = "Shahed", DateBasis = "publication",
        };
        var text = ClaimOf(e, "Reuters");
        Assert.Contains("Iran supplied thousands of Shaheds and other military equipment (Fateh-360) to Russia", text);
        Assert.DoesNotContain("2,000", text);
        Assert.DoesNotContain("units", text);
    }

    [Fact]
    public void Brief_GivesCountToItsEquipment_NotToANamedSystemBesideIt()
    {
        var e = Make("IRN", "RUS", "072", "2024-01-01", end: "2024-02-27", equipment: ["short-range ballistic missile", "Shahed"], quantity: 400) with
        {
            QuantityApproximate = true, QuantityText = "around 400", QuantityOf = "short-range ballistic missile", DateBasis = "text",
        };
        var text = ClaimOf(e, "Reuters");
        Assert.Contains("Iran supplied around 400 short-range ballistic missiles and other military equipment (Shahed) to Russia between 1 January and 27 February 2024", text);
    }

    [Fact]
    public void Brief_ShowsMoneyAsMoney_ForADealWorthAnAmount()
    {
        var e = Make("RUS", "IRN", "072", "2023-09-02", equipment: ["Su-35"], quantity: 6e9) with { QuantityText = "$6 billion", QuantityMoney = true };
        Assert.Contains("Russia supplied military equipment worth $6 bn (Su-35) to Iran", ClaimOf(e, "Reuters"));
    }

    [Theory]
    [InlineData("publication", ReconciledStatus.Reported, " by 17 January 2025, the date of publication")]
    [InlineData("report", ReconciledStatus.Reported, " by 17 January 2025, when it was reported")]
    [InlineData("citation", ReconciledStatus.Reported, " by 17 January 2025, the date of the report cited")]
    [InlineData("publication", ReconciledStatus.Planned, " (no date given; announced by 18 December 2024)")]
    [InlineData("text", ReconciledStatus.Reported, " between 18 December 2024 and 17 January 2025")]
    public void BriefBuilder_SaysADateIsTheReports_WhenTheTextGaveNone(string basis, ReconciledStatus status, string phrase)
        => Assert.Equal(phrase, BriefBuilder.DatePhrase(Make("IRN", "RUS", "072", "2024-12-18", status, end: "2025-01-17") with { DateBasis = basis }));

    [Fact]
    public void Brief_OpensEachLineByItsEvidence_NotAlwaysWithTheEstimative()
    {
        Assert.StartsWith("Reuters reported that Iran supplied", ClaimOf(Make("IRN", "RUS", "072", "2024-05-01"), "Reuters"));
        Assert.StartsWith("3 independent reports say that Iran supplied", ClaimOf(Make("IRN", "RUS", "072", "2024-05-01", mentions: 3), "Reuters", "TASS", "AP"));
        Assert.StartsWith("A party to it confirmed that", ClaimOf(Make("IRN", "RUS", "072", "2024-05-01", ReconciledStatus.Confirmed, confidence: 0.9), "Reuters"));
        Assert.StartsWith("Analysts assess that", ClaimOf(Make("IRN", "RUS", "072", "2024-05-01", ReconciledStatus.Assessed, confidence: 0.7), "Reuters"));
        // the likelihood is still said, after the status
        Assert.Contains("— reported; we judge this likely, grade B3.", ClaimOf(Make("IRN", "RUS", "072", "2024-05-01"), "Reuters"));
        // a planned act keeps the estimative opening: its likelihood is the news
        Assert.StartsWith("It is likely that", ClaimOf(Make("IRN", "RUS", "042", "2024-05-01", ReconciledStatus.Planned, confidence: 0.6), "Reuters"));
    }

    [Theory]
    [InlineData(0.97, "It is almost certain that")]
    [InlineData(0.9, "It is very likely that")]
    [InlineData(0.75, "It is likely that")]
    [InlineData(0.5, "There is a roughly even chance that")]
    [InlineData(0.35, "It is unlikely that")]
    [InlineData(0.1, "It is very unlikely that")]
    [InlineData(0.01, "There is almost no chance that")]
    public void BriefPhrases_ChooseIcd203Term_ByConfidenceBand(double confidence, string phrase)
        => Assert.Equal(phrase, S.Phrases.Estimative(confidence));

    [Theory]
    [InlineData("2024-02-21", null, " on 21 February 2024")]
    [InlineData("2024-02-01", "2024-02-29", " in February 2024")]
    [InlineData("2023-01-01", "2023-12-31", " in 2023")]
    [InlineData("2024-01-01", "2024-02-27", " between 1 January and 27 February 2024")]
    [InlineData("2022-02-24", "2024-09-10", " between 24 February 2022 and 10 September 2024")]
    public void BriefBuilder_WritesDatePhrase_ForRange(string start, string? end, string phrase)
        => Assert.Equal(phrase, BriefBuilder.DatePhrase(Make("IRN", "RUS", "072", start, end: end)));
}

public class SalienceTests
{
    private static CountedEvent C(StoredEvent e) => new(e, e.DateStart!.Value, "military", Direction.AToB, []);

    private static readonly DateOnly AsOf = new(2024, 12, 31);

    [Fact]
    public void Salience_RanksMaterialAboveVerbal_AtEqualMagnitude()
    {
        var material = C(Make("IRN", "RUS", "072", "2024-06-01"));  // 8.3, material
        var verbal = C(Make("IRN", "RUS", "057", "2024-06-01"));    // 8.0, verbal
        Assert.True(Salience.Score(material, AsOf) > 2 * Salience.Score(verbal, AsOf) * 0.9);
    }

    [Fact]
    public void Salience_RanksCorroboratedAboveSingleSource()
    {
        var single = Make("IRN", "RUS", "072", "2024-06-01");
        var corroborated = single with { NumIndependent = 4 };
        Assert.Equal(1 + Math.Log(4), Salience.Score(C(corroborated), AsOf) / Salience.Score(C(single), AsOf), 9);
    }

    [Fact]
    public void Salience_HalvesPerYear_OfAge()
    {
        var recent = C(Make("IRN", "RUS", "072", "2024-12-31"));
        var old = C(Make("IRN", "RUS", "072", "2023-12-31"));
        Assert.Equal(2.0, Salience.Score(recent, AsOf) / Salience.Score(old, AsOf), 2);
    }

    [Fact]
    public void Salience_RanksCredibleAboveDoubtful_AndOrdersDeterministically()
    {
        var credible = C(Make("IRN", "RUS", "072", "2024-06-01", credibility: 1, id: "Ecred"));
        var doubtful = C(Make("IRN", "RUS", "072", "2024-06-01", credibility: 4, id: "Edoubt"));
        var twin = C(Make("IRN", "RUS", "072", "2024-06-01", credibility: 4, id: "Eaaa"));
        Assert.Equal(["Ecred", "Eaaa", "Edoubt"], Salience.Rank([doubtful, twin, credible], AsOf).Select(c => c.Event.Id));
    }

    [Fact]
    public void Salience_EqualsDocumentedFormula_HandComputed()
    {
        var e = C(Make("IRN", "RUS", "072", "2024-06-30", credibility: 2) with { NumIndependent = 3 });
        var age = AsOf.DayNumber - new DateOnly(2024, 6, 30).DayNumber;
        Assert.Equal(0.83 * 2 * (1 + Math.Log(3)) * 0.9 * Math.Pow(2, -age / 365.0), Salience.Score(e, AsOf), 9);
    }
}
