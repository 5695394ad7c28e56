using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Entente.Core.Knowledge;

/// <summary>
/// Every knowledge file the analyzer needs, loaded once from a data folder plus any user dictionaries
/// (<c>--dictionary FILE</c>: the file's <c># kind:</c> line says which table it extends). Immutable; share it.
/// </summary>
public sealed class KnowledgeBase
{
    public string DataDirectory { get; }
    public ActorLexicon Actors { get; }
    /// <summary>Every place the location resolver may choose from (kinds <c>places</c> and <c>named-places</c>).</summary>
    public Gazetteer Places { get; private init; } = Gazetteer.Empty;
    public EquipmentLexicon Equipment { get; }
    public EstimativeLexicon Estimative { get; }
    public CameoTable Cameo { get; }
    public EventPatterns Patterns { get; }
    public Sources.OutletTable Outlets { get; }
    /// <summary>Admiralty reliability rules for outlets (data/reliability.tsv).</summary>
    public Sources.ReliabilityTable Reliability { get; }
    public Time.DateRecognizer Dates { get; }
    /// <summary>Sanctions regimes and embargo periods (data/sanctions/embargoes.tsv plus user <c>embargoes</c> dictionaries).</summary>
    public EmbargoTable Embargoes { get; }
    /// <summary>Word classes the event coder's word-order rules read (kind <c>word-classes</c>).</summary>
    public WordClasses Words { get; private init; } = null!;
    /// <summary>CAMEO roots of verbs that react to an earlier act (kind <c>reaction-roots</c>).</summary>
    public FrozenSet<string> ReactionRoots { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes (prefixes) of acts that are events with only their victim named (kind <c>victim-roots</c>): "were killed";
    /// test with <see cref="CameoRootSet.Covers"/>.</summary>
    public FrozenSet<string> VictimRoots { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes of measures a state takes against its own people (kind <c>population-codes</c>): "imposed a
    /// nationwide curfew" with no target named targets the source state's civilians.</summary>
    public FrozenSet<string> PopulationCodes { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes of measures on a flow and their easing (kind <c>measure-codes</c>): a flow noun inside such an
    /// event's phrase is what the measure restricts, not a delivery.</summary>
    public FrozenSet<string> MeasureCodes { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes of verbs that announce an act (kind <c>announcing-codes</c>): "threatened to retaliate against
    /// Israel" is coded from the act, and the verb's own event of the same pair is dropped.</summary>
    public FrozenSet<string> AnnouncingCodes { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes of acts done by saying (kind <c>speech-codes</c>): in the simple present they still report a stance
    /// taken now ("Pakistan accuses the Taliban …"), where other acts in the simple present state a standing fact.</summary>
    public FrozenSet<string> SpeechCodes { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes of mediation (kind <c>mediation-codes</c>): "Qatar mediated the deal" acts between the deal's parties.</summary>
    public FrozenSet<string> MediationCodes { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes (prefixes) of acts that answer another (kind <c>answer-codes</c>): with no target named, a clause
    /// opened by a reaction-mark word ("after", "when") names whom they answer.</summary>
    public FrozenSet<string> AnswerCodes { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes (prefixes) of acts made on a condition (kind <c>condition-codes</c>): with no target named, the subject
    /// of an if- or unless-clause on them is the target ("threatened to respond if Finland hosted nuclear weapons").</summary>
    public FrozenSet<string> ConditionCodes { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>CAMEO codes of acts by words about what happens in a state (kind <c>object-scene-codes</c>): with no target,
    /// a state named after "in" inside the object is the target ("condemned the coup in Burkina Faso").</summary>
    public FrozenSet<string> ObjectSceneCodes { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes of acts against a crowd or an armed group at home (kind <c>crowd-codes</c>): the agent roles each code's acts are aimed at (column <c>against</c> of data/cameo/crowd-codes.tsv), by code,
    /// and whether an act with no target named is aimed at them too (column <c>unnamed</c>).</summary>
    public FrozenDictionary<string, (ImmutableArray<string> Roles, bool Unnamed)> CrowdRoles { get; private init; } = FrozenDictionary<string, (ImmutableArray<string>, bool)>.Empty;
    /// <summary>CAMEO codes of acts that reach into the target's state (kind <c>abroad-codes</c>: visits, aid delivered, force):
    /// done by the dateline's state to another, they did not happen at the dateline.</summary>
    public FrozenSet<string> AbroadCodes { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes of acts done at a distance (kind <c>remote-codes</c>: telephone talks): never at the dateline.</summary>
    public FrozenSet<string> RemoteCodes { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>CAMEO codes of acts done to a place (kind <c>place-target-codes</c>): "Russia shelled Kharkiv" with no target
    /// named is aimed at the place's state.</summary>
    public FrozenSet<string> PlaceTargetCodes { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>What refusing an act is in CAMEO (kind <c>refusals</c>): "refused to meet" → 125.</summary>
    public ActCodeMap Refusals { get; private init; } = ActCodeMap.Empty;
    /// <summary>What demanding an act is in CAMEO (kind <c>demands</c>): "Iraq must cooperate, Paris said" → Paris demands 101 of Iraq.</summary>
    public ActCodeMap Demands { get; private init; } = ActCodeMap.Empty;
    /// <summary>What announcing one's own act is in CAMEO (kind <c>intents</c>): "will give a grant" → 0331, "would boycott" → 133.</summary>
    public ActCodeMap Announced { get; private init; } = ActCodeMap.Empty;
    /// <summary>What an act is when a government does it (kind <c>government-acts</c>): "Japan protested the intrusion" → 114.</summary>
    public ActCodeMap GovernmentActs { get; private init; } = ActCodeMap.Empty;
    /// <summary>Codes that answer an accusation (kind <c>accusation-responses</c>): "denied any role" is aimed at the accuser.</summary>
    public AccusationResponses Responses { get; private init; } = AccusationResponses.Empty;
    /// <summary>Whose act a victim-only event is (kind <c>passive-agents</c>): "22 people were detained" → the police.</summary>
    public PassiveAgents PassiveAgents { get; private init; } = PassiveAgents.Empty;
    /// <summary>Nouns that refer back to an earlier act of a kind (kind <c>referring-nouns</c>): "condemned the incident".</summary>
    public ReferringNouns ReferringNouns { get; private init; } = ReferringNouns.Empty;
    /// <summary>Verb forms from data/english/irregular-verbs.tsv ("overran" is a past form, whatever its tag says).</summary>
    public EnglishInflector Inflector { get; private init; } = EnglishInflector.Empty;

    /// <summary>Words reporting an intent that is coded when the act they govern codes nothing (data/cameo/intent-verbs.tsv).</summary>
    public IntentVerbs Intents { get; private init; } = IntentVerbs.Empty;
    /// <summary>Every file loaded, in order (for provenance and the dictionary hash).</summary>
    public ImmutableArray<string> Files { get; }
    /// <summary>SHA-256 over the content of every file the analyzer uses (not <see cref="PostAnalysisKinds"/>): changes whenever a dictionary that can change the analysis changes.</summary>
    public string Hash { get; }

    /// <summary>The syntax model's file (see <see cref="SyntaxModelCache.Locate"/>).</summary>
    public string SyntaxModelPath { get; private init; } = "";

    /// <summary>The Universal Dependencies tagger, lemmatiser and parser, loaded on first use and shared.</summary>
    public Entente.Syntax.SyntaxModel Syntax => SyntaxModelCache.Get(SyntaxModelPath);

    /// <summary>The kinds a user dictionary may have, and the file under data/ each one extends.</summary>
    public static readonly IReadOnlyDictionary<string, string> Layout = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["states"] = "actors/states.tsv",
        ["organizations"] = "actors/organizations.tsv",
        ["institutions"] = "actors/institutions.tsv",
        ["agents"] = "actors/agents.tsv",
        ["nonactors"] = "actors/nonactors.tsv",
        ["group-nouns"] = "actors/group-nouns.tsv",
        ["coreference-phrases"] = "actors/coreference-phrases.tsv",
        ["officials"] = "actors/officials.tsv",
        ["places"] = "places/places.tsv",
        [Gazetteer.NamedKind] = "places/named-places.tsv",
        [Gazetteer.WordsKind] = "places/place-words.tsv",
        [FipsKind] = "places/fips-codes.tsv",
        ["equipment"] = "equipment.tsv",
        ["estimative"] = "estimative.tsv",
        ["cameo"] = "cameo/cameo.tsv",
        ["event-types"] = "cameo/event-types.tsv",
        ["event-patterns"] = "patterns/events.tsv",
        ["cues"] = "patterns/cues.tsv",
        ["themes"] = "patterns/themes.tsv",
        ["irregular-verbs"] = "english/irregular-verbs.tsv",
        [WordClasses.FileKind] = "english/word-classes.tsv",
        [CameoRootSet.ReactionKind] = "cameo/reaction-roots.tsv",
        [CameoRootSet.VictimKind] = "cameo/victim-roots.tsv",
        [CameoRootSet.PopulationKind] = "cameo/population-codes.tsv",
        [CameoRootSet.MeasureKind] = "cameo/measure-codes.tsv",
        [CameoRootSet.AnnouncingKind] = "cameo/announcing-codes.tsv",
        [CameoRootSet.SpeechKind] = "cameo/speech-codes.tsv",
        [CameoRootSet.CrowdKind] = "cameo/crowd-codes.tsv",
        [CameoRootSet.MediationKind] = "cameo/mediation-codes.tsv",
        [CameoRootSet.AnswerKind] = "cameo/answer-codes.tsv",
        [CameoRootSet.ConditionKind] = "cameo/condition-codes.tsv",
        [CameoRootSet.ObjectSceneKind] = "cameo/object-scene-codes.tsv",
        [CameoRootSet.AbroadKind] = "cameo/abroad-codes.tsv",
        [CameoRootSet.RemoteKind] = "cameo/remote-codes.tsv",
        [CameoRootSet.PlaceTargetKind] = "cameo/place-target-codes.tsv",
        [ActCodeMap.RefusalKind] = "cameo/refusals.tsv",
        [ActCodeMap.DemandKind] = "cameo/demands.tsv",
        [ActCodeMap.IntentKind] = "cameo/intents.tsv",
        [ActCodeMap.GovernmentKind] = "cameo/government-acts.tsv",
        [AccusationResponses.FileKind] = "cameo/accusation-responses.tsv",
        [PassiveAgents.FileKind] = "cameo/passive-agents.tsv",
        [ReferringNouns.FileKind] = "cameo/referring-nouns.tsv",
        [IntentVerbs.FileKind] = "cameo/intent-verbs.tsv",
        ["outlets"] = "outlets.tsv",
        ["reliability"] = "reliability.tsv",
        ["periods"] = "time/periods.tsv",
        ["spheres"] = "analysis/spheres.tsv",
        ["brief-phrases"] = "analysis/brief-phrases.tsv",
        [EmbargoTable.FileKind] = "sanctions/embargoes.tsv",
    };

    /// <summary>Kinds used after analysis only (context and presentation): they do not enter <see cref="Hash"/>, so editing them does not mark stored documents as analysed with other dictionaries.</summary>
    public static readonly IReadOnlySet<string> PostAnalysisKinds = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "spheres", "brief-phrases", EmbargoTable.FileKind, FipsKind };

    /// <summary>FIPS 10-4 country codes of the states (data/places/fips-codes.tsv), for the GDELT export.</summary>
    public const string FipsKind = "fips-codes";

    private FrozenDictionary<string, ImmutableArray<string>> _filesByKind = FrozenDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>
    /// Loads the tables of one kind (the shipped file, then the user's files of that kind), for components outside the
    /// analyzer that keep their own knowledge in data/ (the analysis commands' spheres and brief phrases).
    /// </summary>
    public IReadOnlyList<DataTable> LoadTables(string kind, params string[] requiredColumns)
    {
        if (!_filesByKind.TryGetValue(kind, out var files))
            throw new DataFileException(DataDirectory, 0, $"no data file of kind '{kind}' is known", $"use one of: {string.Join(", ", Layout.Keys)}");
        var root = Path.GetFullPath(DataDirectory);
        return [.. files.Select(p => DataTable.LoadAs(p, Display(root, p), kind, requiredColumns))];
    }

    private static string Display(string root, string p)
    {
        var full = Path.GetFullPath(p);
        return full.StartsWith(root, StringComparison.Ordinal) ? "data/" + Path.GetRelativePath(root, full).Replace('\\', '/') : p;
    }

    private KnowledgeBase(string dir, ActorLexicon actors, EquipmentLexicon equipment, EstimativeLexicon estimative, CameoTable cameo,
        EventPatterns patterns, Sources.OutletTable outlets, Sources.ReliabilityTable reliability, Time.DateRecognizer dates, EmbargoTable embargoes, ImmutableArray<string> files, string hash)
    {
        DataDirectory = dir; Actors = actors; Equipment = equipment; Estimative = estimative; Cameo = cameo; Patterns = patterns;
        Outlets = outlets; Reliability = reliability; Dates = dates; Embargoes = embargoes; Files = files; Hash = hash;
    }

    /// <summary>The data folder shipped beside the program (copied to the build output), or ENTENTE_DATA when set.</summary>
    public static string DefaultDataDirectory()
    {
        var env = Environment.GetEnvironmentVariable("ENTENTE_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        return Path.Combine(AppContext.BaseDirectory, "data");
    }

    private static readonly Lazy<KnowledgeBase> DefaultInstance = new(() => Load(DefaultDataDirectory(), []), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped knowledge, loaded on first use and shared.</summary>
    public static KnowledgeBase Default => DefaultInstance.Value;

    /// <summary>
    /// The one place every host (the CLI commands, the web server, the workers) gets its knowledge from, so that
    /// <c>--data</c> and <c>--dictionary</c> mean the same everywhere: the shared shipped knowledge when neither is given,
    /// else <paramref name="dataDirectory"/> (default: <see cref="DefaultDataDirectory"/>) with the user's files.
    /// Throws <see cref="DataFileException"/> (file:line) when a file is wrong.
    /// </summary>
    public static KnowledgeBase Resolve(string? dataDirectory, IReadOnlyList<string>? userDictionaries, bool importedVerbs = true)
    {
        if (string.IsNullOrEmpty(dataDirectory) && userDictionaries is null or { Count: 0 } && importedVerbs) return Default;
        return Load(string.IsNullOrEmpty(dataDirectory) ? DefaultDataDirectory() : dataDirectory, userDictionaries ?? [], importedVerbs);
    }

    /// <summary>The imported PETRARCH2 verb patterns (optional, see <see cref="Load"/>), under the data folder.</summary>
    public const string ImportedVerbsFile = "imported/petrarch2/verbs.tsv";
    /// <summary>Imported verb triggers not to load because they fire wrongly (kind <see cref="EventPatterns.DropKind"/>).</summary>
    public const string ImportedVerbDropsFile = "imported/petrarch2/verbs-dropped.tsv";

    /// <param name="importedVerbs">Also load <see cref="ImportedVerbsFile"/> when the data folder has it (Entente's own rows win,
    /// <see cref="ImportedVerbDropsFile"/> removes rows known to fire wrongly, and the coder gates the rest by the parse). On by default.</param>
    public static KnowledgeBase Load(string dataDirectory, IReadOnlyList<string> userDictionaries, bool importedVerbs = true)
    {
        if (!Directory.Exists(dataDirectory))
            throw new DataFileException(dataDirectory, 0, "the data folder does not exist", "run from the build output, or set ENTENTE_DATA to the project's data/ folder");
        var byKind = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, rel) in Layout) byKind[kind] = [Path.Combine(dataDirectory, rel)];
        foreach (var user in userDictionaries)
        {
            var kind = DataTable.PeekKind(user);
            if (!byKind.TryGetValue(kind, out var list))
                throw new DataFileException(user, 0, $"kind '{kind}' cannot be used as a dictionary", $"use one of: {string.Join(", ", Layout.Keys)}");
            list.Add(user);
        }
        var root = Path.GetFullPath(dataDirectory);
        List<DataTable> Tables(string kind, params string[] cols) => byKind[kind].Select(p => DataTable.LoadAs(p, Display(root, p), kind, cols)).ToList();

        var actors = new ActorLexicon.Builder();
        foreach (var t in Tables("states", "code", "name")) actors.AddStates(t);
        foreach (var t in Tables("organizations", "code", "name")) actors.AddOrganizations(t);
        foreach (var t in Tables("institutions", "phrase", "code")) actors.AddInstitutions(t);
        foreach (var t in Tables("officials", "name", "code")) actors.AddOfficials(t);
        foreach (var t in Tables("agents", "phrase", "role")) actors.AddAgents(t);
        foreach (var t in Tables("nonactors", "phrase")) actors.AddNonActors(t);
        foreach (var t in Tables("group-nouns", "phrase")) actors.AddGroupNouns(t);
        foreach (var t in Tables("coreference-phrases", "phrase", "refers")) actors.AddCoreferencePhrases(t);
        var placeTables = Tables("places", "name", "country", "kind");
        foreach (var t in placeTables) actors.AddPlaces(t);
        var namedTables = Tables(Gazetteer.NamedKind, "name", "kind", "states", "lat", "lon");
        foreach (var t in namedTables) actors.AddNamedRegions(t);
        var outletTables = Tables("outlets", "name");
        foreach (var t in outletTables) actors.AddOutletNames(t);

        var cameoTables = Tables("cameo", "code", "goldstein", "quadclass", "plover", "type");
        var typeTables = Tables("event-types", "type", "sphere");
        var cameo = CameoTable.Load(cameoTables, typeTables);
        var inflector = EnglishInflector.Load(Tables("irregular-verbs", "lemma", "past", "participle").SelectMany(t => t.Rows));
        var imported = new List<string>();
        if (importedVerbs && File.Exists(Path.Combine(dataDirectory, ImportedVerbsFile)))
        {
            imported.Add(Path.Combine(dataDirectory, ImportedVerbsFile));
            var drops = Path.Combine(dataDirectory, ImportedVerbDropsFile);
            if (File.Exists(drops)) imported.Add(drops);
        }
        var patternColumns = new[] { "trigger", "pos", "cameo", "frame", "preps", "theme" };
        var patterns = EventPatterns.Load(Tables("event-patterns", patternColumns),
            Tables("cues", "phrase", "cue"), Tables("themes", "phrase", "theme"), inflector, c => cameo.Codes.ContainsKey(c),
            imported.Take(1).Select(p => DataTable.LoadAs(p, Display(root, p), "event-patterns", patternColumns)).ToList(),
            imported.Skip(1).Select(p => DataTable.LoadAs(p, Display(root, p), EventPatterns.DropKind, "trigger", "cameo")).ToList());
        var words = WordClasses.Load(Tables(WordClasses.FileKind, WordClasses.RequiredColumns));
        var reactionRoots = CameoRootSet.Load(Tables(CameoRootSet.ReactionKind, "root"), c => cameo.Codes.ContainsKey(c));
        // tables of CAMEO codes or prefixes of codes (column "code")
        FrozenSet<string> Codes(string kind) => CameoRootSet.Load(Tables(kind, "code"), c => cameo.Codes.ContainsKey(c), prefixes: true);
        var victimRoots = Codes(CameoRootSet.VictimKind);
        var populationCodes = Codes(CameoRootSet.PopulationKind);
        var measureCodes = Codes(CameoRootSet.MeasureKind);
        var announcingCodes = Codes(CameoRootSet.AnnouncingKind);
        var speechCodes = Codes(CameoRootSet.SpeechKind);
        var mediationCodes = Codes(CameoRootSet.MediationKind);
        var answerCodes = Codes(CameoRootSet.AnswerKind);
        var conditionCodes = Codes(CameoRootSet.ConditionKind);
        var objectSceneCodes = Codes(CameoRootSet.ObjectSceneKind);
        var crowdRoles = new Dictionary<string, (ImmutableArray<string>, bool)>(StringComparer.Ordinal);
        foreach (var t in Tables(CameoRootSet.CrowdKind, "code", "against", "unnamed"))
            foreach (var r in t.Rows)
            {
                var code = r.Required("code");
                if (!cameo.Codes.ContainsKey(code)) throw r.Error($"'{code}' is not a CAMEO code", "write a code from data/cameo/cameo.tsv, e.g. 173");
                var roles = r.Required("against").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                foreach (var role in roles)
                    if (role.Length != 3 || !role.All(char.IsAsciiLetterUpper))
                        throw r.Error($"'{role}' is not a CAMEO agent code", "write three-letter agent codes separated by '|', e.g. OPP|REB");
                var unnamed = r.Required("unnamed");
                if (unnamed is not ("yes" or "no")) throw r.Error($"'{unnamed}' is not yes or no", "write yes when an act with no target named is aimed at these groups too, else no");
                crowdRoles[code] = ([.. roles], unnamed == "yes");
            }
        var abroadCodes = Codes(CameoRootSet.AbroadKind);
        var remoteCodes = Codes(CameoRootSet.RemoteKind);
        var placeTargetCodes = Codes(CameoRootSet.PlaceTargetKind);
        var refusals = ActCodeMap.Load(Tables(ActCodeMap.RefusalKind, "act", "refusal"), "refusal", c => cameo.Codes.ContainsKey(c), "12", "011");
        var responses = AccusationResponses.Load(Tables(AccusationResponses.FileKind, "response", "answers"), c => cameo.Codes.ContainsKey(c));
        var passiveAgents = PassiveAgents.Load(Tables(PassiveAgents.FileKind, "act", "agent"), c => cameo.Codes.ContainsKey(c));
        var referringNouns = ReferringNouns.Load(Tables(ReferringNouns.FileKind, "noun", "roots"), c => cameo.Codes.ContainsKey(c));
        var intents = IntentVerbs.Load(Tables(IntentVerbs.FileKind, "word", "pos", "cameo", "status"), c => cameo.Codes.ContainsKey(c));
        var demands = ActCodeMap.Load(Tables(ActCodeMap.DemandKind, "act", "demand"), "demand", c => cameo.Codes.ContainsKey(c), "10");
        var announced = ActCodeMap.Load(Tables(ActCodeMap.IntentKind, "act", "intent"), "intent", c => cameo.Codes.ContainsKey(c), "03", "13");
        var governmentActs = ActCodeMap.Load(Tables(ActCodeMap.GovernmentKind, "act", "government"), "government", c => cameo.Codes.ContainsKey(c), "0", "1");
        var equipment = EquipmentLexicon.Load(Tables("equipment", "name", "category"));
        var estimative = EstimativeLexicon.Load(Tables("estimative", "phrase", "level", "probability", "low", "high"));
        var outlets = Sources.OutletTable.FromTables([.. outletTables]);
        var reliability = Sources.ReliabilityTable.FromTables(Tables("reliability", "kind", "type", "grade"));
        var dates = Time.DateRecognizer.Load(byKind["periods"][0]);
        var actorLexicon = actors.Build();
        var places = Gazetteer.Load(placeTables, namedTables,
            c => actorLexicon.KindOfCode.TryGetValue(c, out var k) && k == ActorKind.State, Tables(Gazetteer.WordsKind, "word", "class"));
        var embargoes = EmbargoTable.Load(Tables(EmbargoTable.FileKind, EmbargoTable.RequiredColumns), actorLexicon.NameOfCode, equipment.Categories);

        var files = byKind.Values.SelectMany(v => v).Concat(imported).ToImmutableArray();
        var syntaxModel = SyntaxModelCache.Locate(dataDirectory);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // the model changes what is analysed: its name and size enter the hash (reading 20 MB on every load would not pay)
        sha.AppendData(Encoding.UTF8.GetBytes($"{Path.GetFileName(syntaxModel)}:{(File.Exists(syntaxModel) ? new FileInfo(syntaxModel).Length : 0)}"));
        foreach (var f in byKind.Where(kv => !PostAnalysisKinds.Contains(kv.Key)).SelectMany(kv => kv.Value).Concat(imported).OrderBy(f => f, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(f)));
            sha.AppendData(File.ReadAllBytes(f));
        }
        return new KnowledgeBase(dataDirectory, actorLexicon, equipment, estimative, cameo, patterns, outlets, reliability, dates, embargoes, files,
            Convert.ToHexString(sha.GetHashAndReset())[..16].ToLowerInvariant())
        {
            _filesByKind = byKind.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.OrdinalIgnoreCase),
            SyntaxModelPath = syntaxModel,
            Places = places,
            Words = words,
            ReactionRoots = reactionRoots,
            VictimRoots = victimRoots,
            PopulationCodes = populationCodes,
            MeasureCodes = measureCodes,
            AnnouncingCodes = announcingCodes,
            SpeechCodes = speechCodes,
            CrowdRoles = crowdRoles.ToFrozenDictionary(StringComparer.Ordinal),
            MediationCodes = mediationCodes,
            AnswerCodes = answerCodes,
            ConditionCodes = conditionCodes,
            ObjectSceneCodes = objectSceneCodes,
            AbroadCodes = abroadCodes,
            RemoteCodes = remoteCodes,
            PlaceTargetCodes = placeTargetCodes,
            Refusals = refusals,
            Demands = demands,
            Announced = announced,
            GovernmentActs = governmentActs,
            Responses = responses,
            PassiveAgents = passiveAgents,
            ReferringNouns = referringNouns,
            Inflector = inflector,
            Intents = intents,
        };
    }
}
