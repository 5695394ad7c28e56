namespace Entente.Core.Text;

/// <summary>
/// "Up to 200 Kenyan police officers arrived in Haiti", "Dozens of journalists at the daily appealed to the government": a
/// parser trained on the treebanks sometimes reads a long subject as the sentence (the noun as root) and its verb as a
/// clause modifying it (<c>acl</c>). A past-tense verb (XPOS <c>VBD</c>, or <c>VBZ</c>/<c>VBP</c>) cannot modify a noun
/// that way, as the participle of a reduced relative does ("the troops deployed in Haiti", <c>VBN</c>); the treebanks
/// give it that relation in about one <c>acl</c> in sixty, almost all informal. A participle (<c>VBN</c>) counts too when
/// the sentence ends in a full stop and has no finite verb or auxiliary at all, and no by-agent makes it passive. When the root is a noun and such a verb
/// after it hangs as <c>acl</c> on it or on a noun of its phrase with no subject of its own, the verb becomes the root and the noun its subject; the
/// final punctuation moves with it.
/// <para>The same garden path the other way round: "Turkish warplanes struck targets in northeast Syria." read as a list of
/// noun phrases, "warplanes" the root and "struck" an adjective (<c>amod</c>) of "targets", which the parser joined to the
/// root as a conjunct with no conjunction. In a full sentence with no finite verb, a past form (VBD or VBN) right after
/// the subject's phrase that so modifies a conjunct of the root becomes the root (a finite past), the noun before it its
/// subject and the noun it modified its object; the root's later conjuncts with a preposition ("…, according to the
/// group") become the verb's obliques.</para>
/// <para>And with a verb as root: "Ukraine's ministry called the decision hasty and denied any involvement." read with
/// "called" as a clause modifying "ministry" and "denied" the root. A finite verb so hung on the subject of the root
/// (or a past participle with an object, when the root is a past tense: "called the decision … and denied"), before it,
/// with no subject, marker or by-agent of its own, when the root is joined to it by a conjunction ("and denied"),
/// becomes the root (a finite past), the subject its subject and the old root its conjunct.</para>
/// <para>And a subject with a clause set off by commas: "Foreign Minister Hakan Fidan, speaking in Ankara, called on both
/// sides …" read with the name as root and "called" hung inside the participle clause. When the root is a noun, a finite
/// verb (or a past participle, in a full sentence with no finite verb and without a by-agent) right after a comma, with no subject or marker of its own and nothing of its own before it, that hangs inside a
/// clause on the root opened by a comma (advcl, acl, acl:relcl), becomes the root and the noun its subject; a participle
/// clause moves to the verb.</para>
/// <para>And "Protesters set fire to …" read with "Protesters" as root and "set" an adjective on "fire", the root's object:
/// see <see cref="ModifierOfRootObject"/>.</para>
/// Reads: the parse and the tags. Writes: heads and relations of those words (and the past form's tags).
/// </summary>
public sealed class RootNounRepair : IParseRepair
{
    public void Repair(Doc doc, Sentence s)
    {
        int root = ParseRepairs.Root(doc, s);
        if (root < 0) return;
        if (doc.Tokens[root].Upos is Upos.VERB) { FiniteClauseOnSubject(doc, s, root); return; }
        if (doc.Tokens[root].Upos is not (Upos.NOUN or Upos.PROPN or Upos.NUM)) return;
        int verb = -1;
        for (int k = root + 1; k < s.EndToken && verb < 0; k++)
        {
            var t = doc.Tokens[k];
            if (t.Deprel == "acl" && t.Upos == Upos.VERB && (t.Xpos is "VBD" or "VBZ" or "VBP"
                    || t.Xpos == "VBN" && !HasAgent(doc, k) && (NoFiniteVerb(doc, s) || !HasAuxiliary(doc, k) && FiniteOnlyBelow(doc, s, k)))
                && InSubjectPhrase(doc, t.Head, root)) verb = k;
        }
        if (verb < 0) { if (!PastModifierOfConjunct(doc, s, root) && !ModifierOfRootObject(doc, s, root)) VerbAfterInterruption(doc, s, root); return; }
        foreach (var c in doc.Children(verb))
            if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" or "mark" || c < root) return; // a clause of its own ("the man who …")
        ParseRepairs.Relabel(doc, verb, -1, "root");
        ParseRepairs.Relabel(doc, root, verb, "nsubj");
        foreach (var c in doc.Children(root))
            if (c > verb && doc.Tokens[c].Deprel == "punct") ParseRepairs.Relabel(doc, c, verb, "punct");
    }

