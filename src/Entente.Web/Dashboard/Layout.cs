using System.Text;

namespace Entente.Web.Dashboard;

/// <summary>The shared page frame: head (stylesheet and script from 'self' only), navigation, main, footer.</summary>
internal static class Layout
{
    private static readonly (string Path, string Label)[] Nav =
    [
        ("/", "Home"), ("/events", "Events"), ("/dyad", "Dyad"), ("/network", "Network"), ("/map", "Map"), ("/search", "Search"), ("/article", "Analyze an article"),
    ];

    public static IResult Page(string title, string active, string body, int status = 200)
    {
        var sb = new StringBuilder(body.Length + 2048);
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<title>").Append(Html.E(title)).Append(" · Entente</title>")
          .Append("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">")
          .Append("<link rel=\"stylesheet\" href=\"/assets/dashboard.css\">")
          .Append("<script src=\"/assets/dashboard.js\" defer></script>")
          .Append("</head><body><header class=\"top\"><a class=\"brand\" href=\"/\">Entente</a><nav aria-label=\"Main\">");
        foreach (var (path, label) in Nav)
            sb.Append("<a href=\"").Append(path).Append('"').Append(path == active ? " aria-current=\"page\"" : "").Append('>').Append(Html.E(label)).Append("</a>");
        sb.Append("</nav></header><main>").Append(body).Append("</main>")
          .Append("<footer>Entente — political events coded from open sources. Grades use the Admiralty scale: reliability A (reliable) to F (cannot be judged), credibility 1 (confirmed) to 6 (cannot be judged).</footer>")
          .Append("</body></html>");
        return Results.Content(sb.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A page that says what went wrong and what to do.</summary>
    public static IResult Problem(string title, string active, string message, string? hint, int status)
        => Page(title, active, $"<h1>{Html.E(title)}</h1><div class=\"empty\"><p>{Html.E(message)}</p>{(hint is null ? "" : $"<p><strong>What to do:</strong> {Html.E(hint)}</p>")}</div>", status);
}
