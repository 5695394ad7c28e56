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

    [CommandOption("--lease <SECONDS>")]
    [Description("How long claimed jobs stay the worker's without renewal (default 60; renewed every third of it while the worker runs). A killed worker's jobs go back to the queue after this.")]
    [DefaultValue(60.0)]
    public double Lease { get; init; } = 60;

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
        if (!(TimeSpan.FromSeconds(Lease) >= JobLease.Minimum) || Lease > 86_400)
            return ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--lease {Lease} must be between {JobLease.Minimum.TotalSeconds} and 86400 seconds (hint: 60 suits most workers)"));
        return base.Validate();
    }
}

/// <summary>
/// <c>entente worker</c>: claims documents queued by <c>entente ingest --enqueue</c>, analyses them and stores the result
/// in one transaction. Claimed jobs are leased (--lease, renewed while the worker runs): a worker killed mid-batch leaves
/// them to others when the lease expires, charging only the documents it was analysing. Polls every two seconds when the
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
            int n = store.ProcessJobs(name, settings.Batch, TimeSpan.FromSeconds(settings.Lease), claim =>
            {
                var batch = Analyze(services, claim, parallelism);
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

    /// <summary>
    /// Analyses claimed jobs in parallel, each marked begun before and ended after; a document the analyzer fails on becomes a failure of
    /// the batch, the others are stored. Documents that interrupted a worker before are analysed last, one at a time: if
    /// one kills this worker too, it alone is charged.
    /// </summary>
    private static IngestBatch Analyze(CorpusServices services, JobClaim claim, int parallelism)
    {
        var jobs = claim.Jobs;
        var items = new IngestItem?[jobs.Count];
        var errors = new ReadError?[jobs.Count];
        void One(int i)
        {
            var job = jobs[i];
            claim.Begin(job); // a store error here is the worker's, not the document's: it is not caught below
            try
            {
                items[i] = services.Ingest.Analyze(job.Document, job.Identity);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
            {
                errors[i] = AnalysisService.Failure(job.Document, ex, "the other documents were stored");
            }
            claim.End(job);
        }
        var suspects = Enumerable.Range(0, jobs.Count).Where(i => jobs[i].Interruptions > 0).ToList();
        Parallel.ForEach(Enumerable.Range(0, jobs.Count).Except(suspects), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, One);
        foreach (var i in suspects) One(i);
        return new IngestBatch([.. items.OfType<IngestItem>()], [.. errors.OfType<ReadError>()]);
    }
}
