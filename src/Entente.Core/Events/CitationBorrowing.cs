using Entente.Core.Sources;
using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Which citations a sentence without its own may borrow: its paragraph's wire dateline credit ("WASHINGTON (AP) - …"),
/// or a trailing parenthetical closing a one-claim passage about the same actors. Never a neighbour's citation for
/// another claim, never forward. Reads: sentences with their citations and actors. Writes: the borrowed citations.
/// </summary>
internal static class CitationBorrowing
{
    /// <summary>The citations sentence <paramref name="k"/> (which has none of its own) may borrow: its paragraph's
    /// dateline credit, or a trailing parenthetical closing a one-claim passage (the rule in <see cref="EventExtractor.Extract"/>).</summary>
    public static IReadOnlyList<Citation> BorrowedCitations(Doc text, IReadOnlyList<SentenceFacts> sentences, int k)
    {
        int paragraph = sentences[k].Sentence.Paragraph;
        int first = k;
        while (first > 0 && sentences[first - 1].Sentence.Paragraph == paragraph) first--;
        var dateline = sentences[first].Citations.Where(c => IsDatelineCredit(text.Text, c)).ToArray();
        if (dateline.Length > 0) return dateline;

        int m = k + 1;
        while (m < sentences.Count && m <= k + 2 && sentences[m].Sentence.Paragraph == paragraph && sentences[m].Citations.Count == 0) m++;
        if (m >= sentences.Count || m > k + 2 || sentences[m].Sentence.Paragraph != paragraph) return [];
        var cited = sentences[m];
        var last = cited.Citations.MaxBy(c => c.End)!;
        if (last.Kind != CitationKind.Parenthetical) return [];
        for (int i = last.End; i < cited.Sentence.End && i < text.Text.Length; i++)
            if (!char.IsWhiteSpace(text.Text[i]) && text.Text[i] is not (')' or '.' or ']' or ';' or '!' or '?')) return [];
        for (int j = k + 1; j <= m; j++)
        {
            var lead = sentences[j].Actors.FirstOrDefault(a => !a.Modifier) ?? sentences[j].Actors.FirstOrDefault();
            if (lead != null && !sentences[k].Actors.Any(b => b.Code == lead.Code)) return [];
        }
        return cited.Citations;
    }

    /// <summary>"WASHINGTON (AP) - …", "DUSHANBE, Sept 17 (Reuters) - …": a parenthetical credit followed by a dash.</summary>
    private static bool IsDatelineCredit(string text, Citation c)
    {
        if (c.Kind != CitationKind.Parenthetical) return false;
        int i = c.End;
        while (i < text.Length && text[i] is ')' or ' ') i++;
        return i < text.Length && i > c.End && text[i] is '-' or '\u2013' or '\u2014';
    }
}
