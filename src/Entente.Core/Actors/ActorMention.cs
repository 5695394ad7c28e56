using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Actors;

/// <summary>
/// An actor named in a sentence: a state, organization, institution or person, with the sector role when the text
/// gives one ("Iranian officials" → IRN, GOV). Offsets are into the document text; tokens are document token indices.
/// </summary>
/// <param name="Possessive">Followed by 's ("Iran's supply of …").</param>
/// <param name="Modifier">Used as a modifier of a non-actor noun ("Russian Su-35 jets", "the Russia-led union").</param>
/// <param name="Coreferent">Resolved from "the two countries", "the country", "both sides", "its".</param>
/// <param name="Why">The dictionary entries that produced it (file:line).</param>
/// <param name="Tentative">A bare agent before a lower-case word it may only modify ("the government resign" or "government
/// buildings"?): the parse decides (<see cref="TentativeAgents"/>); left unparsed, it is dropped.</param>
public sealed record ActorMention(
    int Sentence, int FirstToken, int EndToken, int Start, int End, string Text,
    string Code, string Name, ActorKind Kind, string? Role, ActorForm Form,
    bool Possessive, bool Modifier, bool Coreferent, string Why, bool Tentative = false);

/// <summary>Steps that add mentions after recognition (<see cref="PersonNames"/>, <see cref="Acronyms"/>) share these.</summary>
internal static class Mentions
{
    /// <summary>One flag per document token: covered by a mention.</summary>
    public static bool[] Covered(Doc text, IReadOnlyList<ActorMention> actors)
    {
        var covered = new bool[text.TokenCount];
        foreach (var a in actors)
            for (int t = a.FirstToken; t < a.EndToken && t < covered.Length; t++) covered[t] = true;
        return covered;
    }

    /// <summary>The mentions with <paramref name="added"/> (null: none) among them, in text order.</summary>
    public static IReadOnlyList<ActorMention> With(IReadOnlyList<ActorMention> actors, List<ActorMention>? added)
        => added == null ? actors : [.. actors.Concat(added).OrderBy(a => a.FirstToken).ThenBy(a => a.EndToken)];
}
