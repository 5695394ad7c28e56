using System.Text.Encodings.Web;
using System.Text.Unicode;
using RazorSlices;

namespace Entente.Web.Dashboard;

/// <summary>
/// How a page becomes a response: a RazorSlices template rendered with <see cref="Encoder"/>, which HTML-encodes every
/// value the templates write (text and attribute values alike). Only markup built by our own writers — the SVG charts,
/// the map and the brief's body, each encoding what it takes from the store — is written raw: the
/// page models hold it as <see cref="Microsoft.AspNetCore.Html.HtmlString"/> fields, made only in Pages/ from those writers
/// (no template builds an HtmlString or calls WriteHtml).
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
