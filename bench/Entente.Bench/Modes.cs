using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Entente.Core.Knowledge;
using Entente.Core.Pipeline;
using Entente.Core.Reading;
using Entente.Core.Text;

namespace Entente.Bench;

/// <summary>The bench modes: generate a corpus, measure throughput, memory, and one very large file.</summary>
internal static class Modes
{
    public static int Help()
    {
        Console.WriteLine("""
            Entente throughput and memory bench (run with -c Release)

              generate   --mb 50 --out DIR [--format txt|jsonl|single] [--doc-kb 6] [--seed 42]
              generate-stories --stories 200 --out DIR [--format jsonl|txt|both] [--max-reports 40] [--seed 42] [--check [--show-failures N]]
                         many reports of the same true events, with truth.tsv and stories.tsv; --check runs the analyzer on them
              merge-quality --truth DIR/truth.tsv [--assigned FILE]   scores a store's merge (FILE: url, offset, event_id); without --assigned, baselines
              merge-quality-selftest                     hand-checked examples of the pairwise and B-cubed scores
              ingest     [--stories N | --mb M] [--long] [--repeat 1] [--threads N] [--batch 200] [--pg CONN] [--keep]
                         analyze-only vs IngestService.Run into SQLite (and PostgreSQL with --pg); merge quality from the store
              merge-growth [--batches 10] [--docs-per-batch 10000] [--order shuffled|publication]   time per batch into one SQLite store
              query      [--events 1000000] [--reps 20] [--pg CONN] [--reuse] [--keep]   EventFilter latency on synthetic events
              analysis   [--events 1000000] [--reps 5] [--reuse] [--keep]   dyad series, charts, brief and network timed on synthetic events
              serve-load [--events 1000000] [--clients 32] [--seconds 20] [--reuse] [--keep]   HTTP API under load (in-process server, loopback)
              map        [--events 1000000] [--since 2025-01-01] [--reps 10] [--pg CONN] [--reuse] [--keep]   map page: store aggregate, points, SVG, GET /map
              analyze    --mb 50 [--threads 1,N] [--doc-kb 6] [--seed 42] [--no-files] [--no-language] [--repeat 2]
                         in-memory Analyzer.Analyze (1 thread and Parallel.ForEach; best of --repeat runs), then AnalysisService.Run over files on disk
              analyze-prose [--dir samples | --conllu FILE] [--repeat-mb 20] [--threads 1,2] [--repeat 1] [--no-language]
                         Analyzer.Analyze on real prose (samples/ via DocumentReader, or a CoNLL-U file's `# text =` lines in documents
                         of --doc-sentences 30) repeated to about --repeat-mb MB: MB per CPU-second, MB/s, tokens/s, allocation, peak memory
              memory     [--sizes 20,80] [--threads N]   runs memory-one in a fresh process per size and compares peak memory
              memory-one --mb 20 [--threads N]           one streaming AnalysisService.Run over generated files
              large-file [--mb 200] [--threads N]        one big .txt file through AnalysisService.Run (read in parts)
              language   [--chars 100,300,1000,3000]  per-call cost of the language identifier
              profile    [--mb 10] [--no-language] [--language-chars N] [--dir DIR | --conllu FILE] [--syntax-all]   single-threaded time per pipeline stage
                         (generated corpus, or real prose repeated to about --mb MB; --syntax-all: annotate every sentence, not only those the analyzer selects)
            """);
        return 0;
    }

