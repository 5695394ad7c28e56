using System.Diagnostics;
using System.IO.Compression;
using Entente.Core.Text;

namespace Entente.Syntax.Bench;

/// <summary>The Stopwatch modes: model footprint (load time, memory, file size) and time and allocation per syntax stage.</summary>
internal static class SyntaxModes
{
    public static void PrintMachine()
        => Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

    /// <summary>
    /// File size (gzip and inflated), load time (a first, cold load that also JITs the reader, then best and median of
    /// <paramref name="runs"/> timed loads), and memory held: <see cref="SyntaxModel.MemoryBytes"/>, the
    /// <see cref="GC.GetTotalMemory"/> delta across a load with the model kept alive (the weight tables are outside the
    /// GC heap), and the working set with its share on 2 MB pages.
    /// </summary>
    public static int Footprint(string path, int runs)
    {
        PrintMachine();
        if (!File.Exists(path)) throw new ArgumentException($"{path}: model not found (hint: --model PATH, or wait for data/models/en-syntax.bin.gz)");
        long fileBytes = new FileInfo(path).Length;
        var inflate = Stopwatch.StartNew();
        long raw = 0;
        using (var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
        {
            var buffer = new byte[1 << 16];
            for (int n; (n = gz.Read(buffer)) > 0;) raw += n;
        }
        inflate.Stop();
        Console.WriteLine($"model: {path}");
        Console.WriteLine($"file size: {fileBytes / 1048576.0:F1} MB gzip ({fileBytes:N0} bytes), {raw / 1048576.0:F1} MB inflated; gunzip alone {inflate.Elapsed.TotalMilliseconds:F0} ms");

        var (cold, coldDelta, model) = TimedLoad(path);
        Console.WriteLine($"first load in this process (includes JIT of the reader): {cold.TotalMilliseconds:F0} ms, GC heap +{coldDelta / 1048576.0:F1} MB");
        foreach (var (k, v) in model.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal)) Console.WriteLine($"  metadata {k}: {v}");
        Console.WriteLine($"  {model.Tags.Count} joint tags, {model.Relations.Count} relations, parse limit {model.MaxParseWords} words");
        long memoryBytes = model.MemoryBytes;
        foreach (var (name, owner, property) in new (string, object, string)[] { ("tagger", model.Tagger, "Model"), ("tagger 2nd pass", model.Tagger, "SecondPass"), ("parser", model.Parser, "Model") })
            if (Weights(owner, property) is { } w) Console.WriteLine($"  {name,-16} {w.FeatureCount,10:N0} features {w.WeightCount,12:N0} weights ({(double)w.WeightCount / Math.Max(1, w.FeatureCount):F1} per feature) {w.MemoryBytes / 1048576.0,6:F1} MB");
        model = null!;

        var times = new List<double>();
        var deltas = new List<long>();
        for (int r = 0; r < runs; r++)
        {
            var (t, delta, m) = TimedLoad(path);
            times.Add(t.TotalMilliseconds);
            deltas.Add(delta);
            GC.KeepAlive(m);
        }
        times.Sort();
        Console.WriteLine($"load time, {runs} warm loads: best {times[0]:F0} ms, median {times[times.Count / 2]:F0} ms, worst {times[^1]:F0} ms");
        Console.WriteLine($"memory: SyntaxModel.MemoryBytes {memoryBytes / 1048576.0:F1} MB; GC.GetTotalMemory delta across a load {deltas.Min() / 1048576.0:F1}–{deltas.Max() / 1048576.0:F1} MB " +
                          $"(the weight tables live outside the GC heap); working set now {Environment.WorkingSet / 1048576.0:F0} MB{HugePages()}");
        return 0;
    }

    /// <summary>", of which N MB on 2 MB pages" where Linux reports it (the tables ask for them, see TableMemory).</summary>
    private static string HugePages()
    {
        const string Rollup = "/proc/self/smaps_rollup";
        if (!File.Exists(Rollup)) return "";
        var line = File.ReadLines(Rollup).FirstOrDefault(l => l.StartsWith("AnonHugePages:", StringComparison.Ordinal));
        return line is null ? "" : $", of which {long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0:F0} MB on 2 MB pages";
    }

    /// <summary>The linear model behind an internal property (read by reflection, for this report only).</summary>
    private static Learning.LinearModel? Weights(object owner, string property)
        => owner.GetType().GetProperty(property, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)?.GetValue(owner) as Learning.LinearModel;

    private static (TimeSpan Time, long Delta, SyntaxModel Model) TimedLoad(string path)
    {
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        long before = GC.GetTotalMemory(true);
        var sw = Stopwatch.StartNew();
        var model = SyntaxModel.Load(path);
        sw.Stop();
        long after = GC.GetTotalMemory(true);
        GC.KeepAlive(model);
        return (sw.Elapsed, after - before, model);
    }

    private static readonly string[] StageNames =
        ["fill buffer (Clear + Add)", "Annotate(parse: false)", "  of which lemmas (re-run)", "Parser.Parse", "Features (FEATS, per token)", "SyntaxAnnotator.Annotate(Doc)"];

