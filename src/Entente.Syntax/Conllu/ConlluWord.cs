namespace Entente.Syntax.Conllu;

/// <summary>
/// One syntactic word of a CoNLL-U sentence (a line whose ID is an integer). <see cref="Head"/> is 1-based as in the
/// file (0 = root); <see cref="SpaceAfter"/> comes from MISC (<c>SpaceAfter=No</c>).
/// </summary>
public sealed record ConlluWord(
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    string Feats,
    int Head,
    string Deprel,
    bool SpaceAfter = true);

/// <summary>A multiword token line ("3-4	don't"): the surface form spanning syntactic words First..Last (1-based).</summary>
public sealed record ConlluRange(int First, int Last, string Form, bool SpaceAfter = true);

/// <summary>A CoNLL-U sentence: its comment lines (without "# "), words and multiword token ranges.</summary>
/// <param name="Line">1-based line of the sentence's first line in its file, for messages.</param>
public sealed record ConlluSentence(IReadOnlyList<string> Comments, IReadOnlyList<ConlluWord> Words, IReadOnlyList<ConlluRange> Ranges, string Source = "", int Line = 0)
{
    public string? Text => Comments.FirstOrDefault(c => c.StartsWith("text = ", StringComparison.Ordinal))?[7..];
    public string? Id => Comments.FirstOrDefault(c => c.StartsWith("sent_id = ", StringComparison.Ordinal))?[10..];
}
