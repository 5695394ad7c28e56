using Entente.Core.Knowledge;

namespace Entente.Core.Places;

/// <summary>
/// A place named in the text and the place it was resolved to, with why (the rule that chose among the candidates and the
/// row it came from). <see cref="Scene"/>: the place may be where something happened — a city or region not used for its
/// government ("Kyiv rejected" is an actor, "in Kyiv" a scene), a state's name only after a scene preposition ("in Iran").
/// </summary>
/// <param name="Cased">The case word (preposition) heading the place phrase ("in", "near"), lower-case, or null.</param>
/// <param name="Rule">The rule that chose the place among its candidates.</param>
public sealed record PlaceMention(int Sentence, int FirstToken, int EndToken, int Start, int End, string Text, Place Place,
    bool Scene, string? Cased, string Rule)
{
    /// <summary>A capital or seat of power the actor lexicon also reads as its government ("Tehran", "Kyiv") named without a
    /// case word and not as the object of a word of going somewhere ("urged Beirut", "delivered missiles to Kyiv", not "visited
    /// Moscow"): it names the party acted on more often than the scene.</summary>
    public bool Seat { get; init; }

    /// <summary>Why: the words, the place chosen (precision, division, state), the rule and the gazetteer row (built when asked).</summary>
    public string Why => $"{Text} -> {Place.Name} ({Place.Precision}{(Place.Admin1 is { } a && a != Place.Name ? ", " + a : "")}{(Place.Country.Length > 0 ? ", " + Place.Country : "")}): {Rule}; {Place.Origin}";
}

/// <summary>The places of one document: every mention in text order, and the dateline's place ("KYIV, Ukraine (Reuters) -"), if any.</summary>
public sealed record DocumentPlaces(IReadOnlyList<PlaceMention> Mentions, PlaceMention? Dateline)
{
    public static readonly DocumentPlaces None = new([], null);
}
