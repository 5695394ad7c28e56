using System.Collections.Frozen;
using System.Collections.Immutable;
using Entente.Core.Text;

namespace Entente.Core.Knowledge;

public enum PartOfSpeech { Verb, Noun }

/// <summary>How the actors around a trigger fill the event's source and target.</summary>
public enum Frame
{
    /// <summary>The subject acts on the target (condemn, attack, visit).</summary>
    Agent,
    /// <summary>The subject gives to the target (supply, deliver): source = supplier.</summary>
    Giver,
    /// <summary>The subject receives from the source (acquire, buy): source = supplier, target = subject.</summary>
    Receiver,
    /// <summary>Both parties act together (meet, sign, cooperate): one event, actors in text order.</summary>
    Symmetric,
}

/// <summary>One row of data/patterns/events.tsv: a trigger and the coding it yields.</summary>
/// <param name="Words">Trigger words as keys; the first is matched in any inflected form.</param>
/// <param name="Preps">Prepositions introducing the target (or the supplier, for <see cref="Frame.Receiver"/>); "obj" = direct object.</param>
/// <param name="Theme">A theme the clause must mention (weapon, money, aid, troops, agreement, person, energy), or null.</param>
public sealed record EventPattern(string Trigger, ImmutableArray<string> Words, PartOfSpeech Pos, string Cameo, Frame Frame, FrozenSet<string> Preps, string? Theme, string Origin)
{
    public bool AllowsObject => Preps.Contains("obj");

    /// <summary>Converted from another system's dictionary (the row names its origin there), not written for Entente.</summary>
    public bool Imported { get; init; }

    /// <summary>An imported multi-word row for a verb Entente has own rows for: tried only where none of the own rows matches
    /// ("reach understanding" when the own "reach agreement" does not fit).</summary>
    public bool Fallback { get; init; }

    /// <summary>An imported one-word trigger: nothing but the verb's lemma supports it, so it codes only with a named target
    /// (or, for a material act with a direct object, as a one-actor event; see EventExtractor.OneActorAllowed).</summary>
    public bool BareImported => Imported && Words.Length == 1;
}

/// <summary>A cue word class (data/patterns/cues.tsv).</summary>
public enum Cue { Negation, Refusal, Future, Intent, Hypothetical, Report, Denial, Confirm, Boundary, Light }

/// <summary>
/// Event triggers in a token trie keyed by every inflected form of their first word, plus cue and theme phrases.
/// </summary>
public sealed class EventPatterns
{
    /// <summary>First-word form → patterns starting with it (all parts of speech).</summary>
    public PhraseTrie<EventPattern> Triggers { get; }
    public PhraseTrie<Cue> Cues { get; }
    public PhraseTrie<string> Themes { get; }
    public int PatternCount { get; }
    /// <summary>CAMEO codes produced by symmetric patterns (meetings, agreements, cooperation): actor order is not meaningful.</summary>
    public FrozenSet<string> SymmetricCodes { get; }

    private EventPatterns(PhraseTrie<EventPattern> triggers, PhraseTrie<Cue> cues, PhraseTrie<string> themes, int count, FrozenSet<string> symmetric)
    {
        Triggers = triggers; Cues = cues; Themes = themes; PatternCount = count; SymmetricCodes = symmetric;
    }

    /// <summary>The theme every equipment mention satisfies (data/equipment.tsv), without rows in the theme tables.</summary>
    public const string WeaponTheme = "weapon";

    /// <summary>The object (or passive subject) is equipment of data/equipment.tsv, checked over the parse.</summary>
    public const string ObjectWeaponTheme = "object-weapon";

    /// <summary>The kind of a file listing imported triggers not to load (<c>data/imported/petrarch2/verbs-dropped.tsv</c>).</summary>
    public const string DropKind = "event-pattern-drops";

    /// <summary>Imported rows loaded (<see cref="Load"/>'s <c>importedTables</c>); 0 when none were given.</summary>
    public int ImportedCount { get; private init; }
    /// <summary>Imported rows not loaded because their first word is a one-word cue (report, denial, light verb), or because they are one-word rows for a verb Entente has own rows for (own rows win).</summary>
    public int ImportedShadowed { get; private init; }
    /// <summary>Imported multi-word rows for a verb with own rows, loaded as fallbacks (<see cref="EventPattern.Fallback"/>).</summary>
    public int ImportedFallback { get; private init; }
    /// <summary>Imported rows not loaded because a drop table lists them.</summary>
    public int ImportedDropped { get; private init; }
    /// <summary>Imported rows loaded whose trigger is a bare verb (one word: no object, particle or preposition to check); the
    /// coder takes them only as a verb in the parse, and only with a named target (<see cref="EventPattern.BareImported"/>).</summary>
    public int ImportedBare { get; private init; }

