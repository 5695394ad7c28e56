using System.Collections.Frozen;
using Entente.Core.Knowledge;
using Entente.Syntax;
using Entente.Syntax.Tagging;

namespace Entente.Core.Text;

/// <summary>
/// "Britain held naval patrol exercises with Guyana", "the rebels staged hit-and-run raids": after a compound noun the tagger
/// may read the head plural as a present verb in -s (VBZ), and the parser then makes it a clause of its own with the
/// compound as its subject. A support verb (data/english/word-classes.tsv, <c>support-verb</c>: hold, stage, conduct,
/// launch …) takes an event noun as its object, never a clause, so a lower-case word in -s tagged VBZ that ends a run of at
/// most four adjectives, nouns, numerals or determiners straight after a form of such a verb (at least one noun or
/// adjective right before it) becomes a plural noun (NNS) before the parse, unless a relative pronoun opens the verb's
/// clause ("the group that staged the protests says …", word class <c>relative-pronoun</c>) or a period noun stands in
/// the run ("the ban the EU imposed last year expires", word class <c>period-noun</c>). Reads: the tags, the word class and the verb
/// forms. Writes: the tags of those words.
/// </summary>
public sealed class SupportObjectRetag : ITagCorrection
{
    private readonly FrozenSet<string> _supportForms;
    private readonly WordSet _relative, _periods;
    private readonly int _plural;
    private readonly TagMask _presentS, _verb, _inPhrase, _modifier;

    public SupportObjectRetag(WordClasses words, EnglishInflector inflector, TagSet tags)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lemma in words.SupportVerbs.Words) { forms.Add(lemma); foreach (var f in inflector.VerbForms(lemma)) forms.Add(f); }
        _supportForms = forms.ToFrozenSet(StringComparer.Ordinal);
        _relative = words.RelativePronouns;
        _periods = words.PeriodNouns;
        _plural = tags.Find("NOUN", "NNS");
        _presentS = TagMask.Of(tags, (upos, xpos) => upos == "VERB" && xpos == "VBZ");
        _verb = TagMask.Of(tags, (upos, _) => upos == "VERB");
        _inPhrase = TagMask.Of(tags, (upos, _) => upos is "ADJ" or "NOUN" or "NUM" or "DET");
        _modifier = TagMask.Of(tags, (upos, _) => upos is "ADJ" or "NOUN");
    }

    public void Correct(Doc doc, Sentence s, int first, SyntaxSentence buffer)
    {
        if (_plural < 0) return;
        var lookup = _supportForms.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = 2; k < buffer.Count; k++)
        {
            if (!_presentS[buffer.Tag[k]] || !_modifier[buffer.Tag[k - 1]]) continue;
            int i = first + k;
            var surface = doc.Surface(i);
            if (!doc.Tokens[i].IsLowerCaseWord || surface.Length < 3 || surface[^1] != 's') continue;
            int j = k - 1;
            bool period = false;
            while (j >= 0 && k - j <= 4 && _inPhrase[buffer.Tag[j]]) { period |= _periods.Contains(doc.Key(first + j)); j--; }
            // "the ban the EU imposed last year expires": a time phrase after the verb ends its clause
            if (period) continue;
            if (j < 0 || k - j > 5 || !_verb[buffer.Tag[j]] || !lookup.Contains(doc.Key(first + j))) continue;
            // "the group that staged the protests says …": the support verb's clause is a relative one, ended by its object
            if (j >= 1 && _relative.Contains(doc.Key(first + j - 1)) || j >= 2 && _relative.Contains(doc.Key(first + j - 2))) continue;
            buffer.Tag[k] = _plural;
        }
    }
}
