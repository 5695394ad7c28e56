using Entente.Core.Reading;
using Entente.Core.Text;

namespace Entente.Core.Pipeline;

/// <summary>One outcome of <see cref="AnalysisService.Run"/>: an analysed document or an input that could not be read or analysed.</summary>
public sealed record AnalysisOutcome(AnalyzedDocument? Document, ReadError? Error);

/// <summary>
/// The application service behind <c>entente analyze</c> (and later the API): reads the inputs lazily, analyses
/// documents in parallel across cores in bounded windows, and yields results in input order. A failure in one input
/// becomes an error outcome naming the file (and line); the rest continues.
/// </summary>
public sealed class AnalysisService
{
    private readonly Analyzer _analyzer;
    private readonly DocumentReader _reader = new();

    public AnalysisService(Analyzer analyzer) { _analyzer = analyzer; }

    public Analyzer Analyzer => _analyzer;

    public IEnumerable<AnalysisOutcome> Run(IEnumerable<string> inputs, ReaderOptions options, int parallelism = 0, CancellationToken cancel = default)
    {
        if (parallelism <= 0) parallelism = Environment.ProcessorCount;
        int window = Math.Max(1, parallelism * 4);
        var batch = new List<ReadResult>(window);
        foreach (var r in _reader.Read(inputs, options))
        {
            cancel.ThrowIfCancellationRequested();
            batch.Add(r);
            if (batch.Count == window)
            {
                foreach (var o in Process(batch, parallelism, cancel)) yield return o;
                batch.Clear();
            }
        }
        foreach (var o in Process(batch, parallelism, cancel)) yield return o;
    }

    private AnalysisOutcome[] Process(List<ReadResult> batch, int parallelism, CancellationToken cancel)
    {
        var results = new AnalysisOutcome[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancel }, i =>
        {
            results[i] = AnalyzeOne(batch[i]);
        });
        return results;
    }

    public AnalysisOutcome AnalyzeOne(ReadResult r)
    {
        if (r.Document is not { } doc) return new AnalysisOutcome(null, r.Error);
        try
        {
            return new AnalysisOutcome(_analyzer.Analyze(doc), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // an analyzer defect on one document must not stop the run: report it with the document's name
            return new AnalysisOutcome(null, Failure(doc, ex, "the other documents were processed"));
        }
    }

    /// <summary>The error for a document whose analysis threw: over its time budget (<see cref="TimeoutException"/>), or a
    /// defect to report. <paramref name="others"/> says what happened to the rest of the run.</summary>
    public static ReadError Failure(SourceDocument doc, Exception ex, string others) => ex is TimeoutException
        ? new ReadError(doc.Path, doc.Line, ex.Message, $"split the document into articles, or check it is the text you meant to analyse; {others}")
        : new ReadError(doc.Path, doc.Line, $"analysis failed: {ex.GetType().Name}: {ex.Message}", $"please report this with the input; {others}");
}
