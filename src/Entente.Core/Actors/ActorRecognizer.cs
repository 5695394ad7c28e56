using System.Collections.Frozen;
using System.Collections.Immutable;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Actors;

/// <summary>
/// Finds actors in tokenized text with the actor and agent tries: names, aliases, adjectives, capitals, seats of
/// power, epithets, officials; composes country + sector ("Russia's Defense Ministry", "officials in Tehran");
/// splits hyphenated compounds ("Russia-led", "Iran-Russia"); resolves "the two countries", "both sides",
/// "the country" to the states of the preceding context.
/// Reads: tokens, sentences. Writes: <see cref="ActorMention"/>s, in text order.
/// </summary>
public sealed class ActorRecognizer
{
    private readonly ActorLexicon _lexicon;

    public ActorRecognizer(ActorLexicon lexicon) { _lexicon = lexicon; }

    /// <summary>
    /// Keep bare agents whose country no context gives ("Gunmen attacked a convoy." with nothing else to go on), with an
    /// empty <see cref="ActorMention.Code"/> and their role. Off by default: the event coder of today pairs actors by code and
    /// would code events with an empty side; a coder that handles unknown countries turns it on.
    /// </summary>
    public bool KeepUnplacedAgents { get; init; }

    public IReadOnlyList<ActorMention> Recognize(Doc text, DateOnly? date = null)
    {
        var result = new List<ActorMention>();
        var recentStates = new List<(string Code, int Sentence)>();
        var dateline = FindDateline(text, date);
        var stateSentences = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new List<int>();
        var context = new StateContext(recentStates);
        foreach (var s in text.Sentences)
        {
            int before = result.Count;
            pending.Clear();
            RecognizeSentence(text, s, result, context, date, pending);
            if (dateline is { } dl) DivisionsOfTheDateline(text, result, before, dl.Code);
            if (pending.Count > 0)
            {
                ResolveBareAgents(text, s, result, before, pending, dateline, stateSentences, date);
                if (!KeepUnplacedAgents)
                    for (int k = pending.Count - 1; k >= 0; k--)
                        if (result[pending[k]].Code.Length == 0) result.RemoveAt(pending[k]);
            }
            var named = new List<string>();
            for (int k = before; k < result.Count; k++)
            {
                var m = result[k];
                if (m.Form == ActorForm.Agent || m.Coreferent) continue; // only states the text names feed the context
                // "the UK-based Syrian Observatory": where a body sits says nothing of whom the story is about
                if (m.Modifier && m.EndToken == m.FirstToken + 1 && BasedIn(text, m.FirstToken) != null) continue;
                if (IsStateMention(m))
                {
                    recentStates.RemoveAll(r => r.Code == m.Code);
                    recentStates.Add((m.Code, s.Index));
                    if (!named.Contains(m.Code)) named.Add(m.Code);
                }
            }
            foreach (var code in named) stateSentences[code] = stateSentences.GetValueOrDefault(code) + 1;
            if (named.Count >= 2) context.LastPair = (named[0], named[1], s.Index);
            if (ListedTogether(text, result, before) is { Length: >= 2 } listed) context.LastGroup = (listed, s.Index);
        }
        return result;
    }

    /// <summary>"ATLANTA … Georgia's governor rejected the demands": a state's name that is also the name of a first-level
    /// division of the dateline's state (data/places/places.tsv) names that division, so the actor is the dateline's state.</summary>
    private void DivisionsOfTheDateline(Doc text, List<ActorMention> result, int from, string datelineCode)
    {
        for (int k = from; k < result.Count; k++)
        {
            var m = result[k];
            if (m.Form != ActorForm.Name || m.Kind != ActorKind.State || m.Code == datelineCode || m.Coreferent) continue;
            // the name before any "'s" ("Georgia's legislature")
            int nameEnd = m.FirstToken + 1;
            while (nameEnd < m.EndToken && !text.KeyIs(nameEnd, "'s") && (text.Tokens[nameEnd].Shape & TokenShape.Capitalized) != 0) nameEnd++;
            if (!_lexicon.DivisionsNamedLikeStates.TryGetValue(text.SurfaceString(m.FirstToken, nameEnd), out var places)) continue;
            foreach (var p in places)
                if (p.Kind == PlaceKind.Region && p.Country == datelineCode)
                {
                    result[k] = m with { Code = datelineCode, Name = _lexicon.NameOf(datelineCode), Why = $"{p.Origin} ({p.Name}, a division of {datelineCode}, the dateline's state)" };
                    break;
                }
        }
    }

    private bool IsStateMention(ActorMention m)
        => m.Code.Length > 0 && (m.Kind == ActorKind.State || (m.Kind is ActorKind.Institution or ActorKind.Person && _lexicon.KindOfCode.TryGetValue(m.Code, out var kind) && kind == ActorKind.State));

