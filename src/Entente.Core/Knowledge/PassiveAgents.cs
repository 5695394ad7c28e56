using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>
/// Whose act a victim-only event is (data/cameo/passive-agents.tsv, kind <c>passive-agents</c>, columns <c>act</c>,
/// <c>agent</c>): "22 people were detained" names nobody who detained them, yet arrests are the police's (COP) and a curfew
/// the government's (GOV). The longest matching prefix of the event's code wins; a later file (the user's) overrides.
/// Reads: data tables and the CAMEO codes. Writes: the lookup, with the row that said so for <c>why</c>.
/// </summary>
public sealed class PassiveAgents
{
    public const string FileKind = "passive-agents";

    private readonly FrozenDictionary<string, (string Agent, string Origin)> _byAct;

    private PassiveAgents(FrozenDictionary<string, (string, string)> byAct) { _byAct = byAct; }

    public static PassiveAgents Empty { get; } = new(FrozenDictionary<string, (string, string)>.Empty);

    /// <summary>The agent code whose act <paramref name="cameo"/> is (longest prefix), and the row it came from.</summary>
    public bool TryGet(string cameo, out string agent, out string origin)
    {
        bool found = CameoRootSet.Longest(_byAct, cameo, out var hit);
        (agent, origin) = found ? hit : ("", "");
        return found;
    }

    public static PassiveAgents Load(IEnumerable<DataTable> tables, Func<string, bool> cameoExists)
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var act = r.Required("act");
                var agent = r.Required("agent");
                if (!cameoExists(act)) throw r.Error($"'{act}' is not a CAMEO code", "the act column takes a code or root from data/cameo/cameo.tsv, e.g. 173");
                if (agent.Length != 3 || !agent.All(char.IsAsciiLetterUpper))
                    throw r.Error($"'{agent}' is not an agent code", "the agent column takes a three-letter CAMEO agent code such as COP, GOV or MIL");
                map[act] = (agent, r.Location);
            }
        return new PassiveAgents(map.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
