using System.Text.RegularExpressions;
using Entente.Analysis.Brief;
using Entente.Analysis.Series;
using Entente.Core.Events;
using Entente.Corpus.Model;
using static Entente.Analysis.Tests.Events;

namespace Entente.Analysis.Tests.Brief;

public sealed class BriefMapTests : IDisposable
{
    private static AnalysisServices S => Services.Value;
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-briefmap-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static StoredEvent At(StoredEvent e, string name, string country, double lat, double lon, string id)
        => e with { Location = new EventLocation(name, "city", country, null, lat, lon, "clause", 0, name.Length, id) };

    private static DyadSeries Series(params StoredEvent[] events) => S.Series.Build(new DyadQuery("IRN", "RUS", PeriodUnit.Quarter), events);

    /// <summary>The SVG of the brief's map in a page, or "" when it has none.</summary>
    private static string MapSvg(string html) => Regex.Match(html, "<svg[^>]*aria-labelledby=\"briefmap-title[^\"]*\".*?</svg>", RegexOptions.Singleline).Value;

    [Fact]
    public void BriefHtml_ShowsAMap_WithOnePointPerLocatedPlace()
    {
        var series = Series(
            At(Make("IRN", "RUS", "042", "2024-03-02"), "Moskva", "RUS", 55.75, 37.62, "524901"),
            At(Make("RUS", "IRN", "042", "2024-05-11"), "Moskva", "RUS", 55.75, 37.62, "524901"),
            At(Make("IRN", "RUS", "057", "2024-06-20"), "Tehran", "IRN", 35.69, 51.42, "112931"),
            At(Make("RUS", "IRN", "051", "2024-07-01"), "Geneva", "CHE", 46.20, 6.14, "2660646"),
            Make("IRN", "RUS", "036", "2024-08-09"));
        var map = S.MapChart(series, Path.Combine(_dir, "chart.svg"));
        Assert.NotNull(map);
        Assert.EndsWith("chart-map.svg", map.Path);
        Assert.Contains("4 of 5 have a place, shown at 3 points", map.Caption);

        var html = BriefHtmlWriter.Write(S.Briefs.Build(series, [], [map]));
        var svg = MapSvg(html);
        Assert.NotEmpty(svg);
        var circles = Regex.Matches(svg, "<circle [^>]*data-count=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).Order().ToList();
        Assert.Equal([1, 1, 2], circles); // Geneva is drawn too, though outside both states
        Assert.Contains("<title>Moskva: 2 events", svg);
        Assert.DoesNotContain("href=", svg); // the brief stands alone: no links to a dashboard
        Assert.DoesNotContain("http://localhost", html);
        Assert.DoesNotContain("src=\"http", html);
    }

    [Fact]
    public void BriefHtml_HasNoMap_WhenNoEventHasAPlace()
    {
        var series = Series(Make("IRN", "RUS", "042", "2024-03-02"), Make("RUS", "IRN", "057", "2024-05-11"));
        Assert.Null(S.MapChart(series, Path.Combine(_dir, "chart.svg")));
        Assert.False(File.Exists(Path.Combine(_dir, "chart-map.svg")));
        Assert.Empty(MapSvg(BriefHtmlWriter.Write(S.Briefs.Build(series, [], []))));
    }

    [Fact]
    public void BriefMarkdown_LinksTheMapAsPng_BesideTheOtherCharts()
    {
        var series = Series(At(Make("IRN", "RUS", "042", "2024-03-02"), "Tehran", "IRN", 35.69, 51.42, "112931"));
        var map = S.MapChart(series, Path.Combine(_dir, "brief.png"));
        Assert.NotNull(map);
        var bytes = File.ReadAllBytes(map.Path);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        var md = BriefMarkdownWriter.Write(S.Briefs.Build(series, [], [map]), Path.Combine(_dir, "brief.md"));
        Assert.Contains("](brief-map.png)", md);
    }
}
