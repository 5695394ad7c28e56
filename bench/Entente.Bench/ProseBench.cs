using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Entente.Core.Knowledge;
using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Bench;

/// <summary>
/// <c>analyze-prose</c>: end-to-end <see cref="Analyzer.Analyze"/> (language, sentences, syntax, dates, actors,
/// events) on real prose — the project's own articles in samples/ or the <c># text =</c> lines of a CoNLL-U file —
/// repeated until about <c>--repeat-mb</c> MB have been analysed, single-threaded and with N threads. Reports MB per
/// CPU-second (process CPU time), MB/s wall, tokens/s, allocated bytes per MB of input and the peak working set.
/// </summary>
internal static class ProseBench
{
    public static int Run(BenchArgs a)
    {
        Modes.PrintMachine();
        string path = a.Has("conllu") ? a.Text("conllu", "") : a.Text("dir", ProseSource.FindInRepository("samples") ?? "samples");
        var corpus = ProseSource.Load(path, a.Int("doc-sentences", 30));
        var threads = a.Ints("threads", [1, 2]);
        double targetMb = a.Number("repeat-mb", 20);
        int passes = Math.Max(1, (int)Math.Ceiling(targetMb / corpus.MegaBytes));
        Console.WriteLine($"corpus: {corpus.Label} ({Path.GetFullPath(path)}): {corpus.Documents.Count} documents, {corpus.Utf8Bytes / 1024.0:F1} KB of UTF-8 text, " +
                          $"mean document {corpus.Utf8Bytes / 1024.0 / corpus.Documents.Count:F1} KB; {passes} passes = {passes * corpus.MegaBytes:F1} MB per run");

        var analyzer = Load(a);
        long afterLoad = Memory.WorkingSet();

        var warm = Stopwatch.StartNew();
        int warmPasses = Math.Max(1, (int)Math.Ceiling(Math.Min(2.0, targetMb / 5) / corpus.MegaBytes));
        var warmResult = Pass(analyzer, corpus.Documents, warmPasses, threads.Max(), countParsed: true);
        // Tiered compilation goes on recompiling hot methods in the background for many seconds after their first calls
        // (longer on a crowded machine), and that CPU time would count in the measured run: warm up, pass by pass, until
        // a pass leaves the JIT nearly idle (under 1 % of its time), for at most --warm-max-s seconds.
        double warmMax = a.Number("warm-max-s", 90);
        int extra = 0;
        for (TimeSpan jit = warmResult.Jit, wall = warmResult.Wall; jit.TotalSeconds > 0.01 * wall.TotalSeconds && warm.Elapsed.TotalSeconds < warmMax; extra++)
        {
            var more = Pass(analyzer, corpus.Documents, 1, threads.Max());
            (jit, wall) = (more.Jit, more.Wall);
        }
        Console.WriteLine($"warm-up: {(warmPasses + extra) * corpus.MegaBytes:F1} MB in {warm.Elapsed.TotalSeconds:F1} s (not counted; {extra} passes until the JIT settled); per pass {warmResult.Sentences / warmPasses} sentences, " +
                          $"{warmResult.Tokens / warmPasses} tokens ({100.0 * warmResult.ParsedTokens / warmResult.Tokens:F0}% in parsed sentences), {warmResult.Events / warmPasses} events, {warmResult.Warnings / warmPasses} warnings");

        using var allocTypes = a.Has("alloc-types") ? new AllocationTypes() : null;
        allocTypes?.Start();
        foreach (int t in threads)
        {
            Totals? best = null;
            for (int k = 0; k < a.Int("repeat", 1); k++)
            {
                var run = Pass(analyzer, corpus.Documents, passes, t);
                if (best == null || run.Cpu < best.Cpu) best = run;
            }
            Console.WriteLine(best!.Format(corpus.MegaBytes * passes, t));
        }
        allocTypes?.Stop();
        allocTypes?.Print(a.Int("alloc-types", 25));
        Console.WriteLine($"working set after load: {Memory.Mb(afterLoad)}; peak working set of the process: {Memory.Mb(Memory.PeakWorkingSet())}; gen2 collections {GC.CollectionCount(2)}");
        return 0;
    }

