using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Entente.Core.Knowledge;

public enum ActorKind { State, Organization, Institution, Person }

/// <summary>How an actor was named: by name, adjective/demonym, capital or seat of power, epithet, or by a bare sector noun
/// alone ("police", "the rebels": <see cref="Agent"/>, its country taken from context).</summary>
public enum ActorForm { Name, Adjective, Capital, Seat, Epithet, Agent }

/// <summary>One dictionary phrase for an actor, with where it came from (file:line) so every coding can say why.</summary>
/// <param name="CapitalMask">Bit k set when token k of the phrase is capitalised: the text must capitalise it too
/// ("the West" matches "the West", not "the west of the country").</param>
public sealed record ActorEntry(
    string Code, string Name, ActorKind Kind, string? Role, ActorForm Form, bool CaseSensitive, string Phrase,
    string Origin, string? Title = null, DateOnly? From = null, DateOnly? To = null, string? Country = null, uint CapitalMask = 0)
{
    /// <summary>True when the entry holds on <paramref name="date"/> (officials' terms); entries without dates always hold.</summary>
    public bool ValidOn(DateOnly? date) => date is not DateOnly d || ((From is null || From <= d) && (To is null || d <= To));
}

/// <summary>A generic sector noun ("officials", "navy", "state media") giving a role to a nearby country.</summary>
/// <param name="Bare">The phrase may stand alone as an actor ("police", "the rebels"): agents.tsv's <c>bare</c> column lists it.</param>
public sealed record AgentEntry(string Phrase, string Role, string Origin, bool Bare = false);

/// <summary>What a place row names: a city, a first-level division (region, province, state of a federation) or a named
/// region (data/places/named-places.tsv), a state's centre point, or a sea, strait or gulf.</summary>
public enum PlaceKind { City, Region, Country, Sea }

/// <summary>
/// A place below country level (data/places/places.tsv, from GeoNames) and the state it lies in. Matched only in its
/// capitalised form (<paramref name="CapitalMask"/> as in <see cref="ActorEntry"/>), and used only as context: "police in Lagos".
/// </summary>
public sealed record PlaceEntry(string Name, string Country, PlaceKind Kind, long Population, string Origin, uint CapitalMask);

/// <summary>
/// Every actor phrase from data/actors/*.tsv (and user dictionaries) in two token tries: actors and agents.
/// Also the canonical name of every code. Built once, immutable.
/// </summary>
public sealed class ActorLexicon
{
    public PhraseTrie<ActorEntry> Actors { get; }
    public PhraseTrie<AgentEntry> Agents { get; }
    /// <summary>Phrases that contain an actor's name but are not the actor ("South China Sea", "Latin America").</summary>
    public PhraseTrie<string> NonActors { get; }
    /// <summary>Outlet names ("Islamic Republic News Agency", "Iran International"): a source, not an actor, when longer than the actor phrase inside it.</summary>
    public PhraseTrie<string> OutletNames { get; }
    /// <summary>Cities and regions (data/places/places.tsv) with their state: context for bare agents ("police in Lagos").</summary>
    public PhraseTrie<PlaceEntry> Places { get; }
    public FrozenDictionary<string, string> NameOfCode { get; }
    public FrozenDictionary<string, ActorKind> KindOfCode { get; }
    /// <summary>An organization's home state (organizations.tsv's country: HEZBOLLAH → LBN); international bodies have none.</summary>
    public FrozenDictionary<string, string> HomeOfCode { get; private init; } = FrozenDictionary<string, string>.Empty;
    /// <summary>First-level divisions named like a state ("Georgia" in the United States), by name (case-insensitive): the
    /// places trie leaves state names to the actor tries, so these are kept apart for the recognizer to weigh.</summary>
    public FrozenDictionary<string, PlaceEntry[]> DivisionsNamedLikeStates { get; private init; } = FrozenDictionary<string, PlaceEntry[]>.Empty;
    /// <summary>Plural nouns that refer back to the states last named together (data/actors/group-nouns.tsv), with their file:line.</summary>
    public PhraseTrie<string> GroupNouns { get; private init; } = new PhraseTrie<string>.Builder().Build();

