using System.Xml.Linq;
using Entente.Analysis.Maps;
using static Entente.Analysis.Tests.Maps.MapFixtures;

namespace Entente.Analysis.Tests.Maps;

public sealed class SvgMapWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly CountryOutlines Outlines = MapFixtures.Outlines();

    [Fact]
    public void SvgMapWriter_WritesAnAccessibleImage_WithTitleAndDescription()
    {
        var svg = MapRenderer.Svg(Outlines, [Point(10, 10, "Town", mk: 3)], new MapOptions(Title: "Clashes in 2024", IdPrefix: "m1"));
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("m1-title m1-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("Clashes in 2024", root.Elements(Svg + "title").Single(e => (string?)e.Attribute("id") == "m1-title").Value);
        Assert.Contains("1 place with 3 events", root.Elements(Svg + "desc").Single(e => (string?)e.Attribute("id") == "m1-desc").Value);
        Assert.DoesNotContain("<?xml", svg); // inline-able in HTML
    }

    [Fact]
    public void SvgMapWriter_EscapesHostileNames_InTooltipsAndTitles()
    {
        const string hostile = "<script>alert('x')</script> & \"Co\"";
        var svg = MapRenderer.Svg(Outlines, [Point(10, 10, hostile, mk: 1, href: "/events?place=a&b=\"c\"")], new MapOptions(Title: hostile));
        Assert.DoesNotContain("<script", svg);
        var doc = XDocument.Parse(svg);
        Assert.Empty(doc.Descendants(Svg + "script"));
        var circle = doc.Descendants(Svg + "circle").First(c => c.Parent!.Name == Svg + "a");
        Assert.Equal($"{hostile}: 1 event (material conflict 1)", circle.Element(Svg + "title")!.Value);
        Assert.Equal("/events?place=a&b=\"c\"", (string?)circle.Parent!.Attribute("href"));
        Assert.Equal(hostile, doc.Root!.Element(Svg + "title")!.Value);
        // a country's name from the outlines file is escaped too
        Assert.Contains(doc.Descendants(Svg + "path"), p => p.Element(Svg + "title")?.Value == "Isle <&> \"Q\"");
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("/events?near=1,2", true)]
    [InlineData("events.html#a:b", true)]
    [InlineData("https://example.org/x", true)]
    public void SvgMapWriter_LinksPoints_OnlyToRelativeOrWebAddresses(string href, bool linked)
    {
        var doc = XDocument.Parse(MapRenderer.Svg(Outlines, [Point(10, 10, "P", vc: 1, href: href)]));
        Assert.Equal(linked, doc.Descendants(Svg + "a").Any());
        Assert.Single(doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "map-points").Descendants(Svg + "circle"));
    }

    [Fact]
    public void SvgMapWriter_DrawsCountriesWithCodes_PointsWithColours_AndALegend()
    {
        var doc = XDocument.Parse(MapRenderer.Svg(Outlines, [Point(10, 10, "P", vk: 2)]));
        var countries = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "map-countries").Elements(Svg + "path").ToList();
        Assert.Equal(["EQU", "NOR", "ISL"], countries.Select(p => (string?)p.Attribute("data-code")));
        // Northland: two polygons and one hole, in one path (even-odd fill)
        Assert.Equal(3, ((string)countries[1].Attribute("d")!).Count(ch => ch == 'M'));
        var point = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "map-points").Elements(Svg + "circle").Single();
        Assert.Equal("#f4a261", (string?)point.Attribute("fill"));
        Assert.Equal("2", (string?)point.Attribute("data-count"));
        var legend = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "map-legend");
        Assert.Contains(legend.Elements(Svg + "text"), t => t.Value == "Material conflict");
        Assert.Empty(XDocument.Parse(MapRenderer.Svg(Outlines, [], new MapOptions(Legend: false))).Descendants(Svg + "text"));
    }

    [Fact]
    public void SvgMapWriter_IsDeterministic_AndIndependentOfThePointsOrder()
    {
        var points = new[] { Point(10, 10, "A", mk: 2), Point(-20, 30, "B", vc: 2), Point(45, 35, "C", mc: 5) };
        var a = MapRenderer.Svg(Outlines, points);
        Assert.Equal(a, MapRenderer.Svg(Outlines, [.. points.Reverse()]));
        Assert.DoesNotContain(",-0 ", a);
    }
}
