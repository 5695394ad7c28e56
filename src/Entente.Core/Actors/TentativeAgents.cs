using Entente.Core.Text;

namespace Entente.Core.Actors;

/// <summary>
/// Settles the bare agents the recognizer could not judge from the words around them (<see cref="ActorMention.Tentative"/>:
/// a singular agent before a lower-case word, "the government resign" or "government buildings") once the sentence is
/// parsed: an agent the parse makes a modifier of a following word (compound, amod, or any relation to a later noun) is
/// dropped from the actors; any other is kept as an actor. In a sentence left unparsed the word heuristic stands and the
/// agent is dropped. A dropped modifier names whose thing the noun is ("an army convoy", "a police station"): it is handed
/// back in <c>owners</c>, for the coder to take as the target of an attack on that thing.
/// Reads: the actors, the parse (heads, relations, parts of speech). Writes: the actor list, and the owners.
/// </summary>
public static class TentativeAgents
{
    public static IReadOnlyList<ActorMention> Settle(Doc text, IReadOnlyList<ActorMention> actors, List<ActorMention>? owners = null)
    {
        if (!actors.Any(a => a.Tentative)) return actors;
        var kept = new List<ActorMention>(actors.Count);
        foreach (var a in actors)
        {
            if (!a.Tentative) { kept.Add(a); continue; }
            if (!text.IsParsed(a.Sentence)) continue;
            if (!IsModifier(text, a)) kept.Add(a with { Tentative = false });
            else owners?.Add(a with { Tentative = false, Modifier = true });
        }
        return kept;
    }

    /// <summary>The agent's last word modifies what follows it: "police station" (compound), "military exercises" (amod), or
    /// hangs on a later noun by any relation.</summary>
    private static bool IsModifier(Doc text, ActorMention a)
    {
        var last = text.Tokens[a.EndToken - 1];
        if (last.Deprel is { } rel && (rel.StartsWith("compound", StringComparison.Ordinal) || rel.StartsWith("amod", StringComparison.Ordinal)))
            return true;
        int head = last.Head;
        return head >= a.EndToken && text.Tokens[head].Upos is Upos.NOUN or Upos.PROPN;
    }
}
