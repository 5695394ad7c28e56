using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Reads an event's arguments off the Universal Dependencies parse of its sentence: the subject of a verb (its own
/// nsubj, or shared through conj, controlled through xcomp, the antecedent of a relative clause, the noun a participle
/// modifies), voice, the by-agent of a passive, and the complements a target may stand in (obj, iobj, obl and nmod
/// with their case word, a that-clause). Works on token indices only; mapping tokens to actors is the caller's.
/// Reads: tokens with <see cref="Token.Head"/>, <see cref="Token.Deprel"/>, <see cref="Token.Upos"/>.
/// </summary>
internal static class DependencyArguments
{
    /// <summary>The relation without its subtype: "nsubj:pass" → "nsubj".</summary>
    public static ReadOnlySpan<char> Base(string? deprel)
    {
        if (deprel == null) return default;
        int colon = deprel.IndexOf(':');
        return colon < 0 ? deprel : deprel.AsSpan(0, colon);
    }

    public static bool IsRel(in Token t, string relation) => t.Deprel != null && Base(t.Deprel).SequenceEqual(relation);

    /// <summary>Relations that open a new clause: a word below one of them is not in its head's clause.</summary>
    public static bool OpensClause(in Token t)
        => t.Deprel is "ccomp" or "xcomp" or "advcl" or "parataxis" or "acl" or "acl:relcl" or "csubj" or "list" or "root" || t.Deprel is "conj" && t.Upos is Upos.VERB or Upos.AUX;

    /// <summary>True when <paramref name="token"/> hangs below <paramref name="clauseHead"/> without crossing into another clause (or is it).</summary>
    public static bool InClauseOf(Doc doc, int token, int clauseHead)
    {
        for (int k = token, steps = 0; k >= 0 && steps < 64; steps++)
        {
            if (k == clauseHead) return true;
            var t = doc.Tokens[k];
            if (k != token && OpensClause(t)) return false;
            if (k == token && OpensClause(t) && t.Head == clauseHead && t.Deprel is not "conj") return false;
            k = t.Head;
        }
        return false;
    }

    /// <summary>True when <paramref name="token"/> is the verb of an xcomp of <paramref name="verb"/> or its marker: "ordered the
    /// French ambassador | to leave" (the controlled verb completes the verb's phrase; not the words below it: "threatened to
    /// shell towns in retaliation" is no "threaten retaliation"); under an xcomp that is no verb, any word below it.</summary>
    public static bool InXcompOf(Doc doc, int token, int verb)
    {
        foreach (var c in doc.Children(verb))
            if (doc.Tokens[c].Deprel == "xcomp" && (token == c || doc.Tokens[token].Head == c && doc.Tokens[token].Deprel == "mark"
                // a quantifier the parser made a secondary predicate ("lifted most | of its sanctions"): the phrase below it
                || doc.Tokens[c].Upos is not (Upos.VERB or Upos.AUX) && InClauseOf(doc, token, c))) return true;
        return false;
    }

