using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Core.Time;

/// <summary>
/// Finds date expressions in a sentence and resolves them to inclusive day ranges.
/// <para>Built once (one compiled regex, including the anchor phrases of <c>data/time/periods.tsv</c>); immutable and
/// thread-safe. One left-to-right pass per call; the only allocations are the matches and the result list.</para>
/// <para>Conventions (documented choices):</para>
/// <list type="bullet">
/// <item>Parts of a year: early = Jan–Apr, mid/middle = May–Aug, late = Sep–Dec, end = Nov–Dec, beginning/start = Jan–Feb;
/// spring = Mar–May, summer = Jun–Aug, autumn/fall = Sep–Nov. Parts of a month: early/beginning/start = days 1–10,
/// mid = 11–20, late/end = 21–last. Anchored periods: start/beginning/early/outbreak/onset of X = X's first day,
/// end/late/fall/collapse of X = X's last day, the eve of X = the day before. Parts of a decade: early = years 0–3, mid = 3–6, late/end = 7–9.
/// "earlier this year" = [Jan 1, reference]; "later this year" = [reference, Dec 31].</item>
/// <item>Month and day without year: the latest such day not more than 14 days after the reference.
/// Month without year: the latest such month not after the reference month (the next one when <c>preferFuture</c>,
/// or after "by"/"until" unless the sentence is in the past perfect: "by May, Iran had shipped").</item>
/// <item>Direction: "since X" = [X.Start, reference]; "after/following X" = [X.End + 1 day, reference];
/// "before/prior to X" = [<see cref="Floor"/>, X.Start − 1 day]; "until/till/by X" = [reference, X.End] when the reference
/// is not after X, else [<see cref="Floor"/>, X.End]. Without a reference an open end is <see cref="Ceiling"/>.</item>
/// <item>"in the coming days/weeks/months/years" = [ref, ref + 14 days / 6 weeks / 6 months / 3 years];
/// "in recent years"/"the past several years" = [ref − 5 years, ref] (months: 6, weeks: 6, days: 7);
/// "N weeks ago" = the 7 days centred on ref − N weeks; "N months ago" = that calendar month; "N years ago" = that calendar year.</item>
/// <item>Bare years (1900–2100) count only after a preposition or direction word ("in 2019", "since 2014", "late 2023");
/// anchored periods only with a temporal context ("since the Cold War", "during the pandemic", "the end of the Cold War").</item>
/// </list>
/// </summary>
public sealed class DateRecognizer
{
    /// <summary>Lower bound for open-ended "before X" ranges.</summary>
    public static readonly DateOnly Floor = new(1900, 1, 1);
    /// <summary>Upper bound for open-ended "since X" ranges when no reference date is known.</summary>
    public static readonly DateOnly Ceiling = new(2100, 12, 31);

    private const string MonthAny = @"(?<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\p{L}])\.?)";
    private const string MonthFull = @"(?<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}]))";
    private const string Year = @"(?<y>19\d\d|20\d\d|2100)(?![\p{N}]|[.,]\d)";
    private const string YearGuard = @"(?!-|\s*(?:%|percent|per\s+cent)|\s+(?:km|kilomet|miles?\b|meters|metres|troops|soldiers|people|missiles|drones|rockets|tons|tonnes|barrels|units|dollars|rubles|roubles|euros|rials|men\b|kg\b))";
    private const string Weekday = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Num = @"(?<n>(?i:a\s+few|a\s+couple\s+of|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|\d{1,3}))";
    private const string Context = @"(?(prep)|(?(dir)|(?(part)|(?!))))";
    private const string RelYear = @"(?<ryr>(?i:last|this|next|the\s+previous|the\s+current|the\s+coming|the\s+next|the)\s+year)(?![\p{L}])";

    private readonly Regex _regex;
    private const int MaxExpressionLength = 160;
    private readonly FrozenSet<string> _triggers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _triggerLookup;
    private readonly FrozenSet<string> _weak;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _periodOnlyLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _weakLookup;

    /// <summary>Function words that open a date expression only together with what follows ("in 2019", "since the end of").</summary>
    /// <summary>Words that open a date expression only when a later word does ("the first quarter", "for over a decade",
    /// "this year", "two days ago"); cheap to skip otherwise, and frequent in news prose.</summary>
    private static readonly string[] WeakTriggerWords =
    [
        "in", "on", "during", "at", "around", "throughout", "over", "within", "from", "between", "as", "ever", "since", "after",
        "following", "before", "prior", "until", "till", "by", "the", "a", "an", "for", "of", "to", "well", "more", "than", "nearly",
        "almost", "about", "least", "roughly", "close", "early", "late", "middle", "end", "beginning", "start", "earlier", "later",
        "first", "second", "third", "fourth", "final", "last", "this", "next", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "several", "few", "recent", "past", "previous",
        "coming", "upcoming", "current", "collapse", "outbreak", "onset", "eve",
    ];

