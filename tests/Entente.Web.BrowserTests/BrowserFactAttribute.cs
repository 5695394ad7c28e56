namespace Entente.Web.BrowserTests;

/// <summary>
/// A test that drives a real browser: Debian's Chromium at <see cref="Browser.ExecutablePath"/> (never a browser downloaded
/// by Playwright's installer). Without it the test is skipped, unless ENTENTE_REQUIRE_BROWSER=1 (set by .ci/run), in which
/// case it runs and fails with a message saying what to install.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Browser.Available && !Browser.Required)
            Skip = $"no Chromium at {Browser.ExecutablePath}: install Debian's chromium package (apt-get install chromium), or set {Browser.RequiredVariable}=1 to make this a failure";
    }
}

/// <summary>Where the browser is and how it is launched.</summary>
public static class Browser
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public const string RequiredVariable = "ENTENTE_REQUIRE_BROWSER";

    public static bool Available => File.Exists(ExecutablePath);

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    /// <summary>Headless, no sandbox (containers), nothing that talks to the network on its own.</summary>
    public static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
}
