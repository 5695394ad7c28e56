using System.Diagnostics;
using System.Globalization;
using Entente.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

BenchArgs parsed;
try { parsed = new BenchArgs(args); }
catch (ArgumentException ex) { Console.Error.WriteLine(ex.Message); return 2; }

#if DEBUG
Console.Error.WriteLine("warning: Debug build; run with -c Release for meaningful numbers");
#endif

try
{
    return parsed.Mode switch
    {
        "generate" => Modes.Generate(parsed),
        "generate-stories" => StoryModes.GenerateStories(parsed),
        "merge-quality" => MergeQualityModes.Run(parsed),
        "merge-quality-selftest" => MergeQualityModes.SelfTest(),
        "analyze" => Modes.Analyze(parsed),
        "analyze-prose" => ProseBench.Run(parsed),
        "memory" => Modes.MemoryCompare(parsed),
        "memory-one" => Modes.MemoryOne(parsed),
        "large-file" => Modes.LargeFile(parsed),
        "profile" => StageProfile.Run(parsed),
        "ingest" => StoreIngestBench.Run(parsed),
        "merge-growth" => MergeGrowthBench.Run(parsed),
        "query" => QueryBench.Run(parsed),
        "analysis" => AnalysisBench.Run(parsed),
        "serve-load" => ServeLoadBench.Run(parsed),
        "map" => MapBench.Run(parsed),
        "language" => LanguageCost.Run(parsed),
        _ => Modes.Help(),
    };
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
