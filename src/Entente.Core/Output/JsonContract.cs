using System.Text.Json;

namespace Entente.Core.Output;

/// <summary>
/// The one JSON convention of every output (analyze, events, exports, the API, the dashboard): property names in
/// snake_case, and a <c>schema_version</c> first in every top-level JSON document (not in each line of JSON Lines,
/// whose records have the same shape as the objects of the documents of that version). The version goes up whenever a
/// property is renamed or removed or changes meaning; adding a property does not change it.
/// </summary>
public static class JsonContract
{
    /// <summary>2: snake_case everywhere (1 was the unversioned output with quadClass, triggerStart … in analyze).</summary>
    public const int SchemaVersion = 2;

    public const string VersionProperty = "schema_version";

    /// <summary>Writes <c>"schema_version": 2</c> into the object the caller opened.</summary>
    public static void WriteVersion(Utf8JsonWriter w) => w.WriteNumber(VersionProperty, SchemaVersion);

    /// <summary>Opens a top-level document: <c>{"schema_version": 2,</c>.</summary>
    public static void BeginDocument(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        WriteVersion(w);
    }
}
