using Entente.Analysis.Maps;

namespace Entente.Analysis.Tests.Maps;

/// <summary>Small outlines written here: two square countries and one with a hole, for the map tests.</summary>
internal static class MapFixtures
{
    public const string OutlinesText = """
        # entente-data: 1
        # kind: country-outlines
        # description: test squares
        # date: 2026-12-06
        code	name	polygon	ring	points
        EQU	Equatoria	1	outer	-10,-10 10,-10 10,10 -10,10
        NOR	Northland	1	outer	30,40 40,40 40,50 30,50
        NOR	Northland	1	hole	33,43 37,43 37,47 33,47
        NOR	Northland	2	outer	50,40 51,40 51,41
        ISL	Isle <&> "Q"	1	outer	-80,-50 -70,-50 -70,-40
        """;

    public static CountryOutlines Outlines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"entente-outlines-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, OutlinesText.Replace("\r\n", "\n"));
        try { return CountryOutlines.Load(path); }
        finally { File.Delete(path); }
    }

    public static MapPoint Point(double lat, double lon, string name, int vc = 0, int mc = 0, int vk = 0, int mk = 0, string? href = null)
        => new(lat, lon, name, vc + mc + vk + mk, new QuadCounts(vc, mc, vk, mk), href);
}

/// <summary>A test class with its own temporary folder, deleted afterwards.</summary>
public abstract class TempFolderTest : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory("entente-maps-").FullName;

    public void Dispose() => Directory.Delete(Dir, recursive: true);

    /// <summary>Writes a text file (line ends as "\n") into the folder and returns its path.</summary>
    protected string Write(string name, string text)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
        return path;
    }
}