    /// <summary>Words that can open a date expression on their own. Month names count only when capitalised
    /// ("May 2023", not the modal "may"; "March 3", not the verb "march").</summary>
    private static readonly string[] TriggerWords =
    [
        "mid", "spring", "summer", "autumn", "fall", "yesterday", "today", "tomorrow",
        "q", "h", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "day", "decade", "decades", "year", "years", "month", "months", "week", "weeks", "days", "quarter", "half",
    ];

    private static readonly FrozenSet<string> MonthWords = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = MonthWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly PeriodTable _periods;
    private readonly int _gFnm, _gPrep, _gDir, _gPart, _gAnch, _gPeriod, _gIso, _gMdy, _gDmy, _gQh, _gMy, _gMd, _gDm, _gDec, _gYrange, _gMb, _gYb,
        _gRu, _gAgo, _gCom, _gPast, _gDur, _gDw, _gWd, _gMon, _gY, _gY2, _gD, _gD2, _gMo, _gOrd, _gQu, _gRyr, _gMrel, _gRel, _gUnit, _gN, _gQ, _gDword, _gWrel, _gWday;

    public DateRecognizer(PeriodTable periods)
    {
        _periods = periods ?? throw new ArgumentNullException(nameof(periods));
        _regex = new Regex(BuildPattern(periods), RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        var triggers = new HashSet<string>(TriggerWords, StringComparer.Ordinal);
        foreach (var phrase in periods.PhrasesWithoutArticle())
        {
            int e = 0;
            while (e < phrase.Length && char.IsLetter(phrase[e])) e++;
            if (e > 0) triggers.Add(phrase[..e].ToLowerInvariant());
        }
        _triggers = triggers.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _triggerLookup = _triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        _weak = WeakTriggerWords.Where(w => !_triggers.Contains(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _periodOnlyLookup = triggers.Except(TriggerWords, StringComparer.OrdinalIgnoreCase).Except(WeakTriggerWords, StringComparer.OrdinalIgnoreCase)
            .Where(w => !MonthWords.Contains(w)).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _weakLookup = _weak.GetAlternateLookup<ReadOnlySpan<char>>();
        int G(string n) { int i = _regex.GroupNumberFromName(n); return i; }
        _gPrep = G("prep"); _gDir = G("dir"); _gPart = G("part"); _gAnch = G("anch"); _gPeriod = G("period"); _gIso = G("iso");
        _gMdy = G("mdy"); _gDmy = G("dmy"); _gQh = G("qh"); _gFnm = G("fnm"); _gMy = G("my"); _gMd = G("md"); _gDm = G("dm"); _gDec = G("dec");
        _gYrange = G("yrange"); _gMb = G("mb"); _gYb = G("yb"); _gRu = G("ru"); _gAgo = G("ago"); _gCom = G("com"); _gPast = G("past");
        _gDur = G("dur"); _gDw = G("dw"); _gWd = G("wd"); _gMon = G("mon"); _gY = G("y"); _gY2 = G("y2"); _gD = G("d"); _gD2 = G("d2");
        _gMo = G("mo"); _gOrd = G("ord"); _gQu = G("qu"); _gRyr = G("ryr"); _gMrel = G("mrel"); _gRel = G("rel"); _gUnit = G("unit");
        _gN = G("n"); _gQ = G("q"); _gDword = G("dword"); _gWrel = G("wrel"); _gWday = G("wday");
    }

    /// <summary>Loads <c>data/time/periods.tsv</c> and builds the recognizer.</summary>
    public static DateRecognizer Load(string periodsPath) => new(PeriodTable.Load(periodsPath));

    public PeriodTable Periods => _periods;

    private static string BuildPattern(PeriodTable periods)
    {
        var phrases = periods.PhrasesWithoutArticle().OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToList();
        var period = new StringBuilder();
        foreach (var p in phrases)
        {
            if (period.Length > 0) period.Append('|');
            foreach (var ch in p)
            {
                if (ch == ' ') period.Append(@"\s+");
                else if (ch == '\'') period.Append("['’]");
                else if (ch == '-') period.Append("[-–]");
                else period.Append(Regex.Escape(ch.ToString()));
            }
        }
        var alts = new List<string>();
        if (period.Length > 0)
            alts.Add($@"(?<anch>){Context}(?:(?i:the)\s+)?(?<period>(?i:{period}))(?![\p{{L}}\p{{N}}])");
        alts.Add(@"(?<iso>)(?<y>19\d\d|20\d\d)-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\p{N}])");
        alts.Add($@"(?<mdy>)(?:{Weekday},?\s+)?{MonthAny}\s*(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*(?<d2>[0-3]?\d))?,?\s+{Year}");
        alts.Add($@"(?<dmy>)(?:{Weekday},?\s+)?(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*(?<d2>[0-3]?\d))?\s+(?:of\s+)?{MonthAny},?\s+{Year}");
        alts.Add($@"(?<qh>)(?:(?:(?i:the)\s+)?(?<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))\s+(?<qu>(?i:quarter|half))(?:\s+of)?|(?<qu>Q|H)(?<ord>[1-4])(?:\s+of)?)\s+(?:{Year}|{RelYear})");
        alts.Add($@"(?<fnm>)(?:(?i:the)\s+)?(?i:first)\s+{Num}\s+(?i:months)\s+of\s+(?:{Year}|{RelYear})");
        alts.Add($@"(?<my>){MonthAny},?\s+(?:of\s+)?{Year}");
        alts.Add($@"(?<md>)(?:{Weekday},?\s+)?{MonthAny}\s*(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*(?<d2>[0-3]?\d))?(?![\p{{N}}]|\s*,?\s*\d)");
        alts.Add($@"(?<dm>)(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MonthFull}(?!\s*,?\s*\d)");
        alts.Add(@"(?<dec>)(?:(?i:the)\s+)?(?<y>(?:19|20)\d0)['’]?s(?![\p{L}\p{N}])");
        alts.Add(@"(?<yrange>)(?<y>19\d\d|20\d\d)(?:\s*[-–—]\s*(?<y2>(?:19|20)\d\d|\d\d)|(?(prep)\s+(?i:to|until|through|and)\s+(?<y2>(?:19|20)\d\d)|(?!)))(?![\p{N}]|[-–])");
        alts.Add($@"(?<mb>)(?:(?<mrel>(?i:last|this|next))\s+{MonthFull}|{Context}{MonthFull})(?!\s*[\p{{N}}])");
        alts.Add($@"(?<yb>){Context}{Year}{YearGuard}");
        alts.Add(@"(?<ru>)(?:(?<rel>(?i:last|this|next|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+current|the\s+next))\s+(?<unit>(?i:week|month|year|decade))|(?(part)(?<unit>(?i:year|month|decade))|(?!)))(?![\p{L}])");
        alts.Add($@"(?<ago>){Num}\s+(?<unit>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago)(?![\p{{L}}])");
        alts.Add($@"(?<com>)(?i:the\s+(?:coming|next|upcoming)(?:\s+few)?)\s+(?:{Num}\s+)?(?<unit>(?i:days|weeks|months|years|decades))(?![\p{{L}}])");
        alts.Add($@"(?<past>)(?:(?i:(?:the\s+)?(?:past|last|previous))\s+(?:{Num}\s+)?|(?i:recent)\s+)(?<unit>(?i:days|weeks|months|years|decades))(?![\p{{L}}])");
        alts.Add($@"(?<dur>)(?i:for)\s+(?:(?<q>(?i:well\s+over|over|more\s+than|nearly|almost|about|around|at\s+least|roughly|close\s+to))\s+)?(?:{Num}\s+)?(?<unit>(?i:decades?|years?|months?))(?![\p{{L}}-])(?!\s+(?i:to\s+come|ahead))");
        alts.Add(@"(?<dw>)(?<dword>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tomorrow))(?![\p{L}])");
        alts.Add($@"(?<wd>)(?:(?<wrel>(?i:last|this|next|past))\s+)?(?<wday>{Weekday})(?![\p{{L}}])");

        return @"\G"
            + @"(?:(?<prep>(?i:in|on|during|at|around|throughout|over|within|from|between|as\s+of|as\s+early\s+as|as\s+late\s+as))\s+)?"
            + @"(?:(?<dir>(?i:ever\s+since|since|after|following|before|prior\s+to|until|till|by))\s+)?"
            + @"(?:(?:(?i:the)\s+)?(?<part>(?i:early|late|mid|middle|end|beginning|start|earlier|later|spring|summer|autumn|fall|collapse|outbreak|onset|eve))(?:\s+of\s+(?:(?i:the)\s+)?|-|\s+))?"
            + "(?:" + string.Join("|", alts) + ")";
    }

    /// <summary>
    /// Finds the date expressions in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) (one sentence).
    /// Offsets of the results are into <paramref name="text"/>.
    /// </summary>
    /// <param name="reference">Publication date; when null, expressions that need it are skipped.</param>
    /// <param name="preferFuture">The sentence speaks of the future ("will meet in January"): a month without year is the next one.</param>
    /// <param name="preferPast">The sentence speaks of a completed past ("by May, Iran had shipped …"): "by/until" a month
    /// without year is the latest such month, not the next one.</param>
    public IReadOnlyList<DateMention> Find(string text, int start, int end, DateOnly? reference, bool preferFuture = false, bool preferPast = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end > text.Length || start > end)
            throw new ArgumentOutOfRangeException(nameof(start), $"range [{start}, {end}) is outside the text (length {text.Length}); pass sentence offsets into the same text");
        if (reference is { } rv && (rv < Floor || rv > Ceiling))
            throw new ArgumentOutOfRangeException(nameof(reference), $"reference date {rv:yyyy-MM-dd} is outside {Floor:yyyy}-{Ceiling:yyyy}; pass the publication date, or null when unknown");
        List<DateMention>? result = null;
        // One pass: the anchored regex is tried only where a word that can begin a date expression starts.
        int pos = start;
        while (pos < end)
        {
            char c = text[pos];
            if (!char.IsLetterOrDigit(c) || (pos > start && IsWordChar(text[pos - 1])) || !MayStartDate(text, pos, end))
            {
                pos++;
                continue;
            }
            // A short window: the engine would otherwise walk to the end of the span after a failed anchored attempt.
            int window = Math.Min(end - pos, MaxExpressionLength);
            var m = _regex.Match(text, pos, window);
            if (m.Success && m.Index + m.Length == pos + window && window < end - pos)
                m = _regex.Match(text, pos, end - pos); // touches the window edge: decide on the full span
            if (m.Success && m.Length > 0 && TryResolve(m, reference, preferFuture, preferPast, out var range, out var kind, out var direction))
            {
                (result ??= []).Add(new DateMention(m.Index, m.Index + m.Length, m.Value, range, kind, direction));
                pos = m.Index + m.Length;
                continue;
            }
            pos++;
            while (pos < end && char.IsLetterOrDigit(text[pos])) pos++;
        }
        if (result is { Count: > 1 }) JoinRanges(text, result);
        return result ?? (IReadOnlyList<DateMention>)Array.Empty<DateMention>();
    }

    /// <summary>
    /// "between March 1 and March 3, 2024", "from 12 May to 2 June": two day or month expressions joined by and/to/through/until
    /// after "between" or "from" become one range. A first date without a year takes the second one's.
    /// </summary>
    private static void JoinRanges(string text, List<DateMention> found)
    {
        for (int i = found.Count - 2; i >= 0; i--)
        {
            var a = found[i];
            var b = found[i + 1];
            if (a.Direction != 0 || b.Direction != 0) continue;
            var gap = text.AsSpan(a.End, Math.Max(0, b.Start - a.End)).Trim();
            bool between = a.Text.StartsWith("between ", StringComparison.OrdinalIgnoreCase);
            bool from = a.Text.StartsWith("from ", StringComparison.OrdinalIgnoreCase);
            bool joined = (between && gap.Equals("and", StringComparison.OrdinalIgnoreCase))
                || (from && (gap.Equals("to", StringComparison.OrdinalIgnoreCase) || gap.Equals("through", StringComparison.OrdinalIgnoreCase)
                             || gap.Equals("until", StringComparison.OrdinalIgnoreCase) || gap.Equals("till", StringComparison.OrdinalIgnoreCase)));
            if (!joined) continue;
            var start = a.Range.Start;
            if (a.Kind == DateKind.Relative && b.Kind == DateKind.Explicit && a.Range.End.DayNumber - a.Range.Start.DayNumber <= 31)
            {
                int year = start.Month > b.Range.Start.Month ? b.Range.Start.Year - 1 : b.Range.Start.Year;
                int day = Math.Min(start.Day, DateTime.DaysInMonth(year, start.Month));
                start = new DateOnly(year, start.Month, day);
            }
            if (start > b.Range.End) continue;
            found[i] = new DateMention(a.Start, b.End, text[a.Start..b.End], new DateRange(start, b.Range.End), b.Kind, 0);
            found.RemoveAt(i + 1);
        }
    }

    /// <summary>Convenience: the whole text as one span.</summary>
    public IReadOnlyList<DateMention> Find(string text, DateOnly? reference, bool preferFuture = false) => Find(text, 0, text.Length, reference, preferFuture);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '$' or '€' or '£' or '/' or '.' or '-';

    /// <summary>
    /// A number opens a date only as a year ("2023", "1990s"), an ISO date, "9/11", a day before a month ("23 October",
    /// "5th of May"), or a count before a time unit ("two days ago" written "2 days ago"): "56 companies" and
    /// "1.1 percent" never reach the regex.
    /// </summary>
    private bool NumberMayStartDate(string text, int pos, int end)
    {
        int e = pos;
        while (e < end && char.IsDigit(text[e])) e++;
        int digits = e - pos;
        if (digits == 4 && (text[pos] == '1' && text[pos + 1] == '9' || text[pos] == '2' && text[pos + 1] is '0' or '1')) return true;
        if (digits > 2) return false;
        if (e < end && text[e] == '/') return true;
        // ordinal suffix, then optional "of"
        int w = e;
        while (w < end && char.IsLetter(text[w]) && w - e < 2) w++;
        if (w > e && !(w - e == 2 && (text.AsSpan(e, 2) is "st" or "nd" or "rd" or "th"))) return false;
        while (w < end && (text[w] == ' ' || text[w] == '-')) w++;
        int ws = w;
        while (w < end && char.IsLetter(text[w])) w++;
        if (w == ws) return false;
        var word = text.AsSpan(ws, w - ws);
        if (word.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            while (w < end && text[w] == ' ') w++;
            ws = w;
            while (w < end && char.IsLetter(text[w])) w++;
            word = text.AsSpan(ws, w - ws);
        }
        return MonthLookup.Contains(word) || _triggerLookup.Contains(word);
    }

    /// <summary>
    /// Cheap filter before the regex: a digit, or a word that can open a date expression. Common function words
    /// ("the", "in", "since", ...) qualify only when a following word does ("in the coming weeks", "since 2014").
    /// Never false where the regex could match: it only skips attempts the regex would fail.
    /// </summary>
    private bool MayStartDate(string text, int pos, int end, int depth = 0)
    {
        if (char.IsDigit(text[pos])) return NumberMayStartDate(text, pos, end);
        int e = pos;
        while (e < end && e - pos < 16 && char.IsLetter(text[e])) e++;
        if (e == pos) return false;
        var word = text.AsSpan(pos, e - pos);
        if (MonthLookup.Contains(word)) return char.IsUpper(text[pos]);
        // The first word of a named period ("Iran-Iraq war", "Soviet Union") opens a date only after a preposition,
        // direction or part word (the regex's context condition), never on its own: "Iran" alone is not tried.
        if (_triggerLookup.Contains(word)) return depth > 0 || !_periodOnlyLookup.Contains(word);
        if (depth >= 6 || !_weakLookup.Contains(word)) return false;
        if (e < end && text[e] == '-') e++; // "mid-2023"
        while (e < end && char.IsWhiteSpace(text[e])) e++;
        return e < end && MayStartDate(text, e, end, depth + 1);
    }

    private bool TryResolve(Match m, DateOnly? r, bool preferFuture, bool preferPast, out DateRange range, out DateKind kind, out int direction)
    {
        range = default; kind = DateKind.Explicit; direction = 0;
        var g = m.Groups;
        string dir = g[_gDir].Success ? Lower(g[_gDir].ValueSpan) : "";
        bool futureSense = preferFuture || (!preferPast && dir is "by" or "until" or "till");
        var partGroup = g[_gPart];
        string part = partGroup.Success ? Lower(partGroup.ValueSpan) : "";
        DateRange b;
        bool partApplies = true;

        if (g[_gAnch].Success)
        {
            if (!_periods.TryFind(g[_gPeriod].Value, out var p)) return false;
            kind = DateKind.Anchored;
            b = part switch
            {
                "start" or "beginning" or "early" or "outbreak" or "onset" => DateRange.Day(p.Range.Start),
                "end" or "late" or "fall" or "collapse" => DateRange.Day(p.Range.End),
                "eve" => DateRange.Day(p.Range.Start.AddDays(-1)),
                _ => p.Range,
            };
            partApplies = false;
        }
        else if (g[_gIso].Success)
        {
            if (!TryDay(Int(g[_gY]), Int(g[_gMo]), Int(g[_gD]), out var d)) return false;
            b = DateRange.Day(d);
        }
        else if (g[_gMdy].Success || g[_gDmy].Success)
        {
            int y = Int(g[_gY]), mo = MonthNumber(g[_gMon].ValueSpan), d1 = Int(g[_gD]);
            if (!TryDay(y, mo, d1, out var a)) return false;
            b = DateRange.Day(a);
            if (g[_gD2].Success)
            {
                if (!TryDay(y, mo, Int(g[_gD2]), out var z) || z < a) return false;
                b = new DateRange(a, z);
            }
        }
        else if (g[_gQh].Success)
        {
            int y;
            if (g[_gY].Success) y = Int(g[_gY]);
            else { if (r is not { } rr) return false; y = rr.Year + RelOffset(g[_gRyr].ValueSpan); kind = DateKind.Relative; }
            bool half = g[_gQu].ValueSpan is "H" || g[_gQu].ValueSpan.Equals("half", StringComparison.OrdinalIgnoreCase);
            int ord = Ordinal(g[_gOrd].ValueSpan, half ? 2 : 4);
            if (ord < 1 || ord > (half ? 2 : 4)) return false;
            int months = half ? 6 : 3;
            int first = (ord - 1) * months + 1;
            b = new DateRange(new DateOnly(y, first, 1), DateRange.Month(y, first + months - 1).End);
        }
        else if (g[_gFnm].Success)
        {
            int y;
            if (g[_gY].Success) y = Int(g[_gY]);
            else { if (r is not { } rr) return false; y = rr.Year + RelOffset(g[_gRyr].ValueSpan); kind = DateKind.Relative; }
            int n = ParseNum(g[_gN].ValueSpan);
            if (n < 1 || n > 12) return false;
            b = new DateRange(new DateOnly(y, 1, 1), DateRange.Month(y, n).End);
        }
        else if (g[_gMy].Success)
            b = DateRange.Month(Int(g[_gY]), MonthNumber(g[_gMon].ValueSpan));
        else if (g[_gMd].Success || g[_gDm].Success)
        {
            if (r is not { } rr) return false;
            int mo = MonthNumber(g[_gMon].ValueSpan), d1 = Int(g[_gD]);
            if (d1 < 1 || d1 > 31) return false;
            var limit = rr.AddDays(14);
            int y = rr.Year + 1;
            DateOnly a = default;
            bool found = false;
            for (int i = 0; i < 10 && !found; i++, y--)
                if (TryDay(y, mo, d1, out a) && a <= limit) found = true;
            if (!found) return false;
            b = DateRange.Day(a);
            if (g[_gD2].Success)
            {
                if (!TryDay(a.Year, mo, Int(g[_gD2]), out var z) || z < a) return false;
                b = new DateRange(a, z);
            }
            kind = DateKind.Relative;
        }
        else if (g[_gDec].Success)
        {
            int y = Int(g[_gY]);
            if (y + 9 > 2100) return false;
            b = new DateRange(new DateOnly(y, 1, 1), new DateOnly(y + 9, 12, 31));
        }
        else if (g[_gYrange].Success)
        {
            int y = Int(g[_gY]), y2 = Int(g[_gY2]);
            if (g[_gY2].Length == 2) y2 += y / 100 * 100;
            if (y2 <= y || y2 - y > 50 || y2 > 2100) return false;
            b = new DateRange(new DateOnly(y, 1, 1), new DateOnly(y2, 12, 31));
        }
        else if (g[_gMb].Success)
        {
            if (r is not { } rr) return false;
            int mo = MonthNumber(g[_gMon].ValueSpan);
            string rel = g[_gMrel].Success ? Lower(g[_gMrel].ValueSpan) : "";
            int y = rel switch
            {
                "last" => mo < rr.Month ? rr.Year : rr.Year - 1,
                "this" => rr.Year,
                "next" => mo > rr.Month ? rr.Year : rr.Year + 1,
                _ => futureSense ? (mo >= rr.Month ? rr.Year : rr.Year + 1) : (mo <= rr.Month ? rr.Year : rr.Year - 1),
            };
            b = DateRange.Month(y, mo);
            kind = DateKind.Relative;
        }
        else if (g[_gYb].Success)
            b = DateRange.Year(Int(g[_gY]));
        else
        {
            if (r is not { } rr) return false;
            kind = DateKind.Relative;
            if (!TryRelative(g, rr, futureSense, out b)) return false;
        }

        if (part.Length > 0 && partApplies && !TryApplyPart(b, part, r, out b)) return false;
        if (part is "earlier" or "later") kind = DateKind.Relative;

        switch (dir)
        {
            case "since" or "ever since":
                range = new DateRange(b.Start, Max(b.Start, r ?? Ceiling)); direction = 1; break;
            case "after" or "following":
                {
                    var s = b.End.AddDays(1);
                    range = new DateRange(s, Max(s, r ?? Ceiling)); direction = 1; break;
                }
            case "before" or "prior to":
                range = new DateRange(Floor, Max(Floor, b.Start.AddDays(-1))); direction = -1; break;
            case "until" or "till" or "by":
                range = new DateRange(r is { } rd && rd <= b.End ? rd : Floor, b.End); direction = -1; break;
            default:
                range = b; break;
        }
        return true;
    }

    private bool TryRelative(GroupCollection g, DateOnly r, bool futureSense, out DateRange b)
    {
        b = default;
        if (g[_gRu].Success)
        {
            string rel = g[_gRel].Success ? Lower(g[_gRel].ValueSpan) : "this";
            string unit = Lower(g[_gUnit].ValueSpan);
            bool rolling = rel is "the past" or "the last";
            bool coming = rel is "the coming";
            int off = rel switch { "last" or "the previous" => -1, "next" or "the next" => 1, _ => 0 };
            switch (unit)
            {
                case "week":
                    if (rolling) { b = new DateRange(r.AddDays(-7), r); return true; }
                    if (coming) { b = new DateRange(r, r.AddDays(7)); return true; }
                    var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7) + 7 * off);
                    b = new DateRange(monday, monday.AddDays(6)); return true;
                case "month":
                    if (rolling) { b = new DateRange(r.AddMonths(-1), r); return true; }
                    if (coming) { b = new DateRange(r, r.AddMonths(1)); return true; }
                    var mm = r.AddMonths(off);
                    b = DateRange.Month(mm.Year, mm.Month); return true;
                case "year":
                    if (rolling) { b = new DateRange(r.AddYears(-1), r); return true; }
                    if (coming) { b = new DateRange(r, r.AddYears(1)); return true; }
                    b = DateRange.Year(r.Year + off); return true;
                case "decade":
                    if (rolling || off == -1) { b = new DateRange(r.AddYears(-10), r); return true; }
                    if (coming || off == 1) { b = new DateRange(r, r.AddYears(10)); return true; }
                    int d0 = r.Year / 10 * 10;
                    b = new DateRange(new DateOnly(d0, 1, 1), new DateOnly(d0 + 9, 12, 31)); return true;
            }
            return false;
        }
        if (g[_gAgo].Success)
        {
            int n = ParseNum(g[_gN].ValueSpan);
            if (n <= 0) return false;
            switch (UnitOf(g[_gUnit].ValueSpan))
            {
                case 'd': b = DateRange.Day(r.AddDays(-n)); return true;
                case 'w': var c = r.AddDays(-7 * n); b = new DateRange(c.AddDays(-3), c.AddDays(3)); return true;
                case 'm': var mm = r.AddMonths(-n); b = DateRange.Month(mm.Year, mm.Month); return true;
                case 'y': b = DateRange.Year(r.Year - n); return true;
                case 'D': b = new DateRange(new DateOnly(r.Year - 10 * n - 2, 1, 1), new DateOnly(r.Year - 10 * n + 2, 12, 31)); return true;
            }
            return false;
        }
        if (g[_gCom].Success)
        {
            int n = g[_gN].Success ? ParseNum(g[_gN].ValueSpan) : 0;
            char u = UnitOf(g[_gUnit].ValueSpan);
            b = new DateRange(r, Shift(r, u, n > 0 ? n : DefaultCount(u, future: true)));
            return true;
        }
        if (g[_gPast].Success)
        {
            int n = g[_gN].Success ? ParseNum(g[_gN].ValueSpan) : 0;
            char u = UnitOf(g[_gUnit].ValueSpan);
            b = new DateRange(Shift(r, u, -(n > 0 ? n : DefaultCount(u, future: false))), r);
            return true;
        }
        if (g[_gDur].Success)
        {
            char u = UnitOf(g[_gUnit].ValueSpan);
            int n = g[_gN].Success ? ParseNum(g[_gN].ValueSpan) : (u == 'D' ? 2 : 0);
            if (n <= 0) return false;
            if (!g[_gQ].Success && u != 'D') return false; // "for 20 years" may be a future term; "for over a decade" is not
            b = new DateRange(Shift(r, u, -n), r);
            return true;
        }
        if (g[_gDw].Success)
        {
            var w = Lower(g[_gDword].ValueSpan);
            b = DateRange.Day(w switch { "yesterday" => r.AddDays(-1), "tomorrow" => r.AddDays(1), "today" => r, _ => r.AddDays(-2) });
            return true;
        }
        if (g[_gWd].Success)
        {
            var target = WeekdayOf(g[_gWday].ValueSpan);
            string rel = g[_gWrel].Success ? Lower(g[_gWrel].ValueSpan) : "";
            int back = ((int)r.DayOfWeek - (int)target + 7) % 7;
            DateOnly d;
            if (rel == "next" || (rel == "" && futureSense)) { int fwd = ((int)target - (int)r.DayOfWeek + 7) % 7; d = r.AddDays(rel == "next" && fwd == 0 ? 7 : fwd); }
            else if (rel is "last" or "past") d = r.AddDays(back == 0 ? -7 : -back);
            else d = r.AddDays(-back);
            b = DateRange.Day(d);
            return true;
        }
        return false;
    }

