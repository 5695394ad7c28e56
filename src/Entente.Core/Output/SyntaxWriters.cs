using System.Text.Json;
using Entente.Core.Text;
using Entente.Syntax.Conllu;

namespace Entente.Core.Output;

/// <summary>
/// Writes the syntax of a <see cref="Doc"/> as CoNLL-U (the field's exchange format): one block per sentence with
/// <c># sent_id</c> and <c># text</c>, a range line for each word the tokenizer split (<c>3-4	don't</c>), and the
/// word lines (heads 1-based within the sentence, 0 for the root; <c>SpaceAfter=No</c> from offsets).
/// A sentence the parser did not parse has "_" for head and relation.
/// </summary>
public static class ConlluDocWriter
{
    public static void Write(TextWriter w, Doc doc, string documentId)
    {
        foreach (var s in doc.Sentences)
        {
            if (s.TokenCount == 0) continue;
            var words = new List<ConlluWord>(s.TokenCount);
            var ranges = new List<ConlluRange>();
            bool parsed = doc.IsParsed(s);
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var t = doc.Tokens[i];
                bool spaceAfter = i + 1 >= doc.TokenCount || doc.Tokens[i + 1].Start > t.End;
                int head = !parsed ? -1 : t.Head < 0 ? 0 : t.Head - s.FirstToken + 1;
                words.Add(new ConlluWord(doc.Surface(i).ToString(), t.Lemma ?? "_", t.Upos == Upos.None ? "_" : t.Upos.ToString(),
                    t.Xpos ?? "_", t.FeatsText ?? UdFeatures.Format(t.Feats), head, parsed ? t.Deprel ?? "_" : "_", spaceAfter));
                if (t.JoinedToNext && (i == s.FirstToken || !doc.Tokens[i - 1].JoinedToNext))
                {
                    int last = i;
                    while (last + 1 < s.EndToken && doc.Tokens[last].JoinedToNext) last++;
                    if (last > i)
                    {
                        bool rangeSpace = last + 1 >= doc.TokenCount || doc.Tokens[last + 1].Start > doc.Tokens[last].End;
                        ranges.Add(new ConlluRange(i - s.FirstToken + 1, last - s.FirstToken + 1, doc.Text[t.Start..doc.Tokens[last].End], rangeSpace));
                    }
                }
            }
            var text = doc.Text[s.Start..s.End].ReplaceLineEndings(" ");
            ConlluWriter.Write(w, new ConlluSentence([$"sent_id = {documentId}#{s.Index + 1}", $"text = {text}"], words, ranges));
        }
    }
}

/// <summary>The syntax of a <see cref="Doc"/> as JSON: sentences with tokens (text, offsets, tags, lemma, features, head, relation).</summary>
public static class SyntaxJsonWriter
{
    public static void Write(Utf8JsonWriter w, Doc doc, string path)
    {
        w.WriteStartObject();
        w.WriteString("path", path);
        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("index", s.Index);
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteBoolean("parsed", doc.IsParsed(s));
            w.WriteStartArray("tokens");
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var t = doc.Tokens[i];
                w.WriteStartObject();
                w.WriteNumber("id", i - s.FirstToken + 1);
                w.WriteString("text", doc.Surface(i));
                w.WriteNumber("start", t.Start);
                w.WriteNumber("end", t.End);
                w.WriteString("upos", t.Upos == Upos.None ? null : t.Upos.ToString());
                w.WriteString("xpos", t.Xpos);
                w.WriteString("lemma", t.Lemma);
                w.WriteString("feats", t.FeatsText ?? UdFeatures.Format(t.Feats));
                if (t.HasParse) { w.WriteNumber("head", t.Head < 0 ? 0 : t.Head - s.FirstToken + 1); w.WriteString("deprel", t.Deprel); }
                else { w.WriteNull("head"); w.WriteNull("deprel"); }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