    /// <summary>
    /// Loads the pattern, cue and theme tables. <paramref name="importedTables"/> (optional: rows converted from another
    /// system, e.g. PETRARCH2's verbs) are added after Entente's own rows, except a row whose trigger's first word already
    /// starts an own row (own rows win) and a row that a <paramref name="dropTables"/> row (<c>trigger</c>, <c>cameo</c> or
    /// <c>*</c>) names. One-word imported rows are loaded but code only over a parse, as a verb, with a named target (on the dev
    /// gold set, read without a parse, they made 22 of the 25 false events the imported rows added; see
    /// data/imported/petrarch2/README.md). Imported symmetric rows do not make their code symmetric for Entente's own rows.
    /// </summary>
    public static EventPatterns Load(IEnumerable<DataTable> patternTables, IEnumerable<DataTable> cueTables, IEnumerable<DataTable> themeTables, EnglishInflector inflector, Func<string, bool> cameoExists,
        IEnumerable<DataTable>? importedTables = null, IEnumerable<DataTable>? dropTables = null)
    {
        // the themes a pattern may require: weapon, and every theme the theme tables give words for (users may add their own)
        themeTables = themeTables.ToList();
        var known = themeTables.SelectMany(t => t.Rows).Select(r => r.Required("theme")).Append(WeaponTheme).Append(ObjectWeaponTheme).ToFrozenSet(StringComparer.Ordinal);
        var triggers = new PhraseTrie<EventPattern>.Builder();
        var symmetric = new HashSet<string>(StringComparer.Ordinal);
        var ownFirstWords = new HashSet<string>(StringComparer.Ordinal);
        int count = 0;
        foreach (var t in patternTables)
            foreach (var r in t.Rows)
            {
                var pattern = Parse(r, cameoExists, known);
                Add(triggers, pattern, inflector);
                ownFirstWords.Add(FirstWordKey(pattern));
                if (pattern.Frame == Frame.Symmetric)
                {
                    symmetric.Add(pattern.Cameo);
                    if (pattern.Cameo.StartsWith("04", StringComparison.Ordinal)) symmetric.Add("036"); // planned meetings are coded 036
                }
                count++;
            }
        var drops = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in dropTables ?? [])
            foreach (var r in t.Rows)
            {
                var cameo = r.Optional("cameo") ?? "*";
                if (cameo != "*" && !cameoExists(cameo)) throw r.Error($"CAMEO code '{cameo}' is not in the CAMEO table", "use a code listed in data/cameo/cameo.tsv, or * for any code");
                drops.Add($"{string.Join(' ', KeysOf(r.Required("trigger")))}\t{cameo}");
            }
        // one-word cues (report, denial, light verbs: "said", "denied", "announced") set an event's status or name its noun; an
        // imported row may not make them events of their own
        var cueWords = new HashSet<string>(StringComparer.Ordinal);
        var lightWords = new HashSet<string>(StringComparer.Ordinal);
        var cues = new PhraseTrie<Cue>.Builder();
        foreach (var t in cueTables)
            foreach (var r in t.Rows)
            {
                var cueText = r.Required("cue");
                if (!Enum.TryParse<Cue>(cueText, ignoreCase: true, out var cue))
                    throw r.Error($"cue '{cueText}' is unknown", $"use one of: {string.Join(", ", Enum.GetNames<Cue>()).ToLowerInvariant()}");
                var phrase = r.Required("phrase");
                cues.Add(phrase, cue);
                if (!phrase.Contains(' ')) (cue == Cue.Light ? lightWords : cueWords).Add(phrase.ToLowerInvariant());
            }
        // a verb any of whose forms is a one-word cue ("tell": "told"): a reporting or denial cue, or only a light verb
        // ("pay", "hold", "launch": its noun is the act, so its own phrase rows, "pay compensation", may code where no noun
        // trigger of the clause does)
        var cueVerbs = new Dictionary<string, CueVerb>(StringComparer.Ordinal);
        CueVerb CueVerbOf(string lemma)
        {
            if (cueVerbs.TryGetValue(lemma, out var known)) return known;
            var forms = inflector.VerbForms(lemma).Prepend(lemma).ToList();
            return cueVerbs[lemma] = forms.Any(cueWords.Contains) ? CueVerb.Other : forms.Any(lightWords.Contains) ? CueVerb.LightOnly : CueVerb.None;
        }
        int imported = 0, shadowed = 0, dropped = 0, bare = 0, fallback = 0;
        foreach (var t in importedTables ?? [])
            foreach (var r in t.Rows)
            {
                var pattern = Parse(r, cameoExists, known);
                var cueVerb = CueVerbOf(pattern.Words[0]);
                if (cueVerb == CueVerb.Other) { shadowed++; continue; }
                if (cueVerb == CueVerb.LightOnly || ownFirstWords.Contains(FirstWordKey(pattern)))
                {
                    // own rows (and light verbs' nouns) win: a one-word imported row would undo their themes and particles; a
                    // longer one waits as a fallback
                    if (pattern.Words.Length == 1 || Dropped(drops, pattern)) { shadowed++; continue; }
                    Add(triggers, pattern with { Fallback = true }, inflector);
                    fallback++;
                    continue;
                }
                if (pattern.Words.Length == 1) bare++;
                if (Dropped(drops, pattern)) { dropped++; continue; }
                Add(triggers, pattern, inflector);
                imported++;
            }
        count += imported;
        var themes = new PhraseTrie<string>.Builder();
        foreach (var t in themeTables)
            foreach (var r in t.Rows)
            {
                themes.Add(r.Required("phrase"), r.Required("theme"));
            }
        return new EventPatterns(triggers.Build(), cues.Build(), themes.Build(), count, symmetric.ToFrozenSet(StringComparer.Ordinal))
        {
            ImportedCount = imported, ImportedShadowed = shadowed, ImportedDropped = dropped, ImportedBare = bare, ImportedFallback = fallback,
        };
    }

    private enum CueVerb { None, LightOnly, Other }

    /// <summary>An own row shadows imported rows of the same first word and part of speech only: own noun rows ("telephone
    /// call", "phone call") leave the imported verb ("telephoned the minister") alone.</summary>
    private static string FirstWordKey(EventPattern p) => (p.Pos == PartOfSpeech.Verb ? "v:" : "n:") + p.Words[0];

    /// <summary>A drop row names the trigger or its first words ("rule out" drops "rule out cooperation"), with its code or <c>*</c>.</summary>
    private static bool Dropped(HashSet<string> drops, EventPattern pattern)
    {
        for (int n = 1; n <= pattern.Words.Length; n++)
        {
            var key = string.Join(' ', pattern.Words.Take(n));
            if (drops.Contains($"{key}\t*") || n == pattern.Words.Length && drops.Contains($"{key}\t{pattern.Cameo}")) return true;
        }
        return false;
    }

    /// <summary>One pattern row (own or imported); its <see cref="EventPattern.Origin"/> is the row's file:line, and an
    /// imported row's <c>origin</c> cell (the source system's file:line) is appended: "data/…/verbs.tsv:12 (CAMEO.2.0.txt:935)".</summary>
    private static EventPattern Parse(DataRow r, Func<string, bool> cameoExists, FrozenSet<string> knownThemes)
    {
        var trigger = r.Required("trigger");
        var posText = r.Required("pos");
        var pos = posText switch
        {
            "verb" => PartOfSpeech.Verb,
            "noun" => PartOfSpeech.Noun,
            _ => throw r.Error($"pos '{posText}' is neither 'verb' nor 'noun'", "write verb or noun"),
        };
        var cameo = r.Required("cameo");
        if (!cameoExists(cameo)) throw r.Error($"CAMEO code '{cameo}' is not in the CAMEO table", "use a code listed in data/cameo/cameo.tsv");
        var frameText = r.Required("frame");
        if (!Enum.TryParse<Frame>(frameText, ignoreCase: true, out var frame))
            throw r.Error($"frame '{frameText}' is unknown", "use agent, giver, receiver or symmetric");
        var theme = r.Optional("theme");
        if (theme == "-") theme = null;
        if (theme != null && !knownThemes.Contains(theme))
            throw r.Error($"theme '{theme}' is unknown", $"use one of: {string.Join(", ", knownThemes.Order(StringComparer.Ordinal))}, - or a theme given words in data/patterns/themes.tsv");
        var preps = r.List("preps").Select(p => p.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        var words = KeysOf(trigger);
        if (words.Length == 0) throw r.Error($"trigger '{trigger}' has no word", "write the trigger's words");
        var origin = r.Optional("origin");
        return new EventPattern(trigger, words, pos, cameo, frame, preps, theme, origin == null ? r.Location : $"{r.Location} ({origin})") { Imported = origin != null };
    }

    private static void Add(PhraseTrie<EventPattern>.Builder triggers, EventPattern pattern, EnglishInflector inflector)
    {
        var first = pattern.Words[0];
        var forms = pattern.Pos == PartOfSpeech.Verb ? inflector.VerbForms(first) : EnglishInflector.NounForms(first);
        foreach (var f in forms) triggers.AddKeys([f], pattern);
    }

    private static ImmutableArray<string> KeysOf(string phrase)
    {
        var (tokens, count, keys) = Tokenizer.Default.Tokenize(phrase);
        var b = ImmutableArray.CreateBuilder<string>(count);
        for (int i = 0; i < count; i++) b.Add(new string(keys, tokens[i].KeyStart, tokens[i].KeyLength));
        return b.ToImmutable();
    }
}