    /// <summary>Phrases naming again two states ("the two countries", "both sides"; data/actors/coreference-phrases.tsv, refers = pair).</summary>
    public PhraseTrie<string> PairPhrases { get; private init; } = new PhraseTrie<string>.Builder().Build();

    /// <summary>Phrases naming again the last state ("the country"; refers = single).</summary>
    public PhraseTrie<string> SinglePhrases { get; private init; } = new PhraseTrie<string>.Builder().Build();

    /// <summary>Phrases naming again the last organization ("the bloc", "the alliance"; refers = organization).</summary>
    public PhraseTrie<string> OrganizationPhrases { get; private init; } = new PhraseTrie<string>.Builder().Build();
    public int EntryCount { get; }

    /// <summary>The state an actor code belongs to: a state's own code, an organization's home state; null for none or unknown.</summary>
    public string? StateOf(string code)
        => KindOfCode.TryGetValue(code, out var kind) && kind == ActorKind.State ? code : HomeOfCode.GetValueOrDefault(code);

    private ActorLexicon(PhraseTrie<ActorEntry> actors, PhraseTrie<AgentEntry> agents, PhraseTrie<string> nonActors, PhraseTrie<string> outletNames, PhraseTrie<PlaceEntry> places, FrozenDictionary<string, string> names, FrozenDictionary<string, ActorKind> kinds, int count)
    {
        Actors = actors; Agents = agents; NonActors = nonActors; OutletNames = outletNames; Places = places; NameOfCode = names; KindOfCode = kinds; EntryCount = count;
    }

    public string NameOf(string code) => NameOfCode.TryGetValue(code, out var n) ? n : code;

    /// <summary>Whether <paramref name="code"/> (any case) is a known state or organization code.</summary>
    public bool IsKnownCode(string code) => NameOfCode.ContainsKey(code.Trim().ToUpperInvariant());

    /// <summary>
    /// The known codes closest to an unknown one, for an error message: codes whose name starts with what was typed
    /// ("Iran" → IRN), then by edit distance over the code ("IRQ" for "IRX"), ties states first, then in code order. At most <paramref name="count"/>.
    /// </summary>
    public IReadOnlyList<string> ClosestCodes(string code, int count = 3)
    {
        var typed = code.Trim();
        var upper = typed.ToUpperInvariant();
        return NameOfCode
            .Select(kv => (Code: kv.Key, Score: kv.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed.Length >= 3 ? -1 : EditDistance(upper, kv.Key)))
            // ties: states first (what people type most), then code order
            .OrderBy(x => x.Score).ThenBy(x => KindOfCode.TryGetValue(x.Code, out var k) && k == ActorKind.State ? 0 : 1).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Take(count).Select(x => $"{x.Code} ({NameOfCode[x.Code]})").ToList();
    }

    /// <summary>Null when the code is known; otherwise what is wrong (naming the closest known codes) and a hint.</summary>
    public (string Detail, string Hint)? UnknownCode(string code)
        => IsKnownCode(code) ? null
            : ($"'{code}' is not a known actor code; closest known codes: {string.Join(", ", ClosestCodes(code))}",
               "states use ISO 3166 alpha-3 codes and organizations short codes, as listed in data/actors/states.tsv and organizations.tsv");

