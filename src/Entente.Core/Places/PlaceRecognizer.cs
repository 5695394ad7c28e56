using System.Collections.Immutable;
using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Places;

/// <summary>
/// Finds place names (gazetteer cities, divisions, seas and named regions, and states' names) and resolves each to one
/// place the way the field's geocoders do (Mordecai, CLIFF): a place named with its division or state after a comma
/// ("Paris, Texas") is that one; else the candidate whose state the document names most (states the actors and the
/// unambiguous places name); else a state before a place of the same name ("Georgia"), the most populous (a place named by
/// an alternate name counting a tenth of its people), then by feature type (capital, division seat, division, city).
/// A capital or state used for its government ("Tehran said", "Kyiv's decision") stays an actor and is no scene; a state's
/// name is a scene only after a scene preposition ("in Iran"). Names inside a person's or organization's name, or joined
/// to another capitalised word ("Paris Saint-Germain"), are not places.
/// Reads: tokens, sentences, the parse, actor mentions. Writes: <see cref="DocumentPlaces"/>.
/// </summary>
public sealed class PlaceRecognizer
{
    private readonly Gazetteer _places;
    private readonly ActorLexicon _actors;

    /// <summary>A city only this small is read only after a scene preposition or with its
    /// division or state after a comma ("in March" is a date, "March" a town in England; "Police" a town in Poland).</summary>
    private const long MinPopulationAnywhere = 100_000;
    /// <summary>A place this many times as populous as another of its name wins before the document's context does.</summary>
    private const double DominantRatio = 20;

    public PlaceRecognizer(Gazetteer places, ActorLexicon actors) { _places = places; _actors = actors; }

    private sealed class Raw(int sentence, int first, int end, List<(Place Place, bool Alternate)> candidates, bool scene, string? cased, string? pinnedBy, bool seat = false)
    {
        public int Sentence = sentence, First = first, End = end;
        public List<(Place Place, bool Alternate)> Candidates = candidates;
        public bool Scene = scene, Seat = seat;
        public string? Cased = cased, PinnedBy = pinnedBy;
    }