    private static bool TryApplyPart(DateRange b, string part, DateOnly? r, out DateRange result)
    {
        result = b;
        if (part is "earlier" or "later")
        {
            if (r is not { } rr || !b.Contains(rr)) return false;
            result = part == "earlier" ? new DateRange(b.Start, rr) : new DateRange(rr, b.End);
            return true;
        }
        bool wholeYears = b.Start.Month == 1 && b.Start.Day == 1 && b.End.Month == 12 && b.End.Day == 31;
        if (wholeYears && b.Start.Year == b.End.Year)
        {
            int y = b.Start.Year;
            (int a, int z) = part switch
            {
                "early" => (1, 4), "mid" or "middle" => (5, 8), "late" => (9, 12), "end" => (11, 12), "beginning" or "start" => (1, 2),
                "spring" => (3, 5), "summer" => (6, 8), "autumn" or "fall" => (9, 11), _ => (0, 0),
            };
            if (a == 0) return false;
            result = new DateRange(new DateOnly(y, a, 1), DateRange.Month(y, z).End);
            return true;
        }
        if (wholeYears && b.End.Year - b.Start.Year == 9 && b.Start.Year % 10 == 0)
        {
            int y = b.Start.Year;
            (int a, int z) = part switch { "early" or "beginning" or "start" => (0, 3), "mid" or "middle" => (3, 6), "late" or "end" => (7, 9), _ => (-1, -1) };
            if (a < 0) return false;
            result = new DateRange(new DateOnly(y + a, 1, 1), new DateOnly(y + z, 12, 31));
            return true;
        }
        bool wholeMonth = b.Start.Day == 1 && b.Start.Year == b.End.Year && b.Start.Month == b.End.Month && b.End.Day == DateTime.DaysInMonth(b.End.Year, b.End.Month);
        if (wholeMonth)
        {
            (int a, int z) = part switch { "early" or "beginning" or "start" => (1, 10), "mid" or "middle" => (11, 20), "late" or "end" => (21, b.End.Day), _ => (0, 0) };
            if (a == 0) return false;
            result = new DateRange(new DateOnly(b.Start.Year, b.Start.Month, a), new DateOnly(b.Start.Year, b.Start.Month, z));
            return true;
        }
        if (b.Days < 3) return part is not ("spring" or "summer" or "autumn" or "fall");
        int third = b.Days / 3;
        result = part switch
        {
            "early" or "beginning" or "start" => new DateRange(b.Start, b.Start.AddDays(third - 1)),
            "mid" or "middle" => new DateRange(b.Start.AddDays(third), b.End.AddDays(-third)),
            "late" or "end" => new DateRange(b.End.AddDays(-(third - 1)), b.End),
            _ => b,
        };
        return part is not ("spring" or "summer" or "autumn" or "fall" or "collapse" or "outbreak" or "onset" or "eve");
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Shift(DateOnly r, char unit, int n) => unit switch
    {
        'd' => r.AddDays(n), 'w' => r.AddDays(7 * n), 'm' => r.AddMonths(n), 'y' => r.AddYears(n), _ => r.AddYears(10 * n),
    };

    private static int DefaultCount(char unit, bool future) => unit switch
    {
        'd' => future ? 14 : 7, 'w' => 6, 'm' => 6, 'y' => future ? 3 : 5, _ => 2,
    };

    private static char UnitOf(ReadOnlySpan<char> s) => char.ToLowerInvariant(s[0]) switch
    {
        'd' => s.Length > 1 && char.ToLowerInvariant(s[1]) == 'e' ? 'D' : 'd', 'w' => 'w', 'm' => 'm', _ => 'y',
    };

    private static bool TryDay(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    private static int Int(Group g)
    {
        int v = 0;
        foreach (var c in g.ValueSpan) if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
        return v;
    }

    private static string Lower(ReadOnlySpan<char> s)
    {
        // Collapse inner whitespace so "ever  since" and "prior\nto" compare equal to the canonical spelling.
        Span<char> buf = stackalloc char[Math.Min(s.Length, 64)];
        int n = 0;
        bool space = false;
        foreach (var c in s)
        {
            if (n >= buf.Length) break;
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && n > 0) buf[n++] = ' ';
            space = false;
            if (n < buf.Length) buf[n++] = char.ToLowerInvariant(c);
        }
        return new string(buf[..n]);
    }

    private static int RelOffset(ReadOnlySpan<char> s)
    {
        var l = Lower(s);
        if (l.StartsWith("last") || l.StartsWith("the previous")) return -1;
        if (l.StartsWith("next") || l.StartsWith("the next") || l.StartsWith("the coming")) return 1;
        return 0;
    }

    private static int Ordinal(ReadOnlySpan<char> s, int last)
    {
        if (s.Length == 1) return s[0] - '0';
        return char.ToLowerInvariant(s[0]) switch
        {
            'f' => s.Length > 1 && char.ToLowerInvariant(s[1]) == 'o' ? 4 : s.Length > 2 && char.ToLowerInvariant(s[2]) == 'n' ? last : 1,
            's' => 2, 't' => 3, 'l' => last, '1' => 1, '2' => 2, '3' => 3, '4' => 4, _ => 0,
        };
    }

    internal static int MonthNumber(ReadOnlySpan<char> s)
    {
        if (s.Length < 3) return 0;
        Span<char> k = stackalloc char[3];
        for (int i = 0; i < 3; i++) k[i] = char.ToLowerInvariant(s[i]);
        return k switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
        };
    }

