using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Entente.Core.Tests.Reading;

/// <summary>A canned answer of <see cref="LocalHttpServer"/>.</summary>
internal sealed record CannedResponse(int Status, string? ContentType, byte[] Body, TimeSpan Delay = default, string? Location = null)
{
    public static CannedResponse Text(string contentType, string body, int status = 200)
        => new(status, contentType, Encoding.UTF8.GetBytes(body));

    public static CannedResponse Redirect(string location) => new(302, null, [], Location: location);
}

/// <summary>An HTTP server on 127.0.0.1 (a free port) answering from a table of paths; no network beyond loopback.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentDictionary<string, CannedResponse> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();

    public LocalHttpServer()
    {
        for (int attempt = 0; ; attempt++)
        {
            int port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                _listener = listener;
                BaseUrl = $"http://127.0.0.1:{port}";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // the port was taken between probing and binding: try another
            }
        }
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    /// <summary>Paths asked for, with the User-Agent sent, in arrival order.</summary>
    public ConcurrentQueue<(string Path, string? UserAgent)> Requests { get; } = new();

    public string Url(string path) => BaseUrl + path;

    public LocalHttpServer On(string path, CannedResponse response)
    {
        _routes[path] = response;
        return this;
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        Requests.Enqueue((path, context.Request.UserAgent));
        var response = _routes.TryGetValue(path, out var r) ? r : CannedResponse.Text("text/plain", "not found", 404);
        try
        {
            if (response.Delay > TimeSpan.Zero)
                await Task.Delay(response.Delay, _stop.Token);
            context.Response.StatusCode = response.Status;
            if (response.ContentType is not null)
                context.Response.ContentType = response.ContentType;
            if (response.Location is not null)
                context.Response.RedirectLocation = response.Location;
            context.Response.ContentLength64 = response.Body.Length;
            await context.Response.OutputStream.WriteAsync(response.Body, _stop.Token);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            context.Response.Abort(); // the client gave up (timeout tests) or the server is stopping
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
