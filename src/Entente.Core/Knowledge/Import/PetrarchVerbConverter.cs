using System.Collections.Frozen;

namespace Entente.Core.Knowledge.Import;

/// <summary>
/// Turns the PETRARCH2 verb dictionary into rows of Entente's event-pattern format (<c>data/patterns/events.tsv</c>) plus
/// an <c>origin</c> column (<c>CAMEO.2.0.txt:LINE</c>). A verb with a code gives a one-verb row; a pattern gives one row per
/// verb it was written for and per synonym-set member: trigger = the verb's words, then the pattern's words after the
/// verb in order (particles, object words with their modifiers, prepositions and their objects; "a", "an", "the" left
/// out), which the parse-based coder matches as dependents in the verb's clause. Where the target is (<c>preps</c>) comes
/// from '+'; a '$' after the verb makes the subject the target (frame receiver). Everything left out is counted by reason.
/// </summary>
public sealed class PetrarchVerbConverter
{
    public const string VerbsFile = "CAMEO.2.0.txt";
    public static readonly string[] Columns = ["trigger", "pos", "cameo", "frame", "preps", "theme", "notes", "origin"];

    /// <summary>Where the target is when a pattern names an object but no '+': the prepositions Entente's own rows use most.</summary>
    public static readonly string[] DefaultTargetPreps = ["to", "with", "against", "on"];

