using Entente.Syntax;

namespace Entente.Core.Text;

/// <summary>A correction of the tagger's tags between tagging and parsing, so that the parser reads the corrected tags.</summary>
public interface ITagCorrection
{
    /// <summary>Corrects the tags of <paramref name="buffer"/>, which holds the words of sentence <paramref name="s"/> of
    /// <paramref name="doc"/> in order from token <paramref name="first"/> (the sentence's first, or its body's after a dateline).</summary>
    void Correct(Doc doc, Sentence s, int first, SyntaxSentence buffer);
}

/// <summary>Several tag corrections in order, as one.</summary>
public sealed class TagCorrections(params ITagCorrection[] steps) : ITagCorrection
{
    public void Correct(Doc doc, Sentence s, int first, SyntaxSentence buffer)
    {
        foreach (var step in steps) step.Correct(doc, s, first, buffer);
    }
}
