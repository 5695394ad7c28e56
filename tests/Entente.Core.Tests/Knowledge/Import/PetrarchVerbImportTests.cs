using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Import;

namespace Entente.Core.Tests.Knowledge.Import;

public sealed class PetrarchVerbImportTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("entente-petrarch-verbs-").FullName;
    private static string FixtureDir => TestData.Path("Knowledge", "Import", "Fixtures", "petrarch");

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private ImportReport Run(string? outDir = null) =>
        new PetrarchImporter().Run(new PetrarchImportOptions(FixtureDir, outDir ?? _out, TestData.Path("data"), "2026-12-06"));

    private DataTable Verbs() => DataTable.Load(Path.Combine(_out, PetrarchImporter.VerbsOut), "event-patterns", PetrarchVerbConverter.Columns);

    private static string Row(DataRow r) => $"{r["trigger"]}|{r["cameo"]}|{r["frame"]}|{r["preps"]}|{r["origin"]}";

    [Fact]
    public void VerbImport_WritesOneRowPerVerbAndPatternExpansion_WithOrigin()
    {
        var report = Run();
        var t = Verbs();
        Assert.Equal("2026-12-06", t.Date);
        Assert.Equal(
        [
            "supply|070|agent|obj|CAMEO.2.0.txt:13",
            "furnish|071|agent|obj|CAMEO.2.0.txt:14",
            "supply weapon to|072|agent|to|CAMEO.2.0.txt:16",
            "supply rifle to|072|agent|to|CAMEO.2.0.txt:16",
            "furnish with heavy weapon|072|agent|obj|to|with|against|on|CAMEO.2.0.txt:17",
            "furnish with heavy rifle|072|agent|obj|to|with|against|on|CAMEO.2.0.txt:17",
            "supply protests from|110|receiver|from|CAMEO.2.0.txt:19",
            "supply talks|046|symmetric|to|with|against|on|CAMEO.2.0.txt:21",
            "supply before court|173|receiver|obj|CAMEO.2.0.txt:22",
            "call off|160|agent|obj|CAMEO.2.0.txt:28",
            "halt up visit|042|agent|to|with|against|on|CAMEO.2.0.txt:29",
            "halt calm|013|agent|obj|CAMEO.2.0.txt:30",
            "call off calm|013|agent|obj|CAMEO.2.0.txt:30",
            "halt visit|042|agent|to|with|against|on|CAMEO.2.0.txt:31",
        ], t.Rows.Select(Row).ToArray());
        Assert.All(t.Rows, r => Assert.Equal(("verb", "-"), (r["pos"], r["theme"])));
        Assert.Equal("- * (WITH {HEAVY &ARMS}) [0722] # FURNISH", t.Rows[4]["notes"]);
        Assert.Equal(14, report.Written[PetrarchImporter.VerbsOut]);
    }

    [Fact]
    public void VerbImport_CountsEveryLeftOutEntry_ByReason()
    {
        var report = Run();
        int Skipped(string reason) => report.Skipped.Single(kv => kv.Key.StartsWith("CAMEO.2.0.txt: " + reason, StringComparison.Ordinal)).Value;
        Assert.Equal(1, Skipped("verb: words before the verb"));
        Assert.Equal(1, Skipped("verb: null code"));
        Assert.Equal(1, Skipped("pattern: words before the verb"));
        Assert.Equal(1, Skipped("pattern: skip-actor marker ^"));
        Assert.Equal(1, Skipped("pattern: null code"));
        Assert.Equal(1, Skipped("pattern: source and target both after the verb"));
        Assert.Equal(1, Skipped("row repeats an earlier row"));
        Assert.Equal(1, Skipped("transformation"));
        Assert.Equal(8, report.Skipped.Where(kv => kv.Key.StartsWith("CAMEO", StringComparison.Ordinal)).Sum(kv => kv.Value));
        Assert.Equal(1, report.Adjusted["CAMEO.2.0.txt: pattern: code not in cameo.tsv, its parent used (0722 → 072)"]);
        Assert.Equal(1, report.Adjusted["CAMEO.2.0.txt: pattern: reverse code of a pair left out ([042:043] → 042)"]);
        Assert.Equal(1, report.Adjusted["CAMEO.2.0.txt: pattern: comment names no verb of its block, so it applies to every verb of the block"]);
        Assert.Equal(5, report.Read["CAMEO.2.0.txt: verbs"]); // supply, furnish, wire tap, halt, call off
    }

    [Fact]
    public void VerbImport_WritesByteIdenticalFile_WhenRunTwiceOnTheSameInput()
    {
        Run();
        var second = Path.Combine(_out, "again");
        Run(second);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_out, PetrarchImporter.VerbsOut)), File.ReadAllBytes(Path.Combine(second, PetrarchImporter.VerbsOut)));
    }

    [Fact]
    public void VerbImport_WritesRows_ThatTheKnowledgeBaseLoadsAsEventPatterns()
    {
        Run();
        var own = DataTable.Parse(new StringReader("# entente-data: 1\n# kind: event-patterns\ntrigger\tpos\tcameo\tframe\tpreps\ttheme\nsupply\tverb\t070\tgiver\tobj|to\t-\n"), "own.tsv", "event-patterns");
        var p = EventPatterns.Load([own], [], [], EnglishInflector.Load([]), TestData.Knowledge.Cameo.Codes.ContainsKey, [Verbs()]);
        // of the six rows starting with "supply", the one-word row gives way to Entente's own "supply" and the five longer ones
        // wait as fallbacks; "furnish" alone is a bare verb, loaded and counted
        Assert.Equal(1, p.ImportedShadowed);
        Assert.Equal(5, p.ImportedFallback);
        Assert.Equal(1, p.ImportedBare);
        Assert.Equal(8, p.ImportedCount);
    }
}