    private void RecognizeSentence(Doc text, Sentence s, List<ActorMention> result, StateContext context, DateOnly? date, List<int> pending)
    {
        var recent = context.Recent;
        string? lastOrganization = null;
        for (int k = result.Count - 1; k >= 0 && k >= result.Count - 30; k--)
            if (result[k].Kind == ActorKind.Organization && !result[k].Modifier && s.Index - result[k].Sentence <= 6) { lastOrganization = result[k].Code; break; }
        int end = s.EndToken;
        int i = s.FirstToken;
        while (i < end)
        {
            // "South China Sea", "Latin America": contains a name but is not the actor
            int nonLen = _lexicon.NonActors.MatchLongest(text, i, end, out _);
            int actorLen = _lexicon.Actors.MatchLongest(text, i, end, out var entries);
            if (nonLen > 0 && nonLen >= actorLen) { i += nonLen; continue; }
            // "the West Bank": a phrase that starts with "the" ("the West") loses to a longer one starting after it
            if (actorLen > 0 && text.KeyIs(i, "the") && i + 1 < end && 1 + _lexicon.Actors.MatchLongest(text, i + 1, end, out _) > actorLen) { i++; continue; }
            if (actorLen > 0)
            {
                int outletLen = _lexicon.OutletNames.MatchLongest(text, i, end, out _);
                if (outletLen > actorLen) { i += outletLen; continue; }
            }
            // coreference phrases (data/actors/coreference-phrases.tsv)
            int pairLen = _lexicon.PairPhrases.MatchLongest(text, i, end, out _);
            if (pairLen > 0)
            {
                // the two states the last sentence naming two of them named ("India and Pakistan agreed …; Trump announced …;
                // both sides accused each other": not the United States), else the last two named
                // "Putin met Xi in Beijing, and the two leaders signed …": two states named earlier in this very sentence come first
                var pair = PairBefore(result, s.Index, i) is { Count: 2 } here ? here
                    : context.LastPair is var (a, b, at) && s.Index - at <= 6 ? [a, b] : LastDistinct(recent, 2, s.Index);
                if (pair.Count == 2)
                {
                    foreach (var code in pair)
                        result.Add(Make(text, s, i, i + pairLen, code, _lexicon.NameOf(code), ActorKind.State, null, ActorForm.Name, false, false, true, "coreference: two states of the preceding context"));
                }
                i += pairLen;
                continue;
            }
            // "the juntas", "the three governments": the states last named together
            if (text.KeyIs(i, "the") && GroupAt(text, i + 1, end) is var (groupEnd, groupOrigin) && context.LastGroup is var (group, groupAt) && s.Index - groupAt <= 6
                && !(groupEnd < end && text.KeyIs(groupEnd, "of")))
            {
                bool poss = groupEnd < end && text.KeyIs(groupEnd, "'");
                foreach (var code in group)
                    result.Add(Make(text, s, i, groupEnd, code, _lexicon.NameOf(code), ActorKind.State, null, ActorForm.Name, poss, false, true,
                        $"coreference: the states last named together (sentence {groupAt + 1}); group noun {groupOrigin}"));
                i = groupEnd;
                continue;
            }
            int orgLen = _lexicon.OrganizationPhrases.MatchLongest(text, i, end, out _);
            if (orgLen > 0 && lastOrganization is { } org && !(i + orgLen < end && text.KeyIs(i + orgLen, "of") && !GerundAt(text, i + orgLen + 1, end)))
            {
                result.Add(Make(text, s, i, i + orgLen, org, _lexicon.NameOf(org), ActorKind.Organization, null, ActorForm.Name, false, false, true, "coreference: the organization named last"));
                i += orgLen;
                continue;
            }
            int singleLen = _lexicon.SinglePhrases.MatchLongest(text, i, end, out _);
            if (singleLen > 0 && !(i + singleLen < end && text.KeyIs(i + singleLen, "of")))
            {
                var one = LastDistinct(recent, 1, s.Index);
                if (one.Count == 1)
                    result.Add(Make(text, s, i, i + singleLen, one[0], _lexicon.NameOf(one[0]), ActorKind.State, null, ActorForm.Name, false, false, true, "coreference: the last state named"));
                i += singleLen;
                continue;
            }

            int len = actorLen;
            var entry = len > 0 ? Pick(text, i, len, entries, date) : null;
            // "the Russian central bank": a capitalised entry ("Russian Central Bank") that the lower-case words do not fit
            // leaves the shorter phrases inside it ("Russian" + the sector "central bank")
            while (entry == null && len > 1)
            {
                len = _lexicon.Actors.MatchLongest(text, i, i + len - 1, out entries);
                entry = len > 0 ? Pick(text, i, len, entries, date) : null;
            }
            // "Defence Minister Aden Duale", "General Sudan Ali": a place name between a title and another capitalised word is
            // part of the person's name
            if (entry != null && entry.Form is ActorForm.Name or ActorForm.Capital && InPersonName(text, s, i, i + len, end)) { i += len; continue; }
            if (entry != null)
            {
                int stop = i + len;
                bool possessive = stop < end && text.KeyIs(stop, "'s");
                string? role = entry.Role;
                string why = entry.Origin;
                int mentionEnd = stop;
                // country + sector: "Iranian officials", "Russia's Defense Ministry", "the Russian state media"
                int agentStart = possessive ? stop + 1 : stop;
                if (entry.Kind is ActorKind.State or ActorKind.Organization)
                {
                    var (aStart, aLen, agent) = FindAgent(text, agentStart, end);
                    if (agent != null)
                    {
                        role = agent.Role;
                        why += "; " + agent.Origin;
                        mentionEnd = aStart + aLen;
                        possessive = mentionEnd < end && text.KeyIs(mentionEnd, "'s");
                    }
                    else if (entry.Form == ActorForm.Adjective)
                    {
                        // "Russian and Iranian officials": the agent after a coordinated adjective applies to both
                        int j = stop;
                        if (j + 1 < end && text.KeyIs(j, "and"))
                        {
                            int l2 = _lexicon.Actors.MatchLongest(text, j + 1, end, out var e2);
                            var second = l2 > 0 ? Pick(text, j + 1, l2, e2, date) : null;
                            if (second is { Form: ActorForm.Adjective })
                            {
                                var (a2s, a2l, agent2) = FindAgent(text, j + 1 + l2, end);
                                if (agent2 != null) { role = agent2.Role; why += "; " + agent2.Origin; }
                            }
                        }
                    }
                }
                // a plural demonym is a noun, never a modifier ("The Palestinians reject …", "Iraqis voted"; not "Swiss doctors")
                bool modifier = entry.Form == ActorForm.Adjective && role == null && entry.Role == null && IsNounModifier(text, stop, end) && !IsPluralNoun(text, stop - 1);
                result.Add(Make(text, s, i, mentionEnd, entry.Code, NameFor(entry), entry.Kind, role, entry.Form, possessive, modifier, false, why));
                i = mentionEnd;
                continue;
            }

            // agent first: "the foreign minister of Iran", "officials in Tehran"
            int agLen = _lexicon.Agents.MatchLongest(text, i, end, out var agents);
            // (not after a possessive pronoun: "recalled its ambassador from Addis Ababa" is Somalia's ambassador)
            bool ownedByPronoun = i > s.FirstToken && (text.KeyIs(i - 1, "its") || text.KeyIs(i - 1, "their") || text.KeyIs(i - 1, "his") || text.KeyIs(i - 1, "her"));
            if (agLen > 0 && !ownedByPronoun && i + agLen + 1 < end && (text.KeyIs(i + agLen, "of") || text.KeyIs(i + agLen, "in") || text.KeyIs(i + agLen, "from")))
            {
                int j = i + agLen + 1;
                if (text.KeyIs(j, "the")) j++;
                int l2 = _lexicon.Actors.MatchLongest(text, j, end, out var e2);
                var country = l2 > 0 ? Pick(text, j, l2, e2, date) : null;
                // "officials in Paris, Texas": a capital named with a division of another state is that state's town (the bare agent below)
                if (country is { Kind: ActorKind.State or ActorKind.Organization } && country.Form != ActorForm.Adjective
                    && !(country.Form == ActorForm.Capital && PinnedAfterComma(text, j + l2, end) is { } pin && pin.Code != country.Code))
                {
                    bool poss = j + l2 < end && text.KeyIs(j + l2, "'s");
                    result.Add(Make(text, s, i, j + l2, country.Code, NameFor(country), country.Kind, agents[0].Role, country.Form, poss, false, false, country.Origin + "; " + agents[0].Origin));
                    i = j + l2;
                    continue;
                }
            }

            // a bare agent: "police", "the rebels", "the opposition's leader", "police in Lagos"
            if (agLen > 0 && !ownedByPronoun && agents[0].Bare && !InsideName(text, s, i, date))
            {
                // "Rebels from the Islamist al Shabaab group", "fighters of the RSF": the named group is the actor, the agent only says who
                if (OrganizationAfter(text, i + agLen, end, date)) { i += agLen; continue; }
                i = AddBareAgent(text, s, i, agLen, agents[0], end, result, pending, date);
                continue;
            }

            // hyphenated compound: "Russia-led", "Iran-Russia", "US-China"
            var tok = text.Tokens[i];
            if (tok.IsWord && tok.Length > 3)
            {
                var key = text.Key(i);
                if (key.IndexOf('-') > 0) SplitCompound(text, s, i, key, result);
            }
            i++;
        }
    }

