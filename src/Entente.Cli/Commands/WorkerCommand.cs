using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using Entente.Corpus;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class WorkerSettings : StoreSettings
{
    [CommandOption("--batch <N>")]
    [Description("Jobs claimed and stored per transaction (default 20).")]
    [DefaultValue(20)]
    public int Batch { get; init; } = 20;

    [CommandOption("--idle-exit")]
    [Description("Exit when the queue is empty instead of waiting for more jobs.")]
    public bool IdleExit { get; init; }

    [CommandOption("--parallel <N>")]
    [Description("Documents of a batch analysed at once (default: the number of cores).")]
    public int Parallel { get; init; }

    [CommandOption("--no-language-check")]
    [Description("Analyse every document as English without identifying its language.")]
    public bool NoLanguageCheck { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No progress lines; only errors.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate()
    {
        if (Batch < 1) return ValidationResult.Error($"--batch {Batch} must be 1 or more (hint: 20 suits most workers)");
        if (Parallel < 0) return ValidationResult.Error($"--parallel {Parallel} must be 0 or more");
        return base.Validate();
    }
}

/// <summary>
/// <c>entente worker</c>: claims documents queued by <c>entente ingest --enqueue</c>, analyses them and stores the result
/// in the claim's transaction (a worker killed mid-batch leaves its jobs to others). Polls every two seconds when the
/// queue is empty, or exits then with --idle-exit; SIGTERM or Ctrl+C stops it after the batch it holds is stored (exit 0).
/// Needs a PostgreSQL store.
/// </summary>
public sealed class WorkerCommand : StoreCommand<WorkerSettings>
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override AnalyzerOptions AnalyzerOptions(WorkerSettings settings) => new(DetectLanguage: !settings.NoLanguageCheck);

    protected override int Run(CorpusServices services, IEventStore store, WorkerSettings settings, CancellationToken cancel)
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}";
        int parallelism = settings.Parallel > 0 ? settings.Parallel : Environment.ProcessorCount;
        int done = 0, failed = 0;
        // SIGTERM (a service manager, docker stop, kill) and Ctrl+C stop the worker after the batch it holds is stored:
        // the batch is finished, not cut, so no job counts an attempt it did not fail
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopGracefully);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopGracefully);
        void StopGracefully(PosixSignalContext signal)
        {
            signal.Cancel = true;
            if (stop.IsCancellationRequested) return;
            if (!settings.Quiet) Console.Error.WriteLine($"entente: worker {name}: {signal.Signal} received: stopping after the current batch");
            stop.Cancel();
        }
        while (!stop.IsCancellationRequested)
        {
            int batchFailures = 0;
            int n = store.ProcessJobs(name, settings.Batch, jobs =>
            {
                var batch = Analyze(services, jobs, parallelism);
                batchFailures = batch.Failures.Count;
                foreach (var f in batch.Failures) Console.Error.WriteLine($"entente: error: {f}");
                return batch;
            });
            done += n;
            failed += batchFailures;
            if (n > 0)
            {
                if (!settings.Quiet) Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entente: worker {name}: {done} documents done, {failed} failed"));
                continue;
            }
            if (settings.IdleExit) break;
            if (stop.Token.WaitHandle.WaitOne(PollInterval)) break;
        }
        if (!settings.Quiet) Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"entente: worker {name}: stopped after {done} documents ({failed} failed); {store.Stats().PendingJobs} jobs pending in {store.Location}"));
        return failed > 0 ? 1 : 0;
    }

    /// <summary>Analyses claimed jobs in parallel; a document the analyzer fails on becomes a failure of the batch, the others are stored.</summary>
    private static IngestBatch Analyze(CorpusServices services, IReadOnlyList<ClaimedJob> jobs, int parallelism)
    {
        var items = new IngestItem?[jobs.Count];
        var errors = new ReadError?[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var job = jobs[i];
            try
            {
                items[i] = services.Ingest.Analyze(job.Document, job.Identity);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
            {
                errors[i] = AnalysisService.Failure(job.Document, ex, "the other documents were stored");
            }
        });
        return new IngestBatch([.. items.OfType<IngestItem>()], [.. errors.OfType<ReadError>()]);
    }
}