    /// <summary>"The ministry called the decision hasty and denied any involvement": the finite verb on the root's subject (see the class comment).</summary>
    private static void FiniteClauseOnSubject(Doc doc, Sentence s, int root)
    {
        int subject = -1, cc = -1;
        foreach (var c in doc.Children(root))
        {
            if (doc.Tokens[c].Deprel is "nsubj" && c < root) subject = c;
            if (doc.Tokens[c].Deprel is "cc" && c < root) cc = c;
        }
        if (subject < 0 || cc < 0) return;
        foreach (var v in doc.Children(subject))
        {
            var t = doc.Tokens[v];
            if (v < subject || v > cc || t.Deprel != "acl" || t.Upos != Upos.VERB) continue;
            // a participle (VBN) counts when it has an object and the root after "and" is a past tense: "called the
            // decision hasty and denied" (two past verbs of one subject), not "a group called Hamas"
            bool participle = t.Xpos == "VBN" && doc.Tokens[root].Xpos == "VBD" && ParseRepairs.HasChild(doc, v, "obj");
            if (t.Xpos is not ("VBD" or "VBZ" or "VBP") && !participle) continue;
            foreach (var c in doc.Children(v))
                if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" or "mark" or "aux:pass" || doc.Tokens[c].Deprel == "obl:agent") return;
            if (participle) ParseRepairs.MakeFinitePast(doc, v, -1, "root");
            else ParseRepairs.Relabel(doc, v, -1, "root");
            ParseRepairs.Relabel(doc, subject, v, "nsubj");
            ParseRepairs.Relabel(doc, root, v, "conj");
            // what opens the sentence ("On Monday,", a bullet) and the final full stop belong to the new root
            foreach (var c in doc.Children(root))
                if (c < subject || doc.Tokens[c].Deprel == "punct" && c == s.EndToken - 1) ParseRepairs.Relabel(doc, c, v, doc.Tokens[c].Deprel!);
            return;
        }
    }

    /// <summary>"Turkish warplanes | struck targets …": the amod past form on a conjunct of the root noun (see the class comment).</summary>
    private static bool PastModifierOfConjunct(Doc doc, Sentence s, int root)
    {
        for (int k = root + 1; k < s.EndToken; k++)
        {
            var t = doc.Tokens[k];
            if (t.Deprel != "amod" || t.Upos != Upos.VERB || t.Xpos is not ("VBD" or "VBN")) continue;
            int obj = t.Head;
            // right after the subject's phrase (no comma between), on a conjunct joined without a conjunction
            if (obj <= k || doc.Tokens[obj].Deprel != "conj" || !doc.IsBelow(k - 1, root) || doc.Tokens[k - 1].Upos == Upos.PUNCT
                || !InSubjectPhrase(doc, doc.Tokens[obj].Head, root) || !NoFiniteVerb(doc, s) || HasAgent(doc, k)) return false;
            foreach (var c in doc.Children(obj)) if (doc.Tokens[c].Deprel == "cc") return false;
            ParseRepairs.MakeFinitePast(doc, k, -1, "root");
            ParseRepairs.Relabel(doc, root, k, "nsubj");
            ParseRepairs.Relabel(doc, obj, k, "obj");
            foreach (var c in doc.Children(root))
            {
                if (c <= k) continue;
                if (doc.Tokens[c].Deprel == "punct") ParseRepairs.Relabel(doc, c, k, "punct");
                else if (doc.Tokens[c].Deprel == "conj" && ParseRepairs.HasCase(doc, c)) ParseRepairs.Relabel(doc, c, k, "obl");
            }
            return true;
        }
        return false;
    }