    private void SplitCompound(Doc text, Sentence s, int i, ReadOnlySpan<char> key, List<ActorMention> result)
    {
        var tok = text.Tokens[i];
        int partStart = 0;
        for (int p = 0; p <= key.Length; p++)
        {
            if (p < key.Length && key[p] != '-') continue;
            var part = key[partStart..p];
            if (part.Length >= 2 && _lexicon.Actors.TryGetSingle(part, out var entries))
            {
                int charStart = tok.Start + partStart;
                var surface = text.Text.AsSpan(charStart, p - partStart);
                ActorEntry? entry = null;
                foreach (var e in entries) if (CaseOk(e, surface)) { entry = e; break; }
                if (entry != null && char.IsUpper(surface[0]))
                    result.Add(new ActorMention(s.Index, i, i + 1, charStart, charStart + part.Length, surface.ToString(), entry.Code, NameFor(entry), entry.Kind,
                        entry.Role, entry.Form, false, true, false, entry.Origin + " (part of a hyphenated compound)"));
            }
            partStart = p + 1;
        }
    }

    private static ActorEntry? Pick(Doc text, int i, int len, ImmutableArray<ActorEntry> entries, DateOnly? date)
    {
        var surface = text.Text.AsSpan(text.Tokens[i].Start, text.Tokens[i + len - 1].End - text.Tokens[i].Start);
        ActorEntry? fallback = null;
        foreach (var e in entries)
        {
            if (!CaseOk(e, surface) || !CapitalsOk(e, text, i, len)) continue;
            if (e.ValidOn(date)) return e;
            fallback ??= e;
        }
        // an official outside the dates of every listed post is still that person: keep the first entry
        return fallback;
    }

    private static bool CapitalsOk(ActorEntry e, Doc text, int i, int len)
    {
        for (int k = 0; k < len && k < 32; k++)
            if ((e.CapitalMask & (1u << k)) != 0 && (text.Tokens[i + k].Shape & TokenShape.Capitalized) == 0) return false;
        return true;
    }

    /// <summary>All-caps short entries match only the exact surface; capitalised entries need a capitalised first letter.</summary>
    private static bool CaseOk(ActorEntry e, ReadOnlySpan<char> surface)
    {
        if (e.CaseSensitive) return surface.SequenceEqual(e.Phrase) || surface.SequenceEqual(e.Phrase.Replace(".", ""));
        return true;
    }

    /// <summary>Tokens [<paramref name="first"/>, <paramref name="stop"/>) stand between a capitalised title (an agent phrase
    /// such as "Defence Minister") and a capitalised word no dictionary knows: a person's name, not the place it spells.</summary>
    private bool InPersonName(Doc text, Sentence s, int first, int stop, int end)
    {
        if (stop >= end || first - 1 < s.FirstToken) return false;
        var next = text.Tokens[stop];
        if (!next.IsWord || (next.Shape & TokenShape.Capitalized) == 0 || (next.Shape & TokenShape.AllCaps) != 0 || IsFunctionWord(text, stop)) return false;
        if (_lexicon.Actors.MatchLongest(text, stop, end, out _) > 0 || _lexicon.Agents.MatchLongest(text, stop, end, out _) > 0 || _lexicon.Places.MatchLongest(text, stop, end, out _) > 0) return false;
        var title = text.Tokens[first - 1];
        if (!title.IsWord || (title.Shape & TokenShape.Capitalized) == 0) return false;
        for (int j = first - 1; j >= s.FirstToken && j >= first - 3; j--)
            if (_lexicon.Agents.MatchLongest(text, j, first, out _) == first - j) return true;
        return false;
    }

