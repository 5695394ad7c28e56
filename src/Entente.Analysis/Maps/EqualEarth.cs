namespace Entente.Analysis.Maps;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): an equal-area pseudocylindrical world projection, so a
/// circle's area on the map is comparable wherever it stands. Longitude and latitude in degrees; x and y in units of the
/// Earth's radius, x east and y north, (0, 0) at the crossing of the equator and the prime meridian. The map spans
/// x in ±<see cref="MaxX"/> and y in ±<see cref="MaxY"/>.
/// </summary>
public static class EqualEarth
{
    private const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    /// <summary>The half width of the map (the equator's end at longitude ±180).</summary>
    public static readonly double MaxX = Project(0, 180).X;

    /// <summary>The half height of the map (the poles).</summary>
    public static readonly double MaxY = Project(90, 0).Y;

    /// <summary>Projects a point; latitudes are clamped to ±90 and longitudes to ±180.</summary>
    public static (double X, double Y) Project(double lat, double lon)
    {
        double phi = Math.Clamp(lat, -90, 90) * Math.PI / 180, lambda = Math.Clamp(lon, -180, 180) * Math.PI / 180;
        double theta = Math.Asin(M * Math.Sin(phi));
        double t2 = theta * theta, t6 = t2 * t2 * t2;
        double x = lambda * Math.Cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
        double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return (x, y);
    }
}
