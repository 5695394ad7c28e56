using Entente.Web.Dashboard;
using Entente.Web.Dashboard.Slices.Shared;
using RazorSlices;

namespace Entente.Web.Tests.Dashboard;

public class HighlighterTests
{
    /// <summary>The text cut by the highlighter, rendered as the pages render it (Slices/Shared/Marked.cshtml with the pages' encoder).</summary>
    private static string Render(string text, IEnumerable<Mark> marks)
        => Marked.Create(Highlighter.Spans(text, marks)).RenderAsync(PageResult.Encoder).AsTask().GetAwaiter().GetResult();

    [Fact]
    public void Highlighter_EncodesEverything_WhenTextIsHostile()
    {
        var text = "<script>alert(1)</script> Iran \"><img src=x onerror=alert(1)>";
        var html = Render(text, [new Mark(26, 30, "actor", "a \"title\" <b>")]);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark class=\"actor\" title=\"a &quot;title&quot; &lt;b&gt;\">Iran</mark> &quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Fact]
    public void Highlighter_KeepsFirstListedSpan_WhenSpansOverlap()
    {
        var html = Render("Russia signed a deal", [new Mark(7, 13, "trigger"), new Mark(0, 10, "actor"), new Mark(16, 20, "date"), new Mark(18, 40, "x")]);
        Assert.Equal("Russia <mark class=\"trigger\">signed</mark> a <mark class=\"date\">deal</mark>", html);
    }

    [Fact]
    public void Highlighter_ClipsSpans_WhenOffsetsLeaveTheText()
    {
        Assert.Equal("<mark class=\"a\">ab</mark>c", Render("abc", [new Mark(-5, 2, "a"), new Mark(3, 9, "b")]));
    }

    [Theory]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,<script>", null)]
    [InlineData("//evil.example/x", null)]
    [InlineData("https://example.org/a?b=1&c=\"x\"", "https://example.org/a?b=1&c=%22x%22")]
    public void Html_SafeHttpUrl_KeepsOnlyAbsoluteHttp(string url, string? expected)
        => Assert.Equal(expected, Html.SafeHttpUrl(url));

    [Fact]
    public void Html_Url_EscapesQueryValues()
        => Assert.Equal("/dyad?a=IR%26N&b=%22%3E%3C&period=2024-Q1", Html.Url("/dyad", ("a", "IR&N"), ("b", "\"><"), ("since", null), ("period", "2024-Q1")));
}
