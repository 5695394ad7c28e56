using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Entente.Core.Reading;

/// <summary>One <c>key: value</c> entry of front matter (the value as text), with its line in the file.</summary>
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
/// Parses YAML front matter: a first line <c>---</c>, a YAML mapping (read by YamlDotNet: quoted and plain scalars,
/// comments, lists), and a closing <c>---</c> (or <c>...</c>) line. Known keys: title, published (or date), outlet, url,
/// author; others are kept in <see cref="FrontMatter.Fields"/> (a list as its items joined with ", "). The body starts
/// right after the closing line. Errors name the line in the file (the YAML's own line + 1 for the opening fence).
/// </summary>
public static class FrontMatterParser
{
    public static FrontMatterResult Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!StartsWithFence(text))
            return new FrontMatterResult(FrontMatter.None, null);
        int yamlStart = NextLineStart(text, 0);
        var (yamlEnd, bodyStart) = ClosingFence(text, yamlStart);
        if (bodyStart < 0)
            return Fail(path, 1, "front matter opened with '---' on line 1 is never closed",
                "add a closing '---' line after the metadata, or remove the first line");

        IReadOnlyList<FrontMatterField> raw;
        var yaml = text[yamlStart..yamlEnd];
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                raw = ReadMapping(yaml);
                break;
            }
            catch (YamlException ex)
            {
                // "title: Iran and Russia: a treaty" is not YAML, but it is what people write: such a line is read as text
                if (attempt < MaxQuotedLines && QuotePlainValue(yaml, (int)ex.Start.Line) is { } fixedYaml) { yaml = fixedYaml; continue; }
                // an error found at the end of the YAML (an unclosed bracket) is on its last line, not on the closing fence
                int lines = yaml.Count(c => c == '\n') + (yaml.EndsWith('\n') ? 0 : 1);
                return Fail(path, (int)Math.Min(ex.Start.Line, Math.Max(lines, 1)) + 1, $"front matter is not valid YAML: {Describe(ex)}",
                    "write one 'key: value' per line; quote a value that starts with a special character");
            }
        }

        string? title = null, outlet = null, url = null, author = null;
        DateOnly? published = null;
        foreach (var (key, value, line) in raw)
        {
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
        return new FrontMatterResult(new FrontMatter(bodyStart, title, published, outlet, url, author, [.. raw]), null);
    }

    private const int MaxQuotedLines = 20;

    /// <summary>
    /// The YAML with line <paramref name="line"/> (1-based) rewritten as <c>key: 'value'</c> when it is a top-level
    /// <c>key: value</c> line whose plain value holds ': ' (a YAML error); null when it is not such a line. The line count stays.
    /// </summary>
    private static string? QuotePlainValue(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        if (line < 1 || line > lines.Length) return null;
        var l = lines[line - 1].TrimEnd('\r');
        int colon = l.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || char.IsWhiteSpace(l[0]) || l[0] is '-' or '#' or '"' or '\'') return null;
        var value = l[(colon + 2)..].Trim();
        if (value.Length == 0 || value[0] is '"' or '\'' or '[' or '{' or '|' or '>' or '&' or '*' or '!' || !value.Contains(": ", StringComparison.Ordinal)) return null;
        int hash = value.IndexOf(" #", StringComparison.Ordinal);
        if (hash >= 0) value = value[..hash].TrimEnd();
        lines[line - 1] = $"{l[..colon]}: '{value.Replace("'", "''")}'" + (lines[line - 1].EndsWith('\r') ? "\r" : "");
        return string.Join('\n', lines);
    }

    /// <summary>The top-level keys (lower-cased) of the YAML mapping, each with its value as text and its line in the file.</summary>
    private static List<FrontMatterField> ReadMapping(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var fields = new List<FrontMatterField>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return fields;
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
            throw new YamlException(stream.Documents[0].RootNode.Start, stream.Documents[0].RootNode.End, "front matter is not a list of 'key: value' lines");
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value?.Trim().ToLowerInvariant()
                      ?? throw new YamlException(k.Start, k.End, "a key must be a plain word");
            fields.Add(new FrontMatterField(key, Text(v), (int)k.Start.Line + 1));
        }
        return fields;
    }

    /// <summary>A scalar's text; a list's items joined with ", "; a nested mapping as its "key: value" pairs.</summary>
    private static string Text(YamlNode node) => node switch
    {
        YamlScalarNode s => (s.Value ?? "").Trim(),
        YamlSequenceNode seq => string.Join(", ", seq.Children.Select(Text)),
        YamlMappingNode m => string.Join(", ", m.Children.Select(p => $"{Text(p.Key)}: {Text(p.Value)}")),
        _ => "",
    };

    /// <summary>The innermost message of a YAML error, without YamlDotNet's own position prefix.</summary>
    private static string Describe(YamlException ex)
    {
        var inner = ex;
        while (inner.InnerException is YamlException deeper) inner = deeper;
        var message = inner.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }

    /// <summary>Where the YAML ends and the body starts (after the closing '---' or '...' line); (-1, -1) when never closed.</summary>
    private static (int YamlEnd, int BodyStart) ClosingFence(string text, int pos)
    {
        while (pos < text.Length)
        {
            int next = NextLineStart(text, pos);
            if (text.AsSpan(pos, LineContentLength(text, pos, next)).Trim() is "---" or "...")
                return (pos, next);
            pos = next;
        }
        return (-1, -1);
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

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
