using Entente.Core.Knowledge;
using Entente.Syntax;
using Entente.Syntax.Tagging;

namespace Entente.Core.Text;

/// <summary>
/// News names officials as "Hungarian Prime Minister Zoltan Varga", "Turkish President Turgut Ozal". In a run of
/// capitalised words the tagger reads the national adjective as a proper noun, and the parser then makes it a subject of
/// its own, beside the name ("Hungarian" and "Ivan" both subjects of "signed"), losing the coordination and the title.
/// The treebanks tag these words as adjectives. This correction, between tagging and parsing, gives an adjective tag to a
/// word the actor dictionaries list as a state's adjective (data/actors/states.tsv, <c>adjectives</c>) when the tagger
/// called it a proper noun and a capitalised word or a lower-case common noun follows it ("Turkish warplanes"), or "and", "or" or a comma and another such adjective
/// ("Senior Hungarian and Romanian officials"); the parser then reads it as the title's or noun's modifier.
/// Reads: the tags and the actor dictionaries. Writes: the tags of those words.
/// </summary>
public sealed class DemonymRetag : ITagCorrection
{
    private readonly ActorLexicon _actors;
    private readonly int _adjective;
    private readonly TagMask _properNoun, _commonNoun;

    public DemonymRetag(ActorLexicon actors, TagSet tags)
    {
        _actors = actors;
        _adjective = tags.Find("ADJ", "JJ");
        _properNoun = TagMask.Of(tags, (upos, xpos) => upos == "PROPN" && xpos == "NNP");
        _commonNoun = TagMask.Of(tags, (upos, _) => upos == "NOUN");
    }

    /// <summary>Corrects the tags of <paramref name="buffer"/>, which holds the words of sentence <paramref name="s"/> of
    /// <paramref name="doc"/> in order from token <paramref name="first"/> (the sentence's first, or its body's after a dateline).</summary>
    public void Correct(Doc doc, Sentence s, int first, SyntaxSentence buffer)
    {
        if (_adjective < 0) return;
        for (int k = 0; k < buffer.Count; k++)
        {
            if (!_properNoun[buffer.Tag[k]]) continue;
            int i = first + k;
            // before a title or name ("Hungarian Prime Minister"), or coordinated with another national adjective ("Hungarian
            // and Romanian officials")
            bool beforeCapital = k + 1 < buffer.Count && (doc.Tokens[i + 1].Shape & TokenShape.Capitalized) != 0 && doc.Tokens[i + 1].IsWord;
            // before a lower-case common noun ("Turkish warplanes", once PluralNounRetag has made the noun a noun)
            beforeCapital |= k + 1 < buffer.Count && _commonNoun[buffer.Tag[k + 1]] && doc.Tokens[i + 1].IsLowerCaseWord;
            bool coordinated = k + 2 < buffer.Count && IsCoordinator(doc, i + 1) && IsStateAdjective(doc, i + 2)
                               || k >= 2 && IsCoordinator(doc, i - 1) && buffer.Tag[k - 2] == _adjective && IsStateAdjective(doc, i - 2);
            if (!beforeCapital && !coordinated || !IsStateAdjective(doc, i)) continue;
            buffer.Tag[k] = _adjective;
        }
    }

    private static bool IsCoordinator(Doc doc, int i) => doc.KeyIs(i, "and") || doc.KeyIs(i, "or") || doc.KeyIs(i, ",");

    private bool IsStateAdjective(Doc doc, int i)
    {
        if (_actors.Actors.MatchLongest(doc, i, i + 1, out var entries) != 1) return false;
        foreach (var e in entries)
            if (e.Form == ActorForm.Adjective && e.Kind == ActorKind.State) return true;
        return false;
    }
}