    /// <param name="notPlaces">Character ranges that are something else (dates, citations, quantities): "March 3", "(Kyiv Independent, May 2)".</param>
    public DocumentPlaces Recognize(Doc text, IReadOnlyList<ActorMention> actors, IEnumerable<(int Start, int End)>? notPlaces = null)
    {
        // per token: 1 inside a person's or organization's name, a date or a citation; 2 a state's adjective (may qualify a place: "Russian-held Kherson")
        var mark = new byte[text.TokenCount];
        foreach (var (start, stop) in notPlaces ?? [])
        {
            var (first, end) = text.TokenRange(start, stop);
            for (int t = first; t < end && t < mark.Length; t++) mark[t] = 1;
        }
        foreach (var a in actors)
        {
            byte m = a.Kind is ActorKind.Person or ActorKind.Organization ? (byte)1 : a.Form == ActorForm.Adjective ? (byte)2 : (byte)0;
            if (m != 0) for (int t = a.FirstToken; t < a.EndToken && t < mark.Length; t++) mark[t] = m;
        }
        if (SharedDateline(text) is var (from, to)) for (int t = from; t < to; t++) mark[t] = 1;
        var raws = new List<Raw>();
        foreach (var s in text.Sentences)
        {
            if (s.IsHeading) continue;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if ((text.Tokens[i].Shape & TokenShape.Capitalized) == 0 || !text.Tokens[i].IsWord || mark[i] == 1) continue;
                var raw = Match(text, s, i, mark);
                if (raw == null) continue;
                raws.Add(raw);
                i = raw.End - 1;
            }
        }
        var dateline = FindDateline(text);
        // the context: the states the actors name (not bare agents, whose state came from context, nor an actor read off an
        // ambiguous place name itself: "officials in Georgia") and the states of unambiguous places
        const byte Ambiguous = 3;
        foreach (var r in raws)
            if (r.Candidates.Count > 1)
                for (int t = r.First; t < r.End; t++) mark[t] = Ambiguous;
        var context = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in actors)
            if (a.Code.Length == 3 && a.Form != ActorForm.Agent && !a.Coreferent && _actors.KindOfCode.TryGetValue(a.Code, out var k) && k == ActorKind.State
                && !Overlaps(mark, a.FirstToken, a.EndToken, Ambiguous))
                context[a.Code] = context.GetValueOrDefault(a.Code) + 1;
        foreach (var r in raws) Count(context, r);
        if (dateline != null) Count(context, dateline);
        var mentions = new List<PlaceMention>(raws.Count);
        foreach (var r in raws) mentions.Add(Resolve(text, r, context));
        return new DocumentPlaces(mentions, dateline == null ? null : Resolve(text, dateline, context));
    }

    private static bool Overlaps(byte[] mark, int first, int end, byte value)
    {
        for (int t = first; t < end && t < mark.Length; t++) if (mark[t] == value) return true;
        return false;
    }

    /// <summary>Counts the state of a mention whose candidates all lie in one state.</summary>
    private static void Count(Dictionary<string, int> context, Raw r)
    {
        var country = r.Candidates[0].Place.Country;
        if (country.Length == 0) return;
        foreach (var c in r.Candidates) if (c.Place.Country != country) return;
        context[country] = context.GetValueOrDefault(country) + 1;
    }

    /// <summary>The place named at token <paramref name="i"/>, its candidates and whether it is a scene; null when none or not a place here.</summary>
    private Raw? Match(Doc text, Sentence s, int i, byte[] mark)
    {
        int end = s.EndToken;
        int nonLen = _actors.NonActors.MatchLongest(text, i, end, out _);
        int placeLen = _places.Names.MatchLongest(text, i, end, out var names);
        int stateLen = _actors.Actors.MatchLongest(text, i, end, out var entries);
        int actorLen = stateLen;
        string? state = null;
        foreach (var e in entries)
            if (e is { Kind: ActorKind.State, Form: ActorForm.Name } && _places.Countries.ContainsKey(e.Code)) { state = e.Code; break; }
        if (state == null) stateLen = 0;
        int len = Math.Max(placeLen, stateLen);
        if (len == 0 || nonLen > len) return null;
        int last = i + len;
        // part of a longer name: "Paris Saint-Germain", "Jordan Peterson", "Prime Minister Georgia …"; a qualifier or a state's adjective may precede
        if (last < end && text.Tokens[last].IsWord && (text.Tokens[last].Shape & TokenShape.Capitalized) != 0) return null;
        if (i > s.FirstToken && text.Tokens[i - 1].IsWord && (text.Tokens[i - 1].Shape & TokenShape.Capitalized) != 0
            && mark[i - 1] != 2 && !_places.Qualifiers.Contains(text.Key(i - 1)) && !(i - 1 == s.FirstToken)) return null;
        var candidates = new List<(Place, bool)>();
        if (placeLen == len)
            foreach (var n in names)
                if (Capitalised(text, i, len, n.CapitalMask)) candidates.Add((n.Place, n.Alternate));
        if (stateLen == len) candidates.Add((_places.Countries[state!], false));
        if (candidates.Count == 0) return null;
        PreferCityOrDivision(candidates, i + len < end && _places.DivisionWords.Contains(text.Key(i + len)));

        string? cased = CaseOf(text, s, i, last, stateLen == len);
        bool seat = actorLen == len && entries.Any(e => e.Form is ActorForm.Capital or ActorForm.Seat);
        bool scene = !OfOrigin(text, i, last) && IsScene(text, i, last, cased, stateLen == len, seat);
        // "Paris, Texas": a division or state after a comma pins the candidate
        string? pinnedBy = null;
        if (last + 1 < end && text.KeyIs(last, ",") && (text.Tokens[last + 1].Shape & TokenShape.Capitalized) != 0)
        {
            int j = last + 1;
            int aLen = _places.Names.MatchLongest(text, j, end, out var after);
            int sLen = _actors.Actors.MatchLongest(text, j, end, out var afterStates);
            var pinned = candidates.Where(c =>
                (aLen > 0 && after.Any(a => a.Place.Kind == PlaceKind.Region && a.Place.Country == c.Item1.Country && a.Place.Name == c.Item1.Admin1)) ||
                (sLen > 0 && afterStates.Any(e => e is { Kind: ActorKind.State, Form: ActorForm.Name } && e.Code == c.Item1.Country))).ToList();
            if (pinned.Count > 0 && pinned.Count < candidates.Count || pinned.Count > 0 && candidates.Count == 1)
            {
                int extra = pinned.Any(c => after.Any(a => a.Place.Name == c.Item1.Admin1)) ? aLen : sLen;
                pinnedBy = text.SurfaceString(j, j + extra);
                candidates = pinned;
                last = j + extra;
            }
        }
        bool minor = candidates.TrueForAll(c => c.Item1.Kind == PlaceKind.City && c.Item1.Population < MinPopulationAnywhere);
        if (minor && cased == null && pinnedBy == null) return null;
        return new Raw(text.SentenceOf(i), i, last, candidates, scene, cased, pinnedBy, seat && cased == null && !Visited(text, i, last));
    }

    /// <summary>A city and a division of one state named alike ("Kharkiv", "Kyiv"): the city, unless a division word follows
    /// ("the Kherson region").</summary>
    private static void PreferCityOrDivision(List<(Place Place, bool Alternate)> candidates, bool divisionWord)
    {
        if (candidates.Count < 2) return;
        var drop = divisionWord ? PlaceKind.City : PlaceKind.Region;
        var keep = divisionWord ? PlaceKind.Region : PlaceKind.City;
        candidates.RemoveAll(c => c.Place.Kind == drop && candidates.Exists(o => o.Place.Kind == keep && o.Place.Country == c.Place.Country));
    }

    private static bool Capitalised(Doc text, int i, int len, uint mask)
    {
        for (int t = 0; t < len && t < 32; t++)
            if ((mask & (1u << t)) != 0 && (text.Tokens[i + t].Shape & TokenShape.Capitalized) == 0) return false;
        return true;
    }

    /// <summary>The scene preposition heading the place phrase: its parse's case word, or (unparsed) the word before it, skipping
    /// "the" and qualifiers ("in the occupied Kherson", "in northern Mali"); a local one ("at", "off") not for a state's name.</summary>
    private string? CaseOf(Doc text, Sentence s, int first, int end, bool state)
    {
        int head = HeadOf(text, first, end);
        int j;
        if (text.Tokens[head].HasParse)
        {
            // "in the Kherson region": the name modifies the noun after it, which has the case word; also across the name's
            // conjuncts ("in Khost and Paktika provinces"); a state's name only a noun naming a place by its kind ("in the
            // Jordan attack" is no scene)
            if (text.Tokens[head].Deprel is "compound" or "amod" or "flat" && text.Tokens[head].Head is var noun && noun >= end && ModifiesAcross(text, end, noun)
                && (!state || IsPlaceNoun(text, noun) || _places.DivisionWords.Contains(text.Key(noun)))) head = noun;
            // "to Russia's Far East", "in the north of Syria": the name owns a noun naming a part of a place, which has the case word
            else if ((text.Tokens[head].Deprel is "nmod:poss" || DependencyCase(text, head) is int of && _places.OriginWords.Contains(text.Key(of)))
                     && Governor(text, head) is int part && IsPlaceNoun(text, part)) head = part;
            if (DependencyCase(text, head) is not int c) return null;
            j = c;
        }
        else
        {
            j = first - 1;
            while (j >= s.FirstToken && (text.KeyIs(j, "the") || _places.Qualifiers.Contains(text.Key(j)))) j--;
            if (j < s.FirstToken) return null;
        }
        var key = text.Key(j);
        if (_places.SceneWords.Contains(key) || !state && _places.LocalWords.Contains(key)) return key.ToString();
        // "travelled to Tehran", "a state visit to China": a destination after a word of going somewhere, or after a noun of
        // one ("travelled by train to Vladivostok")
        if (!_places.DestinationWords.Contains(key) || Governor(text, head) is not int g) return null;
        if (!IsMovement(text, g) && !(text.Tokens[g].Deprel is "obl" or "obj" && Governor(text, g) is int gg && IsMovement(text, gg))) return null;
        return key.ToString();
    }

    private bool IsMovement(Doc text, int t) => text.Tokens[t].Lemma is { } lemma && _places.MovementWords.Contains(lemma.ToLowerInvariant());

    /// <summary>A noun naming a place by its kind or a part of one ("city", "region", "east", "coast"; class placenoun), by its
    /// lemma or its own form ("outskirts", a plural whose lemma the lemmatiser writes as a singular no one uses).</summary>
    private bool IsPlaceNoun(Doc text, int t)
        => text.Tokens[t].Lemma is { } lemma && _places.PlaceNouns.Contains(lemma.ToLowerInvariant()) || _places.PlaceNouns.Contains(text.Key(t).ToString());

    /// <summary>Whether every word from <paramref name="from"/> up to the noun <paramref name="noun"/> hangs below that noun (one phrase).</summary>
    private static bool ModifiesAcross(Doc text, int from, int noun)
    {
        for (int k = from; k < noun; k++) if (!text.IsBelow(k, noun)) return false;
        return true;
    }

    /// <summary>A parsed place phrase of belonging ("residents of Kherson", "the governor of Kursk"), not one naming a
    /// place by its kind ("the city of Kano").</summary>
    private bool OfOrigin(Doc text, int first, int end)
    {
        int head = HeadOf(text, first, end);
        if (!text.Tokens[head].HasParse || DependencyCase(text, head) is not int c || !_places.OriginWords.Contains(text.Key(c))) return false;
        return !(Governor(text, head) is int g && IsPlaceNoun(text, g));
    }

    /// <summary>A parsed place phrase that is the object of a word of going somewhere ("visited Moscow and Beijing", "toured Kyiv"),
    /// a conjunct by its first conjunct's word.</summary>
    private bool Visited(Doc text, int first, int end)
    {
        int head = HeadOf(text, first, end);
        if (text.Tokens[head].Deprel == "conj" && Governor(text, head) is int c) head = c;
        return text.Tokens[head].Deprel is "obj" && Governor(text, head) is int g && text.Tokens[g].Lemma is { } lemma
               && _places.MovementWords.Contains(lemma.ToLowerInvariant());
    }

    /// <summary>The word a parsed place phrase hangs on (its head's head), or null when unparsed or the root.</summary>
    private static int? Governor(Doc text, int head)
        => text.Tokens[head].HasParse && text.Tokens[head].Head is int h and >= 0 ? h : null;

    private static int? DependencyCase(Doc text, int nominal)
    {
        foreach (var c in text.Children(nominal))
            if (text.Tokens[c].Deprel is "case" && c < nominal) return c;
        // the parser may hang the preposition on a word before the name ("in Kurdish-held northeast Syria": "in" on
        // "northeast", a compound of "Syria"): the first modifier's own case word heads the whole phrase
        foreach (var m in text.Children(nominal))
            if (m < nominal && text.Tokens[m].Deprel is "compound" or "amod")
            {
                foreach (var c in text.Children(m))
                    if (text.Tokens[c].Deprel is "case" && c < m) return c;
                break;
            }
        return null;
    }

    /// <summary>The token of the span whose head lies outside it (the last one when not parsed).</summary>
    internal static int HeadOf(Doc text, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            var h = text.Tokens[t].Head;
            if (text.Tokens[t].HasParse && (h < first || h >= end)) return t;
        }
        return end - 1;
    }

    /// <summary>Whether the place is the scene of something rather than an actor: a state's name only after a scene
    /// preposition; a capital or seat of power (the actor lexicon's: "Tehran", "Kyiv") not as the subject of an active verb,
    /// a possessor or a noun modifier ("Tehran said", "Kyiv's decision", "the Moscow talks"); other cities and regions always.</summary>
    private static bool IsScene(Doc text, int first, int end, string? cased, bool state, bool seat)
    {
        if (cased != null) return true;
        if (state) return false; // "Georgia accused …": a state's name (even when a division shares it) is a scene only after a preposition
        if (!seat) return true;
        int head = HeadOf(text, first, end);
        var t = text.Tokens[head];
        // unparsed: a capital is an actor unless a scene preposition heads it
        if (!t.HasParse) return false;
        return !(t.Deprel is "nsubj" or "nmod:poss" or "compound" || t.Deprel is "conj" && t.Head >= 0 && text.Tokens[t.Head].Deprel is "nsubj");
    }

    /// <summary>A dateline of several places ("SANAA/WASHINGTON, Jan 13 (Reuters) -"): the tokens of its places, which locate
    /// nothing (no single place, and no scene of the first sentence's event); null when the article opens otherwise.</summary>
    private static (int From, int To)? SharedDateline(Doc text)
    {
        var s = text.FirstBodySentence;
        if (s == null) return null;
        int j = s.FirstToken;
        bool slash = false;
        while (j < s.EndToken && (text.Tokens[j].IsWord && (text.Tokens[j].Shape & TokenShape.AllCaps) != 0 || text.KeyIs(j, "/")))
        {
            slash |= text.KeyIs(j, "/");
            j++;
        }
        return slash && j < s.EndToken && text.Surface(j) is "," or "(" or "-" or "—" or "–" ? (s.FirstToken, j) : null;
    }

    /// <summary>The dateline ("KYIV, Ukraine (Reuters) -", "KHARKIV —"): the first body sentence opening with up to four words in
    /// capitals before a comma, parenthesis or dash, naming a place.</summary>
    private Raw? FindDateline(Doc text)
    {
        if (Dateline.Opening(text) is not var (s, n, sep)) return null;
        int j = s.FirstToken, end = s.EndToken;
        int len = _places.Names.MatchLongest(text, j, j + n, out var names);
        var candidates = len == n ? names.Select(x => (x.Place, x.Alternate)).ToList() : [];
        if (_actors.Actors.MatchLongest(text, j, j + n, out var entries) == n)
            foreach (var e in entries)
                if (e is { Kind: ActorKind.State, Form: ActorForm.Name } && _places.Countries.TryGetValue(e.Code, out var c)) { candidates.Add((c, false)); break; }
        if (candidates.Count == 0) return null;
        PreferCityOrDivision(candidates, false);
        string? pinnedBy = null;
        if (sep is "," && j + n + 1 < end && _actors.Actors.MatchLongest(text, j + n + 1, end, out var after) > 0)
        {
            var code = after.FirstOrDefault(e => e is { Kind: ActorKind.State, Form: ActorForm.Name })?.Code;
            var pinned = candidates.Where(c => c.Item1.Country == code).ToList();
            if (pinned.Count > 0) { candidates = pinned; pinnedBy = code; }
        }
        return new Raw(s.Index, j, j + n, candidates, true, null, pinnedBy);
    }

    /// <summary>Population, a tenth of it for a place named by an alternate name: "Donetsk" is the Ukrainian city of a million
    /// (alternate name) before the Russian town of 50,000 (own name), but "Victoria" would not be Hong Kong.</summary>
    private static double Weight((Place Place, bool Alternate) c) => c.Alternate ? c.Place.Population / 10.0 : c.Place.Population;

    /// <summary>The ranking: a state before a city of its name; a place at least <see cref="DominantRatio"/> times as populous;
    /// the state the document names most; a state before a place; weight; feature type; then the row.</summary>
    private static int Compare((Place Place, bool Alternate) x, (Place Place, bool Alternate) y, Dictionary<string, int> context)
    {
        // a state before a town of its name, whatever the context ("Colombia" is not the Cuban town); a place far larger than
        // another of its name before the context ("talks in Damascus" in a story that names the United States most)
        bool xState = x.Place.Kind == PlaceKind.Country, yState = y.Place.Kind == PlaceKind.Country;
        if (xState != yState && (xState ? y : x).Place.Kind == PlaceKind.City) return xState ? -1 : 1;
        double wx = Weight(x), wy = Weight(y);
        if (wx > 0 && wy > 0 && Math.Max(wx, wy) >= DominantRatio * Math.Min(wx, wy)) return wy.CompareTo(wx);
        int c = context.GetValueOrDefault(y.Place.Country).CompareTo(context.GetValueOrDefault(x.Place.Country));
        if (c != 0) return c;
        c = (x.Place.Kind == PlaceKind.Country ? 0 : 1).CompareTo(y.Place.Kind == PlaceKind.Country ? 0 : 1);
        if (c != 0) return c;
        c = Weight(y).CompareTo(Weight(x));
        if (c != 0) return c;
        c = x.Place.FeatureRank.CompareTo(y.Place.FeatureRank);
        return c != 0 ? c : string.CompareOrdinal(x.Place.Origin, y.Place.Origin);
    }

    private PlaceMention Resolve(Doc text, Raw r, Dictionary<string, int> context)
    {
        var c = r.Candidates;
        string rule;
        (Place Place, bool Alternate) best;
        if (c.Count == 1) { best = c[0]; rule = r.PinnedBy != null ? $"named with '{r.PinnedBy}'" : "the only place of that name"; }
        else
        {
            // the best and the runner-up in one pass (no sorting: this runs for every ambiguous name)
            best = c[0];
            var second = c[1];
            if (Compare(second, best, context) < 0) (best, second) = (second, best);
            for (int k = 2; k < c.Count; k++)
            {
                if (Compare(c[k], best, context) < 0) { second = best; best = c[k]; }
                else if (Compare(c[k], second, context) < 0) second = c[k];
            }
            int bc = context.GetValueOrDefault(best.Place.Country), sc = context.GetValueOrDefault(second.Place.Country);
            rule = r.PinnedBy != null ? $"named with '{r.PinnedBy}'; " : "";
            double bw = Weight(best), sw = Weight(second);
            rule += best.Place.Kind == PlaceKind.Country && second.Place.Kind == PlaceKind.City ? "a state before a town of its name"
                : bw > 0 && sw > 0 && bw >= DominantRatio * sw ? $"at least {DominantRatio:0} times as populous as any other of its name"
                : bc > sc ? $"its state {best.Place.Country} is named {bc} times in the document"
                : best.Place.Kind == PlaceKind.Country && second.Place.Kind != PlaceKind.Country ? "a state before a place of the same name"
                : Weight(best) > Weight(second) ? (best.Alternate || second.Alternate ? "the most populous (a place named by an alternate name counts a tenth)" : "the most populous")
                : "by feature type";
            rule = $"{c.Count} candidates; {rule}";
        }
        var p = best.Place;
        int start = text.Tokens[r.First].Start, end = text.Tokens[r.End - 1].End;
        return new PlaceMention(r.Sentence, r.First, r.End, start, end, text.Text[start..end], p, r.Scene, r.Cased, rule) { Seat = r.Seat };
    }
}
