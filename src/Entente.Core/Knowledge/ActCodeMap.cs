using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>
/// What an act becomes when it is refused, demanded or announced, in CAMEO: a table from the act's code (a prefix) to another
/// code, with the longest prefix winning. Four kinds use it:
/// <list type="bullet">
/// <item><c>refusals</c> (data/cameo/refusals.tsv, columns <c>act</c>, <c>refusal</c>): "refused to meet" is 125,
/// "declined to resign" 1231, "will not provide aid" 122; a refused act with no row (a refused attack) is no event.</item>
/// <item><c>demands</c> (data/cameo/demands.tsv, columns <c>act</c>, <c>demand</c>): what a speaker says another actor
/// must do ("Iraq must cooperate with the inspectors, Paris said") is Paris demanding it of Iraq: 101, 1053, 106.</item>
/// <item><c>intents</c> (data/cameo/intents.tsv, columns <c>act</c>, <c>intent</c>): an act its own actor only commits to
/// ("will give Tanzania a grant", "said they would boycott") is an expressed intent (0331) or a threat (133).</item>
/// <item><c>government-acts</c> (data/cameo/government-acts.tsv, columns <c>act</c>, <c>government</c>): what an act is
/// when a government does it ("Japan protested the intrusion" is a formal complaint, 114, not a street protest, 140).</item>
/// </list>
/// Reads: data tables and the CAMEO codes. Writes: the lookup, with the row that said so for <c>why</c>.
/// </summary>
public sealed class ActCodeMap
{
    public const string RefusalKind = "refusals", DemandKind = "demands", IntentKind = "intents", GovernmentKind = "government-acts";

    private readonly FrozenDictionary<string, (string Code, string Origin)> _byAct;

    private ActCodeMap(FrozenDictionary<string, (string, string)> byAct) { _byAct = byAct; }

    public static ActCodeMap Empty { get; } = new(FrozenDictionary<string, (string, string)>.Empty);

    public int Count => _byAct.Count;

    /// <summary>The code for an act's code (longest prefix), and the row it came from.</summary>
    public bool TryMap(string actCode, out string code, out string origin)
    {
        bool found = CameoRootSet.Longest(_byAct, actCode, out var hit);
        (code, origin) = found ? hit : ("", "");
        return found;
    }

    /// <summary>Loads the rows of <paramref name="column"/> (refusal, demand), whose codes must fall under one of <paramref name="roots"/>.</summary>
    public static ActCodeMap Load(IEnumerable<DataTable> tables, string column, Func<string, bool> cameoExists, params string[] roots)
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var act = r.Required("act");
                var code = r.Required(column);
                if (!cameoExists(act)) throw r.Error($"'{act}' is not a CAMEO code", "the act column takes a code or root from data/cameo/cameo.tsv, e.g. 036");
                if (!cameoExists(code) || !roots.Any(x => code.StartsWith(x, StringComparison.Ordinal)))
                    throw r.Error($"'{code}' is not a CAMEO {column} code", $"the {column} column takes a code under {string.Join(" or ", roots)} from data/cameo/cameo.tsv");
                map[act] = (code, r.Location); // a later file (the user's) overrides
            }
        return new ActCodeMap(map.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
