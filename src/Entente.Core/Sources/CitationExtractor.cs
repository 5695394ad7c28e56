using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Entente.Core.Time;

namespace Entente.Core.Sources;

/// <summary>
/// Finds cited sources in a sentence: parenthetical references "(Ukrainska Pravda, February 21)",
/// "(Amwaj, October 23, 2023; Reuters, November 2, 2023)", "(Reuters)", and inline attributions "according to Reuters",
/// "Tasnim News Agency reported", "told Reuters", "cited by TASS", "Iranian media reported".
/// <para>Built once; immutable and thread-safe. Never throws on odd input (unbalanced parentheses, empty text,
/// offsets outside the text are clamped).</para>
/// <para>A parenthesis entry counts when it is "Outlet, date" (the date ending the entry) or a known outlet alone;
/// acronym glosses "(IRGC)" and asides "(roughly 400 km)" are ignored. An attribution names an outlet when the name is in
/// the outlet table or ends in News Agency/Agency/Times/Post/News/Television/TV/Radio.</para>
/// </summary>
public sealed class CitationExtractor
{
    /// <summary>Used only to locate a date's extent when no reference date is known (the date itself stays unresolved).</summary>
    private static readonly DateOnly LocatorReference = new(2000, 6, 15);

    private const string Token = @"[\p{Lu}\d](?:[\p{L}\p{N}&'’\-]|\.(?=[\p{L}\p{N}]))*";
    private const string Name = @"(?<name>" + Token + @"(?:(?:\s+(?:of|for|de|the))?[ \t]+" + Token + @"){0,7})";
    private const string The = @"(?:(?i:the)\s+)?";
    /// <summary>A lower-case descriptor after the name ("the Mehr news agency reported") and an acronym gloss ("(IRNA)").</summary>
    private const string Desc = @"(?<desc>\s+(?:news\s+agency|news\s+site|newspaper|daily|television|TV\s+channel|TV|channel|broadcaster|news\s+outlet|outlet|website|agency)(?![\p{L}]))?(?:\s+\(\p{Lu}[\p{Lu}\p{N}-]{1,7}\))?";

