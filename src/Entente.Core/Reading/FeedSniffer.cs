using System.Xml;
using System.Xml.Linq;

namespace Entente.Core.Reading;

/// <summary>
/// Tells a feed from other XML by its root element: &lt;rss&gt;, &lt;rdf:RDF&gt; (RSS 1.0) or &lt;feed&gt; (Atom).
/// Used for .xml files, which are read as feeds only when their root says so.
/// </summary>
internal static class FeedSniffer
{
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    public static FeedKind KindOf(XName root) => root.LocalName switch
    {
        "rss" => FeedKind.Rss,
        "feed" => FeedKind.Atom,
        "RDF" when root.NamespaceName == RdfNamespace => FeedKind.Rdf,
        _ => FeedKind.None,
    };

    /// <summary>
    /// The root element's name of an XML file, reading only up to it; null when the file cannot be parsed that far
    /// (the feed reader then reports the exact problem).
    /// </summary>
    public static XName? RootOf(string path) => RootOf(() => XmlReader.Create(path, Settings));

    /// <summary>True when XML text (e.g. stdin) has a feed's root element.</summary>
    public static bool IsFeedText(string text)
        => RootOf(() => XmlReader.Create(new StringReader(text), Settings)) is { } root && KindOf(root) != FeedKind.None;

    private static XName? RootOf(Func<XmlReader> open)
    {
        try
        {
            using var reader = open();
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                    return XName.Get(reader.LocalName, reader.NamespaceURI);
            }
            return null;
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            return null; // reading the file reports the real problem with its position
        }
    }

    /// <summary>
    /// True when an .xml file's root marks a feed, or when the file cannot be parsed up to its root (then reading it as
    /// a feed reports the problem with its position instead of the file vanishing from the input).
    /// </summary>
    public static bool IsFeedFile(string path, out XName? root)
    {
        root = RootOf(path);
        return root is null || KindOf(root) != FeedKind.None;
    }
}
