namespace Entente.Core.Text;

/// <summary>
/// A labelled stretch of a document recorded by a pipeline stage (an actor, a date, a quantity, a weapon, an outlet):
/// tokens <see cref="FirstToken"/> to <see cref="EndToken"/> (exclusive, document-level indices) and the characters
/// <see cref="Start"/> to <see cref="End"/> of the document text. The characters are the stage's own; the token range
/// covers every token they overlap.
/// </summary>
/// <param name="Label">One of <see cref="SpanLabel"/>'s constants.</param>
/// <param name="Code">The actor code for STATE, ORG and PERSON, the producer state for EQUIPMENT; else null.</param>
public sealed record Span(int FirstToken, int EndToken, int Start, int End, string Label, string? Code = null)
{
    public int TokenCount => EndToken - FirstToken;
}

/// <summary>The labels of <see cref="Span"/>.</summary>
public static class SpanLabel
{
    public const string State = "STATE";
    /// <summary>An organization or a state institution ("NATO", "the Kremlin").</summary>
    public const string Org = "ORG";
    public const string Person = "PERSON";
    public const string Date = "DATE";
    public const string Quantity = "QUANTITY";
    public const string Money = "MONEY";
    public const string Equipment = "EQUIPMENT";
    /// <summary>A citation of an outlet ("(Reuters, March 3)", "according to Tasnim").</summary>
    public const string Outlet = "OUTLET";
    /// <summary>A place (city, division, sea, named region, or a state named as a scene: "in Iran"); its code is the state, if any.</summary>
    public const string Location = "LOCATION";
}
