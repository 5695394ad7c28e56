using System.ComponentModel;
using System.Globalization;
using Entente.Corpus;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Entente.Corpus.Ingest;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

public sealed class IngestSettings : StoreSettings
{
    [CommandArgument(0, "[ARTICLES]")]
    [Description("Files or folders (searched recursively): .txt .md .html .jsonl and RSS/Atom files, or - for standard input.")]
    public string[] Articles { get; init; } = [];

    [CommandOption("--feed <URL_OR_FILE>")]
    [Description("An RSS 2.0 / Atom feed: a URL (downloaded, with the pages of short items fetched) or a file. Repeatable.")]
    public string[] Feeds { get; init; } = [];

    [CommandOption("--enqueue")]
    [Description("Only register the documents for `entente worker` processes (PostgreSQL stores).")]
    public bool Enqueue { get; init; }

    [CommandOption("--batch <N>")]
    [Description("Documents per transaction (default 200). A run killed mid-way keeps every finished batch.")]
    [DefaultValue(200)]
    public int Batch { get; init; } = 200;

    [CommandOption("--parallel <N>")]
    [Description("Documents analysed at once (default: the number of cores).")]
    public int Parallel { get; init; }

    [CommandOption("--published <DATE>")]
    [Description("Publication date (YYYY-MM-DD) used to resolve relative dates, overriding the documents' own.")]
    public string? Published { get; init; }

    [CommandOption("--no-language-check")]
    [Description("Analyse every document as English without identifying its language.")]
    public bool NoLanguageCheck { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("No progress and no summary; only errors, on standard error.")]
    public bool Quiet { get; init; }

    /// <summary>The inputs with the stdin placeholder turned back into "-".</summary>
    public IEnumerable<string> Inputs => Articles.Select(a => a == AnalyzeSettings.StdinPlaceholder ? "-" : a);

    public DateOnly? PublishedDate => Published == null ? null : DateOnly.ParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override ValidationResult Validate()
    {
        if (Articles.Length == 0 && Feeds.Length == 0)
            return ValidationResult.Error("nothing to ingest (hint: entente ingest samples/, or --feed https://example.org/rss.xml)");
        foreach (var f in Feeds)
            if (string.IsNullOrWhiteSpace(f) || (!FeedSource.IsUrl(f) && !File.Exists(f)))
                return ValidationResult.Error($"--feed '{f}': not an http(s) URL nor an existing file (hint: give a feed address such as https://example.org/rss.xml, or a saved .xml/.rss/.atom file)");
        if (Batch < 1) return ValidationResult.Error($"--batch {Batch} must be 1 or more (hint: 200 suits most runs)");
        if (Parallel < 0) return ValidationResult.Error($"--parallel {Parallel} must be 0 or more");
        if (Published != null && !DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return ValidationResult.Error($"--published '{Published}' is not a date (hint: use YYYY-MM-DD, e.g. 2024-02-27)");
        return base.Validate();
    }
}

/// <summary>
/// <c>entente ingest</c>: reads articles and feeds, analyses the documents not stored yet and stores their mentions,
/// merged into events, batch by batch. Progress on standard error; a final summary line. Exit code 1 when any input
/// failed (each is named on standard error and kept in the failures table), 2 when the store or knowledge failed.
/// </summary>
public sealed class IngestCommand : StoreCommand<IngestSettings>
{
    protected override bool StoreMustExist => false;

    protected override AnalyzerOptions AnalyzerOptions(IngestSettings settings) => new(DetectLanguage: !settings.NoLanguageCheck);

    protected override int Run(CorpusServices services, IEventStore store, IngestSettings settings, CancellationToken cancel)
    {
        var readerOptions = new ReaderOptions { Published = settings.PublishedDate };
        var meter = InputMeter.For(settings.Inputs, settings.Feeds);
        var inputs = meter.Track(ReadAll(settings, readerOptions));
        // a second connection answers "already stored?" beside the writer
        using var reader = services.Open(settings.ResolvedDb, mustExist: true);
        var options = new IngestOptions(settings.Batch, settings.Parallel, settings.Enqueue);
        var view = new IngestProgressView(meter, settings.Batch);
        // Ctrl+C ends the process at once; say what that means (each batch is one transaction, so nothing is half written)
        ConsoleCancelEventHandler interrupted = (_, _) => Console.Error.WriteLine(
            $"entente: ingest interrupted: every batch committed so far is kept in {store.Location} (hint: run the same command again to continue where it stopped)");
        Console.CancelKeyPress += interrupted;
        IngestSummary summary;
        try
        {
            summary = view.Show(IngestProgressView.ModeFor(settings.Quiet),
                progress => services.Ingest.Run(inputs, store, reader.KnownDocuments, options, progress, cancel));
        }
        finally { Console.CancelKeyPress -= interrupted; }
        foreach (var e in summary.Errors) Console.Error.WriteLine($"entente: error: {e}");
        if (!settings.Quiet) Console.Error.WriteLine(SummaryLine(summary, store.Stats(), store.Location, settings.Enqueue));
        return summary.Failed > 0 ? 1 : 0;
    }

    /// <summary>The articles (through <see cref="DocumentReader"/>), then each feed (through <see cref="FeedSource"/>), lazily.</summary>
    private static IEnumerable<ReadResult> ReadAll(IngestSettings settings, ReaderOptions readerOptions)
    {
        if (settings.Articles.Length > 0)
            foreach (var r in new DocumentReader().Read(settings.Inputs, readerOptions))
                yield return r;
        if (settings.Feeds.Length == 0) yield break;
        var feeds = new FeedSource();
        var feedOptions = new FeedOptions { Reader = readerOptions };
        foreach (var feed in settings.Feeds)
            foreach (var r in feeds.Read(feed, feedOptions))
                yield return r;
    }

    private static string SummaryLine(IngestSummary s, StoreStats stats, string location, bool enqueued)
    {
        double seconds = Math.Max(s.Elapsed.TotalSeconds, 0.001);
        double mb = s.Bytes / 1_000_000.0;
        var done = enqueued ? $"queued {s.Stored}" : $"stored {s.Stored}";
        return string.Create(CultureInfo.InvariantCulture,
            $"entente: ingest: {done}, unchanged {s.Unchanged}, replaced {s.Replaced}, failed {s.Failed}, mentions {s.Mentions} · " +
            $"{location} holds {stats.Events} events from {stats.Documents} documents · {mb:0.00} MB in {seconds:0.0} s ({mb / seconds:0.00} MB/s)");
    }
}
