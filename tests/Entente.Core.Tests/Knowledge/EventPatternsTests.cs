using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

public class EventPatternsTests
{
    private static DataTable Table(string path, string kind, string body) =>
        DataTable.Parse(new StringReader($"# entente-data: 1\n# kind: {kind}\n{body}"), path, kind);

    private static readonly DataTable Own = Table("own.tsv", "event-patterns", "trigger\tpos\tcameo\tframe\tpreps\ttheme\nlift sanctions\tverb\t085\tagent\ton\t-\n");

    private static readonly DataTable Imported = Table("verbs.tsv", "event-patterns",
        "trigger\tpos\tcameo\tframe\tpreps\ttheme\tnotes\torigin\n" +
        "lift embargo\tverb\t085\tagent\ton\t-\tx\tCAMEO.2.0.txt:10\n" +
        "rush aid\tverb\t070\tagent\tto\t-\tx\tCAMEO.2.0.txt:11\n" +
        "rush to\tverb\t042\tagent\tto\t-\tx\tCAMEO.2.0.txt:12\n" +
        "rush\tverb\t070\tagent\tobj\t-\tx\tCAMEO.2.0.txt:13\n" +
        "stage talks\tverb\t046\tsymmetric\tobj\t-\tx\tCAMEO.2.0.txt:14\n");

    private static EventPatterns Load(IEnumerable<DataTable>? imported, IEnumerable<DataTable>? drops = null) =>
        EventPatterns.Load([Own], [], [], EnglishInflector.Load([]), TestData.Knowledge.Cameo.Codes.ContainsKey, imported, drops);

    private static IEnumerable<EventPattern> All(EventPatterns p, string form) => p.Triggers.TryGetSingle(form, out var list) ? list : [];

    [Fact]
    public void EventPatterns_LoadsNoImportedRow_WhenNoneAreGiven()
    {
        var p = Load(null);
        Assert.Equal(1, p.PatternCount);
        Assert.Equal(0, p.ImportedCount);
    }

    [Fact]
    public void EventPatterns_LeavesOutImportedRows_WhenOwnRowHasTheVerbOrTheTriggerIsABareVerb()
    {
        var p = Load([Imported]);
        Assert.Equal((1, 1, 3), (p.ImportedShadowed, p.ImportedBare, p.ImportedCount));
        Assert.DoesNotContain(All(p, "lifted"), r => r.Trigger == "lift embargo");
        var rushed = All(p, "rushed").ToList();
        Assert.Equal(["rush aid", "rush to"], rushed.Select(r => r.Trigger).ToArray());
        Assert.Equal("verbs.tsv:5 (CAMEO.2.0.txt:11)", rushed[0].Origin);
        // an imported symmetric row does not make its code symmetric for Entente's own rows
        Assert.False(p.SymmetricCodes.Contains("046"));
    }

    [Fact]
    public void EventPatterns_DropsImportedRows_WhenTheDropTableNamesTriggerAndCode()
    {
        var drops = Table("verbs-dropped.tsv", EventPatterns.DropKind, "trigger\tcameo\treason\nrush aid\t*\tfires wrongly\nrush to\t043\twrong code only\n");
        var p = Load([Imported], [drops]);
        Assert.Equal(1, p.ImportedDropped);
        Assert.Equal(["rush to"], All(p, "rush").Select(r => r.Trigger).ToArray());
    }

    [Fact]
    public void EventPatterns_ReportsFileAndLine_WhenADropRowHasAnUnknownCode()
    {
        var drops = Table("verbs-dropped.tsv", EventPatterns.DropKind, "trigger\tcameo\treason\nrush aid\t999\tx\n");
        var ex = Assert.Throws<DataFileException>(() => Load([Imported], [drops]));
        Assert.StartsWith("verbs-dropped.tsv:4:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeBase_LoadsTheShippedImportedVerbs_OnlyWhenAsked()
    {
        var data = TestData.Path("data");
        Assert.Equal(0, TestData.Knowledge.Patterns.ImportedCount);
        var kb = KnowledgeBase.Load(data, [], importedVerbs: true);
        Assert.True(kb.Patterns.ImportedCount > 1000, $"{kb.Patterns.ImportedCount} imported rows");
        Assert.True(kb.Patterns.ImportedShadowed > 0 && kb.Patterns.ImportedDropped > 0);
        Assert.Contains(kb.Files, f => f.EndsWith("verbs.tsv", StringComparison.Ordinal));
        Assert.NotEqual(TestData.Knowledge.Hash, kb.Hash);
    }
}
