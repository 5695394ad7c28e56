using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>
/// Codes that answer an accusation (data/cameo/accusation-responses.tsv, kind <c>accusation-responses</c>, columns
/// <c>response</c>, <c>answers</c>): a denial of responsibility (016, "Islamabad denied any role") with no target named
/// is aimed at whoever accused its source (an earlier event coded under one of the <c>answers</c> prefixes, in this
/// sentence or the three before, whose target is the denier); and the accusation it answers stays reported (what is
/// denied is the accused act, not the accusation). Reads: data tables and the CAMEO codes. Writes: the lookup.
/// </summary>
public sealed class AccusationResponses
{
    public const string FileKind = "accusation-responses";

    private readonly FrozenDictionary<string, string[]> _answers;
    private readonly string[] _allAnswered;

    private AccusationResponses(FrozenDictionary<string, string[]> answers)
    {
        _answers = answers;
        _allAnswered = [.. answers.Values.SelectMany(v => v).Distinct()];
    }

    public static AccusationResponses Empty { get; } = new(FrozenDictionary<string, string[]>.Empty);

    /// <summary>The code prefixes of the acts a response code answers (empty when it answers none).</summary>
    public IReadOnlyList<string> Answered(string responseCode) => _answers.TryGetValue(responseCode, out var a) ? a : [];

    public bool IsResponse(string code) => _answers.ContainsKey(code);

    /// <summary>Whether a code is an accusation some response answers (its status is not changed by a denial).</summary>
    public bool IsAccusation(string code)
    {
        foreach (var p in _allAnswered) if (code.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }

    public static AccusationResponses Load(IEnumerable<DataTable> tables, Func<string, bool> cameoExists)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var response = r.Required("response");
                var answers = r.Required("answers");
                if (!cameoExists(response)) throw r.Error($"'{response}' is not a CAMEO code", "the response column takes a code from data/cameo/cameo.tsv, e.g. 016");
                if (!cameoExists(answers)) throw r.Error($"'{answers}' is not a CAMEO code", "the answers column takes a code or code prefix from data/cameo/cameo.tsv, e.g. 112");
                if (!map.TryGetValue(response, out var list)) map[response] = list = [];
                if (!list.Contains(answers)) list.Add(answers);
            }
        return new AccusationResponses(map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }
}
