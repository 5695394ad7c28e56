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

/// <summary>A verb-dictionary synonym set (<c>&amp;CURRENCY</c>): its member phrases, lower case, words separated by spaces.</summary>
/// <param name="NoPlurals">True when the label ends with '_' (PETRARCH forms no plurals for its members).</param>
public sealed record PetrarchSynset(string Name, ImmutableArray<string> Members, bool NoPlurals, int Line);

/// <summary>One verb of a block: its words in text order (lower case) and which of them is the verb.</summary>
/// <param name="Words">The verb phrase's words (<c>+ASK_FOR</c> → ask, for; <c>WIRE_+TAP</c> → wire, tap).</param>
/// <param name="VerbIndex">The index in <paramref name="Words"/> of the word marked '+' (0 for a one-word verb).</param>
/// <param name="Forms">The irregular forms given in <c>{…}</c>, or empty (an empty <c>{}</c> says the phrase is not inflected).</param>
/// <param name="HasForms">True when the line has a <c>{…}</c> group, even an empty one.</param>
/// <param name="Code">The verb's own code (without brackets), or null when it takes the block's.</param>
public sealed record PetrarchVerb(ImmutableArray<string> Words, int VerbIndex, ImmutableArray<string> Forms, bool HasForms, string? Code, int Line);

/// <summary>One pattern line: <c>- PRE * POST [CODE] # comment</c>. Tokens split '(', ')', '{', '}' off their words.</summary>
/// <param name="CommentWords">The comment's upper-case words (the verb the pattern was written for, in CAMEO's TABARI file).</param>
public sealed record PetrarchPattern(string Text, ImmutableArray<string> Pre, ImmutableArray<string> Post, string Code, ImmutableArray<string> CommentWords, int Line);

/// <summary>A verb block (<c>--- NAME [CODE] ---</c>): its verbs and the patterns shared by them.</summary>
public sealed record PetrarchVerbBlock(string Name, string Code, int Line, ImmutableArray<PetrarchVerb> Verbs, ImmutableArray<PetrarchPattern> Patterns);

/// <summary>The whole verb dictionary as read.</summary>
/// <param name="Transformations">The <c>~</c> verb-verb transformation lines (not importable; counted).</param>
public sealed record PetrarchVerbDictionary(IReadOnlyDictionary<string, PetrarchSynset> Synsets, ImmutableArray<PetrarchVerbBlock> Blocks, int Transformations);
