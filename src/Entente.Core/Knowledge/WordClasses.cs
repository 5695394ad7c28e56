using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Entente.Core.Knowledge;

/// <summary>One class of words (lower case) with span lookup, in file order.</summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The words in file order (shipped file first, then the user's), without repeats.</summary>
    public ImmutableArray<string> Words { get; }

    internal WordSet(IEnumerable<string> words)
    {
        Words = [.. words.Distinct(StringComparer.Ordinal)];
        _set = Words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
    public bool Contains(string word) => _set.Contains(word);

    /// <summary>True when <paramref name="word"/> starts with one of the words (the words are stems).</summary>
    public bool StartsAny(ReadOnlySpan<char> word)
    {
        foreach (var w in Words) if (word.StartsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }
}

/// <summary>
/// The word classes the event coder's word-order rules read (data/english/word-classes.tsv, kind <c>word-classes</c>,
/// columns <c>word</c> and <c>class</c>): prepositions, determiners, auxiliaries, forms of "be", pronouns, collective
/// nouns, generic act nouns, promise verbs, threat verb stems, noun-phrase starts and number qualifiers. A user's
/// <c>--dictionary</c> of the same kind adds words to any class. Reads: data tables. Writes: frozen word sets. Immutable.
/// </summary>
public sealed class WordClasses
{
    public const string FileKind = "word-classes";
    public static readonly string[] RequiredColumns = ["word", "class"];

    /// <summary>Every class a row may name.</summary>
    public static readonly ImmutableArray<string> Classes =
    [
        "preposition", "determiner", "auxiliary", "be-form", "pronoun", "collective-noun", "generic-act-noun", "promise-verb",
        "threat-verb-stem", "noun-phrase-start", "number-qualifier", "obligation-modal", "obligation-verb", "time-noun", "quantity-noun", "support-verb",
        "commitment-lemma", "stative-participle", "flow-noun", "period-noun", "period-modifier", "clause-preposition", "name-particle", "definite-determiner",
        "object-verb", "unspecified-people", "topic-preposition", "attack-instrument", "object-control-verb", "cause-verb", "directive-verb", "reaction-mark", "retaliation-verb",
        "membership-noun", "relative-pronoun", "defence-verb",
    ];

    public WordSet Prepositions { get; }
    public WordSet Determiners { get; }
    /// <summary>Auxiliaries and the adverbs that sit among them, with the clitics the tokenizer splits off.</summary>
    public WordSet Auxiliaries { get; }
    public WordSet BeForms { get; }
    public WordSet Pronouns { get; }
    /// <summary>"package", "round": looked through for the agent of an event noun ("its 13th package of sanctions").</summary>
    public WordSet CollectiveNouns { get; }
    /// <summary>"alliance", "coalition", "group": a body named by its members, whose of-phrase says who it is ("an alliance of
    /// ethnic armed groups said"): an actor there is the subject's own content, not governed by a preposition.</summary>
    public WordSet MembershipNouns { get; }
    /// <summary>"that", "which", "who": opens a relative clause.</summary>
    public WordSet RelativePronouns { get; }
    /// <summary>"repel", "foil": its subject withstands the attack named as its object, and so is that attack's target.</summary>
    public WordSet DefenceVerbs { get; }
    /// <summary>"of", "the": lower-case words inside an organization's name that give no letter to its acronym
    /// ("Movement for the Emancipation of the Niger Delta (MEND)").</summary>
    public WordSet NameParticles { get; }
    /// <summary>"the", "this", "these": a determiner that makes a noun point back to something named before.</summary>
    public WordSet DefiniteDeterminers { get; }
    /// <summary>"the move", "the decision": an object that refers back to the previous event.</summary>
    public WordSet GenericActNouns { get; }
    /// <summary>"pledged", "promised": before "to" + an aid trigger, the aid is only promised.</summary>
    public WordSet PromiseVerbs { get; }
    /// <summary>"threaten", "vow", "warn": stems (prefixes) of verbs that make a following act of force a threat.</summary>
    public WordSet ThreatVerbStems { get; }
    /// <summary>"eastern", "both": after "to", the start of a noun phrase rather than an infinitive.</summary>
    public WordSet NounPhraseStarts { get; }
    /// <summary>"about", "over": a preposition that only approximates a number.</summary>
    public WordSet NumberQualifiers { get; }
    /// <summary>"must", "should": an auxiliary that puts the act under obligation (not done; demanded by whoever says it).</summary>
    public WordSet ObligationModals { get; }
    /// <summary>"have", "need" (lemmas): a verb that puts its "to" + infinitive under obligation ("has to withdraw").</summary>
    public WordSet ObligationVerbs { get; }
    /// <summary>"today", "Tuesday": a noun that names a time, which news puts between subject and verb (see <see cref="Text.TimeNounRepair"/>).</summary>
    public WordSet TimeNouns { get; }
    /// <summary>"week", "year": a noun naming a period ("last year"), which as a second subject of a verb is a time phrase the
    /// parser misread (see <see cref="Text.TimeNounRepair"/>).</summary>
    public WordSet PeriodNouns { get; }
    /// <summary>Words that make a period noun a time ("last month", "this week"; class <c>period-modifier</c>).</summary>
    public WordSet PeriodModifiers { get; }
    /// <summary>"after", "before": a word that introduces a noun phrase or a clause (see <see cref="Text.SubordinateClauseRepair"/>).</summary>
    public WordSet ClausePrepositions { get; }
    /// <summary>"for", "over", "about": a preposition whose phrase on a verb says what its words are about ("appealed for calm in
    /// Mali"; class <c>topic-preposition</c>, read by the object-scene targets of data/cameo/object-scene-codes.tsv).</summary>
    public WordSet TopicPrepositions { get; }
    /// <summary>"bomb", "blast", "landmine" (lemmas): a weapon or explosion that, as the subject of an act done to people
    /// ("a roadside bomb killed three soldiers"), names how it was done and not who did it: the victim-only reading.</summary>
    public WordSet AttackInstruments { get; }
    /// <summary>"urge", "prompt", "force" (lemmas): a verb whose object does the act of its "to" + infinitive ("prompting Japan
    /// to protest"; class <c>object-control-verb</c>, see <see cref="Text.ObjectControlRepair"/>).</summary>
    public WordSet ObjectControlVerbs { get; }
    /// <summary>"prompt", "provoke", "lead" (lemmas): a verb by which one act brings another about ("fired a missile, prompting
    /// Japan to protest"; class <c>cause-verb</c>): a reaction under it is aimed at whoever did the act that caused it.</summary>
    public WordSet CauseVerbs { get; }
    /// <summary>"invite", "urge", "order" (lemmas): a verb that asks for the act of its "to" + infinitive, which has therefore not
    /// happened ("invited Kristersson to visit Budapest"; class <c>directive-verb</c>): the act is hypothetical.</summary>
    public WordSet DirectiveVerbs { get; }
    /// <summary>"after", "when": a word that opens a clause telling what an act answered ("Seoul protested after Pyongyang fired a
    /// missile"; class <c>reaction-mark</c>): an act with no target of its own is aimed at that clause's subject.</summary>
    public WordSet ReactionMarks { get; }
    /// <summary>"retaliate", "avenge" (lemmas): an act that answers one done to its actor (class <c>retaliation-verb</c>): with no
    /// target named, it is aimed at whoever last acted against that actor.</summary>
    public WordSet RetaliationVerbs { get; }
    /// <summary>"thousands", "dozens", "group" (lemmas): a noun counting people, looked through to its of-phrase for the actor ("tens of thousands of students").</summary>
    public WordSet QuantityNouns { get; }
    /// <summary>"stage", "organize", "hold" (lemmas): a verb whose event-noun object is the act ("staged a general strike"), even where the verb has rows of its own.</summary>
    public WordSet SupportVerbs { get; }
    /// <summary>"will", "agree", "ready" (lemmas): a modal or a word taking "to" + infinitive by which the act's own actor
    /// commits to it ("will give", "is ready to contribute"): the act is announced, an intent or a threat (data/cameo/intents.tsv).</summary>
    public WordSet CommitmentLemmas { get; }
    /// <summary>"opposed", "committed": a participle after "be" that states the subject's own stance, not a passive ("Israel
    /// is opposed to French mediation": Israel opposes).</summary>
    public WordSet StativeParticiples { get; }
    /// <summary>"export", "flight", "shipment" (lemmas): a noun of goods or traffic moving between states, looked through to its
    /// to/from/into phrase for the target of a measure on it ("restrictions on exports of chips to China" → China).</summary>
    public WordSet FlowNouns { get; }
    /// <summary>"kill", "arrest", "abduct" (lemmas): a verb never used in the active without its object, so a past form of it
    /// with a subject and no object is a passive whose auxiliary was dropped (see <see cref="Text.ReducedPassiveRepair"/>).</summary>
    public WordSet ObjectVerbs { get; }
    /// <summary>"people", "persons": a noun naming people without saying who they are; the target of a crowd act where
    /// protesters are named is the protesters (see data/cameo/crowd-codes.tsv).</summary>
    public WordSet UnspecifiedPeople { get; }

    private WordClasses(Dictionary<string, List<string>> byClass)
    {
        WordSet Of(string c) => new(byClass[c]);
        Prepositions = Of("preposition");
        Determiners = Of("determiner");
        Auxiliaries = Of("auxiliary");
        BeForms = Of("be-form");
        Pronouns = Of("pronoun");
        CollectiveNouns = Of("collective-noun");
        MembershipNouns = Of("membership-noun");
        RelativePronouns = Of("relative-pronoun");
        DefenceVerbs = Of("defence-verb");
        GenericActNouns = Of("generic-act-noun");
        NameParticles = Of("name-particle");
        DefiniteDeterminers = Of("definite-determiner");
        PromiseVerbs = Of("promise-verb");
        ThreatVerbStems = Of("threat-verb-stem");
        NounPhraseStarts = Of("noun-phrase-start");
        NumberQualifiers = Of("number-qualifier");
        ObligationModals = Of("obligation-modal");
        ObligationVerbs = Of("obligation-verb");
        TimeNouns = Of("time-noun");
        PeriodNouns = Of("period-noun");
        PeriodModifiers = Of("period-modifier");
        ClausePrepositions = Of("clause-preposition");
        TopicPrepositions = Of("topic-preposition");
        AttackInstruments = Of("attack-instrument");
        ObjectControlVerbs = Of("object-control-verb");
        CauseVerbs = Of("cause-verb");
        DirectiveVerbs = Of("directive-verb");
        ReactionMarks = Of("reaction-mark");
        RetaliationVerbs = Of("retaliation-verb");
        QuantityNouns = Of("quantity-noun");
        SupportVerbs = Of("support-verb");
        CommitmentLemmas = Of("commitment-lemma");
        StativeParticiples = Of("stative-participle");
        FlowNouns = Of("flow-noun");
        ObjectVerbs = Of("object-verb");
        UnspecifiedPeople = Of("unspecified-people");
    }

    /// <summary>Loads the shipped table and any user tables of kind <c>word-classes</c>; a bad row fails with its file:line.</summary>
    public static WordClasses Load(IEnumerable<DataTable> tables)
    {
        var byClass = Classes.ToDictionary(c => c, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var word = r.Required("word");
                var cls = r.Required("class");
                if (!byClass.TryGetValue(cls, out var list))
                    throw r.Error($"word class '{cls}' is unknown", $"use one of: {string.Join(", ", Classes)}");
                if (word.Any(char.IsWhiteSpace) || !word.Equals(word.ToLowerInvariant(), StringComparison.Ordinal))
                    throw r.Error($"word '{word}' must be one lower-case word", "tokens are matched lower-case, one word per row");
                list.Add(word);
            }
        return new WordClasses(byClass);
    }
}

/// <summary>
/// A set of CAMEO roots read from data (column <c>root</c>). Two kinds use it:
/// <list type="bullet">
/// <item><c>reaction-roots</c> (data/cameo/reaction-roots.tsv): roots of verbs that react to an earlier act: with no actor
/// in the object, the actor of the previous event is the target ("condemned the drills").</item>
/// <item><c>victim-roots</c> (data/cameo/victim-roots.tsv): roots of acts done to people that are events even when the
/// text names only who suffered them ("three soldiers were killed near Basra"): a victim-only event.</item>
/// <item><c>population-codes</c> (data/cameo/population-codes.tsv, column <c>code</c>: a root or a longer code prefix):
/// measures a state takes against its own people ("imposed a nationwide curfew"): with no target named, the target is the
/// source state's civilians.</item>
/// <item><c>measure-codes</c> (data/cameo/measure-codes.tsv, column <c>code</c>): measures on a flow and their easing; a
/// flow noun inside such an event's phrase is what it restricts, not a delivery.</item>
/// <item><c>abroad-codes</c> (data/cameo/abroad-codes.tsv, column <c>code</c>) and <c>remote-codes</c>
/// (data/cameo/remote-codes.tsv): acts that reach into the target's state, and acts done at a distance; the event locator
/// keeps them from the dateline.</item>
/// <item><c>place-target-codes</c> (data/cameo/place-target-codes.tsv, column <c>code</c>): acts done to a place; with no
/// target named, the state of the place below the trigger is the target.</item>
/// <item><c>mediation-codes</c> (data/cameo/mediation-codes.tsv, column <c>code</c>): mediation; with no party named, the
/// mediator acts between the parties of the act mediated.</item>
/// <item><c>answer-codes</c> (data/cameo/answer-codes.tsv, column <c>code</c>): acts that answer another; with no target
/// named, a clause opened by "after" or "when" (word class reaction-mark) names whom they answer.</item>
/// <item><c>condition-codes</c> (data/cameo/condition-codes.tsv, column <c>code</c>): acts made on a condition (threats); with
/// no target named, the subject of a clause on the trigger (or on its infinitive) opened by a hypothetical cue ("if",
/// "unless") is the target.</item>
/// <item><c>object-scene-codes</c> (data/cameo/object-scene-codes.tsv, column <c>code</c>): acts by words about what happens
/// in a state; with no target named, the one state named after "in" inside the object is the target.</item>
/// <item><c>crowd-codes</c> (data/cameo/crowd-codes.tsv, column <c>code</c>): acts against a crowd; their unspecified-people
/// target is the protesters named nearby.</item>
/// <item><c>speech-codes</c> (data/cameo/speech-codes.tsv, column <c>code</c>): acts done by saying; in the simple present
/// they are still events, where other acts in the simple present state a standing fact.</item>
/// </list>
/// Reads: data tables and the CAMEO codes. Writes: a frozen set of two-digit roots.
/// </summary>
public static class CameoRootSet
{
    public const string ReactionKind = "reaction-roots", VictimKind = "victim-roots", PopulationKind = "population-codes",
        MeasureKind = "measure-codes", AnnouncingKind = "announcing-codes", AbroadKind = "abroad-codes", RemoteKind = "remote-codes",
        PlaceTargetKind = "place-target-codes", SpeechKind = "speech-codes", CrowdKind = "crowd-codes",
        MediationKind = "mediation-codes", ObjectSceneKind = "object-scene-codes", AnswerKind = "answer-codes", ConditionKind = "condition-codes";

    /// <summary>Two-digit roots from column <c>root</c>, or, with <paramref name="prefixes"/>, codes of any length from column
    /// <c>code</c> (matched as prefixes by <see cref="Covers"/>).</summary>
    public static FrozenSet<string> Load(IEnumerable<DataTable> tables, Func<string, bool> cameoExists, bool prefixes = false)
    {
        var roots = new List<string>();
        foreach (var t in tables)
            foreach (var r in t.Rows)
            {
                var root = r.Required(prefixes ? "code" : "root");
                if (!prefixes && root.Length != 2 || !cameoExists(root))
                    throw r.Error($"'{root}' is not a CAMEO {(prefixes ? "code" : "root")}",
                        prefixes ? "write a code from data/cameo/cameo.tsv, e.g. 172" : "write a two-digit root code from data/cameo/cameo.tsv, e.g. 11");
                roots.Add(root);
            }
        return roots.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The row of the longest code of <paramref name="map"/> that <paramref name="cameo"/> starts with (two digits at
    /// least): the lookup of the code-prefix tables (refusals, demands, intents, passive agents).</summary>
    public static bool Longest<T>(FrozenDictionary<string, T> map, string cameo, out T hit)
    {
        for (int n = cameo.Length; n >= 2; n--)
            if (map.TryGetValue(cameo[..n], out hit!)) return true;
        hit = default!;
        return false;
    }

    /// <summary>Whether <paramref name="cameo"/> starts with one of the set's codes.</summary>
    public static bool Covers(FrozenSet<string> set, string cameo)
    {
        for (int n = 2; n <= cameo.Length; n++)
            if (set.Contains(cameo[..n])) return true;
        return false;
    }
}
