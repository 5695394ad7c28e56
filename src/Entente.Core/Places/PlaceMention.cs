using Entente.Core.Knowledge;

namespace Entente.Core.Places;

/// <summary>
/// A place named in the text and the place it was resolved to, with why (the rule that chose among the candidates and the
/// row it came from). <see cref="Scene"/>: the place may be where something happened — a city or region not used for its
/// government ("Kyiv rejected" is an actor, "in Kyiv" a scene), a state's name only after a scene preposition ("in Iran").
/// </summary>
/// <param name="Cased">The case word (preposition) heading the place phrase ("in", "near"), lower-case, or null.</param>
public sealed record PlaceMention(int Sentence, int FirstToken, int EndToken, int Start, int End, string Text, Place Place,
    bool Scene, string? Cased, string Why);

/// <summary>The places of one document: every mention in text order, and the dateline's place ("KYIV, Ukraine (Reuters) -"), if any.</summary>
public sealed record DocumentPlaces(IReadOnlyList<PlaceMention> Mentions, PlaceMention? Dateline)
{
    public static readonly DocumentPlaces None = new([], null);
}
