using System.Xml;

namespace Entente.Analysis.Network;

/// <summary>
/// Writes an <see cref="ActorNetwork"/> as GEXF 1.3 (the format Gephi reads natively): a static directed graph, the
/// attributes declared in &lt;attributes class="node"&gt; and &lt;attributes class="edge"&gt; (id = title = attribute name),
/// node id = actor code, label = name, edge weight = counted events. No modification date is written, so the same
/// network always gives the same bytes.
/// </summary>
public sealed class GexfWriter(Stream output, string creator = "Entente")
{
    public const string Namespace = "http://gexf.net/1.3";

    /// <summary>Writes the whole document, ending with a newline; the stream stays open.</summary>
    public void Write(ActorNetwork network)
    {
        using (var xml = XmlWriter.Create(output, GraphMlWriter.Settings)) Write(xml, network);
        output.WriteByte((byte)'\n');
    }

    private void Write(XmlWriter xml, ActorNetwork network)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", Namespace + " http://gexf.net/1.3/gexf.xsd");
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, creator);
        xml.WriteElementString("description", Namespace, network.Summary.Describe(network.Nodes.Length, network.Edges.Length));
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", "directed");
        Declare(xml, "node", NetworkAttributes.Node.Select(a => (a.Name, a.Type)));
        Declare(xml, "edge", NetworkAttributes.Edge.Select(a => (a.Name, a.Type)));

        xml.WriteStartElement("nodes", Namespace);
        foreach (var n in network.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", n.Code);
            xml.WriteAttributeString("label", n.Name);
            xml.WriteStartElement("attvalues", Namespace);
            foreach (var a in NetworkAttributes.Node) AttValue(xml, a.Name, a.Value(n).Format());
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("edges", Namespace);
        int id = 0;
        foreach (var e in network.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", (id++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", e.Source);
            xml.WriteAttributeString("target", e.Target);
            xml.WriteAttributeString("weight", NetworkAttributes.Format(e.Events));
            xml.WriteStartElement("attvalues", Namespace);
            foreach (var a in NetworkAttributes.Edge) AttValue(xml, a.Name, a.Value(e).Format());
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Declare(XmlWriter xml, string owner, IEnumerable<(string Name, AttributeType Type)> attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", owner);
        xml.WriteAttributeString("mode", "static");
        foreach (var (name, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", name);
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", type switch { AttributeType.String => "string", AttributeType.Int => "integer", _ => "double" });
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void AttValue(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
