using System.Xml.Linq;
using Entente.Analysis.Charts;
using Entente.Analysis.Series;
using static Entente.Analysis.Tests.Events;

namespace Entente.Analysis.Tests.Charts;

public sealed class DyadChartsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-charts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static DyadSeries Series()
    {
        var events = new List<Corpus.Model.StoredEvent>();
        for (int m = 1; m <= 12; m++) events.Add(Make("IRN", "RUS", m < 7 ? "010" : "072", $"2022-{m:00}-10"));
        events.Add(Make("RUS", "IRN", "163", "2022-03-10"));
        return Services.Value.Series.Build(new DyadQuery("IRN", "RUS"), events);
    }

    [Theory]
    [InlineData(DyadChartKind.Alignment)]
    [InlineData(DyadChartKind.QuadClass)]
    [InlineData(DyadChartKind.Types)]
    public void DyadCharts_WritesPng_Headless(DyadChartKind kind)
    {
        var path = Path.Combine(_dir, $"{kind}.png");
        new DyadCharts().Save(Series(), kind, path);
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 5000, $"a {bytes.Length}-byte PNG is too small to hold a chart");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        // 900×420 in the IHDR chunk (big-endian width and height at bytes 16–23)
        Assert.Equal(DyadCharts.Width, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
        Assert.Equal(DyadCharts.Height, (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]);
    }

    [Fact]
    public void DyadCharts_WritesSvgWithTitle_AndChangePointLabel()
    {
        var series = Series();
        var path = Path.Combine(_dir, "a.svg");
        new DyadCharts().Save(series, DyadChartKind.Alignment, path);
        var svg = XDocument.Load(path);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        var text = File.ReadAllText(path);
        Assert.Contains("Iran – Russia: alignment index", text);
        foreach (var cp in series.ChangePoints) Assert.Contains(cp.Label, text);
    }

    [Fact]
    public void DyadCharts_SaveAll_WritesThreeFilesBesideTheName()
    {
        var files = new DyadCharts().SaveAll(Series(), Path.Combine(_dir, "dyad.svg"));
        Assert.Equal(["dyad.svg", "dyad-quadclass.svg", "dyad-types.svg"], files.Select(Path.GetFileName));
        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 1000));
    }

    [Fact]
    public void DyadCharts_Throws_ForUnknownExtension()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DyadCharts().Save(Series(), DyadChartKind.Alignment, Path.Combine(_dir, "x.jpg")));
        Assert.Contains("x.jpg", ex.Message);
    }
}
