using System.Collections.Frozen;

namespace Entente.Core.Knowledge;

/// <summary>
/// Generates the inflected forms of a verb or noun lemma so that a pattern written once ("supply") matches
/// "supplies", "supplied", "supplying". Irregular and consonant-doubling verbs come from data/english/irregular-verbs.tsv.
/// </summary>
public sealed class EnglishInflector
{
    private readonly FrozenDictionary<string, (string[] Past, string[] Participle)> _irregular;

    private readonly FrozenSet<string> _pastForms;

    public EnglishInflector(FrozenDictionary<string, (string[] Past, string[] Participle)> irregular)
    {
        _irregular = irregular;
        // past forms that are no verb's base form too ("overran", not "set" or "put")
        _pastForms = irregular.Values.SelectMany(v => v.Past).Where(f => !irregular.ContainsKey(f)).ToFrozenSet(StringComparer.Ordinal);
    }

    public static EnglishInflector Empty { get; } = new(FrozenDictionary<string, (string[], string[])>.Empty);

    /// <summary>Whether a lower-case word is an irregular past form and no verb's base form ("overran", "sank"; not "set").</summary>
    public bool IsIrregularPast(ReadOnlySpan<char> form) => _pastForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form);

    public static EnglishInflector Load(DataTable table) => Load(table.Rows);

    public static EnglishInflector Load(IEnumerable<DataRow> rows)
    {
        var d = new Dictionary<string, (string[], string[])>(StringComparer.Ordinal);
        foreach (var r in rows)
            d[r.Required("lemma").ToLowerInvariant()] = ([.. r.List("past")], [.. r.List("participle")]);
        return new EnglishInflector(d.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    public IReadOnlyList<string> VerbForms(string lemma)
    {
        var forms = new List<string> { lemma, ThirdPerson(lemma) };
        string gerund;
        if (_irregular.TryGetValue(lemma, out var irr))
        {
            forms.AddRange(irr.Past);
            forms.AddRange(irr.Participle);
            var doubled = irr.Past.FirstOrDefault(p => p == lemma + lemma[^1] + "ed");
            gerund = doubled != null ? lemma + lemma[^1] + "ing" : Gerund(lemma);
        }
        else
        {
            forms.Add(Past(lemma));
            gerund = Gerund(lemma);
        }
        forms.Add(gerund);
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<string> NounForms(string lemma)
    {
        if (lemma.EndsWith('s') && !lemma.EndsWith("ss")) return [lemma];
        return [lemma, Plural(lemma)];
    }

    private static string ThirdPerson(string w)
    {
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch") || w.EndsWith("sh") || w.EndsWith('o')) return w + "es";
        if (w.Length > 1 && w.EndsWith('y') && !IsVowel(w[^2])) return w[..^1] + "ies";
        return w + "s";
    }

    private static string Plural(string w)
    {
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch") || w.EndsWith("sh")) return w + "es";
        if (w.Length > 1 && w.EndsWith('y') && !IsVowel(w[^2])) return w[..^1] + "ies";
        return w + "s";
    }

    /// <summary>One syllable ending consonant-vowel-consonant ("stop", "plan", "ban"): the last consonant doubles. Not a word of
    /// two syllables that starts with a vowel ("open", "edit": "opened", "edited").</summary>
    private static bool ShortCvc(string w) => w.Length is >= 3 and <= 4 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3])
        && (w.Length == 3 || !IsVowel(w[0]));

    private static string Past(string w)
    {
        if (w.EndsWith('e')) return w + "d";
        if (w.Length > 1 && w.EndsWith('y') && !IsVowel(w[^2])) return w[..^1] + "ied";
        if (ShortCvc(w)) return w + w[^1] + "ed";
        return w + "ed";
    }

    private static string Gerund(string w)
    {
        if (w.EndsWith("ie")) return w[..^2] + "ying";
        if (w.EndsWith('e') && !w.EndsWith("ee") && w.Length > 2) return w[..^1] + "ing";
        if (ShortCvc(w)) return w + w[^1] + "ing";
        return w + "ing";
    }
}
