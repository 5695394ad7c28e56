using Entente.Core.Knowledge;
using Entente.Corpus.Export;
using Entente.Corpus.Store;

namespace Entente.Corpus.Tests.Export;

/// <summary>Asymmetric codes keep their direction from analysis through the store to the exports.</summary>
public sealed class DirectionTests
{
    private static bool IsState(string code) => TestKit.Knowledge.Actors.KindOfCode.TryGetValue(code, out var k) && k == ActorKind.State;

    [Fact]
    public void Store_KeepsHostToGuest_WhenAPresidentHostsAnother()
    {
        using var tmp = new TempDir();
        var db = tmp.File("d.db");
        TestKit.IngestInto(db, [TestKit.Doc("host.txt", "On July 10, Putin hosted Raisi at the Kremlin for talks on trade.", "Reuters", "2023-07-12")]);
        using var store = TestKit.OpenSqlite(db);
        var host = Assert.Single(store.Events(new EventFilter()), e => e.Cameo == "043");
        Assert.Equal(("RUS", "IRN"), (host.SourceCode, host.TargetCode));
        var text = new StringWriter();
        new GdeltEventWriter(text, IsState).Write([host]);
        var cells = text.ToString().TrimEnd('\n').Split('\t');
        Assert.Equal(("RUS", "IRN", "043"), (cells[5], cells[15], cells[26]));
    }
}
