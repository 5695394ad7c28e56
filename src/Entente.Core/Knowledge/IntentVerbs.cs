using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>
/// Words reporting an intent (data/cameo/intent-verbs.tsv, kind <c>intent-verbs</c>, columns <c>word</c>, <c>pos</c>,
/// <c>cameo</c>): "agreed to", "is prepared to". Where the act they govern codes no event, the intent is coded with the
/// word's code (EventExtractor.UncodedIntents). Each word is an <see cref="EventPattern"/> of its own, so that the event
/// it makes says which row fired. Reads: data tables and the CAMEO codes. Writes: the lookup.
/// </summary>
public sealed class IntentVerbs
{
    public const string FileKind = "intent-verbs";

    private readonly FrozenDictionary<string, EventPattern> _verbs;
    private readonly FrozenDictionary<string, EventPattern> _adjectives;

    private IntentVerbs(FrozenDictionary<string, EventPattern> verbs, FrozenDictionary<string, EventPattern> adjectives)
    {
        _verbs = verbs;
        _adjectives = adjectives;
    }

    public static IntentVerbs Empty { get; } = new(FrozenDictionary<string, EventPattern>.Empty, FrozenDictionary<string, EventPattern>.Empty);

    /// <summary>The pattern of a verb lemma or an adjective reporting an intent, or null.</summary>
    public EventPattern? Of(string lemma, bool adjective)
        => (adjective ? _adjectives : _verbs).TryGetValue(lemma, out var p) ? p : null;

    public static IntentVerbs Load(IEnumerable<DataTable> tables, Func<string, bool> cameoExists)
    {
        var verbs = new Dictionary<string, EventPattern>(StringComparer.OrdinalIgnoreCase);
        var adjectives = new Dictionary<string, EventPattern>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var word = r.Required("word").Trim().ToLowerInvariant();
                if (word.Contains(' ')) throw r.Error($"'{word}' is more than one word", "give one verb lemma or adjective a row");
                var pos = r.Required("pos");
                if (pos is not ("verb" or "adj")) throw r.Error($"pos '{pos}' is unknown", "use verb or adj");
                var cameo = r.Required("cameo");
                if (!cameoExists(cameo)) throw r.Error($"'{cameo}' is not a CAMEO code", "use a code from data/cameo/cameo.tsv, e.g. 030");
                var pattern = new EventPattern(word, [word], PartOfSpeech.Verb, cameo, Frame.Agent,
                    new[] { "obj", "to", "with" }.ToFrozenSet(StringComparer.Ordinal), null, r.Location);
                (pos == "adj" ? adjectives : verbs)[word] = pattern; // a user's row, loaded later, replaces a shipped one
            }
        return new IntentVerbs(verbs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), adjectives.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
