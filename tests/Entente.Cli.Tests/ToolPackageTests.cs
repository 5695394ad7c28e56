using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using Entente.Core.Pipeline;

namespace Entente.Cli.Tests;

/// <summary>
/// The .NET tool package: <c>dotnet pack</c> of src/Entente.Cli (the build this test run made, so no rebuild), installed
/// into a temporary <c>--tool-path</c> with the package folder as the only source and every HTTP request sent to a dead
/// proxy (so it needs no network), then run from a folder that has no <c>data/</c>: the knowledge and the syntax model
/// must come from inside the installed tool. One test, since packing and installing take most of a minute.
/// </summary>
public sealed class ToolPackageTests
{
    private const string Article = """
        ---
        title: Foreign ministers meet in Ankara
        published: 2025-03-12
        ---
        Turkey's foreign minister met his Greek counterpart in Ankara on Tuesday to discuss maritime boundaries.

        Greece later accused Turkey of violating its airspace, a charge Ankara denied.
        """;

    [Fact]
    public void ToolPackage_InstallsAndAnalyzes_FromAFolderWithoutData()
    {
        using var temp = new TempFolder();
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(EntenteProcess.RepoRoot(), "src", "Entente.Cli");
        var packages = temp.File("nupkg");

        Run("dotnet", temp.Path, "pack", project, "-c", configuration, "--no-build", "--no-restore", "-o", packages,
            $"-p:PublishDir={temp.File("publish")}/", $"-p:NuspecOutputPath={temp.File("nuspec")}/");
        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        Assert.Equal($"entente.{Analyzer.Version}.nupkg", Path.GetFileName(package));

        var tools = temp.File("tools");
        var install = Run("dotnet", temp.Path, "tool", "install", "entente", "--tool-path", tools, "--source", packages);
        Assert.Contains($"version '{Analyzer.Version}'", install);
        var installed = Path.Combine(tools, ".store", "entente", Analyzer.Version, "entente", Analyzer.Version, "tools", "net10.0", "any");
        Assert.True(File.Exists(Path.Combine(installed, "data", "models", "en-syntax.bin.gz")), "the syntax model is not in the installed tool");
        Assert.True(File.Exists(Path.Combine(installed, "data", "actors", "states.tsv")), "data/actors is not in the installed tool");
        Assert.Contains("MIT License", File.ReadAllText(Path.Combine(installed, "LICENSE")));
        Assert.Contains("CC BY-SA 4.0", File.ReadAllText(Path.Combine(installed, "THIRD-PARTY-NOTICES.md")));

        // run from a folder of our own with no data/ in it: the knowledge must be the packed copy
        var work = temp.File("work");
        temp.Write("work/articles/ankara.md", Article);
        var entente = Path.Combine(tools, OperatingSystem.IsWindows() ? "entente.exe" : "entente");
        Assert.Equal(Analyzer.Version, Run(entente, work, "--version").Trim());
        var jsonl = Run(entente, work, "analyze", "articles", "--format", "jsonl");
        var events = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(events, e => e.GetProperty("cameo").GetString() == "040"
            && e.GetProperty("source").GetProperty("code").GetString() == "TUR" && e.GetProperty("target").GetProperty("code").GetString() == "GRC");
        Assert.All(events, e => Assert.StartsWith("data/patterns/", e.GetProperty("why").GetProperty("pattern").GetString()));
    }

    /// <summary>Runs a program to the end, offline (HTTP goes to a closed port), asserting exit code 0: its standard output.</summary>
    private static string Run(string program, string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            UseShellExecute = false, WorkingDirectory = Directory.CreateDirectory(workingDirectory).FullName,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("ENTENTE_DATA");
        psi.Environment.Remove("ENTENTE_DB");
        foreach (var proxy in new[] { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY" })
            psi.Environment[proxy] = "http://127.0.0.1:9";
        psi.Environment.Remove("no_proxy");
        psi.Environment.Remove("NO_PROXY");
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        // the installed tool's launcher finds the runtime that runs this test
        if (string.IsNullOrEmpty(psi.Environment.TryGetValue("DOTNET_ROOT", out var root) ? root : null))
            psi.Environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(300_000), $"{program} {string.Join(' ', args)} did not finish within five minutes");
        Assert.True(p.ExitCode == 0, $"{Path.GetFileName(program)} {string.Join(' ', args)} exited {p.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
