using Entente.Analysis.Charts;
using Entente.Analysis.Maps;
using static Entente.Analysis.Tests.Maps.MapFixtures;

namespace Entente.Analysis.Tests.Maps;

public sealed class MapSceneTests
{
    private static readonly CountryOutlines Outlines = MapFixtures.Outlines();

    [Fact]
    public void MapScene_PutsLatLonZero_AtTheCentreOfAWorldMap()
    {
        var scene = MapScene.Build(Outlines, [Point(0, 0, "Null Island", mk: 1)], new MapOptions(800, 400));
        var c = Assert.Single(scene.Circles);
        Assert.Equal(400, c.X, 1);
        Assert.Equal(200, c.Y, 1);
        Assert.Equal(scene.Pixel(0, 0).X, c.X, 1);
    }

    [Fact]
    public void MapScene_FitsTheWholeWorld_InsideTheImage()
    {
        var scene = MapScene.Build(Outlines, [], new MapOptions(800, 400));
        Assert.All(scene.Sphere, p => Assert.InRange(p.X, 0, 800));
        Assert.All(scene.Sphere, p => Assert.InRange(p.Y, 0, 400));
        // the world is wider than high: it fills nearly the whole width
        Assert.True(scene.Sphere.Max(p => p.X) - scene.Sphere.Min(p => p.X) > 760);
        Assert.Equal(3, scene.Countries.Length);
    }

    [Fact]
    public void MapScene_SizesCircles_ByAreaProportionalToCount()
    {
        var points = new[] { Point(10, 10, "Four", mk: 4), Point(20, 20, "One", vc: 1), Point(30, 30, "Sixteen", mc: 16) };
        var scene = MapScene.Build(Outlines, points, new MapOptions(MaxRadius: 20, MinRadius: 1));
        var r = scene.Circles.ToDictionary(c => c.Point.Name, c => c.Radius);
        Assert.Equal(20, r["Sixteen"], 1);
        Assert.Equal(10, r["Four"], 1);
        Assert.Equal(5, r["One"], 1);
        // the largest is drawn first, so that the small ones stay on top
        Assert.Equal(["Sixteen", "Four", "One"], scene.Circles.Select(c => c.Point.Name));
    }

    [Fact]
    public void MapScene_KeepsASingleEventVisible_WithTheMinimumRadius()
    {
        var scene = MapScene.Build(Outlines, [Point(10, 10, "Many", mk: 10_000), Point(20, 20, "One", vk: 1)], new MapOptions(MaxRadius: 20, MinRadius: 2));
        Assert.Equal(2, scene.Circles.Single(c => c.Point.Name == "One").Radius);
    }

    [Theory]
    [InlineData(5, 1, 0, 0, 1)]
    [InlineData(0, 3, 0, 0, 2)]
    [InlineData(1, 0, 2, 1, 3)]
    [InlineData(0, 0, 0, 7, 4)]
    [InlineData(2, 0, 0, 2, 4)] // a tie goes to the more conflictual class
    public void MapScene_ColoursAPoint_ByItsDominantQuadClass(int vc, int mc, int vk, int mk, int expected)
    {
        var scene = MapScene.Build(Outlines, [Point(10, 10, "P", vc, mc, vk, mk)]);
        Assert.Equal(QuadClassPalette.Color(expected), Assert.Single(scene.Circles).Color);
    }

    [Fact]
    public void QuadClassPalette_UsesTheDashboardColours()
    {
        // the colours of the dashboard's SVG dyad charts (src/Entente.Web/Dashboard/Svg/DyadSvgCharts.cs)
        Assert.Equal(["#8fd19e", "#2e8b57", "#f4a261", "#c0392b"], Enumerable.Range(1, 4).Select(QuadClassPalette.Color));
        Assert.Equal("material conflict", QuadClassPalette.Name(4));
    }

    [Fact]
    public void MapScene_ZoomsToCountries_AndLeavesOutPointsOutsideTheView()
    {
        var inside = Point(45, 35, "Inside", mk: 1);
        var outside = Point(-45, -75, "Far away", mk: 1);
        var scene = MapScene.Build(Outlines, [inside, outside], new MapOptions(400, 400, MapExtent.OfCountries("NOR")));
        Assert.Equal("Inside", Assert.Single(scene.Circles).Point.Name);
        Assert.Equal(1, scene.PointsOutside);
        // Northland's main square (30–40°E, 40–50°N) fills the view: its corners are inside, at most the padding from the edges
        var (x0, y0) = scene.Pixel(50, 30);
        var (x1, y1) = scene.Pixel(40, 40);
        Assert.InRange(x0, 0, 400); Assert.InRange(x1, 0, 400); Assert.InRange(y0, 0, 400); Assert.InRange(y1, 0, 400);
        Assert.True(Math.Max(x1 - x0, y1 - y0) > 300, "the country fills most of the map");
        Assert.True(scene.Countries.Single(c => c.Code == "NOR").Highlighted);
        Assert.DoesNotContain(scene.Countries, c => c.Code is "ISL" or "EQU"); // out of view: not drawn
    }

    [Fact]
    public void MapScene_FitsTheBox_AndThePoints()
    {
        var box = MapScene.Build(Outlines, [], new MapOptions(600, 300, MapExtent.Of(new GeoBox(-10, -10, 10, 10))));
        var (bx0, by0) = box.Pixel(10, -10);
        var (bx1, by1) = box.Pixel(-10, 10);
        Assert.InRange(bx0, 0, 300); Assert.InRange(bx1, 300, 600);
        // the box is higher than wide under the projection: it fills the height, less the padding
        Assert.InRange(by1 - by0, 250, 300);

        var points = MapScene.Build(Outlines, [Point(45, 35, "A", mk: 1), Point(40, 30, "B", vc: 1)], new MapOptions(600, 300, MapExtent.Points));
        Assert.Equal(2, points.Circles.Length);
        Assert.True(points.Scale > box.Scale, "two close points zoom in closer than a 20° box");
    }

    [Fact]
    public void MapScene_ShowsTheWorld_WhenTheFitHasNothingToFit()
    {
        var world = MapScene.Build(Outlines, []);
        Assert.Equal(world.Scale, MapScene.Build(Outlines, [], new MapOptions(Extent: MapExtent.Points)).Scale, 6);
        Assert.Equal(world.Scale, MapScene.Build(Outlines, [], new MapOptions(Extent: MapExtent.OfCountries("XXX"))).Scale, 6);
    }
}
