namespace Entente.Core.Text;

/// <summary>
/// The one rule for addresses taken from input (front matter, JSON lines, feeds, pages, API parameters): only an
/// absolute http or https address is an address; <c>javascript:</c>, <c>data:</c>, <c>file:</c>, relative paths and
/// anything else are not kept as a document's URL and never rendered as a link.
/// </summary>
public static class WebAddress
{
    /// <summary>The parsed address when <paramref name="url"/> is an absolute http(s) address.</summary>
    public static bool TryHttp(string? url, out Uri uri)
    {
        uri = null!;
        return url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    /// <summary><paramref name="url"/> trimmed when it is an absolute http(s) address, else null.</summary>
    public static string? HttpOrNull(string? url) => TryHttp(url, out _) ? url!.Trim() : null;
}
