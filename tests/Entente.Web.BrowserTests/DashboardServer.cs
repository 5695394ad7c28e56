using System.Net;
using System.Net.Sockets;
using Entente.Core.Knowledge;
using Entente.Core.Reading;
using Entente.Corpus;
using Entente.Corpus.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Entente.Web.BrowserTests;

/// <summary>
/// The real server (Kestrel, in-process, on a free 127.0.0.1 port) over a temporary SQLite store ingested from the
/// repository's samples/ (29 documents), and one headless Chromium shared by the tests of a class.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    public const string Token = "browser-test-token";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "entente-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots go: ENTENTE_SCREENSHOTS (e.g. docs/screenshots, to refresh the README's images), else a temporary folder.</summary>
    public string ScreenshotDir { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!Browser.Available)
        {
            if (Browser.Required)
                throw new InvalidOperationException($"{Browser.RequiredVariable}=1 but there is no Chromium at {Browser.ExecutablePath} (hint: apt-get install -y --no-install-recommends chromium; never run the Playwright browser installer)");
            return;
        }
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "entente.db");
        var samples = Path.Combine(RepoRoot(), "samples");
        var services = new CorpusServices(KnowledgeBase.Default);
        using (var store = services.Open(db))
        using (var reader = services.Open(db))
        {
            var summary = services.Ingest.Run(new DocumentReader().Read([samples], ReaderOptions.Default), store, reader.KnownDocuments, new IngestOptions(Parallelism: 2));
            if (summary.Stored < 29)
                throw new InvalidOperationException($"ingested {summary.Stored} of the 29 sample documents from {samples}: {string.Join("; ", summary.Errors)}");
        }
        Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        _app = WebHostFactory.Build(new WebOptions(db, BaseUrl, Token));
        await _app.StartAsync();

        var shots = Environment.GetEnvironmentVariable("ENTENTE_SCREENSHOTS");
        ScreenshotDir = string.IsNullOrWhiteSpace(shots) ? Path.Combine(_dir, "screenshots") : Path.GetFullPath(shots, RepoRoot());
        Directory.CreateDirectory(ScreenshotDir);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Browser.ExecutablePath,
            Headless = true,
            Args = Browser.Args,
        });
    }

    /// <summary>A fresh page in its own context, 1366×768 (a laptop screen) unless another size is given, that fails the
    /// test on any dialog; downloads are accepted.</summary>
    public async Task<(IPage Page, List<string> Dialogs)> NewPageAsync(int width = 1366, int height = 768)
    {
        if (_browser is null)
            throw new InvalidOperationException($"no browser: Chromium is missing at {Browser.ExecutablePath} (hint: apt-get install chromium)");
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseUrl, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            lock (dialogs) dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        return (page, dialogs);
    }

    public Task ScreenshotAsync(IPage page, string name)
        => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>The repository root (the folder with Entente.sln), for the shipped samples.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Entente.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Entente.sln not found above " + AppContext.BaseDirectory);
    }
}
