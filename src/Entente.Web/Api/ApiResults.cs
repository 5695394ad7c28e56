using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Entente.Web.Api;

/// <summary>A request the API refuses: the status (400, 404, 413, 415 …), a title, what is wrong and what to do.</summary>
public sealed class ApiRequestException(int status, string title, string detail, string? hint = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Hint { get; } = hint;
}

/// <summary>
/// A JSON response written with the same <see cref="Utf8JsonWriter"/> code as the CLI (one JSON shape), compact, with
/// every HTML-sensitive character escaped (&lt; &gt; &amp; ' " as \u003C …), so text from articles can never turn into markup.
/// </summary>
public sealed class JsonBody(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK) : IResult
{
    public static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task ExecuteAsync(HttpContext context)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, Options)) write(w);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }
}

/// <summary>application/problem+json bodies (RFC 9457): type, title, status, detail and, when there is one, a hint. Never a stack trace.</summary>
public static class Problems
{
    public static IResult Of(int status, string title, string detail, string? hint = null, Action<Utf8JsonWriter>? extra = null)
        => new ProblemBody(status, title, detail, hint, extra);

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, string? hint = null)
        => await new ProblemBody(status, title, detail, hint, null).ExecuteAsync(context);

    private sealed class ProblemBody(int status, string title, string detail, string? hint, Action<Utf8JsonWriter>? extra) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var buffer = new ArrayBufferWriter<byte>(512);
            using (var w = new Utf8JsonWriter(buffer, JsonBody.Options))
            {
                w.WriteStartObject();
                w.WriteString("type", $"https://httpstatuses.io/{status}");
                w.WriteString("title", title);
                w.WriteNumber("status", status);
                w.WriteString("detail", detail);
                if (hint is not null) w.WriteString("hint", hint);
                w.WriteString("instance", context.Request.Path.Value);
                extra?.Invoke(w);
                w.WriteEndObject();
            }
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/problem+json; charset=utf-8";
            context.Response.ContentLength = buffer.WrittenCount;
            await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
        }
    }
}
