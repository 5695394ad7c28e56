using Entente.Analysis.Maps;

namespace Entente.Analysis.Tests.Maps;

public sealed class EqualEarthTests
{
    [Fact]
    public void EqualEarth_PutsTheOrigin_AtTheCentre()
    {
        var (x, y) = EqualEarth.Project(0, 0);
        Assert.Equal(0, x, 12);
        Assert.Equal(0, y, 12);
    }

    [Fact]
    public void EqualEarth_ReachesThePublishedExtent_AtPolesAndAntimeridian()
    {
        // the map's half width and half height for a unit sphere (Šavrič et al. 2018; d3-geo's geoEqualEarth at scale 1)
        Assert.Equal(2.7066, EqualEarth.Project(0, 180).X, 4);
        Assert.Equal(1.3174, EqualEarth.Project(90, 0).Y, 4);
        Assert.Equal(-1.3174, EqualEarth.Project(-90, 45).Y, 4);
        Assert.Equal(EqualEarth.MaxX, -EqualEarth.Project(0, -180).X, 12);
    }

    [Fact]
    public void EqualEarth_IsSymmetric_AndNarrowsTowardsThePoles()
    {
        var (x1, y1) = EqualEarth.Project(40, 30);
        var (x2, y2) = EqualEarth.Project(-40, -30);
        Assert.Equal(x1, -x2, 12);
        Assert.Equal(y1, -y2, 12);
        Assert.True(EqualEarth.Project(60, 180).X < EqualEarth.Project(0, 180).X);
        Assert.True(EqualEarth.Project(60, 0).Y > EqualEarth.Project(30, 0).Y);
    }

    [Fact]
    public void EqualEarth_KeepsAreas_ForEqualCellsOnAMeridian()
    {
        // equal-area: a 10°×10° cell at the equator and one at 60°N differ in area only as on the globe (ratio of the sines' differences)
        static double Area(double lat0, double lat1)
        {
            var (ax, ay) = EqualEarth.Project(lat0, 0); var (bx, by) = EqualEarth.Project(lat0, 10);
            var (cx, cy) = EqualEarth.Project(lat1, 10); var (dx, dy) = EqualEarth.Project(lat1, 0);
            return Math.Abs((ax * by - bx * ay) + (bx * cy - cx * by) + (cx * dy - dx * cy) + (dx * ay - ax * dy)) / 2;
        }
        double globe = (Math.Sin(70 * Math.PI / 180) - Math.Sin(60 * Math.PI / 180)) / Math.Sin(10 * Math.PI / 180);
        Assert.Equal(globe, Area(60, 70) / Area(0, 10), 2);
    }
}
