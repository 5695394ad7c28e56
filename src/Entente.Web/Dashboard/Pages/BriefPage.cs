using Entente.Web.Api;
using Microsoft.AspNetCore.Html;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The brief page's data (Slices/Brief.cshtml). <see cref="Body"/> is trusted markup: the brief's own HTML writer
/// (BriefHtmlWriter in Entente.Analysis) encodes everything it takes from the store.</summary>
public sealed record BriefModel(PageFrame Frame, string BackUrl, string BackLabel, DownloadsModel Downloads, HtmlString Body);

/// <summary>
/// /brief?a=IRN&amp;b=RUS[&amp;by=quarter&amp;since&amp;until]: the cited brief on a dyad (entente brief A B) inside the dashboard,
/// with downloads of the same brief as Markdown and as one self-contained HTML page (GET /api/brief), and a printable
/// page (the HTML brief in a tab of its own, to print or save as PDF from the browser).
/// </summary>
internal static class BriefPage
{
    public static IResult Render(HttpRequest req, DashboardContext ctx)
    {
        var (a, b) = (Q(req, "a")?.ToUpperInvariant(), Q(req, "b")?.ToUpperInvariant());
        if (a is null || b is null)
            return PageResult.Problem("Brief", "/dyad", "A brief is about two actors.", "Open a dyad (the Dyad page) and follow its “Brief” link, or add ?a=IRN&b=RUS.", 400);
        var (by, since, until) = (Q(req, "by") ?? "quarter", Q(req, "since"), Q(req, "until"));
        using var store = ctx.OpenStore();
        if (store is null) return PageResult.Problem("Brief", "/dyad", $"There is no store at {ctx.Options.Db} yet.", ctx.EmptyStoreHint, 200);
        string body;
        try
        {
            var query = ApiEndpoints.DyadQueryOf(ctx.Analysis.Knowledge, a, b, by, "quarter", since, until, null, null, null, null, null);
            body = ApiEndpoints.WriteBrief(store, ctx.Analysis, query, html: true, bodyOnly: true);
        }
        catch (ApiRequestException ex) { return PageResult.Problem("Brief", "/dyad", ex.Message, ex.Hint, 400); }

        string Api(string format) => Url($"/api/brief/{Uri.EscapeDataString(a)}/{Uri.EscapeDataString(b)}", ("format", format), ("by", by), ("since", since), ("until", until));
        var file = $"brief-{a}-{b}".ToLowerInvariant();
        var names = ctx.Analysis.Knowledge.Actors;
        var downloads = new DownloadsModel("This brief as:", [new("md", "Markdown", file + ".md", Api("md")), new("html", "HTML", file + ".html", Api("html")),
            new("print", "Printable page (print or save as PDF)", null, Api("html"))]);
        return PageResult.Of(Slices.Brief.Create(new BriefModel(new PageFrame($"Brief {a}–{b}", "/dyad"),
            Url("/dyad", ("a", a), ("b", b), ("by", by), ("since", since), ("until", until)), $"← {names.NameOf(a)} and {names.NameOf(b)}",
            downloads, new HtmlString(body))));
    }
}
