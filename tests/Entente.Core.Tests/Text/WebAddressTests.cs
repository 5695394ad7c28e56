using Entente.Core.Reading;
using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>Only absolute http(s) addresses from the input are kept as a document's URL.</summary>
public class WebAddressTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/news/2024/talks")]
    [InlineData("vbscript:msgbox(1)")]
    public void SourceDocument_DropsUrl_WhenItIsNotAnHttpAddress(string url)
    {
        var doc = new SourceDocument("a.txt", "Text.", "text", Url: url);
        Assert.Null(doc.Url);
        Assert.Null((doc with { Url = url }).Url);
    }

    [Fact]
    public void SourceDocument_KeepsUrl_WhenItIsAnHttpAddress()
    {
        var doc = new SourceDocument("a.txt", "Text.", "text", Url: "https://example.org/news/talks?id=4 ");
        Assert.Equal("https://example.org/news/talks?id=4", doc.Url);
        Assert.Equal("http://example.org/a", (doc with { Url = "http://example.org/a" }).Url);
    }

    [Fact]
    public void JsonlReader_DropsUrl_WhenItIsAJavascriptAddress()
    {
        var r = new JsonlReader().ReadText("feed.jsonl", new StringReader("{\"text\": \"Peru recalled its ambassador.\", \"url\": \"javascript:alert(1)\"}\n"), ReaderOptions.Default).Single();
        Assert.NotNull(r.Document);
        Assert.Null(r.Document.Url);
    }
}
