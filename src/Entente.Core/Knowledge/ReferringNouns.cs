using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>
/// Nouns that refer back to an earlier act of a kind (data/cameo/referring-nouns.tsv, kind <c>referring-nouns</c>, columns
/// <c>noun</c>, <c>roots</c>): "condemned the incident" names the latest material act (roots 14–20), "dismissed the
/// measures" the latest sanction or coercion (16, 17), past the words said about them since. A later file (the user's)
/// overrides a noun's roots. Reads: data tables and the CAMEO codes. Writes: the lookup.
/// </summary>
public sealed class ReferringNouns
{
    public const string FileKind = "referring-nouns";

    private readonly FrozenDictionary<string, FrozenSet<string>> _roots;
    private readonly FrozenDictionary<string, FrozenSet<string>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ReferringNouns(FrozenDictionary<string, FrozenSet<string>> roots)
    {
        _roots = roots;
        _lookup = roots.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ReferringNouns Empty { get; } = new(FrozenDictionary<string, FrozenSet<string>>.Empty);

    /// <summary>The CAMEO roots of the acts a lower-case noun refers back to, or null when it is not listed.</summary>
    public FrozenSet<string>? RootsOf(ReadOnlySpan<char> noun) => _lookup.TryGetValue(noun, out var r) ? r : null;

    public static ReferringNouns Load(IEnumerable<DataTable> tables, Func<string, bool> cameoExists)
    {
        var map = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
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
            }
        return new ReferringNouns(map.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
