using Entente.Core.Text;

namespace Entente.Core.Events;

/// <summary>
/// Which words may follow a trigger's first word within reach: a 256-bit set of hashes (a Bloom filter with one hash)
/// of the forms, forms without a plural -s and lemmas of the tokens after it. A verb such as "send" opens hundreds of
/// imported multi-word patterns ("send troops", "send aid to"), and matching each one's second word token by token was
/// a measurable share of the analysis; the filter rules most of them out with one look-up. It answers "no" only when no
/// token of the window can match the word (the same test <see cref="TriggerFinder.IsFormOf"/> and the lemma comparison
/// make: hashes fold ASCII case, and any non-ASCII form disables the filter), so it never changes which pattern matches.
/// Reads: tokens (keys, lemmas). Allocates nothing.
/// </summary>
internal struct TriggerWindow
{
    /// <summary>How far (in tokens) a trigger's later word may stand from the previous one over a parse.</summary>
    public const int Reach = 10;

    private ulong _b0, _b1, _b2, _b3;
    private bool _all; // a form the hash cannot fold exactly: every word may match

    /// <summary>The forms of tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static TriggerWindow Of(Doc text, int from, int to)
    {
        var w = new TriggerWindow();
        for (int j = from; j < to && !w._all; j++)
        {
            var key = text.Key(j);
            w.Add(key);
            if (key.Length > 0 && key[^1] == 's') w.Add(key[..^1]);
            if (text.Tokens[j].Lemma is { } lemma) w.Add(lemma);
        }
        return w;
    }

    /// <summary>False only when no token of the window has this word as form, form without -s, or lemma.</summary>
    public readonly bool MayContain(string word)
    {
        if (_all) return true;
        if (Hash(word) is not ulong h) return true;
        ulong bits = (h >> 6 & 3) switch { 0 => _b0, 1 => _b1, 2 => _b2, _ => _b3 };
        return (bits & 1UL << (int)(h & 63)) != 0;
    }

    private void Add(ReadOnlySpan<char> form)
    {
        if (Hash(form) is not ulong h) { _all = true; return; }
        ulong bit = 1UL << (int)(h & 63);
        switch (h >> 6 & 3) { case 0: _b0 |= bit; break; case 1: _b1 |= bit; break; case 2: _b2 |= bit; break; default: _b3 |= bit; break; }
    }

    /// <summary>FNV-1a over the ASCII-lower-cased characters, mixed; null for a form with a non-ASCII character.</summary>
    private static ulong? Hash(ReadOnlySpan<char> form)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in form)
        {
            if (c > 127) return null;
            h = (h ^ (c is >= 'A' and <= 'Z' ? (uint)(c | 0x20) : c)) * 1099511628211UL;
        }
        return h ^ h >> 29;
    }
}
