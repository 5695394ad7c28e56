using System.Collections.Immutable;

namespace Entente.Core.Knowledge.Import;

/// <summary>A problem in an input file, named by file and line; the rest of the import continues.</summary>
public sealed record ImportProblem(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}

/// <summary>One PETRARCH code with its optional date restriction (<c>[IRNGOV 920801-970803]</c>, <c>[USAGOV &gt;130701]</c>, <c>[AFGELI]</c>).</summary>
/// <param name="Dated">False for a default code (no restriction).</param>
/// <param name="Line">The line the code was read from.</param>
public sealed record PetrarchCode(string Code, DateOnly? From, DateOnly? To, bool Dated, int Line);

/// <summary>One actor record: a primary phrase, its '+' synonyms and its codes (primary-line and tab-indented restrictions).</summary>
public sealed record PetrarchActor(string Phrase, int Line, ImmutableArray<string> Synonyms, ImmutableArray<PetrarchCode> Codes, string Comment);

/// <summary>One agent line: the phrase, its plural forms (regular, irregular from <c>{…}</c>, or none) and its code.</summary>
/// <param name="CodeBefore">True for <c>[NGO~]</c> (code placed before the actor's), false for <c>[~GOV]</c>.</param>
public sealed record PetrarchAgent(string Phrase, ImmutableArray<string> Plurals, string Code, bool CodeBefore, int Line);
