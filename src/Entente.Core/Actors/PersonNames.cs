using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Actors;

/// <summary>
/// Carries a person's coding from the mention that introduces them to the later mentions by name alone, as a news
/// story does: "President Macky Sall had announced …" then "The opposition accused Sall …"; "ousted president Pedro
/// Castillo" then "Castillo was removed by Congress". A person is introduced by an actor mention with a code (a title, agent
/// phrase or seat of power whose country the recognizer settled: "President", "former prime minister", "White House press
/// secretary") directly
/// followed by a proper name no dictionary covers, or by an official of the dictionaries with a name of two words or more.
/// A later run of capitalised proper nouns that no mention covers, ending in that person's surname and made only of words
/// of their name, becomes a mention of the same actor, saying which mention it follows. A surname shared by two people
/// of different codings in the document is left alone.
/// Reads: tokens, the parse's parts of speech (a parsed sentence's name words must be PROPN), the actor mentions.
/// Writes: the actor list (added mentions, in text order).
/// </summary>
public static class PersonNames
{
    /// <summary>Words of a name after a title: "Abdel Fattah al-Sisi" is four.</summary>
    private const int MaxNameWords = 4;
    /// <summary>Lower-case title words between the mention and the name: "press secretary".</summary>
    private const int MaxTitleWords = 2;

    private sealed record Person(string Code, string Name, string? Role, int FirstName, int EndName, ActorMention Introduced)
    {
        public bool Ambiguous { get; set; }
    }

    /// <param name="notNames">Character ranges that are no name (dates, citations: "Russian officials Tuesday").</param>
    public static IReadOnlyList<ActorMention> Link(Doc text, IReadOnlyList<ActorMention> actors, IEnumerable<(int Start, int End)> notNames)
    {
        if (actors.Count == 0) return actors;
        var covered = Mentions.Covered(text, actors);
        foreach (var (start, end) in notNames)
        {
            var (from, to) = text.TokenRange(start, end);
            for (int t = from; t < to; t++) covered[t] = true;
        }
        var bySurname = new Dictionary<string, Person>(StringComparer.Ordinal);
        var lookup = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        List<ActorMention>? added = null;
        int next = 0; // the next mention (in text order) that may introduce a person
        var ordered = actors.OrderBy(a => a.FirstToken).ToList();
        for (int t = 0; t < text.TokenCount; t++)
        {
            for (; next < ordered.Count && ordered[next].EndToken <= t; next++) Introduce(text, ordered[next], covered, bySurname);
            if (covered[t] || !IsNameWord(text, t) || !lookup.TryGetValue(text.Key(t), out var person) || person.Ambiguous) continue;
            // the introducing name itself, unless title words stand between it and the mention ("White House press secretary X")
            if (t >= person.FirstName && t < person.EndName && person.FirstName == person.Introduced.EndToken) continue;
            // the run of name words ending here; the next word must not carry the name on ("Sall Foundation")
            if (t + 1 < text.TokenCount && !covered[t + 1] && IsNameWord(text, t + 1) && SameSentence(text, t, t + 1)) continue;
            int first = t;
            while (first - 1 >= 0 && !covered[first - 1] && IsNameWord(text, first - 1) && SameSentence(text, first - 1, t) && InName(text, person, first - 1)) first--;
            if (first - 1 >= 0 && !covered[first - 1] && IsNameWord(text, first - 1) && SameSentence(text, first - 1, t)) continue; // "Mark Sall": another person
            var s = text.Sentences[text.SentenceOf(t)];
            bool possessive = t + 1 < s.EndToken && text.KeyIs(t + 1, "'s");
            int start = text.Tokens[first].Start, end = text.Tokens[t].End;
            var intro = person.Introduced;
            (added ??= []).Add(new ActorMention(s.Index, first, t + 1, start, end, text.Text[start..end], person.Code, person.Name, ActorKind.Person,
                person.Role, ActorForm.Name, possessive, false, false,
                $"the person introduced as '{text.Text[intro.Start..text.Tokens[person.EndName - 1].End]}' (sentence {intro.Sentence + 1}): {intro.Why}"));
            for (int k = first; k <= t; k++) covered[k] = true;
        }
        return Mentions.With(actors, added);
    }

