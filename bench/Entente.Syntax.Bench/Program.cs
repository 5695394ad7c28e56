using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Entente.Bench;
using Entente.Syntax.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

#if DEBUG
Console.Error.WriteLine("warning: Debug build; run with -c Release for meaningful numbers");
#endif

// our options (--model, --samples, --conllu; --runs, --reps, --corpus for the Stopwatch modes); the rest goes to BenchmarkDotNet
string mode = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "throughput";
var rest = new List<string>();
var own = new Dictionary<string, string>(StringComparer.Ordinal);
string[] ours = ["model", "samples", "conllu", "runs", "reps", "corpus", "dump", "dev", "variants"];
for (int i = args.Length > 0 && !args[0].StartsWith('-') ? 1 : 0; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) && ours.Contains(args[i][2..]))
    {
        if (i + 1 >= args.Length) { Console.Error.WriteLine($"{args[i]} expects a value"); return 2; }
        own[args[i][2..]] = args[++i];
    }
    else rest.Add(args[i]);
}
// absolute paths, inherited by BenchmarkDotNet's child processes
if (own.TryGetValue("model", out var model)) Environment.SetEnvironmentVariable(SyntaxCorpus.ModelVariable, Path.GetFullPath(model));
else Environment.SetEnvironmentVariable(SyntaxCorpus.ModelVariable, Path.GetFullPath(SyntaxCorpus.ModelPath()));
if (own.TryGetValue("samples", out var samples)) Environment.SetEnvironmentVariable(SyntaxCorpus.SamplesVariable, Path.GetFullPath(samples));
else if (ProseSource.FindInRepository("samples") is { } found) Environment.SetEnvironmentVariable(SyntaxCorpus.SamplesVariable, found);
if (own.TryGetValue("conllu", out var conllu)) Environment.SetEnvironmentVariable(SyntaxCorpus.ConlluVariable, Path.GetFullPath(conllu));
int Int(string name, int fallback) => own.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

try
{
    switch (mode)
    {
        case "footprint":
            return SyntaxModes.Footprint(SyntaxCorpus.ModelPath(), Int("runs", 3));
        case "stages":
            foreach (var name in own.TryGetValue("corpus", out var c) ? [c == "conllu" ? SyntaxCorpus.Names().Last() : c] : SyntaxCorpus.Names())
                SyntaxModes.Stages(name, Int("reps", 20));
            return 0;
        case "weights":
            if (!own.TryGetValue("dump", out var dump) || !own.TryGetValue("dev", out var devFiles)) { Console.Error.WriteLine("weights needs --dump FILE and --dev FILE[,FILE]"); return 2; }
            return SyntaxWeights.Run(SyntaxCorpus.ModelPath(), dump, devFiles.Split(','),
                (own.TryGetValue("variants", out var vs) ? vs : "float:1:0,q8:1:0.05,float:2:0,q8:2:0.05,float:3:0,q8:3:0.05").Split(','));
        case "throughput":
            break;
        default:
            Console.WriteLine("""
                Entente syntax bench (run with -c Release)

                  [throughput] [--conllu FILE] [--samples DIR] [--model FILE] [BenchmarkDotNet options, e.g. --job short]
                            BenchmarkDotNet, one core: tag+lemma, tag+lemma+parse and SyntaxAnnotator.Annotate(Doc) over the
                            samples (and the `# text =` lines of FILE); tokens/s and allocated bytes per token
                  footprint [--model FILE] [--runs 3]   file size, load time (cold, then best of N), memory held by the model
                  stages    [--corpus samples|conllu] [--reps 20] [--conllu FILE]   Stopwatch time and allocation per syntax step
                  weights   --dump parser-epoch-N.bin --dev FILE[,FILE] [--model FILE] [--variants float:1:0,q8:3:0.05,…]
                            dev UAS/LAS of one epoch's float weights (train-syntax --dump-weights) against the 8-bit
                            model the trainer saves, by features kept (from ≥ M updates) and pruning
                """);
            return mode == "help" ? 0 : 2;
    }

    foreach (var name in SyntaxCorpus.Names()) Console.WriteLine(SyntaxCorpus.Get(name).Describe());
    if (!rest.Contains("--filter") && !rest.Contains("-f")) rest.AddRange(["--filter", "*"]);
    // BenchmarkDotNet builds a child project from this .csproj, which it looks for under the working directory;
    // its artifacts (reports) land there too: bench/Entente.Syntax.Bench/BenchmarkDotNet.Artifacts (git-ignored)
    if (ProseSource.FindInRepository(Path.Combine("bench", "Entente.Syntax.Bench")) is { } projectDir) Directory.SetCurrentDirectory(projectDir);
    var config = ManualConfig.Create(DefaultConfig.Instance)
        .AddColumn(new TokenColumn(TokenColumn.Kind.TokensPerOp), new TokenColumn(TokenColumn.Kind.TokensPerSecond), new TokenColumn(TokenColumn.Kind.BytesPerToken));
    var summaries = BenchmarkSwitcher.FromTypes([typeof(SyntaxThroughput)]).Run([.. rest], config);

    Console.WriteLine();
    Console.WriteLine("Syntax throughput, one thread (model " + SyntaxCorpus.ModelPath() + "):");
    foreach (var report in summaries.SelectMany(s => s.Reports))
    {
        var bc = report.BenchmarkCase;
        long tokens = TokenColumn.Tokens(bc);
        if (report.ResultStatistics is not { } stats) { Console.WriteLine($"  {bc.DisplayInfo}: no result"); continue; }
        string perToken = TokenColumn.BytesPerOperation(report, bc) is long b ? $"{(double)b / tokens:F2} B/token" : "allocation n/a";
        Console.WriteLine($"  {bc.Descriptor.WorkloadMethodDisplayInfo,-32} {bc.Parameters[nameof(SyntaxThroughput.Corpus)],-30} " +
                          $"{tokens / (stats.Mean / 1e9),10:N0} tokens/s  ±{stats.StandardDeviation / stats.Mean * 100:F1}%  {perToken}  ({stats.Mean / 1e6:F1} ms per pass of {tokens:N0} tokens)");
    }
    return 0;
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
catch (Exception ex) when (ex is InvalidDataException or IOException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