    private static readonly FrozenSet<string> Determiners = new[] { "a", "an", "the" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Particles = new[] { "up", "down", "out", "off", "back", "away", "forward", "aside", "together", "apart" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "about", "across", "after", "against", "along", "among", "amid", "around", "as", "at", "before", "behind", "between", "beyond", "by",
        "for", "from", "in", "inside", "into", "near", "of", "on", "onto", "over", "through", "to", "toward", "towards", "under", "upon",
        "with", "within", "without",
    }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> BeForms = new[] { "is", "are", "am", "was", "were", "be", "been", "being" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Func<string, bool> _cameoExists;
    private readonly ImportReport _report;
    private readonly List<string[]> _rows = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    private PetrarchVerbConverter(Func<string, bool> cameoExists, ImportReport report) { _cameoExists = cameoExists; _report = report; }

    /// <summary>The rows, in file order (blocks, their verbs, then their patterns), each unique by trigger, code, frame and preps.</summary>
    public static List<string[]> Convert(PetrarchVerbDictionary dictionary, Func<string, bool> cameoExists, ImportReport report)
    {
        var c = new PetrarchVerbConverter(cameoExists, report);
        if (dictionary.Transformations > 0) c.Skip("transformation (~ verb-verb rule): Entente has no verb-verb rules", dictionary.Transformations);
        foreach (var block in dictionary.Blocks) c.ConvertBlock(block, dictionary.Synsets);
        return c._rows;
    }

    private void Skip(string reason, int n = 1) => _report.Skip(VerbsFile, reason, n);

    private void ConvertBlock(PetrarchVerbBlock block, IReadOnlyDictionary<string, PetrarchSynset> synsets)
    {
        var usable = new List<PetrarchVerb>();
        foreach (var v in block.Verbs)
        {
            if (v.VerbIndex > 0) { Skip("verb: words before the verb (WIRE_+TAP): a trigger starts with its verb"); continue; }
            if (IsInflected(v)) { Skip("verb: written inflected (+IS_DETERMINED, +ANGERED_BY {}), not as a lemma"); continue; }
            usable.Add(v);
            var code = v.Code ?? block.Code;
            if (!TryCode(code, "verb", out var cameo, out var frame)) continue;
            Add(string.Join(' ', v.Words), cameo, frame, ["obj"], $"verb of block {block.Name} [{code}]", v.Line);
        }
        foreach (var p in block.Patterns) ConvertPattern(block, p, usable, synsets);
    }

    private static bool IsInflected(PetrarchVerb v) =>
        BeForms.Contains(v.Words[0]) || v.Words.Length > 1 && v.HasForms && v.Forms.Length == 0 && (v.Words[0].EndsWith("ed", StringComparison.Ordinal) || v.Words[^1] == "and");

    /// <summary>
    /// A PETRARCH code to Entente's: <c>[042]</c> → 042 (frame agent), <c>[062:062]</c> → 062 symmetric, <c>[042:043]</c> → 042 (the
    /// reverse event is left out and counted), <c>[:173]</c> → 173 with the roles reversed (frame receiver: the event goes from
    /// the pattern's target to the subject). A code not in cameo.tsv takes its nearest listed parent (1722 → 172) or is dropped.
    /// </summary>
    private bool TryCode(string code, string what, out string cameo, out Frame frame)
    {
        cameo = ""; frame = Frame.Agent;
        var parts = code.Split(':');
        string forward = parts[0] == "---" ? "" : parts[0];
        string? reverse = parts.Length > 1 ? (parts[1] == "---" ? "" : parts[1]) : null;
        string chosen;
        if (forward.Length > 0)
        {
            chosen = forward;
            if (reverse == forward) frame = Frame.Symmetric;
            else if (!string.IsNullOrEmpty(reverse)) _report.Adjust(VerbsFile, $"{what}: reverse code of a pair left out ([042:043] → 042)");
        }
        else if (!string.IsNullOrEmpty(reverse)) { chosen = reverse; frame = Frame.Receiver; }
        else { Skip($"{what}: null code [---] (codes nothing)"); return false; }
        if (!PetrarchCodeMapper.TryMapEvent(chosen, _cameoExists, out cameo))
        {
            Skip($"{what}: code not in cameo.tsv and no listed parent");
            return false;
        }
        if (cameo != chosen) _report.Adjust(VerbsFile, $"{what}: code not in cameo.tsv, its parent used ({chosen} → {cameo})");
        return true;
    }

    private void Add(string trigger, string cameo, Frame frame, IReadOnlyList<string> preps, string notes, int line)
    {
        var frameText = frame.ToString().ToLowerInvariant();
        var prepText = string.Join('|', preps.Distinct(StringComparer.Ordinal));
        if (!_keys.Add($"{trigger}\t{cameo}\t{frameText}\t{prepText}")) { Skip("row repeats an earlier row (same trigger, code, frame and preps)"); return; }
        _rows.Add([trigger, "verb", cameo, frameText, prepText, "-", notes, $"{VerbsFile}:{line}"]);
    }

    /// <summary>One place in a pattern: the word sequences that may fill it (one for a word, one per member for a synonym set).</summary>
    private sealed record Slot(List<string[]> Alternatives);

    private void ConvertPattern(PetrarchVerbBlock block, PetrarchPattern p, List<PetrarchVerb> verbs, IReadOnlyDictionary<string, PetrarchSynset> synsets)
    {
        // before the verb: only the source marker '$' (the default: the subject is the source) can be expressed
        foreach (var t in p.Pre)
        {
            if (t == "$") continue;
            Skip(t switch
            {
                "+" => "pattern: target before the verb (the subject would be the target)",
                "%" => "pattern: compound actor marker %",
                _ => "pattern: words before the verb (subject words or auxiliaries; a trigger starts with its verb)",
            });
            return;
        }
        var slots = new List<Slot>();
        var openPreps = new List<string>();
        string? target = null, source = null;
        bool inParen = false, parenHasObject = false, hasObject = false, anyParenObject = false;
        string? parenPrep = null, previousWord = null;
        for (int i = 0; i < p.Post.Length; i++)
        {
            var t = p.Post[i];
            switch (t)
            {
                case "(":
                    inParen = true; parenPrep = null; parenHasObject = false;
                    var prep = i + 1 < p.Post.Length ? p.Post[i + 1] : "";
                    if (prep is "" or "(" or ")" or "{" or "}" or "+" or "$" or "^" or "%" || prep.StartsWith('&'))
                    {
                        Skip("pattern: a '(' phrase that does not start with its preposition");
                        return;
                    }
                    parenPrep = prep.ToLowerInvariant().Replace('_', ' ');
                    slots.Add(new Slot([[.. parenPrep.Split(' ')]]));
                    previousWord = parenPrep;
                    i++;
                    continue;
                case ")":
                    if (!parenHasObject) openPreps.Add(parenPrep!);
                    else anyParenObject = true;
                    inParen = false; parenPrep = null;
                    continue;
                case "{": case "}": continue;
                case "^": Skip("pattern: skip-actor marker ^ (a phrase that must not be an actor)"); return;
                case "%": Skip("pattern: compound actor marker %"); return;
                case "+" or "$":
                {
                    string? where = inParen ? parenPrep : slots.Count == 0 ? "obj" : previousWord != null && Prepositions.Contains(previousWord) ? previousWord : null;
                    if (where == null) { Skip("pattern: actor marker after a noun (\"X's\" or a compound), not after the verb or a preposition"); return; }
                    if (t == "+") { if (target != null) { Skip("pattern: more than one target marker +"); return; } target = where; }
                    else { if (source != null) { Skip("pattern: more than one source marker $"); return; } source = where; }
                    if (inParen) parenHasObject = true;
                    previousWord = null;
                    continue;
                }
            }
            List<string[]> alternatives;
            if (t.StartsWith('&'))
            {
                if (!synsets.TryGetValue(t[1..].TrimEnd('_'), out var set)) { Skip("pattern: undefined synonym set (PETRARCH ignores the pattern too)"); return; }
                alternatives = [.. set.Members.Select(Words).Where(w => w.Length > 0).Distinct(WordsComparer.Instance)];
                previousWord = null;
            }
            else
            {
                var words = Words(t);
                if (words.Length == 0) continue; // "a", "the"
                alternatives = [words];
                previousWord = words.Length == 1 ? words[0] : null;
            }
            if (alternatives.Count == 0) continue;
            slots.Add(new Slot(alternatives));
            if (inParen) parenHasObject = true;
            else if (!(previousWord != null && (Particles.Contains(previousWord) || Prepositions.Contains(previousWord)))) hasObject = true;
        }

        if (source != null && target != null) { Skip("pattern: source and target both after the verb (the subject is neither)"); return; }
        if (!TryCode(p.Code, "pattern", out var cameo, out var frame)) return;
        IReadOnlyList<string> preps;
        if (source != null)
        {
            if (frame != Frame.Agent) { Skip("pattern: source after the verb with a reversed or symmetric code"); return; }
            frame = Frame.Receiver; // the subject receives from the source named after the verb: source there, target = subject
            preps = [source];
        }
        else if (target != null) preps = [target];
        else if (hasObject) preps = openPreps.Count > 0 ? openPreps : DefaultTargetPreps;
        // "(FOR SANCTIONS)": PETRARCH takes the target from the phrase the pattern matched ("called for sanctions
        // against Nigeria"), so a prepositional pattern with its own object also finds it behind the default prepositions
        else if (anyParenObject && !hasObject && openPreps.Count == 0 && frame == Frame.Agent) preps = ["obj", .. DefaultTargetPreps];
        else preps = ["obj", .. openPreps];

        var named = verbs.Where(v => p.CommentWords.Contains(string.Join('_', v.Words).ToUpperInvariant(), StringComparer.Ordinal)).ToList();
        if (named.Count == 0)
        {
            if (verbs.Count == 0) { Skip("pattern: its block has no usable verb"); return; }
            named = verbs; // the comment names no verb of the block: PETRARCH's rule, the whole block
            _report.Adjust(VerbsFile, "pattern: comment names no verb of its block, so it applies to every verb of the block");
        }
        long combinations = slots.Aggregate(1L, (n, s) => n * s.Alternatives.Count);
        if (combinations > MaxExpansion) { Skip($"pattern: synonym sets expand to more than {MaxExpansion} phrases"); return; }
        foreach (var v in named)
            foreach (var phrase in Expand(slots))
                Add(string.Join(' ', v.Words.Concat(phrase)), cameo, frame, preps, p.Text, p.Line);
    }

    /// <summary>The most phrases one pattern may expand to (per verb): a pattern with two large synonym sets is left out.</summary>
    public const int MaxExpansion = 400;

    private static IEnumerable<List<string>> Expand(List<Slot> slots)
    {
        IEnumerable<List<string>> acc = [[]];
        foreach (var s in slots)
        {
            var current = acc;
            acc = current.SelectMany(prefix => s.Alternatives.Select(alt => new List<string>([.. prefix, .. alt])));
        }
        return acc;
    }

    /// <summary>A pattern word or synonym member as lower-case words: '_' joins words, a final '_' is PETRARCH's "no plural" mark; "a", "an", "the" dropped.</summary>
    private static string[] Words(string token) =>
        token.ToLowerInvariant().Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries).Where(w => !Determiners.Contains(w)).ToArray();

    private sealed class WordsComparer : IEqualityComparer<string[]>
    {
        public static readonly WordsComparer Instance = new();
        public bool Equals(string[]? x, string[]? y) => x!.SequenceEqual(y!, StringComparer.Ordinal);
        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
