using Entente.Syntax;
using Entente.Syntax.Tagging;

namespace Entente.Core.Text;

/// <summary>
/// "Turkish warplanes bombed positions", "US warships intercepted missiles": a plural noun the tagger has not seen, right
/// before the clause's past verb, comes out as a verb in the third person singular (the -s ending), and the parser then
/// makes it the root and the real verb a modifier. English never puts a present verb in -s straight before a past verb
/// (VBZ + VBD; the tagger often calls that past a participle, VBN), so a lower-case word in -s that the tagger never saw in
/// training, tagged VBZ, followed by a word tagged VBD or VBN, and preceded by a word that can open or modify a noun phrase
/// (adjective, proper noun, numeral, determiner, noun) or by nothing, becomes a plural noun (NNS) before the parse. Known
/// words keep their tags ("the man gets paid"). A participle so found with a noun phrase after it is the past verb (VBD).
/// Reads: the tags. Writes: the tags of those words.
/// </summary>
public sealed class PluralNounRetag : ITagCorrection
{
    private readonly int _plural, _participle, _past;
    private readonly TagMask _presentS, _pastVerb, _nominalBefore, _objectStart;

    public PluralNounRetag(TagSet tags)
    {
        _plural = tags.Find("NOUN", "NNS");
        _participle = tags.Find("VERB", "VBN");
        _past = tags.Find("VERB", "VBD");
        _presentS = TagMask.Of(tags, (upos, xpos) => upos == "VERB" && xpos == "VBZ");
        _pastVerb = TagMask.Of(tags, (upos, xpos) => upos == "VERB" && xpos is "VBD" or "VBN");
        _nominalBefore = TagMask.Of(tags, (upos, _) => upos is "ADJ" or "PROPN" or "NUM" or "DET" or "NOUN");
        _objectStart = TagMask.Of(tags, (upos, _) => upos is "ADJ" or "PROPN" or "NUM" or "DET" or "NOUN" or "PRON");
    }

    public void Correct(Doc doc, Sentence s, int first, SyntaxSentence buffer)
    {
        if (_plural < 0) return;
        for (int k = 0; k + 1 < buffer.Count; k++)
        {
            if (!_presentS[buffer.Tag[k]] || !_pastVerb[buffer.Tag[k + 1]] || !buffer.IsUnseen(k)) continue;
            if (k > 0 && !_nominalBefore[buffer.Tag[k - 1]]) continue;
            int i = first + k;
            var surface = doc.Surface(i);
            if (!doc.Tokens[i].IsLowerCaseWord || surface.Length < 3 || surface[^1] != 's') continue;
            buffer.Tag[k] = _plural;
            // the participle then has a noun phrase after it: it is the clause's past verb ("warplanes bombed Kurdish positions")
            if (buffer.Tag[k + 1] == _participle && _past >= 0 && k + 2 < buffer.Count && _objectStart[buffer.Tag[k + 2]])
                buffer.Tag[k + 1] = _past;
        }
    }
}
