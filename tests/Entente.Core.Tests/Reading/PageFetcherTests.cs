using System.Net;
using System.Text;
using Entente.Core.Reading;

namespace Entente.Core.Tests.Reading;

public class PageFetcherTests
{
    internal const string ArticlePage = """
        <html><head><title>Accord on fishing rights | Example Post</title>
          <meta property="og:site_name" content="Example Post">
          <meta property="article:published_time" content="2024-03-05T10:00:00Z">
        </head><body>
          <nav><a href="/">Home</a></nav>
          <article>
            <p>Senegal and Mauritania signed an accord on Tuesday that lets fishing boats from each country work in the other's waters.</p>
            <p>The two fisheries ministers said the accord would be reviewed after three years.</p>
          </article>
        </body></html>
        """;

    private static PageFetcher Fetcher(TimeSpan? timeout = null, long maxBytes = PageFetcher.DefaultMaxBytes)
        => new(PageFetcher.CreateClient(), timeout ?? TimeSpan.FromSeconds(10), maxBytes);

    [Fact]
    public void PageFetcher_ReadsArticleWithUrlAndSendsUserAgent_WhenServerAnswersHtml()
    {
        using var server = new LocalHttpServer().On("/accord", CannedResponse.Text("text/html; charset=utf-8", ArticlePage));
        var url = server.Url("/accord");
        var doc = Fetcher().Fetch(url, ReaderOptions.Default).Document!;
        Assert.Equal(url, doc.Path);
        Assert.Equal(url, doc.Url);
        Assert.Equal("html", doc.Format);
        Assert.Equal("Accord on fishing rights", doc.Title);
        Assert.Equal("Example Post", doc.Outlet);
        Assert.Equal(new DateOnly(2024, 3, 5), doc.Published);
        Assert.StartsWith("Senegal and Mauritania signed an accord", doc.Text);
        Assert.EndsWith("reviewed after three years.", doc.Text);
        Assert.Equal("Entente/1.0", Assert.Single(server.Requests).UserAgent);
    }

    [Fact]
    public void PageFetcher_FollowsRedirectAndKeepsFinalUrl_WhenServerRedirects()
    {
        using var server = new LocalHttpServer();
        server.On("/old", CannedResponse.Redirect(server.Url("/new")))
              .On("/new", CannedResponse.Text("text/html", ArticlePage));
        var doc = Fetcher().Fetch(server.Url("/old"), ReaderOptions.Default).Document!;
        Assert.Equal(server.Url("/old"), doc.Path);
        Assert.Equal(server.Url("/new"), doc.Url);
        Assert.Equal(new[] { "/old", "/new" }, server.Requests.Select(r => r.Path).ToArray());
    }

    [Theory]
    [InlineData(404, "HTTP 404 Not Found", "gone")]
    [InlineData(403, "HTTP 403 Forbidden", "refuses automated access")]
    [InlineData(503, "HTTP 503 Service Unavailable", "try again later")]
    public void PageFetcher_ReportsStatusWithHint_WhenServerAnswersNon2xx(int status, string message, string hint)
    {
        using var server = new LocalHttpServer().On("/page", CannedResponse.Text("text/html", "<p>error page</p>", status));
        var error = Fetcher().Fetch(server.Url("/page"), ReaderOptions.Default).Error!;
        Assert.Equal(server.Url("/page"), error.Path);
        Assert.Equal(message, error.Message);
        Assert.Contains(hint, error.Hint);
    }

    [Fact]
    public void PageFetcher_ReportsTimeout_WhenServerIsTooSlow()
    {
        using var server = new LocalHttpServer().On("/slow", CannedResponse.Text("text/html", ArticlePage) with { Delay = TimeSpan.FromSeconds(5) });
        var error = Fetcher(timeout: TimeSpan.FromMilliseconds(300)).Fetch(server.Url("/slow"), ReaderOptions.Default).Error!;
        Assert.Equal("no complete answer within 0.3 s", error.Message);
        Assert.Equal(server.Url("/slow"), error.Path);
    }

