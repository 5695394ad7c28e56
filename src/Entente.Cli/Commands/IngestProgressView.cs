using System.Globalization;
using Entente.Corpus.Ingest;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>How an ingest shows its progress on standard error.</summary>
internal enum ProgressMode
{
    /// <summary>Nothing (--quiet).</summary>
    None,
    /// <summary>A live progress bar with rates and ETA (standard error is a terminal).</summary>
    Bar,
    /// <summary>One summary line about every five seconds (standard error is a file or pipe).</summary>
    Lines,
}

/// <summary>
/// Shows an ingest's progress on standard error: documents/s, mentions/s (the rate at which event reports are stored),
/// the share of the input bytes done and the ETA from it. Reads the per-batch <see cref="IngestProgress"/> and an
/// <see cref="InputMeter"/>; writes nothing on standard output.
/// </summary>
internal sealed class IngestProgressView
{
    public static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);

    private readonly InputMeter _meter;
    private readonly int _batchSize;
    private int _batches;

    public IngestProgressView(InputMeter meter, int batchSize)
    {
        _meter = meter;
        _batchSize = batchSize;
    }

    public static ProgressMode ModeFor(bool quiet) => quiet ? ProgressMode.None : Console.IsErrorRedirected ? ProgressMode.Lines : ProgressMode.Bar;

    /// <summary>Runs <paramref name="ingest"/>, giving it the progress callback of <paramref name="mode"/>.</summary>
    public T Show<T>(ProgressMode mode, Func<Action<IngestProgress>?, T> ingest) => mode switch
    {
        ProgressMode.Bar => ShowBar(ingest),
        ProgressMode.Lines => ShowLines(ingest),
        _ => ingest(null),
    };

    private T ShowBar<T>(Func<Action<IngestProgress>?, T> ingest)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 24 }, new PercentageColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("reading…", maxValue: Math.Max(1, _meter.TotalBytes));
                task.IsIndeterminate = _meter.TotalBytes == 0;
                var result = ingest(p =>
                {
                    var s = Snapshot(p);
                    task.Value = s.Bytes;
                    task.Description = Markup.Escape(s.Short);
                });
                task.Value = task.MaxValue;
                return result;
            });
    }

    private T ShowLines<T>(Func<Action<IngestProgress>?, T> ingest)
    {
        Snap? latest = null, printed = null;
        var gate = new Lock();
        void Print()
        {
            lock (gate)
            {
                var s = latest;
                if (s is null || ReferenceEquals(s, printed)) return;
                Console.Error.WriteLine($"entente: ingest: {s.Text}");
                printed = s;
            }
        }
        using var timer = new Timer(_ => Print(), null, LineInterval, LineInterval);
        return ingest(p =>
        {
            var s = Snapshot(p);
            lock (gate) latest = s;
        });
    }

    private sealed record Snap(long Bytes, string Text, string Short);

    private Snap Snapshot(IngestProgress p)
    {
        long bytes = _meter.BytesThrough(Interlocked.Increment(ref _batches) * _batchSize);
        double seconds = Math.Max(p.Elapsed.TotalSeconds, 0.001);
        int docs = p.Documents + p.Unchanged + p.Failed;
        var rates = string.Create(CultureInfo.InvariantCulture, $"{docs / seconds:0.0} docs/s · {p.Mentions / seconds:0.0} mentions/s");
        var text = string.Create(CultureInfo.InvariantCulture, $"{docs} documents ({p.Documents} stored, {p.Unchanged} unchanged, {p.Failed} failed) · {rates}");
        var brief = string.Create(CultureInfo.InvariantCulture, $"{docs} docs · {rates}");
        if (_meter.TotalBytes > 0 && bytes > 0)
        {
            double share = (double)bytes / _meter.TotalBytes;
            var eta = string.Create(CultureInfo.InvariantCulture, $"ETA {TimeSpan.FromSeconds(Math.Round(seconds * (1 - share) / share)):h\\:mm\\:ss}");
            text += string.Create(CultureInfo.InvariantCulture, $" · {share * 100:0}% · {eta}");
            brief += " · " + eta;
        }
        return new Snap(bytes, text, brief);
    }
}