    /// <summary>"Protesters | set fire to a police station": a noun root with an object (which no noun takes) whose modifier
    /// right after the subject's phrase is a past form the tagger read as an adjective or participle ("set", VBD/VBN); in a
    /// full sentence with no finite verb it becomes the root (a finite past verb), the noun its subject, and the root's
    /// later words its own. An adjective counts only when it is its own lemma (the bare past forms "set", "cut", "hit",
    /// "shut"), so the verb's lemma stays right.</summary>
    private static bool ModifierOfRootObject(Doc doc, Sentence s, int root)
    {
        foreach (var obj in doc.Children(root))
        {
            if (doc.Tokens[obj].Deprel != "obj" || obj <= root) continue;
            foreach (var k in doc.Children(obj))
            {
                var t = doc.Tokens[k];
                if (t.Deprel != "amod" || k >= obj || k - 1 < s.FirstToken || !doc.IsBelow(k - 1, root) && k - 1 != root || doc.Tokens[k - 1].Upos == Upos.PUNCT) continue;
                bool pastForm = t.Upos == Upos.VERB && t.Xpos is "VBD" or "VBN"
                    || t.Upos == Upos.ADJ && t.Lemma is { } lemma && doc.KeyIs(k, lemma);
                if (!pastForm || !(NoFiniteVerb(doc, s) || FiniteOnlyInMarkedClauses(doc, s, k)) || HasAgent(doc, k)) return false;
                ParseRepairs.MakeFinitePast(doc, k, -1, "root", Upos.VERB);
                ParseRepairs.Relabel(doc, root, k, "nsubj");
                ParseRepairs.Relabel(doc, obj, k, "obj");
                foreach (var c in doc.Children(root))
                    if (c > k && doc.Tokens[c].Deprel is "punct" or "obl" or "advmod" or "advcl" or "conj" or "parataxis") ParseRepairs.Relabel(doc, c, k, doc.Tokens[c].Deprel!);
                // "set fire | to the offices": a prepositional phrase the parser hung on the object noun is the verb's oblique
                foreach (var c in doc.Children(obj))
                    if (c > obj && doc.Tokens[c].Deprel == "nmod" && ParseRepairs.HasCase(doc, c)) ParseRepairs.Relabel(doc, c, k, "obl");
                return true;
            }
        }
        return false;
    }

    /// <summary>"Foreign Minister Hakan Fidan, speaking in Ankara, called on both sides …": the finite verb after the comma
    /// that closes a clause set off after the subject, hung inside that clause (see the class comment).</summary>
    private static void VerbAfterInterruption(Doc doc, Sentence s, int root)
    {
        for (int v = root + 2; v < s.EndToken; v++)
        {
            var t = doc.Tokens[v];
            // a participle (VBN) counts only in a full sentence with no finite verb at all (or none outside a relative clause
            // set off after the subject: "China, which has investments in both countries, called on …"), and without a by-agent
            bool participle = t.Xpos == "VBN" && !HasAgent(doc, v) && !HasAuxiliary(doc, v) && (NoFiniteVerb(doc, s) || AfterRelativeClause(doc, s, root, v));
            if (t.Upos != Upos.VERB || t.Xpos is not ("VBD" or "VBZ" or "VBP") && !participle || !doc.KeyIs(v - 1, ",") || t.Head <= root || t.Head >= v) continue;
            foreach (var c in doc.Children(v))
                if (doc.Tokens[c].Deprel is "nsubj" or "nsubj:pass" or "expl" or "mark" || c < v - 1) return;
            // the clause that holds it hangs on the root, opened by a comma right after the root's own words
            int top = t.Head;
            while (top >= 0 && doc.Tokens[top].Head != root) top = doc.Tokens[top].Head;
            if (top < 0 || top >= v || doc.Tokens[top].Deprel is not ("advcl" or "acl" or "acl:relcl") || !doc.KeyIs(ParseRepairs.PhraseStart(doc, s, top), ",")) return;
            bool passive = false;
            foreach (var c in doc.Children(v)) passive |= doc.Tokens[c].Deprel == "aux:pass";
            if (participle) ParseRepairs.MakeFinitePast(doc, v, -1, "root");
            else ParseRepairs.Relabel(doc, v, -1, "root");
            ParseRepairs.Relabel(doc, root, v, passive ? "nsubj:pass" : "nsubj");
            // a participle clause is the verb's ("speaking in Ankara"); a relative clause stays on its noun
            if (doc.Tokens[top].Deprel == "advcl") ParseRepairs.Relabel(doc, top, v, "advcl");
            foreach (var c in doc.Children(root))
                if (c > v && doc.Tokens[c].Deprel == "punct") ParseRepairs.Relabel(doc, c, v, "punct");
            return;
        }
    }

