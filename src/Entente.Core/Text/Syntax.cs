namespace Entente.Core.Text;

/// <summary>Universal Dependencies part-of-speech tags (<see cref="None"/>: not tagged). The names print as in CoNLL-U.</summary>
public enum Upos : byte
{
    None = 0,
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X,
}

/// <summary>
/// The UD morphological features the pipeline uses, as bits (a token's <see cref="Token.Feats"/>): enough to tell
/// tense, finiteness, voice, negation and degree. Other UD features are dropped when read (<see cref="UdFeatures.Parse"/>).
/// </summary>
[Flags]
public enum MorphFeats : ushort
{
    None = 0,
    NumberSing = 1 << 0,
    NumberPlur = 1 << 1,
    TensePast = 1 << 2,
    TensePres = 1 << 3,
    VerbFormFin = 1 << 4,
    VerbFormInf = 1 << 5,
    VerbFormPart = 1 << 6,
    VerbFormGer = 1 << 7,
    VoicePass = 1 << 8,
    MoodInd = 1 << 9,
    MoodImp = 1 << 10,
    DegreeCmp = 1 << 11,
    DegreeSup = 1 << 12,
    PronTypeRel = 1 << 13,
    /// <summary>Poss=Yes ("its", "their", possessive "'s").</summary>
    Poss = 1 << 14,
    /// <summary>Polarity=Neg ("not", "n't", "never").</summary>
    PolarityNeg = 1 << 15,
}

/// <summary>Reads and writes <see cref="MorphFeats"/> in CoNLL-U's FEATS syntax ("Mood=Ind|Tense=Past|VerbForm=Fin").</summary>
public static class UdFeatures
{
    // sorted by feature name, then value, as CoNLL-U requires
    private static readonly (MorphFeats Flag, string Name, string Value)[] Table =
    [
        (MorphFeats.DegreeCmp, "Degree", "Cmp"), (MorphFeats.DegreeSup, "Degree", "Sup"),
        (MorphFeats.MoodImp, "Mood", "Imp"), (MorphFeats.MoodInd, "Mood", "Ind"),
        (MorphFeats.NumberPlur, "Number", "Plur"), (MorphFeats.NumberSing, "Number", "Sing"),
        (MorphFeats.PolarityNeg, "Polarity", "Neg"),
        (MorphFeats.Poss, "Poss", "Yes"),
        (MorphFeats.PronTypeRel, "PronType", "Rel"),
        (MorphFeats.TensePast, "Tense", "Past"), (MorphFeats.TensePres, "Tense", "Pres"),
        (MorphFeats.VerbFormFin, "VerbForm", "Fin"), (MorphFeats.VerbFormGer, "VerbForm", "Ger"),
        (MorphFeats.VerbFormInf, "VerbForm", "Inf"), (MorphFeats.VerbFormPart, "VerbForm", "Part"),
        (MorphFeats.VoicePass, "Voice", "Pass"),
    ];

    /// <summary>The FEATS column: "_" when none; several values of one feature are joined by commas ("Number=Plur,Sing").</summary>
    public static string Format(MorphFeats feats)
    {
        if (feats == MorphFeats.None) return "_";
        var sb = new System.Text.StringBuilder();
        string? last = null;
        foreach (var (flag, name, value) in Table)
        {
            if ((feats & flag) == 0) continue;
            if (name == last) sb.Append(',');
            else { if (last != null) sb.Append('|'); sb.Append(name).Append('='); last = name; }
            sb.Append(value);
        }
        return sb.ToString();
    }

    /// <summary>Parses a FEATS column, keeping the features <see cref="MorphFeats"/> has and ignoring the others.</summary>
    public static MorphFeats Parse(ReadOnlySpan<char> feats)
    {
        var result = MorphFeats.None;
        if (feats.IsEmpty || feats is "_") return result;
        foreach (var range in feats.Split('|'))
        {
            var pair = feats[range];
            int eq = pair.IndexOf('=');
            if (eq <= 0) continue;
            var name = pair[..eq];
            var values = pair[(eq + 1)..];
            foreach (var vr in values.Split(','))
            {
                var value = values[vr];
                foreach (var (flag, n, v) in Table)
                    if (name.SequenceEqual(n) && value.SequenceEqual(v)) { result |= flag; break; }
            }
        }
        return result;
    }
}
