using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>One CAMEO event code with its Goldstein score, QuadClass, PLOVER type and Entente's analyst type.</summary>
/// <param name="Symmetric">The code's own <c>symmetric</c> cell: null (empty) takes the type's value; false for a code of a
/// symmetric type that has a direction (042 visit, 043 host).</param>
public sealed record CameoCode(string Code, string Name, double Goldstein, int QuadClass, string Plover, string Type, string Origin, bool? Symmetric = null)
{
    public string Root => Code[..2];
}

/// <summary>An analyst-facing event type ("arms_transfer", "sanctions", …) and its sphere.</summary>
/// <param name="Symmetric">True when "A with B" and "B with A" describe the same event (meetings, agreements, cooperation).</param>
public sealed record EventType(string Name, string Sphere, string Description, bool Symmetric = false);

/// <summary>data/cameo/cameo.tsv and data/cameo/event-types.tsv, loaded once.</summary>
public sealed class CameoTable
{
    public FrozenDictionary<string, CameoCode> Codes { get; }
    public FrozenDictionary<string, EventType> Types { get; }

    public CameoTable(IEnumerable<CameoCode> codes, IEnumerable<EventType> types)
    {
        Codes = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        Types = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public static CameoTable Load(IReadOnlyList<DataTable> cameoTables, IReadOnlyList<DataTable> typeTables)
    {
        var typeList = typeTables.SelectMany(t => t.Rows).Select(r => new EventType(r.Required("type"), r.Required("sphere"), r["description"], ParseYesNo(r, "symmetric"))).ToList();
        var typeNames = typeList.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var r in cameoTables.SelectMany(t => t.Rows))
        {
            var code = r.Required("code");
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
                throw r.Error($"CAMEO code '{code}' is not 2–4 digits", "keep leading zeros, e.g. 072");
            var q = r.RequiredInt("quadclass");
            if (q is < 1 or > 4) throw r.Error($"quadclass {q} is outside 1–4", "1 verbal cooperation … 4 material conflict");
            var type = r.Required("type");
            if (!typeNames.Contains(type)) throw r.Error($"type '{type}' is not defined in the event-types tables", "add it to event-types.tsv or use an existing type");
            bool? symmetric = r["symmetric"].Length == 0 ? null : ParseYesNo(r, "symmetric");
            if (!codes.TryAdd(code, new CameoCode(code, r["name"], r.RequiredDouble("goldstein"), q, r.Required("plover"), type, r.Location, symmetric)))
                throw r.Error($"CAMEO code '{code}' is listed twice", "remove one of the rows");
        }
        return new CameoTable(codes.Values, typeList);
    }

    private static bool ParseYesNo(DataRow row, string column) => row[column] switch
    {
        "" or "no" => false,
        "yes" => true,
        var v => throw row.Error($"{column} '{v}' is not yes or no", $"write yes or no in the {column} column"),
    };

    public bool TryGet(string code, out CameoCode cameo) => Codes.TryGetValue(code, out cameo!);

    /// <summary>Whether events of this CAMEO code have no direction ("Russia and Iran met": either order is the same
    /// event), so their actors may be reordered: the code's own <c>symmetric</c> cell, else its type's. 042 (visit) and
    /// 043 (host) are directed although meetings are symmetric. Unknown codes are directed.</summary>
    public bool IsSymmetric(string code)
        => Codes.TryGetValue(code, out var c) && (c.Symmetric ?? (Types.TryGetValue(c.Type, out var t) && t.Symmetric));
}