    /// <summary>
    /// The head token of the subject of <paramref name="verb"/>, or -1. Follows UD: the verb's own nsubj/csubj; through
    /// xcomp the controller (the matrix object when there is one, "urged Iran to free" → Iran, else its subject);
    /// a verb conjoined to another shares its subject ("fired at the vessel and rammed it"); a relative clause's
    /// relative pronoun stands for the antecedent ("Iran, which sent"); a participle modifying a noun ("troops deployed
    /// by Russia", "officials visiting Cairo") takes the noun. <paramref name="passive"/> is true when the returned
    /// subject is the patient (nsubj:pass, an aux:pass, or a past participle modifying its noun).
    /// </summary>
    public static int Subject(Doc doc, int verb, out bool passive)
    {
        passive = IsPassive(doc, verb);
        int v = verb;
        for (int depth = 0; depth < 6 && v >= 0; depth++)
        {
            // the subject nearest before the verb (a dateline or heading the parser also hung on the verb comes first)
            int subj = -1;
            foreach (var c in doc.Children(v))
            {
                var rel = doc.Tokens[c].Deprel;
                if (rel is "nsubj" or "nsubj:pass" or "nsubj:outer" or "csubj" or "csubj:pass" or "expl" && (subj < 0 || c < v)) subj = c;
            }
            var vt = doc.Tokens[v];
            if (subj >= 0)
            {
                // a relative pronoun stands for the noun the relative clause modifies
                if (vt.Deprel == "acl:relcl" && IsRelativePronoun(doc, subj) && vt.Head >= 0) return vt.Head;
                if (doc.Tokens[subj].Deprel == "expl") return -1;
                return subj;
            }
            switch (vt.Deprel)
            {
                case "xcomp":
                {
                    int h = vt.Head;
                    if (h < 0) return -1;
                    // object control: "urged Tehran to free", "asked Moscow to supply"
                    foreach (var c in doc.Children(h))
                        if (doc.Tokens[c].Deprel is "obj" or "iobj" && c < verb) return c;
                    v = h;
                    continue;
                }
                case "conj":
                    // a conjoined verb shares the first one's subject only when a conjunction joins them ("fired at the
                    // vessel and rammed it"); without one the parser has likely joined two clauses ("…, a day after US
                    // bombers struck …"), and word order decides
                    if (!HasChild(doc, v, "cc")) return SubjectBeforeInterruption(doc, v);
                    v = vt.Head;
                    continue;
                case "acl":
                    // "drones supplied by Iran" (patient), "officials visiting Cairo" (agent)
                    if (vt.Head >= 0 && (doc.Tokens[vt.Head].Upos is Upos.NOUN or Upos.PROPN or Upos.PRON))
                    {
                        if ((vt.Feats & MorphFeats.VerbFormPart) != 0 && (vt.Feats & MorphFeats.TensePast) != 0 || vt.Xpos == "VBN") passive = true;
                        return vt.Head;
                    }
                    return -1;
                case "advcl":
                    // "after meeting Putin, Xi said": a non-finite adverbial clause shares the main subject
                    if ((vt.Feats & MorphFeats.VerbFormFin) != 0 || HasMarkThatIntroducesFinite(doc, v)) return -1;
                    // "accused Serbia of backing", "praised Iran for sending": the matrix object does the second act
                    // (an object the parser labels iobj before the of-clause too)
                    if (vt.Head >= 0 && MarkedBy(doc, v, "of", "for"))
                        foreach (var c in doc.Children(vt.Head))
                            if (doc.Tokens[c].Deprel is "obj" or "iobj" && c < v) return c;
                    v = vt.Head;
                    continue;
                default:
                    return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// "Prime Minister X, who had surgery two days earlier, said …" read with "said" a conjunct (no conjunction) of the
    /// relative clause's verb: a verb right after a comma takes the subject of the verb it is joined to when that subject
    /// has a clause set off by a comma (relative clause, participle or apposition) before the verb; else -1.
    /// </summary>
    private static int SubjectBeforeInterruption(Doc doc, int verb)
    {
        int head = doc.Tokens[verb].Head;
        if (head < 0 || verb == 0 || !doc.KeyIs(verb - 1, ",")) return -1;
        foreach (var n in doc.Children(head))
        {
            if (doc.Tokens[n].Deprel is not ("nsubj" or "nsubj:pass") || n > head) continue;
            foreach (var c in doc.Children(n))
                if (doc.Tokens[c].Deprel is "acl:relcl" or "acl" or "appos" && c > n && c < verb && OpenedByComma(doc, n, c))
                    return n;
        }
        return -1;
    }

    /// <summary>A comma between <paramref name="noun"/> and <paramref name="clause"/> that belongs to the clause (", who …").</summary>
    private static bool OpenedByComma(Doc doc, int noun, int clause)
    {
        for (int k = noun + 1; k < clause; k++)
            if (doc.KeyIs(k, ",") && doc.IsBelow(k, clause)) return true;
        return false;
    }

    /// <summary>The direct object of <paramref name="verb"/> (its first "obj" dependent), or −1.</summary>
    public static int ObjectOf(Doc doc, int verb)
    {
        foreach (var c in doc.Children(verb))
            if (doc.Tokens[c].Deprel == "obj") return c;
        return -1;
    }

    /// <summary>The subject of <paramref name="clause"/> when it is a copular that-clause ("said | the charges were absurd":
    /// a ccomp with a copula), else −1.</summary>
    public static int CopularClauseSubject(Doc doc, int clause)
        => doc.Tokens[clause].Deprel == "ccomp" && HasChild(doc, clause, "cop") ? Subject(doc, clause, out _) : -1;

    public static bool HasChild(Doc doc, int v, string relation)
    {
        foreach (var c in doc.Children(v))
            if (doc.Tokens[c].Deprel == relation) return true;
        return false;
    }

    /// <summary>A "mark" or "case" dependent of <paramref name="v"/> is <paramref name="word"/> ("that" of a content clause).</summary>
    /// <summary>The first mark before clause verb <paramref name="clause"/> ("after", "if", "to"), or −1 when it has none.</summary>
    public static int FirstMark(Doc doc, int clause)
    {
        foreach (var c in doc.Children(clause))
            if (doc.Tokens[c].Deprel == "mark" && c < clause) return c;
        return -1;
    }

    public static bool MarkedBy(Doc doc, int v, string word) => MarkedBy(doc, v, word, word);

    private static bool MarkedBy(Doc doc, int v, string a, string b)
    {
        foreach (var c in doc.Children(v))
            if (doc.Tokens[c].Deprel is "mark" or "case" && (doc.KeyIs(c, a) || doc.KeyIs(c, b))) return true;
        return false;
    }

    private static bool HasMarkThatIntroducesFinite(Doc doc, int v)
    {
        foreach (var c in doc.Children(v))
            if (doc.Tokens[c].Deprel is "aux" or "aux:pass" && (doc.Tokens[c].Feats & MorphFeats.VerbFormFin) != 0) return true;
        return false;
    }

    public static bool IsRelativePronoun(Doc doc, int token)
        => doc.KeyIs(token, "which") || doc.KeyIs(token, "who") || doc.KeyIs(token, "that") || doc.KeyIs(token, "whom");

    /// <summary>Passive voice: an aux:pass or nsubj:pass dependent, or Voice=Pass.</summary>
    public static bool IsPassive(Doc doc, int verb)
    {
        if ((doc.Tokens[verb].Feats & MorphFeats.VoicePass) != 0) return true;
        bool subject = false;
        foreach (var c in doc.Children(verb))
        {
            if (doc.Tokens[c].Deprel is "aux:pass" or "nsubj:pass" or "csubj:pass") return true;
            if (doc.Tokens[c].Deprel is "nsubj" or "csubj" or "aux") subject = true;
        }
        // "20 people were killed or wounded": a past participle joined to a passive verb, with no subject or auxiliary of its
        // own, shares its voice
        var t = doc.Tokens[verb];
        return !subject && t.Deprel == "conj" && t.Xpos == "VBN" && t.Head >= 0 && t.Head < verb && doc.Tokens[t.Head].Deprel != "conj" && IsPassive(doc, t.Head);
    }

    /// <summary>The by-phrase agent of a passive verb or of an event noun: obl:agent, or obl/nmod whose case word is "by".</summary>
    public static int Agent(Doc doc, int head)
    {
        foreach (var c in doc.Children(head))
        {
            var t = doc.Tokens[c];
            if (t.Deprel == "obl:agent") return c;
            if (t.Deprel is "obl" or "nmod" && CaseWord(doc, c) is int k && doc.KeyIs(k, "by")) return c;
        }
        return -1;
    }

    /// <summary>The case word (preposition) of a nominal, or null: "to" for "to Taiwan".</summary>
    public static int? CaseWord(Doc doc, int nominal)
    {
        foreach (var c in doc.Children(nominal))
            if (doc.Tokens[c].Deprel is "case" && c < nominal) return c;
        return null;
    }

    /// <summary>The preps column's name for an object or oblique of the act a verb governs ("pledged to stand by Mogadishu").</summary>
    public const string ActSlot = "act";

    /// <summary>The governing word of a complement as the pattern's preps column names it: "obj" for a direct or indirect object, the case word's key for an obl/nmod, "that" for a that-clause, null otherwise.</summary>
    public static string? Slot(Doc doc, int complement)
    {
        var t = doc.Tokens[complement];
        switch (t.Deprel)
        {
            case "obj" or "iobj":
                return "obj";
            case "ccomp":
                // "demanded that Israel withdraw", with or without its "that"
                return "that";
        }
        if (IsRel(t, "obl") || IsRel(t, "nmod") && t.Deprel != "nmod:poss")
        {
            if (CaseWord(doc, complement) is not int k) return t.Deprel is "obl:tmod" or "obl:npmod" or "nmod:tmod" ? null : "obj";
            // "out of", "because of": the last case word names the relation
            int last = k;
            foreach (var c in doc.Children(complement)) if (doc.Tokens[c].Deprel == "case" && c < complement) last = c;
            return doc.Key(last).ToString();
        }
        return null;
    }

    /// <summary>
    /// The nominals in which a target may stand, in text order: the trigger's own complements, and (for each trigger
    /// word and each object) the nmod complements of the object ("lifted sanctions on Iran", "the sale of jets to Taiwan").
    /// Writes them to <paramref name="into"/> as (head token, slot).
    /// </summary>
    public static void Complements(Doc doc, int trigger, int triggerEnd, List<(int Head, string Slot)> into)
    {
        into.Clear();
        AddComplements(doc, trigger, into, depth: 0, triggerStart: trigger, triggerEnd: triggerEnd);
        // later trigger words ("call for talks with", "lift the embargo on"): their own nmods
        for (int w = trigger + 1; w < triggerEnd; w++)
            if (doc.Tokens[w].Head >= 0 && InClauseOf(doc, w, trigger)) AddComplements(doc, w, into, depth: 1, triggerStart: trigger, triggerEnd: triggerEnd);
        // an event noun that is its verb's object keeps the phrases the parser hung on the verb after it ("expanded its
        // restrictions | on exports to China"): the verb's obliques after the noun
        var tt = doc.Tokens[trigger];
        if (tt.Upos == Upos.NOUN && tt.Deprel == "obj" && tt.Head >= 0)
            foreach (var c in doc.Children(tt.Head))
                if (c >= triggerEnd && doc.Tokens[c].Deprel == "obl" && Slot(doc, c) is { } slot && slot != "obj")
                {
                    into.Add((c, slot));
                    AddNounComplements(doc, c, into);
                }
        into.Sort((a, b) => a.Head.CompareTo(b.Head));
    }

    private static void AddComplements(Doc doc, int head, List<(int, string)> into, int depth, int triggerStart, int triggerEnd)
    {
        foreach (var c in doc.Children(head))
        {
            var t = doc.Tokens[c];
            if (c >= triggerStart && c < triggerEnd && c != head) { if (depth < 2) AddComplements(doc, c, into, depth + 1, triggerStart, triggerEnd); continue; }
            if (depth == 0 && (t.Deprel == "xcomp" || t.Deprel == "advcl" && t.Upos == Upos.VERB && MarkedBy(doc, c, "to")))
            {
                // "pledged to stand by Mogadishu" (the parser may make the infinitive an advcl after an oblique: "pledged on
                // Monday to stand by …"): the objects and obliques of the act the verb governs, slot "act"
                foreach (var g in doc.Children(c))
                {
                    if (doc.Tokens[g].Deprel is "obj" or "iobj" || IsRel(doc.Tokens[g], "obl") && Slot(doc, g) is not null) into.Add((g, ActSlot));
                    // "marched to demand that the government resign": the act's that-clause subject
                    else if (doc.Tokens[g].Deprel == "ccomp" && Subject(doc, g, out _) is var s and >= 0) into.Add((s, ActSlot));
                }
                continue;
            }
            var slot = Slot(doc, c);
            if (slot == null) continue;
            if (t.Deprel == "ccomp")
            {
                // "demanded that Israel withdraw": the clause's subject is the target
                int s = Subject(doc, c, out _);
                if (s >= 0) into.Add((s, "that"));
                continue;
            }
            into.Add((c, slot));
            // "the sale of 66 jets to Taiwan", "sanctions on Iran": complements of the object noun
            if (depth < 2 && t.Upos is Upos.NOUN or Upos.PROPN or Upos.NUM && t.Deprel is "obj" or "iobj" or "nmod" or "obl" && t.Deprel != "nmod:poss")
                AddNounComplements(doc, c, into);
        }
    }

    /// <summary>The prepositional modifiers of a complement noun ("the sale of 66 jets | to Taiwan"), but not its of-phrase.</summary>
    private static void AddNounComplements(Doc doc, int noun, List<(int, string)> into)
    {
        foreach (var g in doc.Children(noun))
            if (doc.Tokens[g].Deprel is "nmod" && Slot(doc, g) is { } gs && gs != "obj" && gs != "of") into.Add((g, gs));
    }

    /// <summary>Nominals coordinated with <paramref name="head"/> ("Britain and France", "Israel, Egypt and Jordan"); returns how many were added.</summary>
    public static int Conjuncts(Doc doc, int head, List<int> into)
    {
        int added = 0;
        foreach (var c in doc.Children(head))
            if (doc.Tokens[c].Deprel == "conj" && doc.Tokens[c].Upos is Upos.NOUN or Upos.PROPN or Upos.PRON or Upos.ADJ) { into.Add(c); added++; }
        return added;
    }

    /// <summary>The word of [<paramref name="start"/>, <paramref name="end"/>) whose head lies outside it (the last word when none does).</summary>
    public static int PhraseHead(Doc doc, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            int h = doc.Tokens[i].Head;
            if (h < start || h >= end) return i;
        }
        return end - 1;
    }
}
