using System.Text.Json;

namespace Entente.Core.Tests.Output;

/// <summary>Every property name in a JSON value, depth first (for the one-convention tests).</summary>
internal static class JsonNames
{
    /// <summary>snake_case: lower-case letters and digits, words joined by single underscores.</summary>
    public const string SnakeCase = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$";

    public static IEnumerable<string> Of(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
            foreach (var p in value.EnumerateObject())
            {
                yield return p.Name;
                foreach (var n in Of(p.Value)) yield return n;
            }
        else if (value.ValueKind == JsonValueKind.Array)
            foreach (var item in value.EnumerateArray())
                foreach (var n in Of(item)) yield return n;
    }
}