    private static readonly Regex AttributionRegex = new(
        @"(?<![\p{L}\p{N}])(?:"
        + @"(?<acc>(?i:according\s+to)\s+(?:(?i:a|an|the)\s+(?i:report|article|statement|story|piece|broadcast|interview)\s+(?i:by|from|in|on|with)\s+)?"
            + The + @"(?:(?<adj>\p{Lu}\p{Ll}+)\s+(?<kindword>(?:state\s+|official\s+|local\s+|pro-government\s+)?(?:media|news\s+outlets|press|outlets|state\s+television))(?![\p{L}])|" + Name + Desc + "))"
        + @"|(?<pre>(?i:told|(?:in\s+)?(?:an|a|one)\s+interview\s+(?:with|to)|speaking\s+to|(?:was\s+|were\s+)?(?:cited|quoted)\s+by|as\s+reported\s+by|writing\s+(?:in|for))\s+" + The + Name + Desc + ")"
        + @"|(?<media>(?<adj>\p{Lu}\p{Ll}+)\s+(?<kindword>(?:state\s+|official\s+|local\s+|pro-government\s+)?(?:media|news\s+outlets|press|outlets|state\s+television))\s+(?:also\s+)?(?:reported|said|announced|claimed|quoted|cited)(?![\p{L}]))"
        + @"|(?<post>" + The + Name + Desc + @"\s+(?:also\s+|later\s+|earlier\s+|first\s+|previously\s+)?(?:reported|announced|said|wrote|claimed|published|quoted|cited|noted|stated|revealed|broadcast|aired)(?![\p{L}]))"
        + ")",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly FrozenSet<string> OutletSuffixes = FrozenSet.ToFrozenSet(
        ["Agency", "Times", "Post", "News", "Television", "TV", "Radio"], StringComparer.Ordinal);

    /// <summary>"Agency" names that are not news outlets.</summary>
    private static readonly FrozenSet<string> NonPressWords = FrozenSet.ToFrozenSet(
        ["Energy", "Atomic", "Intelligence", "Security", "Space", "Protection", "Environment", "Environmental", "Development",
         "Health", "Defense", "Defence", "Drug", "Enforcement", "Refugee", "Refugees", "Customs", "Revenue", "Investigation", "Nuclear"],
        StringComparer.Ordinal);

    /// <summary>Capitalised words that start sentences rather than outlet names.</summary>
    private static readonly FrozenSet<string> LeadingNonNames = FrozenSet.ToFrozenSet(
        ["On", "In", "At", "Yesterday", "Today", "Meanwhile", "However", "Also", "But", "And", "Earlier", "Later", "Last", "This",
         "The", "A", "An", "When", "After", "Before", "Then", "Separately", "Moreover", "Still", "Now", "As", "While", "Since", "It", "Iran's", "Russia's", "Monday", "Tuesday",
         "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
         "August", "September", "October", "November", "December", "Local", "State", "Some", "Several", "Many", "Other"],
        StringComparer.Ordinal);

    private readonly OutletTable _outlets;
    private readonly DateRecognizer _dates;

    public CitationExtractor(OutletTable outlets, DateRecognizer dates)
    {
        _outlets = outlets ?? throw new ArgumentNullException(nameof(outlets));
        _dates = dates ?? throw new ArgumentNullException(nameof(dates));
    }

    /// <summary>Parenthetical citations in text[start..end); one <see cref="Citation"/> per entry.</summary>
    /// <param name="reference">Publication date; null (or a date outside 1900–2100) leaves relative dates unresolved.</param>
    public IReadOnlyList<Citation> FindParenthetical(string text, int start, int end, DateOnly? reference)
    {
        if (string.IsNullOrEmpty(text)) return [];
        reference = Usable(reference);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        List<Citation>? result = null;
        int i = start;
        while (i < end)
        {
            int open = text.IndexOf('(', i, end - i);
            if (open < 0) break;
            int close = MatchingClose(text, open, end);
            if (close < 0) { i = open + 1; continue; }
            int a = open + 1;
            for (int k = a; k <= close; k++)
            {
                if (k < close && text[k] != ';') continue;
                ParseEntry(text, a, k, reference, ref result);
                a = k + 1;
            }
            i = close + 1;
        }
        return result ?? (IReadOnlyList<Citation>)[];
    }

    /// <summary>Inline attributions in text[start..end): "according to Reuters", "TASS reported on Tuesday", "told CNN".</summary>
    public IReadOnlyList<Citation> FindAttributions(string text, int start, int end, DateOnly? reference)
    {
        if (string.IsNullOrEmpty(text)) return [];
        reference = Usable(reference);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        List<Citation>? result = null;
        for (var m = AttributionRegex.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            string outlet;
            bool known;
            OutletInfo? info = null;
            int citeStart = m.Index;
            var adj = m.Groups["adj"];
            if (adj.Success)
            {
                if (LeadingNonNames.Contains(adj.Value)) continue;
                var kindword = m.Groups["kindword"];
                outlet = Collapse(text.AsSpan(adj.Index, kindword.Index + kindword.Length - adj.Index));
                known = false;
            }
            else
            {
                var name = m.Groups["name"];
                bool post = m.Groups["post"].Success;
                var desc = m.Groups["desc"];
                if (!TryOutletName(text, name.Index, name.Length, fromLeft: post, desc.Success ? desc.ValueSpan : default, out outlet, out info, out int nameStart)) continue;
                known = info != null;
                if (post && nameStart > name.Index)
                {
                    citeStart = nameStart;
                    if (citeStart >= 4 && text.AsSpan(citeStart - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)) citeStart -= 4;
                }
            }
            int citeEnd = m.Index + m.Length;
            DateOnly? date = null;
            string? dateText = null;
            DateRange? range = null;
            if (TryDateAfter(text, citeEnd, end, reference, out var mention, out var resolved))
            {
                citeEnd = mention.End;
                dateText = mention.Text;
                if (resolved) { range = mention.Range; date = DayOf(mention.Range); }
            }
            (result ??= []).Add(new Citation(outlet, date, dateText, citeStart, citeEnd, CitationKind.Attribution, known) { DateRange = range, Info = info });
        }
        return result ?? (IReadOnlyList<Citation>)[];
    }

    private static DateOnly? Usable(DateOnly? r) => r is { } d && d >= DateRecognizer.Floor && d <= DateRecognizer.Ceiling ? d : null;

    private void ParseEntry(string text, int a, int b, DateOnly? reference, ref List<Citation>? result)
    {
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        while (b > a && (char.IsWhiteSpace(text[b - 1]) || text[b - 1] == '.' && !char.IsLetter(text[b - 2 < a ? a : b - 2]))) b--;
        if (b - a < 2) return;
        a = SkipLeadIn(text, a, b);
        int comma = text.IndexOf(',', a, b - a);
        if (comma > a)
        {
            if (TryEntryDate(text, comma + 1, b, reference, out var mention, out var resolved))
            {
                int nameEnd = comma;
                while (nameEnd > a && char.IsWhiteSpace(text[nameEnd - 1])) nameEnd--;
                var nameSpan = text.AsSpan(a, nameEnd - a);
                if (LooksLikeName(nameSpan))
                {
                    bool known = _outlets.TryFind(nameSpan, out var info);
                    var outlet = known ? info.Name : Collapse(nameSpan);
                    var range = resolved ? mention.Range : (DateRange?)null;
                    (result ??= []).Add(new Citation(outlet, resolved ? DayOf(mention.Range) : null, mention.Text, a, mention.End,
                        CitationKind.Parenthetical, known) { DateRange = range, Info = known ? info : null });
                }
                return;
            }
        }
        if (_outlets.TryFind(text.AsSpan(a, b - a), out var only))
            (result ??= []).Add(new Citation(only.Name, null, null, a, b, CitationKind.Parenthetical, true) { Info = only });
    }

    /// <summary>The date that ends an entry: the last date mention in text[from..to) ending at <paramref name="to"/>.</summary>
    private bool TryEntryDate(string text, int from, int to, DateOnly? reference, out DateMention mention, out bool resolved)
    {
        resolved = reference != null;
        var found = _dates.Find(text, from, to, reference ?? LocatorReference);
        for (int k = found.Count - 1; k >= 0; k--)
        {
            var m = found[k];
            if (m.End != to || m.Kind == DateKind.Anchored || m.Direction != 0) continue;
            if (!resolved && m.Kind == DateKind.Explicit) resolved = true;
            mention = m;
            return true;
        }
        mention = null!;
        return false;
    }

    private bool TryDateAfter(string text, int from, int end, DateOnly? reference, out DateMention mention, out bool resolved)
    {
        mention = null!;
        resolved = false;
        int k = from;
        while (k < end && k - from < 3 && (text[k] == ' ' || text[k] == ','))
            k++;
        if (k == from || k >= end) return false;
        int to = Math.Min(end, k + 48);
        var found = _dates.Find(text, k, to, reference ?? LocatorReference);
        if (found.Count == 0 || found[0].Start != k || found[0].Direction != 0 || found[0].Kind == DateKind.Anchored) return false;
        mention = found[0];
        resolved = reference != null || mention.Kind == DateKind.Explicit;
        if (mention.End == to && to < end) return false; // cut off by the window: do not guess
        return true;
    }

    private bool TryOutletName(string text, int index, int length, bool fromLeft, ReadOnlySpan<char> descriptor, out string outlet, out OutletInfo? info, out int nameStart)
    {
        outlet = "";
        info = null;
        nameStart = index;
        Span<Range> words = stackalloc Range[16];
        var span = text.AsSpan(index, length);
        int count = 0, w = 0;
        for (int k = 0; k <= span.Length && count < words.Length; k++)
        {
            if (k == span.Length || char.IsWhiteSpace(span[k]))
            {
                if (k > w) words[count++] = new Range(w, k);
                w = k + 1;
            }
        }
        if (count == 0) return false;
        // Known outlets first, longest candidate first; then the generic "... News Agency" rule.
        for (int pass = 0; pass < 2; pass++)
            for (int drop = 0; drop < count; drop++)
            {
                int first = fromLeft ? drop : 0, last = fromLeft ? count - 1 : count - 1 - drop;
                if (IsConnector(span[words[first]]) || IsConnector(span[words[last]])) continue;
                var cand = span[words[first].Start.Value..words[last].End.Value];
                if (pass == 0)
                {
                    if (_outlets.TryFind(cand, out var found)) { info = found; outlet = found.Name; nameStart = index + words[first].Start.Value; return true; }
                }
                else
                {
                    if (fromLeft && LeadingNonNames.Contains(span[words[first]].ToString())) continue;
                    bool described = descriptor.Length > 0 && last - first < 4;
                    if (!described && last - first < 1) continue;
                    if (!described && !OutletSuffixes.Contains(span[words[last]].ToString())) continue;
                    bool press = true;
                    for (int q = first; q <= last && press; q++)
                        if (NonPressWords.Contains(span[words[q]].ToString())) press = false;
                    if (!press) continue;
                    outlet = described ? Collapse(cand) + " " + Collapse(descriptor) : Collapse(cand);
                    nameStart = index + words[first].Start.Value;
                    return true;
                }
            }
        return false;
    }

    private static bool IsConnector(ReadOnlySpan<char> w) => w is "of" or "for" or "de" or "the";

    private static bool LooksLikeName(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || s.Length > 80) return false;
        if (!char.IsLetterOrDigit(s[0])) return false;
        if (!char.IsUpper(s[0]) && !char.IsDigit(s[0]) && s.IndexOf('.') < 0) return false; // "rbc.ru" is fine, "signed" is not
        int words = 1, letters = 0;
        foreach (var c in s)
        {
            if (c == ' ') words++;
            else if (char.IsLetter(c)) letters++;
            else if (c is '(' or ')' or ';' or ':' or '"') return false;
        }
        return letters > 0 && words <= 8;
    }

    private static int SkipLeadIn(string text, int a, int b)
    {
        foreach (var lead in (ReadOnlySpan<string>)["see also ", "see ", "cf. ", "via ", "source: ", "sources: "])
            if (b - a > lead.Length && text.AsSpan(a, lead.Length).Equals(lead, StringComparison.OrdinalIgnoreCase))
                return a + lead.Length;
        return a;
    }

    private static int MatchingClose(string text, int open, int end)
    {
        int depth = 0;
        for (int k = open; k < end; k++)
        {
            if (text[k] == '(') depth++;
            else if (text[k] == ')' && --depth == 0) return k;
        }
        return -1;
    }

    private static DateOnly? DayOf(DateRange r) => r.Days <= 3 ? r.Start : null;

    private static string Collapse(ReadOnlySpan<char> s) => OutletTable.CollapseWhitespace(s, foldQuotes: false);
}