    /// <summary>
    /// Single-threaded time and allocation per step of the syntax stage over <paramref name="reps"/> passes of a corpus
    /// (after two untimed passes), with the public pieces in <see cref="SyntaxModel.Annotate"/>'s order. The lemma
    /// step is re-run on the tagged buffer to isolate it (its cost is also inside Annotate); the last row is the whole
    /// pipeline stage on <see cref="Doc"/>s, measured in its own pass.
    /// </summary>
    public static int Stages(string corpusName, int reps)
    {
        PrintMachine();
        var model = SyntaxModel.Load(SyntaxCorpus.ModelPath());
        var annotator = new SyntaxAnnotator(model);
        var corpus = SyntaxCorpus.Get(corpusName);
        Console.WriteLine(corpus.Describe());
        var ticks = new long[StageNames.Length];
        var alloc = new long[StageNames.Length];
        var s = new SyntaxSentence();
        for (int pass = -2; pass < reps; pass++)
        {
            bool timed = pass >= 0;
            foreach (var forms in corpus.Sentences)
            {
                var lap = new Lap(timed ? ticks : null, alloc);
                s.Clear();
                foreach (var f in forms) s.Add(f);
                lap.Next(0);
                model.Annotate(s, parse: false);
                lap.Next(1);
                Lemmas(model, s);
                lap.Next(2);
                if (s.Count <= model.MaxParseWords) model.Parser.Parse(s);
                lap.Next(3);
                int n = 0;
                for (int i = 0; i < s.Count; i++) n += model.Features(s, i).Length;
                lap.Next(4);
                GC.KeepAlive(n);
            }
            long t0 = Stopwatch.GetTimestamp(), a0 = GC.GetAllocatedBytesForCurrentThread();
            foreach (var doc in corpus.Docs) annotator.Annotate(doc);
            if (timed) { ticks[5] += Stopwatch.GetTimestamp() - t0; alloc[5] += GC.GetAllocatedBytesForCurrentThread() - a0; }
        }
        double tokens = corpus.Tokens * (double)reps;
        Console.WriteLine($"{reps} passes, {tokens:N0} tokens, one thread");
        Console.WriteLine($"{"step",-32} {"seconds",8} {"µs/sentence",12} {"tokens/s alone",15} {"alloc B/token",14}");
        for (int k = 0; k < StageNames.Length; k++)
        {
            double sec = ticks[k] / (double)Stopwatch.Frequency;
            Console.WriteLine($"{StageNames[k],-32} {sec,8:F3} {sec * 1e6 / (corpus.Sentences.Length * (double)reps),12:F1} {tokens / sec,15:N0} {alloc[k] / tokens,14:F2}");
        }
        LemmaStrings(model, corpus);
        double tagOnly = (ticks[1] - ticks[2]) / (double)Stopwatch.Frequency;
        double direct = (ticks[0] + ticks[1] + ticks[3] + ticks[4]) / (double)Stopwatch.Frequency;
        double stage = ticks[5] / (double)Stopwatch.Frequency;
        Console.WriteLine($"derived: features + tagger (Annotate minus lemmas) {tokens / tagOnly:N0} tokens/s; fill + tag + lemma + parse + FEATS {tokens / direct:N0} tokens/s; " +
                          $"annotator overhead (Doc read, FEATS parse cache, SetSyntax) ≈ {(stage - direct) / stage * 100:F0}% of the stage");
        return 0;
    }

    /// <summary>Stopwatch ticks and allocated bytes since the last call, added to a stage (a struct: nothing allocated).</summary>
    private struct Lap(long[]? ticks, long[] alloc)
    {
        private long _t = Stopwatch.GetTimestamp(), _a = GC.GetAllocatedBytesForCurrentThread();

        public void Next(int stage)
        {
            long t = Stopwatch.GetTimestamp(), a = GC.GetAllocatedBytesForCurrentThread();
            if (ticks != null) { ticks[stage] += t - _t; alloc[stage] += a - _a; }
            _t = Stopwatch.GetTimestamp(); _a = GC.GetAllocatedBytesForCurrentThread();
        }
    }

    /// <summary>How many tokens get a new lemma string on every call (the lemmatiser returns a fresh string, not one of its tables'), by UPOS.</summary>
    private static void LemmaStrings(SyntaxModel model, SyntaxCorpus corpus)
    {
        var fresh = new Dictionary<string, (int Fresh, int All)>(StringComparer.Ordinal);
        var s = new SyntaxSentence();
        Span<char> scratch = stackalloc char[Tagging.Lemmatizer.ScratchLength];
        int total = 0, allocated = 0;
        foreach (var forms in corpus.Sentences)
        {
            s.Clear();
            foreach (var f in forms) s.Add(f);
            model.Annotate(s, parse: false);
            for (int i = 0; i < s.Count; i++)
            {
                string upos = model.Tags.Upos(s.Tag[i]), xpos = model.Tags.Xpos(s.Tag[i]);
                bool isNew = !ReferenceEquals(model.Lemmatizer.Lemma(s.Form(i), upos, xpos, scratch), model.Lemmatizer.Lemma(s.Form(i), upos, xpos, scratch));
                var (n, all) = fresh.GetValueOrDefault(upos);
                fresh[upos] = (n + (isNew ? 1 : 0), all + 1);
                total++; if (isNew) allocated++;
            }
        }
        Console.WriteLine($"lemma strings made anew on each call: {allocated:N0} of {total:N0} tokens ({100.0 * allocated / total:F0}%); by UPOS: " +
                          string.Join(", ", fresh.OrderByDescending(p => p.Value.Fresh).Take(8).Select(p => $"{p.Key} {p.Value.Fresh}/{p.Value.All}")));
    }

    private static void Lemmas(SyntaxModel model, SyntaxSentence s)
    {
        Span<char> scratch = stackalloc char[Tagging.Lemmatizer.ScratchLength];
        for (int i = 0; i < s.Count; i++)
            s.Lemma[i] = model.Lemmatizer.Lemma(s.Form(i), model.Tags.Upos(s.Tag[i]), model.Tags.Xpos(s.Tag[i]), scratch);
    }
}
