using System.Diagnostics;

namespace Entente.Cli.Tests;

/// <summary>The real <c>entente</c> program as a child process, run in a given working directory without ENTENTE_DB set.</summary>
internal static class EntenteProcess
{
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        psi.Environment.Remove("ENTENTE_DB");
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "entente.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    /// <summary>Runs to the end: exit code, standard output, standard error.</summary>
    public static (int Code, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        using var p = Process.Start(StartInfo(workingDirectory, args))!;
        p.StandardInput.Close();
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(180_000), $"entente {string.Join(' ', args)} did not finish within three minutes");
        return (p.ExitCode, outTask.Result, errTask.Result);
    }

    /// <summary><c>entente events FILTERS --format json --db DB</c>, asserted to succeed: the events as JSON elements.</summary>
    public static System.Text.Json.JsonElement[] Events(string workingDirectory, string db, params string[] filters)
    {
        var (code, stdout, stderr) = Run(workingDirectory, ["events", .. filters, "--format", "json", "--db", db]);
        Assert.True(code == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        return [.. json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>The repository root (the folder with Entente.sln), for the shipped samples.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Entente.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Entente.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("entente-cli-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var p = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllText(p, text);
        return p;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