    /// <summary>Adds to <paramref name="keys"/> the surnames (token keys) of the people the mentions introduce, read before the
    /// parse (so without the title-noun step): a sentence that names one of them again by surname alone has an actor once
    /// <see cref="Link"/> has run, and is worth a parse ("Khan, 71, has denied all the charges").</summary>
    public static void AddSurnames(Doc text, IReadOnlyList<ActorMention> actors, HashSet<string> keys)
    {
        if (actors.Count == 0) return;
        var bySurname = new Dictionary<string, Person>(StringComparer.Ordinal);
        var covered = Mentions.Covered(text, actors);
        foreach (var a in actors) Introduce(text, a, covered, bySurname);
        foreach (var (surname, person) in bySurname)
            if (!person.Ambiguous) keys.Add(surname);
    }

    /// <summary>A mention with a code that introduces a person: a title or agent directly before a name no mention covers, or
    /// a dictionary official named in two words or more.</summary>
    private static void Introduce(Doc text, ActorMention m, bool[] covered, Dictionary<string, Person> bySurname)
    {
        if (m.Code.Length == 0 || m.Coreferent || m.Possessive) return;
        int firstName, endName;
        if (m.Kind == ActorKind.Person && m.Form == ActorForm.Name && m.EndToken - m.FirstToken >= 2 && !m.Modifier)
        {
            firstName = m.FirstToken; endName = m.EndToken;
        }
        else if (m.Form is ActorForm.Agent or ActorForm.Seat || m.Role != null || m.Kind is ActorKind.Person or ActorKind.Institution)
        {
            int sentenceEnd = text.Sentences[m.Sentence].EndToken;
            firstName = m.EndToken;
            // "White House press secretary Karine Jean-Pierre", "BNP spokesman Ruhul Kabir Rizvi": title nouns between
            while (firstName < sentenceEnd && firstName - m.EndToken < MaxTitleWords && IsTitleNoun(text, firstName)) firstName++;
            // "Russian Su-35 jets": the mention modifies what follows; an institution introduces a person by a title only
            if ((m.Modifier || (m.Kind == ActorKind.Institution && m.Form != ActorForm.Seat)) && firstName == m.EndToken) return;
            endName = firstName;
            while (endName < sentenceEnd && endName - firstName < MaxNameWords && !covered[endName] && IsNameWord(text, endName)) endName++;
            if (endName == firstName || (endName < sentenceEnd && !covered[endName] && IsNameWord(text, endName))) return;
        }
        else return;
        int last = endName - 1;
        if (!IsNameWord(text, last)) return;
        var person = new Person(m.Code, text.Text[text.Tokens[firstName].Start..text.Tokens[last].End], m.Role, firstName, endName, m);
        var surname = text.Key(last).ToString();
        if (bySurname.TryGetValue(surname, out var known))
        {
            if (known.Code != person.Code || known.Role != person.Role) known.Ambiguous = true;
            return;
        }
        bySurname[surname] = person;
    }

    /// <summary>A lower-case noun of a title after the mention that gives the person's country ("press secretary").</summary>
    private static bool IsTitleNoun(Doc text, int t)
    {
        var tok = text.Tokens[t];
        return tok.IsWord && tok.HasParse && tok.Upos == Upos.NOUN && (tok.Shape & TokenShape.Capitalized) == 0;
    }

    /// <summary>A capitalised word that can be part of a person's name: a proper noun where the sentence is parsed.</summary>
    private static bool IsNameWord(Doc text, int t)
    {
        var tok = text.Tokens[t];
        if (!tok.IsWord || (tok.Shape & TokenShape.Capitalized) == 0 || tok.Length < 2) return false;
        return !tok.HasParse || tok.Upos == Upos.PROPN;
    }

    private static bool InName(Doc text, Person p, int t)
    {
        for (int k = p.FirstName; k < p.EndName; k++)
            if (text.Key(k).SequenceEqual(text.Key(t))) return true;
        return false;
    }

    private static bool SameSentence(Doc text, int a, int b) => text.SentenceOf(a) == text.SentenceOf(b);
}
