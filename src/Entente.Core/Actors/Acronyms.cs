using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Actors;

/// <summary>
/// A name the text spells out once with its acronym and then uses the acronym for, as news does: "the opposition Bangladesh
/// Nationalist Party (BNP)" then "The BNP denied …", "BNP spokesman …". A coded actor mention with a role or a sector noun
/// ("opposition", "rebel group") directly followed by a run of capitalised words, then "(", an all-capitals word whose
/// letters are the initials of the run's words (word class name-particle aside: "of", "the") and ")", defines the acronym; a
/// later acronym no mention covers becomes a mention of the same actor (code and role), saying which words defined it.
/// Reads: tokens and their shapes, the actor mentions, the word class name-particle. Writes: the actor list (added mentions, in text order).
/// </summary>
public static class Acronyms
{
    /// <summary>Words of a spelled-out name: "Movement for the Emancipation of the Niger Delta" is eight.</summary>
    private const int MaxNameWords = 8;

    private sealed record Definition(string Code, string? Role, string Name, ActorMention By, int Sentence);

    /// <summary>Adds to <paramref name="keys"/> the acronyms the mentions define, as token keys (lower case), for the choice of
    /// sentences to parse before any mention is added.</summary>
    public static void AddDefined(Doc text, IReadOnlyList<ActorMention> actors, WordClasses names, HashSet<string> keys)
    {
        if (Definitions(text, actors, names) is not { } defs) return;
        foreach (var acronym in defs.Keys) keys.Add(acronym.ToLowerInvariant());
    }

    public static IReadOnlyList<ActorMention> Link(Doc text, IReadOnlyList<ActorMention> actors, WordClasses names)
    {
        if (Definitions(text, actors, names) is not { } defs) return actors;
        var covered = Mentions.Covered(text, actors);
        var lookup = defs.GetAlternateLookup<ReadOnlySpan<char>>();
        List<ActorMention>? added = null;
        for (int t = 0; t < text.TokenCount; t++)
        {
            if (covered[t] || !lookup.TryGetValue(text.Surface(t), out var d)) continue;
            // the defining parentheses themselves, and anything before the definition
            if (text.Tokens[t].Start <= d.By.End || t > 0 && text.KeyIs(t - 1, "(")) continue;
            var tok = text.Tokens[t];
            int s = text.SentenceOf(t);
            bool possessive = t + 1 < text.Sentences[s].EndToken && text.KeyIs(t + 1, "'s");
            (added ??= []).Add(new ActorMention(s, t, t + 1, tok.Start, tok.End, text.Text[tok.Start..tok.End], d.Code, d.Name,
                ActorKind.Organization, d.Role, ActorForm.Name, possessive, false, false,
                $"the acronym of '{d.Name}' (sentence {d.Sentence + 1}): {d.By.Why}"));
        }
        return Mentions.With(actors, added);
    }

    /// <summary>Whether <paramref name="letters"/>, all capitals, are the initials of the capitalised words in [from, to).</summary>
    private static bool Initials(Doc text, int from, int to, ReadOnlySpan<char> letters)
    {
        int n = 0;
        for (int k = from; k < to; k++)
        {
            var t = text.Tokens[k];
            if ((t.Shape & TokenShape.Capitalized) == 0) continue;
            if (n >= letters.Length || !char.IsAsciiLetterUpper(letters[n]) || char.ToUpperInvariant(text.Text[t.Start]) != letters[n]) return false;
            n++;
        }
        return n == letters.Length;
    }

    /// <summary>The acronyms the mentions define, or null when none (no allocation for the common document).</summary>
    private static Dictionary<string, Definition>? Definitions(Doc text, IReadOnlyList<ActorMention> actors, WordClasses names)
    {
        Dictionary<string, Definition>? defs = null;
        HashSet<string>? ambiguous = null;
        foreach (var m in actors)
        {
            if (m.Code.Length == 0 || m.Coreferent || m.Possessive || m.Role == null && m.Form != ActorForm.Agent) continue;
            int end = text.Sentences[m.Sentence].EndToken, k = m.EndToken;
            // the name may begin inside the mention ("the opposition Movement for the Renewal of Democracy": "opposition
            // Movement" is the mention)
            while (k - 1 > m.FirstToken && text.Tokens[k - 1].IsWord && (text.Tokens[k - 1].Shape & TokenShape.Capitalized) != 0) k--;
            int count = 0, first = k;
            for (; k < end && count < MaxNameWords; k++)
            {
                var t = text.Tokens[k];
                if (!t.IsWord) break;
                if ((t.Shape & TokenShape.Capitalized) != 0) count++;
                else if (!names.NameParticles.Contains(text.Key(k)) || count == 0) break;
            }
            if (count < 2 || k + 2 >= end || !text.KeyIs(k, "(") || !text.KeyIs(k + 2, ")")) continue;
            var letters = text.Surface(k + 1);
            if (letters.Length != count || letters.Length > 8 || !Initials(text, first, k, letters)) continue;
            var acronym = letters.ToString();
            var name = text.Text[text.Tokens[first].Start..text.Tokens[k - 1].End];
            defs ??= new Dictionary<string, Definition>(StringComparer.Ordinal);
            if (defs.TryGetValue(acronym, out var known) && (known.Code != m.Code || known.Role != m.Role)) (ambiguous ??= []).Add(acronym);
            defs.TryAdd(acronym, new Definition(m.Code, m.Role, name, m, m.Sentence));
        }
        if (ambiguous != null) foreach (var a in ambiguous) defs!.Remove(a);
        return defs is { Count: > 0 } ? defs : null;
    }
}
