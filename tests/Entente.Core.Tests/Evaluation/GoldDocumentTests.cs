using Entente.Core.Evaluation;

namespace Entente.Core.Tests.Evaluation;

public sealed class GoldDocumentTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-gold-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(params string[] eventLines)
    {
        var path = Path.Combine(_dir, "t.gold");
        File.WriteAllText(path, "---\nid: t-1\npublished: 2024-05-02\n---\nABUJA (Wire) - Police fired tear gas at protesters. Workers went on strike.\n=== events\n"
            + string.Join("\n", eventLines) + "\n");
        return path;
    }

    [Fact]
    public void GoldDocument_ReadsAgentActors_WhenCodeHasRole()
    {
        var g = GoldDocument.Load(Write("NGA/COP\tNGA/OPP\t1711\t-\treported\tfired tear gas", "/LAB\t-\t143\t-\treported\twent on strike"));
        var (police, protesters) = (g.Events[0].Source, g.Events[0].Target);
        Assert.Equal(("NGA", "COP"), (police.Code, police.Agent));
        Assert.Equal(("NGA", "OPP"), (protesters.Code, protesters.Agent));
        Assert.Equal((null, "LAB"), (g.Events[1].Source.Code, g.Events[1].Source.Agent));
        Assert.True(g.Events[1].Target.IsNone);
    }

    [Fact]
    public void GoldDocument_ReadsPlainAndUnknownActors_AsBefore()
    {
        var g = GoldDocument.Load(Write("?\tNGA\t180\t-\treported\tfired tear gas", "G7\tUN\t143\t-\treported\twent on strike"));
        Assert.True(g.Events[0].Source.IsUnknown);
        Assert.Null(g.Events[0].Source.Code);
        Assert.Equal(("NGA", null), (g.Events[0].Target.Code, g.Events[0].Target.Agent));
        Assert.Equal("G7", g.Events[1].Source.Code);
        Assert.Equal("UN", g.Events[1].Target.ToString());
    }

    [Theory]
    [InlineData("NGA/POL\tNGA\t173\t-\treported\tfired tear gas", "unknown agent code 'POL'", "COP")]
    [InlineData("/\tNGA\t173\t-\treported\tfired tear gas", "unknown agent code ''", "COP")]
    [InlineData("-\tNGA\t173\t-\treported\tfired tear gas", "source '-' is not allowed", "'?'")]
    [InlineData("nga/COP\tNGA\t173\t-\treported\tfired tear gas", "code 'nga'", "ISO3")]
    [InlineData("NGA\tNGA/cop\t173\t-\treported\tfired tear gas", "unknown agent code 'cop'", "agents.tsv")]
    public void GoldDocument_RefusesBadActor_WithFileLineAndHint(string line, string message, string hint)
    {
        var path = Write("# source\ttarget", line);
        var e = Assert.Throws<FormatException>(() => GoldDocument.Load(path));
        Assert.StartsWith($"{path}:8: ", e.Message);
        Assert.Contains(message, e.Message);
        Assert.Contains("hint:", e.Message);
        Assert.Contains(hint, e.Message);
    }
}
