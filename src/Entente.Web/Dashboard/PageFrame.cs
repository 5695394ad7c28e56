using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorSlices;

namespace Entente.Web.Dashboard;

/// <summary>What the shared page frame (Slices/SiteLayout.cshtml) needs: the page's title and the navigation entry it belongs to.</summary>
public sealed record PageFrame(string Title, string Active)
{
    /// <summary>The main navigation, in order.</summary>
    public static readonly (string Path, string Label)[] Navigation =
    [
        ("/", "Home"), ("/events", "Events"), ("/dyad", "Dyad"), ("/network", "Network"), ("/map", "Map"), ("/search", "Search"), ("/article", "Analyze an article"),
    ];
}

/// <summary>A page that says what went wrong and what to do (Slices/Problem.cshtml).</summary>
public sealed record ProblemModel(PageFrame Frame, string Message, string? Hint);

/// <summary>
/// How a page becomes a response: a RazorSlices template rendered with <see cref="Encoder"/>, which HTML-encodes every
/// value the templates write (text and attribute values alike). Only markup built by our own writers — the SVG charts,
/// the map and the brief's body, each encoding what it takes from the store — is written raw, through <see cref="Trusted"/>.
/// </summary>
internal static class PageResult
{
    /// <summary>The framework's HTML encoder, allowing every Unicode range so names in any script stay readable
    /// (&lt; &gt; &amp; " ' and + are still encoded).</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Of(RazorSlice slice, int status = 200)
    {
        slice.HtmlEncoder = Encoder;
        slice.StatusCode = status;
        return slice;
    }

    /// <summary>A page that says what went wrong and what to do.</summary>
    public static IResult Problem(string title, string active, string message, string? hint, int status)
        => Of(Slices.Problem.Create(new ProblemModel(new PageFrame(title, active), message, hint)), status);
}
