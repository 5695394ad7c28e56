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
    public void EventPatterns_KeepsImportedRowsAsFallbacks_WhenOwnRowHasTheVerb()
    {
        var p = Load([Imported]);
        // "lift embargo" shares its verb with the own "lift sanctions": loaded, but only as a fallback
        Assert.Equal((0, 1, 1, 4), (p.ImportedShadowed, p.ImportedFallback, p.ImportedBare, p.ImportedCount));
        Assert.True(Assert.Single(All(p, "lifted"), r => r.Trigger == "lift embargo").Fallback);
        Assert.False(Assert.Single(All(p, "lifted"), r => r.Trigger == "lift sanctions").Fallback);
        // the bare verb is loaded (the coder takes it only as a parsed verb with a named target) and counted
        Assert.Contains(All(p, "rush").Where(r => r.Words.Length == 1), r => r.BareImported);
        var rushed = All(p, "rushed").ToList();
        Assert.Equal(["rush aid", "rush to", "rush"], rushed.Select(r => r.Trigger).ToArray());
        Assert.Equal("verbs.tsv:5 (CAMEO.2.0.txt:11)", rushed[0].Origin);
        // an imported symmetric row does not make its code symmetric for Entente's own rows
        Assert.False(p.SymmetricCodes.Contains("046"));
    }

    [Fact]
    public void EventPatterns_AcceptsAUsersTheme_WhenTheThemeTablesGiveItWords()
    {
        var own = Table("mine.tsv", "event-patterns", "trigger\tpos\tcameo\tframe\tpreps\ttheme\nreject\tverb\t016\tagent\tobj\tobject-claim\n");
        var themes = Table("my-themes.tsv", "themes", "phrase\ttheme\nrumour\tobject-claim\n");
        var p = EventPatterns.Load([own], [], [themes], EnglishInflector.Load([]), TestData.Knowledge.Cameo.Codes.ContainsKey);
        Assert.Equal("object-claim", Assert.Single(All(p, "rejected")).Theme);
        // without the theme's words the row names a theme nobody defines: the load fails at its line
        var e = Assert.Throws<DataFileException>(() => EventPatterns.Load([own], [], [], EnglishInflector.Load([]), TestData.Knowledge.Cameo.Codes.ContainsKey));
        Assert.Contains("mine.tsv:4", e.Message);
        Assert.Contains("object-claim", e.Message);
    }

    [Fact]
    public void EventPatterns_DropsImportedRows_WhenTheDropTableNamesTriggerAndCode()
    {
        var drops = Table("verbs-dropped.tsv", EventPatterns.DropKind, "trigger\tcameo\treason\nrush aid\t*\tfires wrongly\nrush to\t043\twrong code only\n");
        var p = Load([Imported], [drops]);
        Assert.Equal(1, p.ImportedDropped);
        Assert.Equal(["rush to", "rush"], All(p, "rush").Select(r => r.Trigger).ToArray());
    }

    [Fact]
    public void EventPatterns_ReportsFileAndLine_WhenADropRowHasAnUnknownCode()
    {
        var drops = Table("verbs-dropped.tsv", EventPatterns.DropKind, "trigger\tcameo\treason\nrush aid\t999\tx\n");
        var ex = Assert.Throws<DataFileException>(() => Load([Imported], [drops]));
        Assert.StartsWith("verbs-dropped.tsv:4:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KnowledgeBase_LoadsTheShippedImportedVerbs_UnlessTurnedOff()
    {
        var data = TestData.Path("data");
        Assert.True(TestData.Knowledge.Patterns.ImportedCount > 1000, $"{TestData.Knowledge.Patterns.ImportedCount} imported rows");
        Assert.True(TestData.Knowledge.Patterns.ImportedShadowed > 0 && TestData.Knowledge.Patterns.ImportedDropped > 0);
        Assert.Contains(TestData.Knowledge.Files, f => f.EndsWith("verbs.tsv", StringComparison.Ordinal));
        var without = KnowledgeBase.Load(data, [], importedVerbs: false);
        Assert.Equal(0, without.Patterns.ImportedCount);
        Assert.NotEqual(TestData.Knowledge.Hash, without.Hash);
    }

    [Fact]
    public void EventPatterns_DropsEveryImportedTrigger_ThatADropRowBegins()
    {
        var drops = Table("verbs-dropped.tsv", EventPatterns.DropKind, "trigger\tcameo\treason\nrush\t*\tall of them\n");
        var p = Load([Imported], [drops]);
        Assert.Empty(All(p, "rush"));
    }
}
