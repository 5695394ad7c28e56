using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Entente.Core.Text;
using Entente.Corpus.Store;

namespace Entente.Corpus.Ingest;

/// <summary>Settings of an ingest run.</summary>
/// <param name="BatchSize">Documents per transaction.</param>
/// <param name="Parallelism">Analysis threads (0: one per core).</param>
/// <param name="Enqueue">Only register documents for workers (PostgreSQL), do not analyse them.</param>
public sealed record IngestOptions(int BatchSize = 200, int Parallelism = 0, bool Enqueue = false);

/// <summary>Where an ingest run is, reported after each batch.</summary>
public sealed record IngestProgress(int Documents, int Unchanged, int Failed, int Mentions, long Bytes, TimeSpan Elapsed);

/// <summary>What an ingest run did.</summary>
public sealed record IngestSummary(int Stored, int Unchanged, int Replaced, int Failed, int Mentions, long Bytes, TimeSpan Elapsed, IReadOnlyList<ReadError> Errors);

/// <summary>
/// The application service behind <c>entente ingest</c>: reads documents, skips those already stored, analyses the rest
/// in parallel and stores them batch by batch, each batch one transaction (so a run killed at any point and started
/// again ends with the same store as an uninterrupted run). Analysis of the next batch overlaps the write of the previous one.
/// A document that cannot be read or analysed becomes a failure row and an error in the summary; the run goes on.
/// </summary>
public sealed class IngestService
{
    private readonly Analyzer _analyzer;
    private readonly MentionBuilder _mentions;

    public IngestService(Analyzer analyzer, MentionBuilder mentions)
    {
        _analyzer = analyzer;
        _mentions = mentions;
    }

    /// <param name="inputs">Read results in input order (from <see cref="DocumentReader"/> or a feed source).</param>
    /// <param name="store">The store written to (one connection, used by this thread only).</param>
    /// <param name="known">Tells which document keys are stored already; must use its own connection (it runs beside the writer).</param>
    public IngestSummary Run(IEnumerable<ReadResult> inputs, IEventStore store, Func<IReadOnlyCollection<string>, IReadOnlySet<string>> known,
        IngestOptions options, Action<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        int parallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
        var errors = new List<ReadError>();
        int stored = 0, unchanged = 0, replaced = 0, failed = 0, mentions = 0;
        long bytes = 0;

        using var queue = new BlockingCollection<(IngestBatch Batch, long Bytes, int Skipped)>(boundedCapacity: 2);
        // stops the producer when the writer fails: without it, a producer blocked on the full queue is waited for forever
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var window in Windows(inputs, options.BatchSize))
                {
                    stop.Token.ThrowIfCancellationRequested();
                    queue.Add(Prepare(window, known, options.Enqueue, parallelism, stop.Token), stop.Token);
                }
            }
            finally { queue.CompleteAdding(); }
        }, stop.Token);

        int batches = 0;
        try
        {
            foreach (var (batch, batchBytes, skipped) in queue.GetConsumingEnumerable(cancel))
            {
                unchanged += skipped;
                try
                {
                    if (options.Enqueue)
                    {
                        stored += store.Enqueue(batch.Items, batch.Failures);
                    }
                    else
                    {
                        var r = store.Write(batch);
                        stored += r.Stored;
                        unchanged += r.Unchanged;
                        replaced += r.Replaced;
                        mentions += r.Mentions;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
                {
                    throw WriteFailed(store, ex, batches, stored);
                }
                batches++;
                failed += batch.Failures.Count;
                errors.AddRange(batch.Failures);
                bytes += batchBytes;
                progress?.Invoke(new IngestProgress(stored, unchanged, failed, mentions, bytes, clock.Elapsed));
            }
        }
        catch
        {
            stop.Cancel();
            WaitFor(producer, stop.Token, rethrow: false);
            throw;
        }
        // surface a producer failure (reading, "already stored?") as itself, not wrapped
        WaitFor(producer, stop.Token, rethrow: true);
        return new IngestSummary(stored, unchanged, replaced, failed, mentions, bytes, clock.Elapsed, errors);
    }

    /// <summary>Waits for the producer to end. Its cancellation is expected; another failure is thrown when
    /// <paramref name="rethrow"/>, else (the writer's failure is being reported already) left out.</summary>
    private static void WaitFor(Task producer, CancellationToken stop, bool rethrow)
    {
        try { producer.GetAwaiter().GetResult(); }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
        catch (Exception) when (!rethrow) { }
    }

    /// <summary>A store write that failed (disk full, server stopped): one message saying what was kept and how to go on.</summary>
    private static StoreException WriteFailed(IEventStore store, Exception ex, int batches, int stored) => new(
        $"{store.Location}: writing batch {batches + 1} failed: {ex.Message.ReplaceLineEndings(" ")}",
        $"the {batches} batch{(batches == 1 ? "" : "es")} committed before it ({stored} documents) are kept; fix the cause (disk space, a stopped server, permissions) " +
        "and run the same command again to continue where it stopped", ex);

    private static IEnumerable<List<ReadResult>> Windows(IEnumerable<ReadResult> inputs, int size)
    {
        var window = new List<ReadResult>(size);
        foreach (var r in inputs)
        {
            window.Add(r);
            if (window.Count >= size)
            {
                yield return window;
                window = new List<ReadResult>(size);
            }
        }
        if (window.Count > 0) yield return window;
    }

    private (IngestBatch, long, int) Prepare(List<ReadResult> window, Func<IReadOnlyCollection<string>, IReadOnlySet<string>> known,
        bool enqueue, int parallelism, CancellationToken cancel)
    {
        var failures = new List<ReadError>();
        var docs = new List<(SourceDocument Doc, DocumentIdentity Id)>();
        foreach (var r in window)
        {
            if (r.Document is { } d) docs.Add((d, DocumentIdentity.Of(d)));
            else failures.Add(r.Error!);
        }
        var already = known(docs.Select(d => d.Id.Key).ToList());
        var todo = docs.Where(d => !already.Contains(d.Id.Key)).ToList();
        long bytes = docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Doc.Text));
        var items = new IngestItem?[todo.Count];
        var errors = new ReadError?[todo.Count];
        Parallel.For(0, todo.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancel }, i =>
        {
            var (doc, id) = todo[i];
            if (enqueue)
            {
                items[i] = new IngestItem(doc, id, _mentions.OutletOf(doc), null, doc.Published, false, []);
                return;
            }
            try
            {
                items[i] = Analyze(doc, id);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
            {
                errors[i] = AnalysisService.Failure(doc, ex, "the other documents were stored");
            }
        });
        failures.AddRange(errors.Where(e => e is not null)!);
        return (new IngestBatch([.. items.Where(i => i is not null)!], failures), bytes, docs.Count - todo.Count);
    }

    /// <summary>Analyses one document and builds its mentions (also used by workers).</summary>
    public IngestItem Analyze(SourceDocument doc, DocumentIdentity id) => AnalyzeWithReport(doc, id).Item;

    /// <summary>Analyses one document and builds its mentions, keeping the analysis itself (for callers that also show it, as the HTTP API does).</summary>
    public (IngestItem Item, AnalyzedDocument Analysis) AnalyzeWithReport(SourceDocument doc, DocumentIdentity id)
    {
        var analysed = _analyzer.Analyze(doc);
        return (new IngestItem(doc, id, _mentions.OutletOf(doc), analysed.Language, analysed.Published ?? doc.Published, analysed.Skipped,
            analysed.Skipped ? [] : _mentions.Build(analysed, id)), analysed);
    }
}