    [Fact]
    public void PageFetcher_ReportsNotHtml_WhenContentTypeIsPdf()
    {
        using var server = new LocalHttpServer().On("/report.pdf", new CannedResponse(200, "application/pdf", [0x25, 0x50, 0x44, 0x46]));
        var error = Fetcher().Fetch(server.Url("/report.pdf"), ReaderOptions.Default).Error!;
        Assert.Equal("not an HTML page (Content-Type application/pdf)", error.Message);
    }

    [Fact]
    public void PageFetcher_ReportsTooLarge_WhenContentLengthExceedsLimit()
    {
        using var server = new LocalHttpServer().On("/big", CannedResponse.Text("text/html", "<p>" + new string('x', 5000) + "</p>"));
        var error = Fetcher(maxBytes: 1024).Fetch(server.Url("/big"), ReaderOptions.Default).Error!;
        Assert.StartsWith("answer larger than", error.Message);
    }

    [Fact]
    public void PageFetcher_ReportsTooLarge_WhenBodyWithoutLengthGrowsPastLimit()
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new UnsizedStream(new byte[4096])) { Headers = { { "Content-Type", "text/html" } } },
        });
        var error = new PageFetcher(new HttpClient(handler), maxBytes: 1024).Fetch("https://news.example.org/a", ReaderOptions.Default).Error!;
        Assert.StartsWith("answer larger than", error.Message);
        Assert.Equal("Entente/1.0", handler.LastUserAgent);
    }

    [Fact]
    public void PageFetcher_ReportsInterruptedDownload_WhenConnectionBreaksMidBody()
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new BrokenStream()) { Headers = { { "Content-Type", "text/html" } } },
        });
        var error = new PageFetcher(new HttpClient(handler)).Fetch("https://news.example.org/b", ReaderOptions.Default).Error!;
        Assert.Equal("download interrupted: connection reset", error.Message);
        Assert.Equal("https://news.example.org/b", error.Path);
    }

    [Fact]
    public void PageFetcher_DecodesWithHeaderCharset_WhenPageIsNotUtf8()
    {
        var body = Encoding.Latin1.GetBytes("<html><body><article><p>Talks in Bogotá ended with a joint statement.</p></article></body></html>");
        using var server = new LocalHttpServer().On("/latin", new CannedResponse(200, "text/html; charset=iso-8859-1", body));
        var doc = Fetcher().Fetch(server.Url("/latin"), ReaderOptions.Default).Document!;
        Assert.Equal("Talks in Bogotá ended with a joint statement.", doc.Text);
    }

    [Fact]
    public void PageFetcher_ReportsRequestFailure_WhenNothingListens()
    {
        string url;
        using (var server = new LocalHttpServer())
            url = server.Url("/gone");
        var error = Fetcher().Fetch(url, ReaderOptions.Default).Error!;
        Assert.StartsWith("request failed", error.Message);
        Assert.Equal(url, error.Path);
    }

    [Theory]
    [InlineData("ftp://example.org/file.html")]
    [InlineData("example.org/page")]
    public void PageFetcher_RefusesWithoutRequest_WhenAddressIsNotHttp(string url)
    {
        var handler = new StubHandler(_ => throw new InvalidOperationException("no request expected"));
        var error = new PageFetcher(new HttpClient(handler)).Fetch(url, ReaderOptions.Default).Error!;
        Assert.Equal("not an http or https URL", error.Message);
        Assert.Null(handler.LastUserAgent);
    }

    /// <summary>Answers every request from a function, noting the User-Agent sent.</summary>
    internal sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public string? LastUserAgent { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastUserAgent = request.Headers.UserAgent.ToString();
            var response = answer(request);
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }

    /// <summary>A body whose connection breaks on the first read.</summary>
    private sealed class BrokenStream : MemoryStream
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset");
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new IOException("connection reset");
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new IOException("connection reset");
    }

    /// <summary>A stream whose length is unknown, like a chunked answer.</summary>
    private sealed class UnsizedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }
}