    /// <summary>"The parliament threatened on Monday to break relations unless the Kremlin closed its base.": a full sentence
    /// whose finite verbs and auxiliaries all stand in clauses below the participle (its own "unless" clause), none before it.</summary>
    private static bool FiniteOnlyBelow(Doc doc, Sentence s, int participle)
    {
        if (!doc.KeyIs(s.EndToken - 1, ".")) return false;
        bool any = false;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (doc.Tokens[k].Upos == Upos.AUX || doc.Tokens[k].Xpos is "VBD" or "VBZ" or "VBP" or "MD")
            {
                if (k < participle || !doc.IsBelow(k, participle)) return false;
                any = true;
            }
        return any;
    }

    private static bool HasAuxiliary(Doc doc, int verb)
    {
        foreach (var c in doc.Children(verb)) if (doc.Tokens[c].Deprel is "aux" or "aux:pass" or "cop") return true;
        return false;
    }

    /// <summary>"China, which has investments in both countries, called …": the words between the root and the comma before
    /// <paramref name="verb"/> are ", which|who …" and every finite verb or auxiliary of the sentence stands among them.</summary>
    private static bool AfterRelativeClause(Doc doc, Sentence s, int root, int verb)
    {
        if (!doc.KeyIs(s.EndToken - 1, ".") || root + 2 >= verb || !doc.KeyIs(root + 1, ",") || !(doc.KeyIs(root + 2, "which") || doc.KeyIs(root + 2, "who"))) return false;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if ((k < root + 2 || k >= verb - 1) && (doc.Tokens[k].Upos == Upos.AUX || doc.Tokens[k].Xpos is "VBD" or "VBZ" or "VBP" or "MD")) return false;
        return true;
    }

    /// <summary>A full sentence (ending in a full stop) with no finite verb or auxiliary: a participle after its subject is
    /// then its verb ("Dozens of journalists at the daily appealed to the government."), as a caption would not end so.</summary>
    /// <summary>A full sentence whose finite verbs all lie after <paramref name="after"/> in clauses opened by a subordinator
    /// ("Demonstrators set part of the building on fire | after lawmakers approved the bill."): it has no main verb of its own.</summary>
    private static bool FiniteOnlyInMarkedClauses(Doc doc, Sentence s, int after)
    {
        if (!doc.KeyIs(s.EndToken - 1, ".")) return false;
        bool any = false;
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            if (doc.Tokens[k].Upos != Upos.AUX && doc.Tokens[k].Xpos is not ("VBD" or "VBZ" or "VBP" or "MD")) continue;
            if (k <= after) return false;
            int c = doc.Tokens[k].Upos == Upos.AUX ? doc.Tokens[k].Head : k, steps = 0;
            while (c > after && !(doc.Tokens[c].Deprel == "advcl" && ParseRepairs.HasChild(doc, c, "mark")) && steps++ < 8) c = doc.Tokens[c].Head;
            if (c <= after || doc.Tokens[c].Deprel != "advcl") return false;
            any = true;
        }
        return any;
    }

    private static bool NoFiniteVerb(Doc doc, Sentence s)
    {
        if (!doc.KeyIs(s.EndToken - 1, ".")) return false;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (doc.Tokens[k].Upos == Upos.AUX || doc.Tokens[k].Xpos is "VBD" or "VBZ" or "VBP" or "MD") return false;
        return true;
    }

    /// <summary>"people killed by the floods": a by-agent keeps the participle passive.</summary>
    private static bool HasAgent(Doc doc, int verb)
    {
        foreach (var c in doc.Children(verb))
            if (doc.Tokens[c].Deprel == "obl:agent") return true;
        return false;
    }

    /// <summary>The verb's head is the root noun or a noun below it through the noun phrase's own relations ("journalists at
    /// the daily newspaper": the newspaper).</summary>
    private static bool InSubjectPhrase(Doc doc, int head, int root)
    {
        for (int h = head, steps = 0; h >= 0 && steps < 8; h = doc.Tokens[h].Head, steps++)
        {
            if (h == root) return true;
            if (doc.Tokens[h].Deprel is not ("nmod" or "compound" or "appos" or "flat" or "conj")) return false;
        }
        return false;
    }
}
