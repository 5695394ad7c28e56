using System.Text.Encodings.Web;
using System.Text.Json;

namespace Entente.Analysis.Network;

/// <summary>
/// Writes an <see cref="ActorNetwork"/> as one JSON object: "description", "summary" (what was counted and left out),
/// "nodes" ({"code", "name", then the node attributes}) and "edges" ({"source", "target", "weight", then the edge
/// attributes}), the same fields as GraphML and GEXF, snake_case, in the same order.
/// </summary>
public sealed class NetworkJsonWriter(Stream output)
{
    public void Write(ActorNetwork network)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var s = network.Summary;
        Entente.Core.Output.JsonContract.BeginDocument(json);
        json.WriteString("description", s.Describe(network.Nodes.Length, network.Edges.Length));
        json.WriteStartObject("summary");
        json.WriteString("selection", s.Selection);
        json.WriteNumber("min_events", s.MinEvents);
        json.WriteNumber("events_read", s.EventsRead);
        json.WriteNumber("events_counted", s.EventsCounted - s.EventsDropped);
        json.WriteNumber("not_selected", s.NotSelected);
        json.WriteNumber("without_pair", s.NoPair);
        json.WriteNumber("edges_dropped", s.EdgesDropped);
        json.WriteNumber("events_dropped", s.EventsDropped);
        json.WriteEndObject();
        json.WriteStartArray("nodes");
        foreach (var n in network.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("code", n.Code);
            json.WriteString("name", n.Name);
            foreach (var a in NetworkAttributes.Node) Value(json, a.Name, a.Value(n));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var e in network.Edges)
        {
            json.WriteStartObject();
            json.WriteString("source", e.Source);
            json.WriteString("target", e.Target);
            json.WriteNumber("weight", e.Events);
            foreach (var a in NetworkAttributes.Edge) Value(json, a.Name, a.Value(e));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void Value(Utf8JsonWriter json, string name, AttributeValue value)
    {
        switch (value.Type)
        {
            case AttributeType.String: json.WriteString(name, value.Text); break;
            case AttributeType.Int: json.WriteNumber(name, value.Integer); break;
            default: json.WriteNumber(name, NetworkAttributes.Round(value.Number)); break;
        }
    }
}
