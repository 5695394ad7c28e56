using System.Collections.Immutable;

namespace Entente.Core.Reading;

/// <summary>One <c>key: value</c> line of front matter (the value unquoted).</summary>
public sealed record FrontMatterField(string Key, string Value, int Line);

/// <summary>Metadata found in front matter; <see cref="BodyStart"/> is the char offset where the body begins (0 when there is none).</summary>
public sealed record FrontMatter(
    int BodyStart,
    string? Title,
    DateOnly? Published,
    string? Outlet,
    string? Url,
    string? Author,
    ImmutableArray<FrontMatterField> Fields)
{
    public static FrontMatter None { get; } = new(0, null, null, null, null, null, []);
    public bool IsPresent => BodyStart > 0;
}

/// <summary>The outcome of parsing front matter: either <see cref="FrontMatter"/> or an error naming the line.</summary>
public sealed record FrontMatterResult(FrontMatter? FrontMatter, ReadError? Error);

/// <summary>
/// Parses YAML-style front matter: a first line <c>---</c>, flat <c>key: value</c> lines (values may be quoted;
/// <c>#</c> starts a comment), and a closing <c>---</c> (or <c>...</c>) line. Known keys: title, published (or date),
/// outlet, url, author; others are kept in <see cref="FrontMatter.Fields"/>. The body starts right after the closing line.
/// </summary>
public static class FrontMatterParser
{
    public static FrontMatterResult Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!StartsWithFence(text))
            return new FrontMatterResult(FrontMatter.None, null);

        var fields = ImmutableArray.CreateBuilder<FrontMatterField>();
        string? title = null, outlet = null, url = null, author = null;
        DateOnly? published = null;
        int pos = NextLineStart(text, 0);
        int line = 2;
        while (pos < text.Length)
        {
            int next = NextLineStart(text, pos);
            var raw = text.AsSpan(pos, LineContentLength(text, pos, next)).Trim();
            if (raw is "---" or "...")
            {
                var fm = new FrontMatter(next, title, published, outlet, url, author, fields.ToImmutable());
                return new FrontMatterResult(fm, null);
            }
            if (raw.Length > 0 && raw[0] != '#')
            {
                int colon = raw.IndexOf(':');
                if (colon <= 0 && !HasClosingFence(text, next))
                    break; // reported below as an unclosed block: the likelier mistake
                if (colon <= 0)
                    return Fail(path, line, $"front matter line is not 'key: value': '{Shorten(raw.ToString())}'",
                        "write one 'key: value' per line, or remove the front matter");
                var key = raw[..colon].Trim().ToString().ToLowerInvariant();
                if (!TryUnquote(raw[(colon + 1)..].Trim(), out var value))
                    return Fail(path, line, $"unterminated quoted value for '{key}'", "close the quote on the same line");
                fields.Add(new FrontMatterField(key, value, line));
                switch (key)
                {
                    case "title": title = NullIfEmpty(value); break;
                    case "outlet" or "source" or "publisher": outlet ??= NullIfEmpty(value); break;
                    case "url" or "link": url ??= NullIfEmpty(value); break;
                    case "author" or "by": author ??= NullIfEmpty(value); break;
                    case "published" or "date":
                        if (value.Length == 0) break;
                        if (!PublishedDateParser.TryParse(value, out var d))
                            return Fail(path, line, $"cannot read date '{Shorten(value)}'", $"use {PublishedDateParser.AcceptedFormats}");
                        published = d;
                        break;
                }
            }
            pos = next;
            line++;
        }
        return Fail(path, 1, "front matter opened with '---' on line 1 is never closed",
            "add a closing '---' line after the metadata, or remove the first line");
    }

    private static bool HasClosingFence(string text, int pos)
    {
        while (pos < text.Length)
        {
            int next = NextLineStart(text, pos);
            if (text.AsSpan(pos, LineContentLength(text, pos, next)).Trim() is "---" or "...")
                return true;
            pos = next;
        }
        return false;
    }

    private static FrontMatterResult Fail(string path, int line, string message, string hint)
        => new(null, new ReadError(path, line, message, hint));

    private static bool StartsWithFence(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
            return false;
        int end = NextLineStart(text, 0);
        return end > 0 && text.AsSpan(0, LineContentLength(text, 0, end)).TrimEnd() is "---";
    }

    /// <summary>Start of the line after the one starting at <paramref name="pos"/> (text length when last).</summary>
    private static int NextLineStart(string text, int pos)
    {
        int nl = text.IndexOf('\n', pos);
        return nl < 0 ? text.Length : nl + 1;
    }

    private static int LineContentLength(string text, int pos, int next)
    {
        int end = next;
        if (end > pos && text[end - 1] == '\n') end--;
        if (end > pos && text[end - 1] == '\r') end--;
        return end - pos;
    }

    private static bool TryUnquote(ReadOnlySpan<char> raw, out string value)
    {
        if (raw.Length > 0 && (raw[0] == '"' || raw[0] == '\''))
        {
            char q = raw[0];
            int close = -1;
            for (int i = 1; i < raw.Length; i++)
            {
                if (q == '"' && raw[i] == '\\') { i++; continue; }
                if (raw[i] == q) { close = i - 1; break; }
            }
            if (close < 0)
            {
                value = "";
                return false;
            }
            value = raw.Slice(1, close).ToString();
            if (q == '"')
                value = value.Replace("\\\"", "\"");
            return true;
        }
        // Unquoted: " #" starts a comment.
        int hash = raw.IndexOf(" #");
        value = (hash >= 0 ? raw[..hash] : raw).Trim().ToString();
        return true;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
