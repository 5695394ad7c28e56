using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Entente.Core.Text;

namespace Entente.Syntax.Bench;

/// <summary>
/// Throughput of the syntax model on one core over real prose. One operation annotates every sentence of the corpus
/// once, so tokens/s = tokens per operation ÷ mean time and bytes per token = allocated per operation ÷ tokens
/// (the <see cref="TokenColumn"/>s). <see cref="TagOnly"/>: tagger + lemmatiser (<c>Annotate(s, parse: false)</c>);
/// <see cref="TagAndParse"/>: the same plus the parser; <see cref="AnnotatorStage"/>: the pipeline's syntax stage
/// (<see cref="SyntaxAnnotator.Annotate(Doc)"/>: buffer fill from the <see cref="Doc"/>, tag, lemma, parse, FEATS,
/// write-back into the tokens).
/// </summary>
[MemoryDiagnoser]
public class SyntaxThroughput
{
    private SyntaxModel _model = null!;
    private SyntaxAnnotator _annotator = null!;
    private SyntaxCorpus _corpus = null!;
    private readonly SyntaxSentence _buffer = new();

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = SyntaxCorpus.Samples;

    public static IEnumerable<string> Corpora => SyntaxCorpus.Names();

    [GlobalSetup]
    public void Setup()
    {
        _model = SyntaxModel.Load(SyntaxCorpus.ModelPath());
        _annotator = new SyntaxAnnotator(_model);
        _corpus = SyntaxCorpus.Get(Corpus);
    }

    [Benchmark(Baseline = true, Description = "tag+lemma (parse: false)")]
    public int TagOnly() => Run(parse: false);

    [Benchmark(Description = "tag+lemma+parse")]
    public int TagAndParse() => Run(parse: true);

    [Benchmark(Description = "SyntaxAnnotator.Annotate(Doc)")]
    public int AnnotatorStage()
    {
        int warnings = 0;
        foreach (var doc in _corpus.Docs) warnings += _annotator.Annotate(doc).Count;
        return warnings;
    }

    private int Run(bool parse)
    {
        var s = _buffer;
        int check = 0;
        foreach (var sentence in _corpus.Sentences)
        {
            s.Clear();
            foreach (var form in sentence) s.Add(form);
            _model.Annotate(s, parse);
            check += s.Tag[0] + s.Head[0];
        }
        return check;
    }
}

/// <summary>Columns derived from the corpus size: tokens per operation, tokens per second, allocated bytes per token.</summary>
public sealed class TokenColumn(TokenColumn.Kind kind) : IColumn
{
    public enum Kind { TokensPerOp, TokensPerSecond, BytesPerToken }

    public string Id => "Entente." + kind;
    public string ColumnName => kind switch { Kind.TokensPerOp => "Tokens/op", Kind.TokensPerSecond => "Tokens/s", _ => "Alloc B/token" };
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => (int)kind;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => kind switch
    {
        Kind.TokensPerOp => "Tokens annotated per operation (every sentence of the corpus once)",
        Kind.TokensPerSecond => "Tokens per second on one thread: Tokens/op ÷ Mean",
        _ => "Managed bytes allocated per token: Allocated ÷ Tokens/op",
    };

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var ci = CultureInfo.InvariantCulture;
        long tokens = Tokens(benchmarkCase);
        if (kind == Kind.TokensPerOp) return tokens.ToString("N0", ci);
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats) return "NA";
        if (kind == Kind.TokensPerSecond) return (tokens / (stats.Mean / 1e9)).ToString("N0", ci);
        return BytesPerOperation(report, benchmarkCase) is long bytes ? ((double)bytes / tokens).ToString("F2", ci) : "NA";
    }

    internal static long Tokens(BenchmarkCase benchmarkCase)
        => SyntaxCorpus.Get((string)benchmarkCase.Parameters[nameof(SyntaxThroughput.Corpus)]).Tokens;

    internal static long? BytesPerOperation(BenchmarkReport report, BenchmarkCase benchmarkCase)
        => report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
}