    private static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    /// <summary>An all-caps phrase of 2–5 letters ("US", "UAE", "DPRK") is matched case-sensitively.</summary>
    public static bool IsCaseSensitive(string phrase)
    {
        int letters = 0;
        foreach (var c in phrase)
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
            else if (c != '.' && c != '-') return false;
        }
        return letters is >= 2 and <= 5;
    }

    public sealed class Builder
    {
        private readonly PhraseTrie<ActorEntry>.Builder _actors = new();
        private readonly PhraseTrie<AgentEntry>.Builder _agents = new();
        private readonly PhraseTrie<string>.Builder _nonActors = new();
        private readonly PhraseTrie<string>.Builder _outlets = new();
        private readonly PhraseTrie<PlaceEntry>.Builder _places = new();
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ActorKind> _kinds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _homes = new(StringComparer.Ordinal);
        private int _count;

        private void AddActor(string phrase, ActorEntry entry)
        {
            if (_actors.Add(phrase, entry with { Phrase = phrase, CaseSensitive = IsCaseSensitive(phrase), CapitalMask = CapitalMaskOf(phrase) })) _count++;
        }

        private void Name(string code, string name, ActorKind kind)
        {
            _names.TryAdd(code, name);
            _kinds.TryAdd(code, kind);
        }

        public Builder AddStates(DataTable t)
        {
            foreach (var r in t.Rows)
            {
                var code = r.Required("code");
                if (code.Length != 3 || !code.All(char.IsUpper))
                    throw r.Error($"state code '{code}' is not an ISO 3166-1 alpha-3 code", "use three upper-case letters, e.g. IRN");
                var name = r.Required("name");
                Name(code, name, ActorKind.State);
                var e = new ActorEntry(code, name, ActorKind.State, null, ActorForm.Name, false, name, r.Location);
                _stateWords.Add(name);
                foreach (var col in new[] { "aliases", "adjectives", "capitals", "epithets" })
                    foreach (var v in r.List(col)) _stateWords.Add(v);
                AddActor(name, e);
                foreach (var a in r.List("aliases")) AddActor(a, e);
                foreach (var a in r.List("adjectives")) AddActor(a, e with { Form = ActorForm.Adjective });
                foreach (var a in r.List("capitals")) AddActor(a, e with { Form = ActorForm.Capital });
                foreach (var a in r.List("epithets")) AddActor(a, e with { Form = ActorForm.Epithet });
            }
            return this;
        }

        public Builder AddOrganizations(DataTable t)
        {
            // one body per code within a file (another file may add aliases to a code: a user dictionary extending a body)
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var r in t.Rows)
            {
                var code = r.Required("code");
                var name = r.Required("name");
                if (!seen.TryAdd(code, name))
                    throw r.Error($"organization code '{code}' is used twice in this file ('{seen[code]}' and '{name}')",
                        "give each organization its own code (e.g. RWB for Reporters Without Borders beside RSF for the Rapid Support Forces)");
                Name(code, name, ActorKind.Organization);
                if (r.Optional("country") is { } home) _homes.TryAdd(code, home);
                var e = new ActorEntry(code, name, ActorKind.Organization, null, ActorForm.Name, false, name, r.Location, Country: r.Optional("country"));
                AddActor(name, e);
                foreach (var a in r.List("aliases")) AddActor(a, e);
                foreach (var a in r.List("seats")) AddActor(a, e with { Form = ActorForm.Seat });
            }
            return this;
        }

        public Builder AddInstitutions(DataTable t)
        {
            foreach (var r in t.Rows)
            {
                var code = r.Required("code");
                var role = r.Optional("role");
                var name = r.Optional("name") ?? r.List("phrase").FirstOrDefault() ?? code;
                foreach (var p in r.List("phrase"))
                    AddActor(p, new ActorEntry(code, name, ActorKind.Institution, role, ActorForm.Seat, false, p, r.Location));
            }
            return this;
        }

        public Builder AddOfficials(DataTable t)
        {
            foreach (var r in t.Rows)
            {
                var code = r.Required("code");
                var name = r.Required("name");
                var e = new ActorEntry(code, name, ActorKind.Person, r.Optional("role"), ActorForm.Name, false, name, r.Location,
                    r.Optional("title"), r.OptionalDate("from"), r.OptionalDate("to"));
                AddActor(name, e);
                foreach (var a in r.List("aliases")) AddActor(a, e);
            }
            return this;
        }

        /// <summary>Plural nouns that refer back to the states last named together ("the juntas", "the three governments";
        /// data/actors/group-nouns.tsv).</summary>
        public Builder AddGroupNouns(DataTable t)
        {
            foreach (var r in t.Rows)
                foreach (var p in r.List("phrase")) _groupNouns.Add(p, r.Location);
            return this;
        }

        /// <summary>Phrases that name again actors named before (data/actors/coreference-phrases.tsv): refers is pair, single or organization.</summary>
        public Builder AddCoreferencePhrases(DataTable t)
        {
            foreach (var r in t.Rows)
            {
                var trie = r.Required("refers") switch
                {
                    "pair" => _pairPhrases,
                    "single" => _singlePhrases,
                    "organization" => _organizationPhrases,
                    var other => throw r.Error($"unknown refers '{other}'", "use pair (two states), single (the last state) or organization (the last organization)"),
                };
                foreach (var p in r.List("phrase")) trie.Add(p, r.Location);
            }
            return this;
        }

        public Builder AddNonActors(DataTable t)
        {
            foreach (var r in t.Rows)
                foreach (var p in r.List("phrase")) _nonActors.Add(p, r.Location);
            return this;
        }

        public Builder AddOutletNames(DataTable t)
        {
            foreach (var r in t.Rows)
            {
                // official sources (ministries, militaries) are actors when they act; only media names mask actor phrases
                if (string.Equals(r["type"], "official", StringComparison.OrdinalIgnoreCase)) continue;
                _outlets.Add(r.Required("name"), r.Location);
                foreach (var a in r.List("aliases")) _outlets.Add(a, r.Location);
            }
            return this;
        }

        internal static uint CapitalMaskOf(string phrase)
        {
            var (tokens, count, _) = Text.Tokenizer.Default.Tokenize(phrase);
            uint mask = 0;
            for (int i = 0; i < count && i < 32; i++)
                if ((tokens[i].Shape & Text.TokenShape.Capitalized) != 0) mask |= 1u << i;
            return mask;
        }

        public Builder AddAgents(DataTable t)
        {
            foreach (var r in t.Rows)
            {
                var role = r.Required("role");
                var phrases = r.List("phrase");
                var bare = r.List("bare");
                bool all = bare is [ "*" ];
                if (!all)
                    foreach (var b in bare)
                        if (!phrases.Contains(b, StringComparer.Ordinal))
                            throw r.Error($"bare phrase '{b}' is not one of the row's phrases", "list in 'bare' only phrases of the 'phrase' column (same spelling), or '*' for all of them");
                foreach (var p in phrases)
                    if (_agents.Add(p, new AgentEntry(p, role, r.Location, all || bare.Contains(p, StringComparer.Ordinal)))) _count++;
            }
            return this;
        }

        /// <summary>A city of at least this population names a place for the context rules; smaller ones only locate events.</summary>
        public const long ContextMinPopulation = 100_000;
        /// <summary>A name in several states is context for the most populous only when it has this many times the next one's people.</summary>
        public const double ContextMargin = 3.0;

        private readonly HashSet<string> _stateWords = new(StringComparer.OrdinalIgnoreCase);
        private readonly PhraseTrie<string>.Builder _groupNouns = new();
        private readonly PhraseTrie<string>.Builder _pairPhrases = new(), _singlePhrases = new(), _organizationPhrases = new();
        private readonly Dictionary<string, PlaceEntry[]> _divisionsNamedLikeStates = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<PlaceEntry> _placeRows = [];

        /// <summary>
        /// Places (data/places/places.tsv): <c>name country kind population</c> (and <c>ascii</c>, a region's short forms in
        /// <c>aliases</c>); the country must be a state already added. Only the names of cities of at least
        /// <see cref="ContextMinPopulation"/> people and of regions become context, and a name found in several states only for
        /// the most populous with a <see cref="ContextMargin"/> margin (else dropped as ambiguous); names of states, capitals
        /// and epithets are the actor recognizer's own. The location resolver reads every row (see <see cref="Gazetteer"/>).
        /// </summary>
        public Builder AddPlaces(DataTable t)
        {
            foreach (var r in t.Rows)
            {
                var name = r.Required("name");
                var country = r.Required("country");
                if (!_kinds.TryGetValue(country, out var k) || k != ActorKind.State)
                    throw r.Error($"place country '{country}' is not a state code of states.tsv", "use the state's ISO 3166-1 alpha-3 code, e.g. NGA");
                var kind = Gazetteer.KindOf(r);
                if (kind is not (PlaceKind.City or PlaceKind.Region)) continue;
                long population = long.TryParse(r["population"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pop) ? pop : 0;
                if (kind == PlaceKind.City && population is > 0 and < ContextMinPopulation) continue;
                var names = new List<string> { name };
                if (r.Optional("ascii") is { } ascii) names.Add(ascii);
                if (kind == PlaceKind.Region) names.AddRange(r.List("aliases"));
                foreach (var n in names.Distinct(StringComparer.Ordinal))
                    _placeRows.Add(new PlaceEntry(n, country, kind, population, r.Location, CapitalMaskOf(n)));
            }
            return this;
        }

        /// <summary>Named regions of our own (data/places/named-places.tsv) that lie in one state only ("Hong Kong" → CHN, "Sinai"
        /// → EGY) are context like a division; seas and regions several states claim or share ("Kashmir", "Sahel") are not.</summary>
        public Builder AddNamedRegions(DataTable t)
        {
            foreach (var r in t.Rows)
            {
                if (r["kind"] != "region" || r.List("states") is not [var state] || !_kinds.TryGetValue(state, out var k) || k != ActorKind.State) continue;
                foreach (var n in new[] { r.Required("name") }.Concat(r.List("aliases")))
                    _placeRows.Add(new PlaceEntry(n, state, PlaceKind.Region, 0, r.Location, CapitalMaskOf(n)));
            }
            return this;
        }

        private PhraseTrie<PlaceEntry> BuildPlaces()
        {
            foreach (var group in _placeRows.GroupBy(p => p.Name, StringComparer.Ordinal))
            {
                if (_stateWords.Contains(group.Key))
                {
                    var divisions = group.Where(x => x.Kind == PlaceKind.Region).ToArray();
                    if (divisions.Length > 0) _divisionsNamedLikeStates[group.Key] = divisions;
                    continue;
                }
                var byCountry = group.GroupBy(x => x.Country).Select(g => g.OrderByDescending(x => x.Population).ThenBy(x => x.Kind).First())
                    .OrderByDescending(x => x.Population).ThenBy(x => x.Country, StringComparer.Ordinal).ToList();
                if (byCountry.Count > 1 && byCountry[0].Population < ContextMargin * byCountry[1].Population) continue;
                _places.Add(group.Key, byCountry[0]);
            }
            return _places.Build();
        }

        public ActorLexicon Build() => new(_actors.Build(), _agents.Build(), _nonActors.Build(), _outlets.Build(), BuildPlaces(), _names.ToFrozenDictionary(StringComparer.Ordinal), _kinds.ToFrozenDictionary(StringComparer.Ordinal), _count)
        {
            HomeOfCode = _homes.ToFrozenDictionary(StringComparer.Ordinal),
            DivisionsNamedLikeStates = _divisionsNamedLikeStates.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            GroupNouns = _groupNouns.Build(),
            PairPhrases = _pairPhrases.Build(),
            SinglePhrases = _singlePhrases.Build(),
            OrganizationPhrases = _organizationPhrases.Build(),
        };
    }
}
