using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>
/// What refusing an act is in CAMEO (data/cameo/refusals.tsv, kind <c>refusals</c>, columns <c>act</c>, <c>refusal</c>):
/// "refused to meet" is 125 (reject a proposal to meet), "declined to resign" 1231, "will not provide aid" 122. A
/// refused act whose code has no row (a refused attack) is not an event, as a negated one is not. The longest
/// code prefix wins. Reads: data tables and the CAMEO codes. Writes: a lookup from the refused act's code to the
/// refusal's code with the row that said so.
/// </summary>
public sealed class RefusalCodes
{
    public const string FileKind = "refusals";

    private readonly FrozenDictionary<string, (string Code, string Origin)> _byAct;

    private RefusalCodes(FrozenDictionary<string, (string, string)> byAct) { _byAct = byAct; }

    public static RefusalCodes Empty { get; } = new(FrozenDictionary<string, (string, string)>.Empty);

    public int Count => _byAct.Count;

    /// <summary>The refusal code for a refused act's code (longest prefix), and the row it came from.</summary>
    public bool TryMap(string actCode, out string refusal, out string origin)
    {
        for (int n = actCode.Length; n >= 2; n--)
            if (_byAct.TryGetValue(actCode[..n], out var hit)) { (refusal, origin) = hit; return true; }
        refusal = origin = "";
        return false;
    }

    public static RefusalCodes Load(IEnumerable<DataTable> tables, Func<string, bool> cameoExists)
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var act = r.Required("act");
                var refusal = r.Required("refusal");
                if (!cameoExists(act)) throw r.Error($"'{act}' is not a CAMEO code", "the act column takes a code or root from data/cameo/cameo.tsv, e.g. 036");
                if (!cameoExists(refusal) || !refusal.StartsWith("12", StringComparison.Ordinal) && !refusal.StartsWith("01", StringComparison.Ordinal))
                    throw r.Error($"'{refusal}' is not a CAMEO rejection code", "the refusal column takes a code under 12 (reject) or 011 (decline comment), e.g. 125");
                map[act] = (refusal, r.Location); // a later file (the user's) overrides
            }
        return new RefusalCodes(map.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