    /// <summary>Knowledge base, syntax model and analyzer, each timed (the model is loaded on first use of <see cref="KnowledgeBase.Syntax"/>).</summary>
    private static Analyzer Load(BenchArgs a)
    {
        string dataDir = a.Text("data", Path.Combine(AppContext.BaseDirectory, "data"));
        var sw = Stopwatch.StartNew();
        var kb = KnowledgeBase.Load(dataDir, Array.Empty<string>());
        double kbMs = sw.Elapsed.TotalMilliseconds;
        long heap0 = GC.GetTotalMemory(true);
        sw.Restart();
        var model = kb.Syntax;
        double syntaxMs = sw.Elapsed.TotalMilliseconds;
        long heap1 = GC.GetTotalMemory(true);
        sw.Restart();
        var analyzer = new Analyzer(kb, new AnalyzerOptions(DetectLanguage: !a.Has("no-language")));
        Console.WriteLine($"load: knowledge base {kbMs:F0} ms; syntax model {syntaxMs:F0} ms ({kb.SyntaxModelPath}, {model.MemoryBytes / 1048576.0:F0} MB by MemoryBytes, " +
                          $"GC heap +{(heap1 - heap0) / 1048576.0:F0} MB); analyzer {sw.Elapsed.TotalMilliseconds:F0} ms; language detection {(a.Has("no-language") ? "off" : "on")}");
        return analyzer;
    }

    /// <param name="Jit">Time the JIT spent compiling during the run (all threads): CPU time that is not the analysis's.</param>
    /// <param name="ThreadCpu">With one thread: CPU time of the thread that ran the analysis (without the runtime's JIT and GC threads).</param>
    private sealed record Totals(long Bytes, long Documents, long Sentences, long Tokens, long Events, long Warnings, TimeSpan Wall, TimeSpan Cpu, long Allocated, long ParsedTokens, TimeSpan Jit,
        TimeSpan? ThreadCpu = null)
    {
        public string Format(double mb, int threads)
        {
            double wall = Wall.TotalSeconds, cpu = Cpu.TotalSeconds;
            return string.Format(CultureInfo.InvariantCulture,
                "Analyzer.Analyze threads={0}  {1,6:F1} MB  wall {2,6:F2} s  cpu {3,6:F2} s ({4:F2} cores)  {5,5:F2} MB per CPU-s  {6,5:F2} MB/s wall  {7,8:N0} tokens/s  {8,6:N0} sent/s  {9,5:N0} docs/s  {10,6:N0} events/s  alloc {11,6:F1} MB/MB  jit {12:F2} s{13}",
                threads, mb, wall, cpu, cpu / wall, mb / cpu, mb / wall, Tokens / wall, Sentences / wall, Documents / wall, Events / wall, Allocated / 1048576.0 / mb, Jit.TotalSeconds,
                ThreadCpu is { } t ? string.Format(CultureInfo.InvariantCulture, "  analysis thread: cpu {0:F2} s, {1:F2} MB per CPU-s", t.TotalSeconds, mb / t.TotalSeconds) : "");
        }
    }

    /// <summary>One run; <paramref name="countParsed"/> also counts the tokens of parsed sentences (not for timed runs).</summary>
    private static Totals Pass(Analyzer analyzer, IReadOnlyList<SourceDocument> docs, int passes, int threads, bool countParsed = false)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long alloc0 = GC.GetTotalAllocatedBytes(true);
        long sentences = 0, tokens = 0, events = 0, warnings = 0, parsed = 0;
        var cpu0 = Memory.Cpu();
        var jit0 = System.Runtime.JitInfo.GetCompilationTime();
        var thread0 = threads == 1 ? Memory.ThreadCpu() : null;
        var sw = Stopwatch.StartNew();
        int total = passes * docs.Count;
        if (threads == 1)
        {
            for (int i = 0; i < total; i++)
            {
                var r = analyzer.Analyze(docs[i % docs.Count]);
                sentences += r.SentenceCount; tokens += r.Doc?.TokenCount ?? 0; events += r.Events.Length; warnings += r.Warnings.Length;
                if (countParsed && r.Doc is { } d) parsed += d.Sentences.Where(d.IsParsed).Sum(x => (long)x.TokenCount);
            }
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, total, 4), new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => new long[5],
                (range, _, acc) =>
                {
                    for (int i = range.Item1; i < range.Item2; i++)
                    {
                        var r = analyzer.Analyze(docs[i % docs.Count]);
                        acc[0] += r.SentenceCount; acc[1] += r.Doc?.TokenCount ?? 0; acc[2] += r.Events.Length; acc[3] += r.Warnings.Length;
                        if (countParsed && r.Doc is { } d) acc[4] += d.Sentences.Where(d.IsParsed).Sum(x => (long)x.TokenCount);
                    }
                    return acc;
                },
                acc => { Interlocked.Add(ref sentences, acc[0]); Interlocked.Add(ref tokens, acc[1]); Interlocked.Add(ref events, acc[2]); Interlocked.Add(ref warnings, acc[3]); Interlocked.Add(ref parsed, acc[4]); });
        }
        sw.Stop();
        var cpu = Memory.Cpu() - cpu0;
        long bytes = docs.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text)) * passes;
        return new Totals(bytes, total, sentences, tokens, events, warnings, sw.Elapsed, cpu, GC.GetTotalAllocatedBytes(true) - alloc0, parsed,
            System.Runtime.JitInfo.GetCompilationTime() - jit0, Memory.ThreadCpu() - thread0);
    }
}