    private static DayOfWeek WeekdayOf(ReadOnlySpan<char> s) => char.ToLowerInvariant(s[0]) switch
    {
        'm' => DayOfWeek.Monday,
        't' => char.ToLowerInvariant(s[1]) == 'u' ? DayOfWeek.Tuesday : DayOfWeek.Thursday,
        'w' => DayOfWeek.Wednesday,
        'f' => DayOfWeek.Friday,
        's' => char.ToLowerInvariant(s[1]) == 'a' ? DayOfWeek.Saturday : DayOfWeek.Sunday,
        _ => DayOfWeek.Monday,
    };

    /// <summary>Parses "two", "several", "15"; numbers above 100 are rejected (0) so date arithmetic stays in range.</summary>
    private static int ParseNum(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && char.IsAsciiDigit(s[0]))
        {
            int v = 0;
            foreach (var c in s) if (char.IsAsciiDigit(c)) v = v * 10 + (c - '0');
            return v <= 100 ? v : 0;
        }
        var l = Lower(s);
        return l switch
        {
            "a" or "an" or "one" => 1, "two" or "a couple of" => 2, "three" or "a few" or "few" => 3, "four" => 4, "five" or "several" => 5,
            "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15,
            "twenty" => 20, "thirty" => 30, _ => 0,
        };
    }
}
