using static Entente.Core.Tests.Sources.SourcesFixtures;
using static Entente.Core.Tests.Time.TimeFixtures;

namespace Entente.Core.Tests.Sources;

public class CitationExtractorRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "(", ")", ";", ",", " ", "Reuters", "February 21", "2023", "Oct.", "(IRGC)", "according to", "told", "the", "News Agency",
        "reported", "since", "999 decades ago", "for over 999 decades", "9/11", "\n", "’", "-", "Q4", "mid-", "late", "in", "(EAEU",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Extractor_NeverThrows_OnRandomFragments(int seed)
    {
        var rng = new Random(seed);
        for (int i = 0; i < 300; i++)
        {
            var sb = new System.Text.StringBuilder();
            int n = rng.Next(0, 25);
            for (int k = 0; k < n; k++) sb.Append(Pieces[rng.Next(Pieces.Length)]);
            var s = sb.ToString();
            int a = rng.Next(-3, s.Length + 3), b = rng.Next(-3, s.Length + 3);
            var refDate = rng.Next(3) == 0 ? (DateOnly?)null : rng.Next(4) == 0 ? DateOnly.MinValue : D("2024-02-27");
            var p = Extractor.Value.FindParenthetical(s, a, b, refDate);
            var t = Extractor.Value.FindAttributions(s, a, b, refDate);
            Assert.All(p.Concat(t), c => Assert.True(c.Start >= 0 && c.Start <= c.End && c.End <= s.Length));
            var d = Recognizer.Value.Find(s, 0, s.Length, refDate == DateOnly.MinValue ? null : refDate);
            Assert.All(d, m => Assert.Equal(m.Text, s[m.Start..m.End]));
        }
    }

    [Fact]
    public void Find_Throws_WhenReferenceOutsideSupportedYears()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Recognizer.Value.Find("in 2019", 0, 7, DateOnly.MinValue));
        Assert.Contains("publication date", ex.Message);
    }
}
