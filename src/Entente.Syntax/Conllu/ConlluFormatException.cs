namespace Entente.Syntax.Conllu;

/// <summary>A malformed CoNLL-U file: the message names the file and line and says what was expected.</summary>
public sealed class ConlluFormatException(string file, int line, string message)
    : FormatException($"{(line > 0 ? $"{file}:{line}" : file)}: {message} (hint: CoNLL-U has 10 tab-separated columns ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC; sentences end with a blank line)")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
