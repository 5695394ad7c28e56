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

    private static readonly string[][] PairPhrases =
    [
        ["the", "two", "countries"], ["the", "two", "nations"], ["the", "two", "states"], ["the", "two", "sides"],
        ["the", "two", "governments"], ["the", "two", "capitals"], ["both", "countries"], ["both", "nations"], ["both", "sides"],
        ["both", "states"], ["both", "governments"], ["the", "two", "neighbours"], ["the", "two", "neighbors"], ["the", "two", "allies"],
        ["the", "two", "rivals"], ["the", "two", "partners"], ["the", "two", "leaders"], ["both", "leaders"], ["the", "two", "presidents"],
        ["the", "two", "ministers"], ["the", "two", "foreign", "ministers"], ["the", "two", "delegations"], ["the", "two", "heads", "of", "state"],
    ];

    private static readonly string[][] SinglePhrases = [["the", "country"], ["the", "nation"]];

    /// <summary>"the bloc", "the alliance": the organization named last.</summary>
    private static readonly string[][] OrganizationPhrases = [["the", "bloc"], ["the", "alliance"], ["the", "organisation"], ["the", "organization"], ["the", "union"], ["the", "grouping"]];

    public IReadOnlyList<ActorMention> Recognize(Doc text, DateOnly? date = null)
    {
        var result = new List<ActorMention>();
        var recentStates = new List<(string Code, int Sentence)>();
        foreach (var s in text.Sentences)
        {
            int before = result.Count;
            RecognizeSentence(text, s, result, recentStates, date);
            for (int k = before; k < result.Count; k++)
            {
                var m = result[k];
                if (m.Kind == ActorKind.State || (m.Kind is ActorKind.Institution or ActorKind.Person && _lexicon.KindOfCode.TryGetValue(m.Code, out var kind) && kind == ActorKind.State))
                {
                    recentStates.RemoveAll(r => r.Code == m.Code);
                    recentStates.Add((m.Code, s.Index));
                }
            }
        }
        return result;
    }

    private void RecognizeSentence(Doc text, Sentence s, List<ActorMention> result, List<(string Code, int Sentence)> recent, DateOnly? date)
    {
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
            if (actorLen > 0)
            {
                int outletLen = _lexicon.OutletNames.MatchLongest(text, i, end, out _);
                if (outletLen > actorLen) { i += outletLen; continue; }
            }
            // coreference phrases (all begin with "the" or "both": skip the comparisons for other tokens)
            bool corefStart = text.KeyIs(i, "the") || text.KeyIs(i, "both");
            int pairLen = corefStart ? MatchAny(text, i, end, PairPhrases) : 0;
            if (pairLen > 0)
            {
                var pair = LastDistinct(recent, 2, s.Index);
                if (pair.Count == 2)
                {
                    foreach (var code in pair)
                        result.Add(Make(text, s, i, i + pairLen, code, _lexicon.NameOf(code), ActorKind.State, null, ActorForm.Name, false, false, true, "coreference: two states of the preceding context"));
                }
                i += pairLen;
                continue;
            }
            int orgLen = corefStart ? MatchAny(text, i, end, OrganizationPhrases) : 0;
            if (orgLen > 0 && lastOrganization is { } org && !(i + orgLen < end && text.KeyIs(i + orgLen, "of")))
            {
                result.Add(Make(text, s, i, i + orgLen, org, _lexicon.NameOf(org), ActorKind.Organization, null, ActorForm.Name, false, false, true, "coreference: the organization named last"));
                i += orgLen;
                continue;
            }
            int singleLen = corefStart ? MatchAny(text, i, end, SinglePhrases) : 0;
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
                bool modifier = entry.Form == ActorForm.Adjective && role == null && entry.Role == null && IsNounModifier(text, stop, end);
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
                if (country is { Kind: ActorKind.State or ActorKind.Organization } && country.Form != ActorForm.Adjective)
                {
                    bool poss = j + l2 < end && text.KeyIs(j + l2, "'s");
                    result.Add(Make(text, s, i, j + l2, country.Code, NameFor(country), country.Kind, agents[0].Role, country.Form, poss, false, false, country.Origin + "; " + agents[0].Origin));
                    i = j + l2;
                    continue;
                }
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

    private static bool IsNounModifier(Doc text, int next, int end)
        => next < end && text.Tokens[next].IsWord && !text.KeyIs(next, "and") && !text.KeyIs(next, "or") && !text.KeyIs(next, "'s");

    private static int MatchAny(Doc text, int i, int end, string[][] phrases)
    {
        foreach (var p in phrases)
        {
            if (i + p.Length > end) continue;
            bool ok = true;
            for (int k = 0; k < p.Length && ok; k++) ok = text.KeyIs(i + k, p[k]);
            if (ok) return p.Length;
        }
        return 0;
    }

    /// <summary>The last <paramref name="n"/> distinct states named within the previous few sentences, in text order.</summary>
    private static List<string> LastDistinct(List<(string Code, int Sentence)> recent, int n, int sentence)
    {
        if (recent.Count < n) return [];
        var codes = new List<string>();
        for (int k = recent.Count - 1; k >= 0 && codes.Count < n; k--)
            if (sentence - recent[k].Sentence <= 6 && !codes.Contains(recent[k].Code)) codes.Insert(0, recent[k].Code);
        return codes.Count == n ? codes : [];
    }

    private string NameFor(ActorEntry e) => e.Kind == ActorKind.Person ? e.Name : _lexicon.NameOf(e.Code);

    private static ActorMention Make(Doc text, Sentence s, int first, int endToken, string code, string name, ActorKind kind, string? role,
        ActorForm form, bool possessive, bool modifier, bool coreferent, string why)
    {
        int start = text.Tokens[first].Start, end = text.Tokens[endToken - 1].End;
        return new ActorMention(s.Index, first, endToken, start, end, text.Text[start..end], code, name, kind, role, form, possessive, modifier, coreferent, why);
    }
}
