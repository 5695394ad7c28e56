namespace Entente.Core.Text;

public enum TokenKind : byte { Word, Number, Punctuation, Symbol }

[Flags]
public enum TokenShape : byte
{
    None = 0,
    /// <summary>First letter upper case ("Iran").</summary>
    Capitalized = 1,
    /// <summary>Every letter upper case and at least two letters ("NATO", "U.S.").</summary>
    AllCaps = 2,
    /// <summary>Contains a digit ("Su-35", "2023").</summary>
    HasDigit = 4,
    /// <summary>Preceded by a line break (start of a line).</summary>
    LineStart = 8,
    /// <summary>Preceded by a blank line (start of a paragraph).</summary>
    ParagraphStart = 16,
    /// <summary>
    /// The token and the next one were one word in the text, split by the tokenizer: together they are a UD multiword
    /// token ("don't" → "do" + "n't", "cannot" → "can" + "not", "Iran's" → "Iran" + "'s"). A multiword token is a run
    /// of tokens carrying this flag plus the first one after them without it; a CoNLL-U writer prints the range line
    /// <c>3-4\tdon't</c> with the surface <c>Text[first.Start..last.End]</c> before the parts, and takes SpaceAfter from
    /// the offsets (the parts of one multiword token always touch).
    /// </summary>
    JoinedToNext = 32,
}

/// <summary>
/// A token: a slice of the original text (<see cref="Start"/>, <see cref="Length"/>) and of the document's
/// normalised-key buffer (lower case, folded quotes, dashes and diacritics) used for dictionary look-ups, plus the
/// syntax a tagger and parser write later (<see cref="Doc.SetSyntax"/>): part of speech, lemma, features, head and
/// relation, all empty until then. A value type: tokenising allocates one array per document, nothing per token.
/// </summary>
public readonly record struct Token(int Start, int Length, int KeyStart, int KeyLength, TokenKind Kind, TokenShape Shape)
{
    private readonly int _headPlusOne;

    public int End => Start + Length;
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>A word with no capital letter ("overran", "warplanes"; not "Iran" or "NATO").</summary>
    public bool IsLowerCaseWord => IsWord && (Shape & (TokenShape.Capitalized | TokenShape.AllCaps)) == 0;

    /// <summary>First part of a multiword token, or a middle one (see <see cref="TokenShape.JoinedToNext"/>).</summary>
    public bool JoinedToNext => (Shape & TokenShape.JoinedToNext) != 0;

    /// <summary>Universal part of speech; <see cref="Text.Upos.None"/> until a tagger sets it.</summary>
    public Upos Upos { get; init; }

    /// <summary>Language-specific part of speech (Penn tag for English: "NNP", "VBD"), or null.</summary>
    public string? Xpos { get; init; }

    /// <summary>Lemma ("send" for "sent", "not" for "n't"), or null when not tagged.</summary>
    public string? Lemma { get; init; }

    /// <summary>Morphological features (a subset of UD's; <see cref="MorphFeats.None"/> when none or not tagged).</summary>
    public MorphFeats Feats { get; init; }

    /// <summary>All of the word's UD features as the model gave them ("Definite=Def|PronType=Art"), null when not tagged.</summary>
    public string? FeatsText { get; init; }

    /// <summary>
    /// Document-level index of the syntactic head token; -1 for the root of a sentence and for a token not parsed
    /// (<see cref="HasParse"/> tells which). Stored as head + 1, so a token fresh from the tokenizer reads -1.
    /// </summary>
    public int Head { get => _headPlusOne - 1; init => _headPlusOne = value + 1; }

    /// <summary>UD dependency relation to <see cref="Head"/> ("nsubj", "obj", "root"), or null when not parsed.</summary>
    public string? Deprel { get; init; }

    /// <summary>A parser has set <see cref="Head"/> and <see cref="Deprel"/>.</summary>
    public bool HasParse => Deprel != null;

    /// <summary>The root of its sentence's parse.</summary>
    public bool IsRoot => Deprel != null && _headPlusOne == 0;
}