    private (int Start, int Length, AgentEntry? Agent) FindAgent(Doc text, int start, int end)
    {
        // allow one or two modifiers before the sector noun: "the Russian state media", "Iran's Minister of Petroleum"
        for (int j = start; j < Math.Min(end, start + 3); j++)
        {
            int len = _lexicon.Agents.MatchLongest(text, j, end, out var agents);
            if (len > 0) return (j, len, agents[0]);
            var t = text.Tokens[j];
            if (!t.IsWord || text.KeyIs(j, "and") || text.KeyIs(j, "or") || _lexicon.Actors.MatchLongest(text, j, end, out _) > 0) break;
            // only adjectives may stand between a country and its sector noun: not "Niger after the military coup",
            // nor a verb or a count: "Britain expelled six diplomats" is a state acting on diplomats
            if (IsFunctionWord(text, j) || IsVerbOrCount(text, j)) break;
        }
        return (0, 0, null);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = new[]
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "from", "with", "by", "for", "after", "before", "since", "during", "over",
        "against", "about", "into", "as", "than", "that", "which", "who", "is", "are", "was", "were", "has", "have", "had", "will",
        "would", "said", "says", "its", "their", "his", "her", "this", "these", "those",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsFunctionWord(Doc text, int i) => FunctionWords.Contains(text.Key(i));

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountWords = new[]
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens",
        "several", "hundreds", "thousands", "some", "many", "all",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A lower-case past form ("expelled", "summoned") or a count ("six", "23"): never a modifier of a sector noun.</summary>
    private static bool IsVerbOrCount(Doc text, int i)
    {
        var t = text.Tokens[i];
        if (t.Kind == TokenKind.Number) return true;
        var k = text.Key(i);
        if (CountWords.Contains(k)) return true;
        return k.Length > 4 && k.EndsWith("ed") && (t.Shape & TokenShape.Capitalized) == 0 && !k.Contains('-');
    }

    private static bool IsPluralNoun(Doc text, int t) { var k = text.Key(t); return k.Length > 3 && k[^1] == 's' && k[^2] != 's'; }

    private static bool IsNounModifier(Doc text, int next, int end)
        => next < end && text.Tokens[next].IsWord && !text.KeyIs(next, "and") && !text.KeyIs(next, "or") && !text.KeyIs(next, "'s");

    /// <summary>The last <paramref name="n"/> distinct states named within the previous few sentences, in text order.</summary>
    /// <summary>The states the document has named so far: each with the sentence it was last named in, and the first two
    /// states of the last sentence that named two or more (what "the two countries" and "both sides" refer to).</summary>
    private sealed class StateContext(List<(string Code, int Sentence)> recent)
    {
        public List<(string Code, int Sentence)> Recent { get; } = recent;
        public (string A, string B, int Sentence)? LastPair { get; set; }
        public (string[] Codes, int Sentence)? LastGroup { get; set; }
    }

    /// <summary>The longest run of states the sentence lists together ("Mali, Burkina Faso and Niger"): state mentions with only
    /// commas and "and" between them.</summary>
    private string[]? ListedTogether(Doc text, List<ActorMention> result, int from)
    {
        string[]? best = null;
        var run = new List<string>();
        int lastEnd = -1;
        for (int k = from; k < result.Count; k++)
        {
            var m = result[k];
            if (m.Coreferent || m.Modifier || !IsStateMention(m)) continue;
            bool joined = lastEnd >= 0 && m.FirstToken >= lastEnd;
            for (int t = lastEnd; joined && t < m.FirstToken; t++) joined = text.KeyIs(t, ",") || text.KeyIs(t, "and");
            if (!joined) run.Clear();
            if (!run.Contains(m.Code)) run.Add(m.Code);
            lastEnd = m.EndToken;
            if (run.Count >= 2 && (best == null || run.Count > best.Length)) best = [.. run];
        }
        return best;
    }

    /// <summary>"the bloc of serving foreign powers": an -ing form after "of" is what the phrase is accused of, not a part of it.</summary>
    private static bool GerundAt(Doc text, int k, int end) => k < end && text.Tokens[k].IsWord && text.Key(k).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The end of a group noun at <paramref name="j"/> or one word after it ("juntas", "three governments",
    /// "landlocked juntas"), with the group-nouns row it matched (file:line); null when none.</summary>
    private (int End, string Origin)? GroupAt(Doc text, int j, int end)
    {
        for (int k = j; k <= j + 1 && k < end; k++)
        {
            // lower case only: "the United States", "the States" are names
            if ((text.Tokens[k].Shape & TokenShape.Capitalized) != 0) return null;
            int len = _lexicon.GroupNouns.MatchLongest(text, k, end, out var origins);
            if (len > 0) return (k + len, origins[0]);
            if (!text.Tokens[k].IsWord && text.Tokens[k].Kind != TokenKind.Number) return null;
        }
        return null;
    }

    /// <summary>The last two distinct states this sentence named by themselves (not by coreference) before <paramref name="token"/>;
    /// fewer when it named fewer.</summary>
    private List<string> PairBefore(List<ActorMention> result, int sentence, int token)
    {
        var codes = new List<string>(2);
        for (int k = result.Count - 1; k >= 0 && result[k].Sentence == sentence && codes.Count < 2; k--)
        {
            var m = result[k];
            if (m.FirstToken < token && !m.Coreferent && IsStateMention(m) && !codes.Contains(m.Code)) codes.Insert(0, m.Code);
        }
        return codes;
    }

    private static List<string> LastDistinct(List<(string Code, int Sentence)> recent, int n, int sentence)
    {
        if (recent.Count < n) return [];
        var codes = new List<string>();
        for (int k = recent.Count - 1; k >= 0 && codes.Count < n; k--)
            if (sentence - recent[k].Sentence <= 6 && !codes.Contains(recent[k].Code)) codes.Insert(0, recent[k].Code);
        return codes.Count == n ? codes : [];
    }

    // ---- bare agents and their country from context ----

    /// <summary>Prepositions that put an agent in a place: "police in Lagos", "rebels across the north of Mali", "troops from Kano".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AttachPrepositions =
        new[] { "in", "across", "throughout", "near", "outside", "around", "inside", "from" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prepositions that set a sentence's scene: "In Kabul, police …", "… clashed in Nairobi", "attacked a police post outside Peshawar".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScenePrepositions =
        new[] { "in", "across", "throughout", "inside", "outside" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words between a preposition and a place: "in northern Mali", "in the restive north-western province of Idlib".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceQualifiers = new[]
    {
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern",
        "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "northeast", "northwest",
        "southeast", "southwest", "restive", "remote", "rural", "coastal", "neighbouring", "neighboring", "oil-rich", "mountainous",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns that name a place by its kind before "of": "the city of Kano", "the province of Idlib".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns = new[]
    {
        "city", "town", "village", "region", "province", "state", "district", "capital", "port", "county", "area", "governorate", "oblast", "municipality", "suburb", "outskirts", "border",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that follow a bare agent (present or past) and so show it is the subject, not a modifier of the next noun:
    /// "police fire tear gas", "the army says", "the government plans". Regular pasts (-ed) are recognised by their ending.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbWords = new[]
    {
        "say", "says", "fire", "fires", "arrest", "arrests", "deny", "denies", "claim", "claims", "warn", "warns", "raid", "raids",
        "clash", "clashes", "kill", "kills", "storm", "storms", "seize", "seizes", "detain", "detains", "launch", "launches", "urge", "urges",
        "reject", "rejects", "accept", "accepts", "vow", "vows", "plan", "plans", "refuse", "refuses", "agree", "agrees", "order", "orders",
        "ban", "bans", "blame", "blames", "accuse", "accuses", "condemn", "condemns", "call", "calls", "want", "wants", "continue", "continues",
        "begin", "began", "begins", "try", "tries", "free", "frees", "release", "releases", "hold", "holds", "held", "find", "finds", "found",
        "make", "makes", "made", "take", "takes", "took", "give", "gives", "gave", "shot", "shoot", "shoots", "fought", "fight", "fights",
        "met", "meet", "meets", "led", "lead", "leads", "fled", "flee", "flees", "hit", "hits", "threw", "struck", "strike", "strikes",
        "beat", "beats", "caught", "broke", "went", "came", "set", "sent", "send", "sends", "sought", "seek", "seeks", "told", "tell", "tells",
        "ask", "asks", "announce", "announces", "confirm", "confirms", "insist", "insists", "rule", "rules", "approve", "approves",
        "demand", "demands", "protest", "protests", "march", "marches", "gather", "gathers", "attack", "attacks", "open", "opens",
        "use", "uses", "block", "blocks", "close", "closes", "stop", "stops", "threaten", "threatens", "vote", "votes", "back", "backs",
        "oppose", "opposes", "support", "supports", "sentence", "sentences", "charge", "charges", "expel", "expels", "boycott", "boycotts",
        "also", "still", "now", "then", "later", "already", "yesterday", "today", "reportedly", "allegedly", "and", "or", "but", "who", "which", "that",
        "did", "does", "do", "can", "could", "may", "might", "must", "should", "shall", "not", "never", "be", "been", "being",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Sector nouns that put a state's people abroad: a state named only this way ("the US embassy", "two British
    /// nationals") does not give its country to a bare agent of the same sentence (the police arresting them are the host's).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbroadWords = new[]
    {
        "embassy", "embassies", "consulate", "consulates", "diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys",
        "nationals", "national", "tourists", "tourist", "mission", "delegation", "delegations",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds the bare agent starting at <paramref name="i"/> (role from agents.tsv, form <see cref="ActorForm.Agent"/>) and returns
    /// the token after it. A singular agent takes a following sector noun with it ("army spokesman", "police officer"); an agent
    /// before a noun it modifies ("police station", "army base", "government buildings", "military aid") is no actor and is skipped.
    /// The country comes from an attached place ("Lagos police", "police in Lagos") here, or later from the sentence and document
    /// (<see cref="ResolveBareAgents"/>); until then the code is empty.
    /// </summary>
    private int AddBareAgent(Doc text, Sentence s, int i, int len, AgentEntry agent, int end, List<ActorMention> result, List<int> pending, DateOnly? date)
    {
        int stop = i + len;
        if (!EndsInS(text, stop - 1) && stop < end && !text.KeyIs(stop, "'s"))
        {
            int more = _lexicon.Agents.MatchLongest(text, stop, end, out _);
            if (more > 0) stop += more;
        }
        bool possessive = stop < end && text.KeyIs(stop, "'s");
        // "police station", "military aid", "army base": the agent may only modify a noun, not be an actor (the coder would take
        // it for one); or the next word is a verb the heuristic does not know ("the government resign"): the parse decides later
        bool tentative = !possessive && IsBareModifier(text, stop - 1, stop, end);
        string why = agent.Origin + " (bare agent)";
        var (code, how) = AttachedPlace(text, s, i, stop, end, date);
        var name = code != null ? _lexicon.NameOf(code) : agent.Phrase;
        result.Add(Make(text, s, i, stop, code ?? "", name, ActorKind.State, agent.Role, ActorForm.Agent, possessive, false, false,
            code != null ? why + "; country: " + how : why) with { Tentative = tentative });
        if (code == null) pending.Add(result.Count - 1);
        return stop;
    }

    /// <summary>"of" or "from" at <paramref name="k"/> and then, after "the" and up to two capitalised words ("the Islamist al
    /// Shabaab group"), an organization of the dictionaries (not a state or its institution).</summary>
    private bool OrganizationAfter(Doc text, int k, int end, DateOnly? date)
    {
        if (k + 1 >= end || !(text.KeyIs(k, "of") || text.KeyIs(k, "from"))) return false;
        int j = k + 1;
        if (text.KeyIs(j, "the")) j++;
        for (int skipped = 0; skipped <= 2 && j < end; skipped++, j++)
        {
            int len = _lexicon.Actors.MatchLongest(text, j, end, out var entries);
            if (len > 0) return Pick(text, j, len, entries, date) is { Kind: ActorKind.Organization };
            if ((text.Tokens[j].Shape & TokenShape.Capitalized) == 0) return false;
        }
        return false;
    }

    /// <summary>A capitalised agent after a capitalised word that is not a place is part of a name ("Arakan Army", "Mahdi Army");
    /// any agent after an unknown acronym belongs to that body ("KFOR troops", "AMISOM soldiers"), not to a state of the context.</summary>
    private bool InsideName(Doc text, Sentence s, int i, DateOnly? date)
    {
        if (i <= s.FirstToken) return false;
        var prev = text.Tokens[i - 1];
        bool acronym = prev.IsWord && (prev.Shape & TokenShape.AllCaps) != 0;
        if (!acronym && (text.Tokens[i].Shape & TokenShape.Capitalized) == 0) return false;
        if (!prev.IsWord || (prev.Shape & TokenShape.Capitalized) == 0 || IsFunctionWord(text, i - 1) || text.KeyIs(i - 1, "a") || text.KeyIs(i - 1, "an")) return false;
        for (int j = i - 1; j >= s.FirstToken && j >= i - 3; j--)
            if (PlaceAt(text, j, i, date) is { } p && p.Length == i - j) return false;
        return true;
    }

    private static bool EndsInS(Doc text, int t) { var k = text.Key(t); return k.Length > 2 && k[^1] == 's'; }

    /// <summary>A singular agent followed by a lower-case noun it modifies: "police station", "army base", "military exercises".</summary>
    private static bool IsBareModifier(Doc text, int last, int next, int end)
    {
        if (next >= end || EndsInS(text, last)) return false;
        var t = text.Tokens[next];
        if (!t.IsWord || (t.Shape & TokenShape.Capitalized) != 0) return false;
        var k = text.Key(next);
        if (IsFunctionWord(text, next) || CountWords.Contains(k) || VerbWords.Contains(k)) return false;
        if (k.Length >= 4 && (k.EndsWith("ed") || k.EndsWith("ly"))) return false;
        return true;
    }

    /// <summary>A place joined to the agent: a place name just before it ("Lagos police") or a preposition phrase just after it
    /// ("police in Lagos", "rebels in northern Mali", "troops from the city of Kano").</summary>
    private (string? Code, string? Why) AttachedPlace(Doc text, Sentence s, int first, int stop, int end, DateOnly? date)
    {
        // "Lagos police", and a place owning it: "Kano's police"
        int owner = first - 1 > s.FirstToken && text.KeyIs(first - 1, "'s") ? first - 1 : first;
        for (int j = owner - 1; j >= s.FirstToken && j >= owner - 3; j--)
            if (_lexicon.Places.MatchLongest(text, j, owner, out _) == owner - j && PlaceAt(text, j, owner, date) is { } before && before.Length == owner - j)
                return (before.Code, "a place before it: " + before.Why);
        // "police in Lagos", and "the police of Kano": "of" joins a place that is no state's capital (the agent-of-place path above takes those)
        if (stop + 1 < end && (AttachPrepositions.Contains(text.Key(stop)) || text.KeyIs(stop, "of")) && PlaceAfterPreposition(text, stop + 1, end, date) is { } after)
            return (after.Code, $"a place after '{text.Surface(stop)}': {after.Why}");
        // "Pakistan-based militants", "Lagos-based gunmen": a hyphenated place of origin before it
        for (int j = first - 1; j >= s.FirstToken && j >= first - 2; j--)
            if (BasedIn(text, j) is { } origin) return origin;
        return (null, null);
    }

    /// <summary>The state or place of a word "X-based" or "X-headquartered" (one token, capitalised X).</summary>
    private (string? Code, string? Why)? BasedIn(Doc text, int j)
    {
        var key = text.Key(j);
        int dash = key.LastIndexOf('-');
        if (dash <= 0 || !BasedWords.Contains(key[(dash + 1)..]) || !char.IsUpper(text.Surface(j)[0])) return null;
        var part = key[..dash];
        if (_lexicon.Actors.TryGetSingle(part, out var entries))
            foreach (var e in entries)
                if (e.Kind == ActorKind.State && e.Form is ActorForm.Name or ActorForm.Capital) return (e.Code, $"'{text.Surface(j)}': {e.Origin}");
        if (_lexicon.Places.TryGetSingle(part, out var places) && places.Length > 0) return (places[0].Country, $"'{text.Surface(j)}': {places[0].Origin}");
        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BasedWords =
        new[] { "based", "headquartered" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The place of a preposition phrase starting at <paramref name="k"/>: "Lagos", "the north of Mali" is not handled,
    /// "northern Mali", "the restive province of Idlib", "the city of Kano".</summary>
    private (string Code, int Length, string Why)? PlaceAfterPreposition(Doc text, int k, int end, DateOnly? date)
    {
        int j = k;
        if (j < end && text.KeyIs(j, "the")) j++;
        while (j < end && PlaceQualifiers.Contains(text.Key(j))) j++;
        // "the Iranian capital (of Tehran)", "the Syrian city of Homs": a demonym before the place noun names the state
        (string Code, int Length, string Why)? demonym = null;
        if (j > k && j < end && _lexicon.Actors.MatchLongest(text, j, end, out var adjectives) is int n and > 0 && j + n < end && PlaceNouns.Contains(text.Key(j + n)))
            foreach (var e in adjectives)
                if (e is { Kind: ActorKind.State, Form: ActorForm.Adjective })
                {
                    demonym = (e.Code, n, $"{e.Origin} ({text.SurfaceString(j, j + n)})");
                    j += n;
                    break;
                }
        if (j < end && PlaceNouns.Contains(text.Key(j)))
        {
            while (j < end && PlaceNouns.Contains(text.Key(j))) j++;
            if (!(j < end && text.KeyIs(j, "of"))) return demonym;
            j++;
        }
        return j < end ? PlaceAt(text, j, end, date) ?? demonym : demonym;
    }

    /// <summary>A state (name, capital or epithet) or a place of places.tsv (capitalised) starting at <paramref name="j"/>; a
    /// place named with a division or state of another state after a comma is in that state ("Paris, Texas" → USA).</summary>
    private (string Code, int Length, string Why)? PlaceAt(Doc text, int j, int end, DateOnly? date)
    {
        if (NamedPlaceAt(text, j, end, date) is not { } at) return null;
        return PinnedAfterComma(text, j + at.Length, end) is { } pin && pin.Code != at.Code
            ? (pin.Code, at.Length, $"named with {pin.Why}") : at;
    }

    /// <summary>The state of a division or state named after a comma at <paramref name="k"/> ("Paris, Texas": USA), not
    /// followed by a conjunction ("in Paris, France and Germany" is a list); null when none.</summary>
    private (string Code, string Why)? PinnedAfterComma(Doc text, int k, int end)
    {
        if (k + 1 >= end || !text.KeyIs(k, ",") || (text.Tokens[k + 1].Shape & TokenShape.Capitalized) == 0) return null;
        string? pin = null, why = null;
        int len = _lexicon.Places.MatchLongest(text, k + 1, end, out var divisions);
        foreach (var d in divisions)
            if (d.Kind == PlaceKind.Region) { pin = d.Country; why = $"{d.Origin} ({d.Name}, {d.Country})"; break; }
        if (pin == null && (len = _lexicon.Actors.MatchLongest(text, k + 1, end, out var states)) > 0)
            foreach (var e in states)
                if (e is { Kind: ActorKind.State, Form: ActorForm.Name }) { pin = e.Code; why = e.Origin; break; }
        if (pin == null || k + 1 + len < end && (text.KeyIs(k + 1 + len, "and") || text.KeyIs(k + 1 + len, "or"))) return null;
        return (pin, $"'{text.SurfaceString(k + 1, k + 1 + len)}' after a comma: {why}");
    }

    private (string Code, int Length, string Why)? NamedPlaceAt(Doc text, int j, int end, DateOnly? date)
    {
        if ((text.Tokens[j].Shape & TokenShape.Capitalized) == 0) return null;
        int nonLen = _lexicon.NonActors.MatchLongest(text, j, end, out _);
        int actorLen = _lexicon.Actors.MatchLongest(text, j, end, out var actors);
        int placeLen = _lexicon.Places.MatchLongest(text, j, end, out var places);
        if (nonLen > 0 && nonLen >= Math.Max(actorLen, placeLen)) return null;
        if (actorLen > 0 && actorLen >= placeLen)
        {
            var e = Pick(text, j, actorLen, actors, date);
            return e is { Kind: ActorKind.State, Form: ActorForm.Name or ActorForm.Capital or ActorForm.Epithet } ? (e.Code, actorLen, $"{e.Origin} ({text.SurfaceString(j, j + actorLen)})") : null;
        }
        if (placeLen == 0) return null;
        foreach (var p in places)
        {
            bool ok = true;
            for (int t = 0; t < placeLen && t < 32 && ok; t++)
                ok = (p.CapitalMask & (1u << t)) == 0 || (text.Tokens[j + t].Shape & TokenShape.Capitalized) != 0;
            if (ok) return (p.Country, placeLen, $"{p.Origin} ({p.Name}, {p.Country})");
        }
        return null;
    }

    /// <summary>
    /// The dateline's country: the opening of the first body sentence in capitals before a comma, parenthesis or dash
    /// ("LAGOS, Nigeria (Reuters) -", "NAIROBI, May 3 -", "KABUL —"); a state named after the comma wins over the city.
    /// </summary>
    private (string Code, string Why)? FindDateline(Doc text, DateOnly? date)
    {
        if (Dateline.Opening(text) is not var (s, n, sep)) return null;
        int j = s.FirstToken, end = s.EndToken;
        if (sep is "," && j + n + 1 < end && PlaceAt(text, j + n + 1, end, date) is { } named
            && _lexicon.Actors.MatchLongest(text, j + n + 1, end, out _) == named.Length)
            return (named.Code, "the dateline: " + named.Why);
        if (PlaceAt(text, j, j + n, date) is { } city && city.Length == n) return (city.Code, "the dateline: " + city.Why);
        return null;
    }

    /// <summary>
    /// Gives the bare agents of a sentence that no attached place placed their country, by these rules in order: (1) the
    /// sentence's scene, when its place phrases ("in Kabul", "across northern Nigeria") name one state only; (2) the sentence's
    /// only state when it is named before the agent with a sector of its own ("The Syrian army said rebels …"; not a state acting
    /// by its bare name, "Washington warned the militia"); (2b) with no state named before the agent, the home state of the armed
    /// group, party or other body named before it ("after ELN fighters killed nine soldiers": Colombia's); (3) the document's dominant state:
    /// named in at least two earlier sentences and in at least twice as many as any other state (what the story is about wins
    /// over where it was filed); (4) the document's dateline, unless the earlier sentences name another state more often than
    /// the dateline's; (4b) with no dateline, the only state the earlier sentences name; (5) the sentence's only state named after the agent ("Rebels attacked a Syrian army post"). A state named only through
    /// its people abroad ("the US embassy", "British nationals") never counts. Otherwise the code stays empty.
    /// </summary>
    private void ResolveBareAgents(Doc text, Sentence s, List<ActorMention> result, int before, List<int> pending,
        (string Code, string Why)? dateline, Dictionary<string, int> stateSentences, DateOnly? date)
    {
        var scenes = new List<(string Code, int Token, string Why)>();
        for (int j = s.FirstToken; j + 1 < s.EndToken; j++)
            if (ScenePrepositions.Contains(text.Key(j)) && PlaceAfterPreposition(text, j + 1, s.EndToken, date) is { } p)
                scenes.Add((p.Code, j, $"the sentence's place ('{text.Surface(j)}' {p.Why})"));
        var states = new List<(string Code, int Token)>();
        var roled = new List<(string Code, int Token)>();
        // the dateline ("BEIRUT -") says where the story was filed, not who acts in the sentence it opens (that is rule 4)
        int body = Dateline.BodyStart(text, s);
        for (int k = before; k < result.Count; k++)
        {
            var m = result[k];
            if (m.Form == ActorForm.Agent || m.Coreferent || !IsStateMention(m) || AbroadWords.Contains(text.Key(m.EndToken - 1)) || m.FirstToken < body) continue;
            states.Add((m.Code, m.FirstToken));
            if (m.Role != null) roled.Add((m.Code, m.FirstToken));
        }
        // a state acting by its bare name ("Washington has warned the militia") is a party, not the agent's scene: only a state
        // named with a sector of its own ("the Syrian army", "Kenyan officials") sets the scene
        // "after ELN fighters killed nine soldiers": an armed group, party or other body with a home state acts in it
        var homes = new List<(string Code, int Token)>();
        for (int k = before; k < result.Count; k++)
        {
            var m = result[k];
            if (m.Kind == ActorKind.State || m.Coreferent || m.FirstToken < body || !_lexicon.HomeOfCode.TryGetValue(m.Code, out var home)) continue;
            homes.Add((home, m.FirstToken));
        }
        string? only = OnlyState(states, roled, int.MaxValue);
        string? dominant = null;
        var ranked = stateSentences.OrderByDescending(kv => kv.Value).Take(2).ToList();
        if (ranked.Count > 0 && ranked[0].Value >= 2 && (ranked.Count == 1 || ranked[0].Value >= 2 * ranked[1].Value)) dominant = ranked[0].Key;

        foreach (var k in pending)
        {
            var m = result[k];
            // the scene of the agent's own clause: a place before it, or after it with no comma between ("Kirby condemned the
            // transfers, saying they would prolong the suffering in Ukraine" does not put Kirby in Ukraine)
            string? sceneCode = null, sceneWhy = null;
            int sceneCount = 0;
            foreach (var sc in scenes)
            {
                if (sc.Token > m.FirstToken && CommaBetween(text, m.EndToken, sc.Token)) continue;
                if (sceneCode != sc.Code) { sceneCount++; sceneCode = sc.Code; sceneWhy = sc.Why; }
            }
            (string Code, string Why)? found =
                EarlierSameSector(text, s.FirstToken, result, before, m) is { } back ? back
                : sceneCount == 1 ? (sceneCode!, sceneWhy!)
                : OnlyState(states, roled, m.FirstToken) is { } onlyBefore ? (onlyBefore, "the sentence's only state, named before it")
                : states.TrueForAll(x => x.Token > m.FirstToken) && OnlyCode(homes, m.FirstToken) is { } group ? (group, "the home state of the body the sentence names before it")
                : dominant != null ? (dominant, $"the document's dominant state (named in {stateSentences[dominant]} earlier sentences)")
                : dateline is { } d && stateSentences.GetValueOrDefault(d.Code) >= (ranked.Count > 0 ? ranked[0].Value : 0) ? d
                : dateline == null && stateSentences.Count == 1 ? (ranked[0].Key, "the only state the document named before")
                : only != null ? (only, "the sentence's only state")
                : null;
            if (found is { } f)
                result[k] = m with { Code = f.Code, Name = _lexicon.NameOf(f.Code), Why = m.Why + "; country: " + f.Why };
        }
    }

    /// <summary>
    /// "the army" after "the Sudanese army" two sentences earlier: a definite bare agent (or one opening its sentence) names again the latest sector of the same
    /// role the document gave a state to (named with it, or a bare agent an earlier rule placed), whatever other state the sentence names
    /// ("… talks in Jeddah, but the army later withdrew its delegation" is still Sudan's army).
    /// </summary>
    private (string Code, string Why)? EarlierSameSector(Doc text, int first, List<ActorMention> result, int before, ActorMention m)
    {
        if (m.Role is null or "GOV") return null;
        // "the army", or a bare plural opening its sentence or clause ("Security forces encircled …", "Police, who …")
        int prev = m.FirstToken - 1;
        if (prev >= first && !text.KeyIs(prev, "the") && text.Tokens[prev].Kind != TokenKind.Punctuation) return null;
        for (int k = before - 1; k >= 0; k--)
        {
            var e = result[k];
            if (e.Role != m.Role || e.Code.Length == 0 || e.Coreferent || !IsStateMention(e)) continue;
            return (e.Code, $"the same sector named earlier ('{e.Text}', sentence {e.Sentence + 1})");
        }
        return null;
    }

    /// <summary>The one code of the entries named before token <paramref name="before"/> (states, or bodies' home states), or
    /// null (none, or several).</summary>
    private static string? OnlyCode(List<(string Code, int Token)> named, int before)
    {
        string? one = null;
        foreach (var (code, token) in named)
        {
            if (token >= before) continue;
            if (one != null && one != code) return null;
            one = code;
        }
        return one;
    }

    private static string? OnlyState(List<(string Code, int Token)> states, List<(string Code, int Token)> roled, int before)
    {
        if (OnlyCode(states, before) is not { } code) return null;
        bool any = false;
        foreach (var (c, t) in roled)
        {
            if (t >= before) continue;
            if (c != code) return null;
            any = true;
        }
        return any ? code : null;
    }

    /// <summary>A comma, semicolon or colon between the two tokens that closes a phrase; not a comma inside a list of a word or
    /// two each ("armed with guns, grenades and rockets").</summary>
    private static bool CommaBetween(Doc text, int from, int to)
    {
        for (int j = from; j < to; j++)
            if (text.Tokens[j].Kind == TokenKind.Punctuation && text.Text[text.Tokens[j].Start] is ',' or ';' or ':' && !ListComma(text, j, to)) return true;
        return false;
    }

    private static bool ListComma(Doc text, int j, int to)
    {
        if (text.Text[text.Tokens[j].Start] != ',') return false;
        for (int k = j + 1; k < to && k <= j + 3; k++)
        {
            if (!text.Tokens[k].IsWord) return text.KeyIs(k, ",") && k > j + 1 && ListComma(text, k, to);
            if (k > j + 1 && (text.KeyIs(k, "and") || text.KeyIs(k, "or"))) return true;
        }
        return false;
    }

    private string NameFor(ActorEntry e) => e.Kind == ActorKind.Person ? e.Name : _lexicon.NameOf(e.Code);

    private static ActorMention Make(Doc text, Sentence s, int first, int endToken, string code, string name, ActorKind kind, string? role,
        ActorForm form, bool possessive, bool modifier, bool coreferent, string why)
    {
        int start = text.Tokens[first].Start, end = text.Tokens[endToken - 1].End;
        return new ActorMention(s.Index, first, endToken, start, end, text.Text[start..end], code, name, kind, role, form, possessive, modifier, coreferent, why);
    }
}
