using Entente.Core.Pipeline;
using Entente.Core.Reading;

namespace Entente.Core.Tests.Pipeline;

public sealed class AnalysisServiceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-svc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        File.WriteAllText(p, text);
        return p;
    }

    [Fact]
    public void AnalysisService_ReportsDocumentAndGoesOn_WhenADocumentOutlastsTheTimeBudget()
    {
        var doc = Write("long.txt", "---\npublished: 2024-03-01\n---\nIndonesia and Malaysia held border talks in Kuching.\n");
        var noTime = new Analyzer(TestData.Knowledge, new AnalyzerOptions(DetectLanguage: false, TimeBudget: TimeSpan.Zero));

        var outcome = Assert.Single(new AnalysisService(noTime).Run([doc], new ReaderOptions()));

        Assert.Null(outcome.Document);
        Assert.Equal(doc, outcome.Error!.Path);
        Assert.Contains("analysis stopped after 0 s", outcome.Error.Message);
        Assert.Contains("split the document", outcome.Error.Hint);
        Assert.Single(new AnalysisService(TestData.Analyzer).Run([doc], new ReaderOptions())).Document!.Events.ToList();
    }

    [Fact]
    public void AnalysisService_ReportsBadInputsAndContinues_WhenInputsAreMixed()
    {
        var good = Write("a-good.txt", "---\npublished: 2024-03-01\n---\nIran has supplied Russia with drones.\n");
        var empty = Write("b-empty.txt", "");
        var binary = Path.Combine(_dir, "c-binary.txt");
        File.WriteAllBytes(binary, [0x49, 0x00, 0x01, 0x02, 0x00]);
        var badUtf8 = Path.Combine(_dir, "d-bad.txt");
        File.WriteAllBytes(badUtf8, [0x49, 0x72, 0x61, 0x6E, 0xC3, 0x28, 0x0A]);
        var jsonl = Write("e-items.jsonl", "{\"text\": \"Turkey condemned Israel's strikes.\", \"published\": \"2024-03-01\"}\n{not json}\n{\"title\": \"no text\"}\n");
        var unknown = Write("f-file.pdf", "%PDF-1.4");
        var service = new AnalysisService(TestData.Analyzer);

        var outcomes = service.Run([good, empty, binary, badUtf8, jsonl, unknown, Path.Combine(_dir, "missing.txt")], new ReaderOptions(), parallelism: 2).ToList();

        var docs = outcomes.Where(o => o.Document != null).Select(o => o.Document!).ToList();
        var errors = outcomes.Where(o => o.Error != null).Select(o => o.Error!).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Contains(docs, d => d.Document.Path == good && d.Events.Any(e => e.Source.Code == "IRN" && e.Target.Code == "RUS" && e.Cameo == "072"));
        Assert.Contains(docs, d => d.Document.Path == jsonl && d.Document.Line == 1 && d.Events.Any(e => e.Cameo == "111"));
        Assert.Contains(errors, e => e.Path == empty);
        Assert.Contains(errors, e => e.Path == binary);
        Assert.Contains(errors, e => e.Path == badUtf8 && e.Message.Contains("UTF-8"));
        Assert.Contains(errors, e => e.Path == jsonl && e.Line == 2);
        Assert.Contains(errors, e => e.Path == jsonl && e.Line == 3);
        Assert.Contains(errors, e => e.Path == unknown && e.Message.Contains(".pdf"));
        Assert.Contains(errors, e => e.Path.EndsWith("missing.txt"));
        // input order is kept: the good file comes first, the missing one last
        Assert.Equal(good, outcomes[0].Document?.Document.Path);
        Assert.EndsWith("missing.txt", outcomes[^1].Error?.Path);
    }

    [Fact]
    public void AnalysisService_KeepsOrder_WhenManyDocumentsRunInParallel()
    {
        var paths = Enumerable.Range(0, 40).Select(i => Write($"doc{i:00}.txt", $"---\npublished: 2024-03-01\n---\nDocument {i}: Iran sent drones to Russia.\n")).ToList();
        var outcomes = new AnalysisService(TestData.Analyzer).Run(paths, new ReaderOptions(), parallelism: 4).ToList();
        Assert.Equal(paths, outcomes.Select(o => o.Document!.Document.Path));
        Assert.All(outcomes, o => Assert.Single(o.Document!.Events));
    }
}
