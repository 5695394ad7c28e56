using System.Text;
using System.Xml;

namespace Entente.Analysis.Network;

/// <summary>
/// Writes an <see cref="ActorNetwork"/> as GraphML (UTF-8, directed): a typed &lt;key&gt; for every attribute
/// (ids "n_…" for nodes, "e_…" for edges; attr.name is the attribute name), node id = actor code, "label" = name,
/// edge "weight" = counted events, which Gephi, yEd, NetworkX and igraph read as such.
/// </summary>
public sealed class GraphMlWriter(Stream output)
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes the whole document, ending with a newline; the stream stays open.</summary>
    public void Write(ActorNetwork network)
    {
        using (var xml = XmlWriter.Create(output, Settings)) Write(xml, network);
        output.WriteByte((byte)'\n');
    }

    private static void Write(XmlWriter xml, ActorNetwork network)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        Key(xml, "n_label", "node", "label", AttributeType.String);
        foreach (var a in NetworkAttributes.Node) Key(xml, "n_" + a.Name, "node", a.Name, a.Type);
        Key(xml, "e_weight", "edge", "weight", AttributeType.Double);
        foreach (var a in NetworkAttributes.Edge) Key(xml, "e_" + a.Name, "edge", a.Name, a.Type);

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "entente");
        xml.WriteAttributeString("edgedefault", "directed");
        xml.WriteElementString("desc", Namespace, network.Summary.Describe(network.Nodes.Length, network.Edges.Length));
        foreach (var n in network.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", n.Code);
            Data(xml, "n_label", n.Name);
            foreach (var a in NetworkAttributes.Node) Data(xml, "n_" + a.Name, a.Value(n).Format());
            xml.WriteEndElement();
        }
        int id = 0;
        foreach (var e in network.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + id++);
            xml.WriteAttributeString("source", e.Source);
            xml.WriteAttributeString("target", e.Target);
            Data(xml, "e_weight", NetworkAttributes.Format(e.Events));
            foreach (var a in NetworkAttributes.Edge) Data(xml, "e_" + a.Name, a.Value(e).Format());
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    internal static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    private static void Key(XmlWriter xml, string id, string owner, string name, AttributeType type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", owner);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type switch { AttributeType.String => "string", AttributeType.Int => "int", _ => "double" });
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
