using System.Text;
using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

/// <summary>Pages whose tree would cost far more than their size are refused before AngleSharp builds it; real pages pass.</summary>
public class HtmlPreScanTests
{
    /// <summary>An article page as news sites write them: navigation, a script with comparisons, paragraphs and list items left open.</summary>
    private static string Article(int paragraphs)
    {
        var b = new StringBuilder("<!DOCTYPE html><html><head><title>Talks</title><script>for (var i=0;i<n;i++){if(a<b&&c<d){x()}}</script>");
        b.Append("<style>a<b{color:red}</style></head><body><nav><ul><li>Home<li>World</ul></nav><article><h1>Talks in Baku</h1>");
        for (int k = 0; k < paragraphs; k++) b.Append("<p>Azerbaijan and Armenia held <b>talks</b> in <a href='/baku'>Baku</a>.<br><img src=x.png>");
        return b.Append("</article></body></html>").ToString();
    }

    private static string Nested(int depth, string tag = "b") =>
        "<html><body>" + string.Concat(Enumerable.Range(0, depth).Select(i => $"<{tag} class=c{i}>word ")) + "</body></html>";

    [Fact]
    public void HtmlPreScan_Passes_WhenPageIsAnOrdinaryArticle()
    {
        Assert.Null(HtmlPreScan.Problem(Article(2_000)));
    }

    [Fact]
    public void HtmlPreScan_Refuses_WhenFormattingElementsAreLeftOpenTooDeep()
    {
        var problem = HtmlPreScan.Problem(Nested(HtmlPreScan.MaxDepth + 1));
        Assert.Contains($"more than {HtmlPreScan.MaxDepth} deep", problem);
        Assert.Null(HtmlPreScan.Problem(Nested(HtmlPreScan.MaxDepth - 10)));
    }

    [Fact]
    public void HtmlPreScan_Refuses_WhenPageHasTooManyElements()
    {
        var flat = "<html><body>" + string.Concat(Enumerable.Repeat("<span>x</span>", HtmlPreScan.MaxElements + 1)) + "</body></html>";
        Assert.Contains("elements", HtmlPreScan.Problem(flat));
    }

    [Fact]
    public void HtmlArticleReader_GivesErrorNamingFile_WhenPageNestsTooDeep()
    {
        using var dir = new TempDir();
        var path = dir.Write("deep.html", Nested(100_000));

        var r = Assert.Single(new HtmlArticleReader().ReadFile(path, ReaderOptions.Default));

        Assert.Null(r.Document);
        Assert.Equal(path, r.Error!.Path);
        Assert.Contains("deep", r.Error.Message);
        Assert.False(string.IsNullOrEmpty(r.Error.Hint));
    }

    [Fact]
    public void HtmlArticleReader_GivesError_WhenHtmlTextNestsTooDeep()
    {
        var r = new HtmlArticleReader().ReadHtml("-", Nested(50_000, "i"), ReaderOptions.Default);
        Assert.Contains("deep", r.Error!.Message);
    }
}
