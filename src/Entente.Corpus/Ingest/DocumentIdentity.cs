using System.Security.Cryptography;
using System.Text;
using Entente.Core.Text;

namespace Entente.Corpus.Ingest;

/// <summary>
/// Who a document is. <see cref="Locator"/> names it across versions: its URL when it has one, else its path as given
/// (forward slashes, no leading "./") plus ":line" for a JSONL line or "#partN" for a part of a large file.
/// <see cref="ContentHash"/> is SHA-256 of its text; <see cref="Key"/> hashes both, so the same text at the same place is
/// the same document (re-ingesting it is a no-op), changed text at the same place is a new version, and the same text
/// published at two places (wire copy) is two documents.
/// </summary>
public sealed record DocumentIdentity(string Key, string ContentHash, string Locator)
{
    public static DocumentIdentity Of(SourceDocument doc)
    {
        var locator = LocatorOf(doc);
        var content = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(doc.Text)), 32);
        var key = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(locator + "\n" + content)), 16);
        return new DocumentIdentity(key, content, locator);
    }

    public static string LocatorOf(SourceDocument doc)
    {
        // the parts of one long text (a large file, a long JSONL line) are documents of their own, also under a URL
        if (!string.IsNullOrWhiteSpace(doc.Url))
            return doc.Part > 0 ? doc.Url.Trim() + "#part" + doc.Part.ToString(System.Globalization.CultureInfo.InvariantCulture) : doc.Url.Trim();
        var path = doc.Path.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        if (doc.Line is int line) path += ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (doc.Part > 0) path += "#part" + doc.Part.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return path;
    }

    internal static string Hex(byte[] hash, int bytes) => Convert.ToHexString(hash, 0, bytes).ToLowerInvariant();
}
