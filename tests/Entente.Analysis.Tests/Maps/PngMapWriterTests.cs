using Entente.Analysis.Maps;
using static Entente.Analysis.Tests.Maps.MapFixtures;

namespace Entente.Analysis.Tests.Maps;

public sealed class PngMapWriterTests : TempFolderTest
{
    [Fact]
    public void PngMapWriter_WritesAPngOfTheRequestedSize_Headless()
    {
        var path = Path.Combine(Dir, "map.png");
        MapRenderer.Save(MapFixtures.Outlines(), [Point(10, 10, "P", mk: 3), Point(45, 35, "Q", vc: 1)], path, new MapOptions(640, 360));
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(640, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
        Assert.Equal(360, (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]);
        Assert.True(bytes.Length > 3000, $"a {bytes.Length}-byte PNG is too small to hold a map");
    }

    [Fact]
    public void MapRenderer_Throws_ForAnExtensionThatIsNeitherSvgNorPng()
    {
        var ex = Assert.Throws<ArgumentException>(() => MapRenderer.Save(MapFixtures.Outlines(), [], Path.Combine(Dir, "map.jpg")));
        Assert.Contains("neither .svg nor .png", ex.Message);
        Assert.False(File.Exists(Path.Combine(Dir, "map.jpg")));
    }
}
