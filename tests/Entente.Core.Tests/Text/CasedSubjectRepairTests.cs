using Entente.Core.Text;

namespace Entente.Core.Tests.Text;

/// <summary>The repair of a prepositional phrase's noun read as a second subject of the verb (<see cref="CasedSubjectRepair"/>), on parses given by hand.</summary>
public class CasedSubjectRepairTests
{
    private static readonly CasedSubjectRepair Repair = new();

    [Fact]
    public void CasedSubjectRepair_HangsCasedNounOnSubjectPhrase_PlaceReadAsSecondSubject()
    {
        // "Somalia" (with its own "in") made a second subject of "said", as the shipped model parsed a sentence of this shape
        var (doc, find) = ParsedSentence.Given("A coalition of clan militias in central Somalia said it had retaken the town.",
            "DET/DT/2/det NOUN/NN/9/nsubj ADP/IN/5/case NOUN/NN/5/compound NOUN/NNS/2/nmod ADP/IN/8/case ADJ/JJ/8/amod PROPN/NNP/9/nsubj VERB/VBD/0/root PRON/PRP/12/nsubj AUX/VBD/12/aux VERB/VBN/9/ccomp DET/DT/14/det NOUN/NN/12/obj PUNCT/./9/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("Somalia"), find("militias"), "nmod");
        ParsedSentence.AssertArc(doc, find("coalition"), find("said"), "nsubj");
    }

    [Fact]
    public void CasedSubjectRepair_ChangesNothing_SecondSubjectWithoutPreposition()
    {
        // two subjects, neither with a preposition of its own: not this repair's case
        var (doc, find) = ParsedSentence.Given("Chad, Sudan and Libya announced a joint force.",
            "PROPN/NNP/6/nsubj PUNCT/,/1/punct PROPN/NNP/6/nsubj CCONJ/CC/5/cc PROPN/NNP/3/conj VERB/VBD/0/root DET/DT/9/det ADJ/JJ/9/amod NOUN/NN/6/obj PUNCT/./6/punct");
        Repair.Repair(doc, doc.Sentences[0]);
        ParsedSentence.AssertArc(doc, find("Sudan"), find("announced"), "nsubj");
    }
}
