using Entente.Core.Actors;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Pipeline;

/// <summary>
/// Chooses the sentences worth a parse: those with an actor (or the surname of a person, or an acronym, a mention introduced) and a word that can trigger an event, except headings
/// (the event coder skips them). The others (headings, background, figures) cannot yield an event, and tagging and parsing them would cost most of the
/// analysis time. Reads: sentences, tokens, actor mentions. Writes: one flag per sentence.
/// </summary>
public sealed class ParseSelector(EventPatterns patterns, WordClasses words)
{
    public bool[] Select(Doc text, IReadOnlyList<ActorMention> actors)
    {
        var selected = new bool[text.Sentences.Count];
        foreach (var a in actors) selected[a.Sentence] = true;
        // a person named again by surname, or a name by its acronym, only becomes an actor after the parse (PersonNames.Link,
        // Acronyms.Link)
        var keys = new HashSet<string>(StringComparer.Ordinal);
        PersonNames.AddSurnames(text, actors, keys);
        Acronyms.AddDefined(text, actors, words, keys);
        if (keys.Count > 0)
        {
            var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var s in text.Sentences)
                for (int i = s.FirstToken; i < s.EndToken && !selected[s.Index]; i++)
                    selected[s.Index] = lookup.Contains(text.Key(i));
        }
        foreach (var s in text.Sentences)
        {
            if (!selected[s.Index]) continue;
            if (s.IsHeading) { selected[s.Index] = false; continue; }
            bool trigger = false;
            for (int i = s.FirstToken; i < s.EndToken && !trigger; i++)
                trigger = patterns.Triggers.MatchLongest(text, i, s.EndToken, out _) > 0;
            selected[s.Index] = trigger;
        }
        return selected;
    }
}
