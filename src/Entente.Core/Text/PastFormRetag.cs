using Entente.Core.Knowledge;
using Entente.Syntax;
using Entente.Syntax.Tagging;

namespace Entente.Core.Text;

/// <summary>
/// "Fighters from the group overran an army post": a rare irregular past form the tagger has not seen may come out as a
/// preposition, adverb or unknown word, and the parser then builds a sentence with no verb. A lower-case word that
/// data/english/irregular-verbs.tsv lists as a past form and as no verb's base form ("overran", "sank", "fled"; not "set"
/// or "put"), tagged as none of noun, verb, auxiliary or adjective, becomes a past-tense verb (VBD) before the parse; so
/// does one tagged as a noun that the tagger never saw in training ("Sudan's army retook control of the palace").
/// Reads: the tags and the irregular verb table. Writes: the tags of those words.
/// </summary>
public sealed class PastFormRetag : ITagCorrection
{
    private readonly EnglishInflector _inflector;
    private readonly int _past;
    private readonly TagMask _foreign, _noun;

    public PastFormRetag(EnglishInflector inflector, TagSet tags)
    {
        _inflector = inflector;
        _past = tags.Find("VERB", "VBD");
        _foreign = TagMask.Of(tags, (upos, _) => upos is "ADP" or "ADV" or "SCONJ" or "X" or "INTJ" or "PART" or "PROPN");
        _noun = TagMask.Of(tags, (upos, _) => upos == "NOUN");
    }

    public void Correct(Doc doc, Sentence s, int first, SyntaxSentence buffer)
    {
        if (_past < 0) return;
        for (int k = 0; k < buffer.Count; k++)
        {
            int tag = buffer.Tag[k];
            // a word the tagger never saw may also come out as a noun ("the army retook control")
            if (!_foreign[tag] && !(_noun[tag] && buffer.IsUnseen(k))) continue;
            int i = first + k;
            if (!doc.Tokens[i].IsLowerCaseWord || !_inflector.IsIrregularPast(doc.Key(i))) continue;
            buffer.Tag[k] = _past;
        }
    }
}
