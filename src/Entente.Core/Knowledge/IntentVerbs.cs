using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>
/// Words reporting an intent or a refusal (data/cameo/intent-verbs.tsv, kind <c>intent-verbs</c>, columns <c>word</c>,
/// <c>pos</c>, <c>cameo</c>, <c>status</c>): "agreed to", "is prepared to", "declined to". Where the act they govern codes
/// no event, the stance is coded with the word's code and status (EventExtractor.UncodedIntents). Each word is an <see cref="EventPattern"/> of its own, so that the event
/// it makes says which row fired. Reads: data tables and the CAMEO codes. Writes: the lookup.
/// </summary>
public sealed class IntentVerbs
{
    public const string FileKind = "intent-verbs";

    private readonly FrozenDictionary<string, EventPattern> _verbs;
    private readonly FrozenDictionary<string, EventPattern> _adjectives;
    private readonly FrozenSet<string> _planned;

    private IntentVerbs(FrozenDictionary<string, EventPattern> verbs, FrozenDictionary<string, EventPattern> adjectives, FrozenSet<string> planned)
    {
        _verbs = verbs;
        _adjectives = adjectives;
        _planned = planned;
    }

    public static IntentVerbs Empty { get; } = new(FrozenDictionary<string, EventPattern>.Empty, FrozenDictionary<string, EventPattern>.Empty, FrozenSet<string>.Empty);

    /// <summary>Whether the row of <paramref name="pattern"/> records its act as planned (an intent) rather than reported (a refusal).</summary>
    public bool Planned(EventPattern pattern) => _planned.Contains(pattern.Origin);

    /// <summary>The pattern of a verb lemma or an adjective reporting an intent, or null.</summary>
    public EventPattern? Of(string lemma, bool adjective)
        => (adjective ? _adjectives : _verbs).TryGetValue(lemma, out var p) ? p : null;

    public static IntentVerbs Load(IEnumerable<DataTable> tables, Func<string, bool> cameoExists)
    {
        var verbs = new Dictionary<string, EventPattern>(StringComparer.OrdinalIgnoreCase);
        var adjectives = new Dictionary<string, EventPattern>(StringComparer.OrdinalIgnoreCase);
        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var word = r.Required("word").Trim().ToLowerInvariant();
                if (word.Contains(' ')) throw r.Error($"'{word}' is more than one word", "give one verb lemma or adjective a row");
                var pos = r.Required("pos");
                if (pos is not ("verb" or "adj")) throw r.Error($"pos '{pos}' is unknown", "use verb or adj");
                var cameo = r.Required("cameo");
                if (!cameoExists(cameo)) throw r.Error($"'{cameo}' is not a CAMEO code", "use a code from data/cameo/cameo.tsv, e.g. 030");
                var status = r.Required("status");
                if (status is not ("planned" or "reported")) throw r.Error($"status '{status}' is unknown", "use planned (an intent) or reported (a refusal)");
                var pattern = new EventPattern(word, [word], PartOfSpeech.Verb, cameo, Frame.Agent,
                    new[] { "obj", "to", "with" }.ToFrozenSet(StringComparer.Ordinal), null, r.Location);
                (pos == "adj" ? adjectives : verbs)[word] = pattern; // a user's row, loaded later, replaces a shipped one
                if (status == "planned") planned.Add(r.Location);
            }
        return new IntentVerbs(verbs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), adjectives.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            planned.ToFrozenSet(StringComparer.Ordinal));
    }
}