    public static int Generate(BenchArgs a)
    {
        var gen = new CorpusGenerator(Options(a, 50));
        string format = a.Text("format", "txt");
        string outPath = a.Text("out", format == "txt" ? "corpus" : format == "jsonl" ? "corpus.jsonl" : "corpus.txt");
        var sw = Stopwatch.StartNew();
        switch (format)
        {
            case "txt": Console.WriteLine($"wrote {gen.WriteTextFolder(outPath).Count} files to {outPath}"); break;
            case "jsonl": Console.WriteLine($"wrote {gen.WriteJsonl(outPath)} lines to {outPath}"); break;
            case "single": Console.WriteLine($"wrote {Memory.Mb(gen.WriteSingleFile(outPath))} to {outPath}"); break;
            default: throw new ArgumentException($"unknown --format '{format}' (hint: txt, jsonl or single)");
        }
        Console.WriteLine($"in {sw.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    public static int Analyze(BenchArgs a)
    {
        var options = Options(a, 50);
        var threads = a.Ints("threads", Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1]);
        PrintMachine();
        var analyzer = LoadAnalyzer(a);

        var docs = new CorpusGenerator(options).Documents()
            .Select(d => new SourceDocument(d.Name + ".txt", d.Text, "text", d.Title, d.Published, d.Outlet))
            .ToList();
        long bytes = options.TotalBytes;
        Console.WriteLine($"corpus: {docs.Count} documents, {bytes / 1048576.0:F1} MB (seed {options.Seed}, mean document {options.DocumentBytes / 1024.0:F1} KB)");
        Warmup(analyzer, options, threads.Max());

        var results = new List<RunTotals>();
        foreach (int t in threads)
        {
            RunTotals? best = null;
            for (int k = 0; k < a.Int("repeat", 2); k++)
            {
                var run = InMemory(analyzer, docs, bytes, t);
                if (best == null || run.Elapsed < best.Elapsed) best = run;
            }
            var r = best!;
            results.Add(r);
            Console.WriteLine(r.Format());
        }
        docs = null;
        GC.Collect();

        if (!a.Has("no-files"))
        {
            string folder = Path.Combine(Path.GetTempPath(), "entente-bench", $"analyze-{options.Seed}-{options.TotalBytes}");
            var paths = EnsureTextFolder(options, folder);
            foreach (int t in threads)
            {
                var r = Service(analyzer, paths, bytes, t, $"AnalysisService.Run (files)");
                results.Add(r);
                Console.WriteLine(r.Format());
            }
            if (!a.Has("keep")) Directory.Delete(folder, true);
        }
        if (results.Count(r => r.Label.StartsWith("Analyzer")) >= 2)
        {
            var one = results.First(r => r.Threads == 1);
            var many = results.Where(r => r.Label.StartsWith("Analyzer")).MaxBy(r => r.Threads)!;
            Console.WriteLine($"scaling: {many.MBps / one.MBps:F2}x with {many.Threads} threads ({many.MBps / one.MBps / many.Threads * 100:F0}% efficiency)");
        }
        Console.WriteLine($"peak working set: {Memory.Mb(Memory.PeakWorkingSet())} (includes the in-memory corpus, {bytes * 2 / 1048576.0:F0} MB as UTF-16)");
        return 0;
    }

    public static int MemoryCompare(BenchArgs a)
    {
        var sizes = a.Ints("sizes", [20, 80]);
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find the bench executable (hint: run the built Entente.Bench)");
        string dll = typeof(Modes).Assembly.Location;
        bool viaDotnet = Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        PrintMachine();
        foreach (int mb in sizes)
        {
            var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
            if (viaDotnet) psi.ArgumentList.Add(dll);
            foreach (var x in new[] { "memory-one", "--mb", mb.ToString(CultureInfo.InvariantCulture), "--threads", a.Int("threads", Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture), "--doc-kb", a.Text("doc-kb", "6"), "--seed", a.Text("seed", "42") })
                psi.ArgumentList.Add(x);
            using var p = Process.Start(psi)!;
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Console.Write(output);
            if (p.ExitCode != 0) { Console.Error.WriteLine($"memory-one --mb {mb} failed with exit code {p.ExitCode}"); return 1; }
        }
        return 0;
    }

    public static int MemoryOne(BenchArgs a)
    {
        var options = Options(a, 20);
        int threads = a.Int("threads", Environment.ProcessorCount);
        string folder = Path.Combine(Path.GetTempPath(), "entente-bench", $"memory-{Environment.ProcessId}");
        var paths = new CorpusGenerator(options).WriteTextFolder(folder);
        try
        {
            var analyzer = LoadAnalyzer(a, quiet: true);
            GC.Collect();
            long afterLoad = Memory.WorkingSet();
            var r = Service(analyzer, paths, options.TotalBytes, threads, $"memory {options.TotalBytes / 1048576} MB");
            Console.WriteLine(r.Format());
            Console.WriteLine($"  working set after knowledge load: {Memory.Mb(afterLoad)}; peak working set: {Memory.Mb(Memory.PeakWorkingSet())}; " +
                              $"GC allocated {r.AllocatedBytes / r.MegaBytes / 1048576.0:F1} MB per MB of input; gen2 collections {GC.CollectionCount(2)}");
        }
        finally { Directory.Delete(folder, true); }
        return 0;
    }

    public static int LargeFile(BenchArgs a)
    {
        var options = Options(a, 200);
        int threads = a.Int("threads", Environment.ProcessorCount);
        PrintMachine();
        string path = Path.Combine(Path.GetTempPath(), "entente-bench", $"large-{Environment.ProcessId}.txt");
        var gsw = Stopwatch.StartNew();
        long fileBytes = new CorpusGenerator(options).WriteSingleFile(path);
        Console.WriteLine($"generated {Memory.Mb(fileBytes)} in {gsw.Elapsed.TotalSeconds:F1} s: {path}");
        try
        {
            var analyzer = LoadAnalyzer(a);
            GC.Collect();
            long afterLoad = Memory.WorkingSet();
            long peakBefore = Memory.PeakWorkingSet();
            var service = new AnalysisService(analyzer);
            long alloc0 = GC.GetTotalAllocatedBytes(true);
            var cpu0 = Memory.Cpu();
            var sw = Stopwatch.StartNew();
            int parts = 0; long sentences = 0, events = 0, errors = 0;
            foreach (var o in service.Run([path], new ReaderOptions(), threads))
            {
                if (o.Document is { } d) { parts++; sentences += d.SentenceCount; events += d.Events.Length; }
                else { errors++; Console.Error.WriteLine(o.Error); }
            }
            sw.Stop();
            var r = new RunTotals("large-file AnalysisService.Run", threads, fileBytes, parts, sentences, events, errors, sw.Elapsed, GC.GetTotalAllocatedBytes(true) - alloc0, Memory.Cpu() - cpu0);
            Console.WriteLine(r.Format());
            Console.WriteLine($"  parts: {parts}; working set after knowledge load: {Memory.Mb(afterLoad)}; peak before run: {Memory.Mb(peakBefore)}; peak working set: {Memory.Mb(Memory.PeakWorkingSet())}");
        }
        finally { File.Delete(path); }
        return 0;
    }

    // --- shared pieces ---

    internal static CorpusOptions Options(BenchArgs a, double defaultMb)
        => new(a.Int("seed", 42), (long)(a.Number("mb", defaultMb) * 1024 * 1024), (int)(a.Number("doc-kb", 6) * 1024));

    internal static Analyzer LoadAnalyzer(BenchArgs a, bool quiet = false)
    {
        string dataDir = a.Text("data", Path.Combine(AppContext.BaseDirectory, "data"));
        var sw = Stopwatch.StartNew();
        var kb = KnowledgeBase.Load(dataDir, Array.Empty<string>());
        var analyzer = new Analyzer(kb, new AnalyzerOptions(DetectLanguage: !a.Has("no-language")));
        sw.Stop();
        if (!quiet) Console.WriteLine($"knowledge base load + analyzer construction: {sw.Elapsed.TotalMilliseconds:F0} ms (from {dataDir}); language detection {(a.Has("no-language") ? "off" : "on")}");
        return analyzer;
    }

    internal static void PrintMachine()
        => Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

    /// <summary>Runs a separate small corpus (different seed) through the analyzer so JIT tiering and caches settle before timing.</summary>
    private static void Warmup(Analyzer analyzer, CorpusOptions options, int threads)
    {
        var sw = Stopwatch.StartNew();
        var warm = new CorpusGenerator(options with { Seed = options.Seed + 1000, TotalBytes = 3L * 1024 * 1024 }).Documents()
            .Select(d => new SourceDocument(d.Name, d.Text, "text", d.Title, d.Published, d.Outlet)).ToList();
        foreach (var d in warm.Take(warm.Count / 2)) analyzer.Analyze(d);
        Parallel.ForEach(warm.Skip(warm.Count / 2), new ParallelOptions { MaxDegreeOfParallelism = threads }, d => analyzer.Analyze(d));
        Console.WriteLine($"warm-up: 3 MB in {sw.Elapsed.TotalSeconds:F1} s (not counted)");
    }

    private static RunTotals InMemory(Analyzer analyzer, List<SourceDocument> docs, long bytes, int threads)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long alloc0 = GC.GetTotalAllocatedBytes(true);
        long sentences = 0, events = 0;
        var cpu0 = Memory.Cpu();
        var sw = Stopwatch.StartNew();
        if (threads == 1)
        {
            foreach (var d in docs)
            {
                var r = analyzer.Analyze(d);
                sentences += r.SentenceCount;
                events += r.Events.Length;
            }
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, docs.Count, 8), new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => (0L, 0L),
                (range, _, acc) =>
                {
                    for (int i = range.Item1; i < range.Item2; i++)
                    {
                        var r = analyzer.Analyze(docs[i]);
                        acc.Item1 += r.SentenceCount;
                        acc.Item2 += r.Events.Length;
                    }
                    return acc;
                },
                acc => { Interlocked.Add(ref sentences, acc.Item1); Interlocked.Add(ref events, acc.Item2); });
        }
        sw.Stop();
        return new RunTotals(threads == 1 ? "Analyzer.Analyze (in memory)" : "Analyzer.Analyze (Parallel.ForEach)", threads, bytes, docs.Count, sentences, events, 0, sw.Elapsed, GC.GetTotalAllocatedBytes(true) - alloc0, Memory.Cpu() - cpu0);
    }

    internal static RunTotals Service(Analyzer analyzer, IReadOnlyList<string> paths, long bytes, int threads, string label)
    {
        GC.Collect();
        long alloc0 = GC.GetTotalAllocatedBytes(true);
        var service = new AnalysisService(analyzer);
        long sentences = 0, events = 0, errors = 0;
        int documents = 0;
        var cpu0 = Memory.Cpu();
        var sw = Stopwatch.StartNew();
        foreach (var o in service.Run(paths, new ReaderOptions(), threads))
        {
            if (o.Document is { } d) { documents++; sentences += d.SentenceCount; events += d.Events.Length; }
            else if (errors++ < 5) Console.Error.WriteLine(o.Error);
        }
        sw.Stop();
        return new RunTotals(label, threads, bytes, documents, sentences, events, errors, sw.Elapsed, GC.GetTotalAllocatedBytes(true) - alloc0, Memory.Cpu() - cpu0);
    }

    private static List<string> EnsureTextFolder(CorpusOptions options, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, true);
        var sw = Stopwatch.StartNew();
        var paths = new CorpusGenerator(options).WriteTextFolder(folder);
        Console.WriteLine($"wrote {paths.Count} files to {folder} in {sw.Elapsed.TotalSeconds:F1} s (not counted)");
        return paths;
    }
}
