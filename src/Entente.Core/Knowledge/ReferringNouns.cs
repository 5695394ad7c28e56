using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>
/// Nouns that refer back to an earlier act of a kind (data/cameo/referring-nouns.tsv, kind <c>referring-nouns</c>, columns
/// <c>noun</c>, <c>roots</c>, optional <c>agent</c>): "condemned the incident" names the latest material act (roots 14–20),
/// "dismissed the measures" the latest sanction or coercion (16, 17), past the words said about them since. A noun with an
/// agent also names who does such acts when no earlier act is found ("condemned the verdict": the judiciary, JUD, of the
/// reacting state). A later file (the user's) overrides a noun's row. Reads: data tables and the CAMEO codes. Writes: the lookup.
/// </summary>
public sealed class ReferringNouns
{
    public const string FileKind = "referring-nouns";

    private readonly FrozenDictionary<string, FrozenSet<string>> _roots;
    private readonly FrozenDictionary<string, FrozenSet<string>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _agents;

    private ReferringNouns(FrozenDictionary<string, FrozenSet<string>> roots, FrozenDictionary<string, string> agents)
    {
        _roots = roots;
        _lookup = roots.GetAlternateLookup<ReadOnlySpan<char>>();
        _agents = agents.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ReferringNouns Empty { get; } = new(FrozenDictionary<string, FrozenSet<string>>.Empty, FrozenDictionary<string, string>.Empty);

    /// <summary>The CAMEO agent code of who does the acts a lower-case noun names ("verdict" → JUD), or null.</summary>
    public string? AgentOf(ReadOnlySpan<char> noun) => _agents.TryGetValue(noun, out var a) ? a : null;

    /// <summary>The CAMEO roots of the acts a lower-case noun refers back to, or null when it is not listed.</summary>
    public FrozenSet<string>? RootsOf(ReadOnlySpan<char> noun) => _lookup.TryGetValue(noun, out var r) ? r : null;

    public static ReferringNouns Load(IEnumerable<DataTable> tables, Func<string, bool> cameoExists)
    {
        var map = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        var agents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var noun = r.Required("noun");
                if (noun.Any(char.IsWhiteSpace) || noun != noun.ToLowerInvariant())
                    throw r.Error($"'{noun}' is not one lower-case word", "write the noun as it stands after 'the', in lower case: incident");
                var roots = r.Required("roots").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                foreach (var root in roots)
                    if (root.Length != 2 || !cameoExists(root))
                        throw r.Error($"'{root}' is not a CAMEO root", "the roots column takes two-digit root codes separated by '|', e.g. 18|19|20");
                map[noun] = roots.ToFrozenSet(StringComparer.Ordinal);
                agents.Remove(noun);
                if (r.Optional("agent") is { } agent)
                {
                    if (agent.Length != 3 || !agent.All(char.IsAsciiLetterUpper))
                        throw r.Error($"'{agent}' is not a CAMEO agent code", "write a three-letter agent code as in data/actors/agents.tsv, e.g. JUD");
                    agents[noun] = agent;
                }
            }
        return new ReferringNouns(map.ToFrozenDictionary(StringComparer.Ordinal), agents.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
