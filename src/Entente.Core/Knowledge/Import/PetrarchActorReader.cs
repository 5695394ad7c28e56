using System.Collections.Immutable;
using System.Globalization;

namespace Entente.Core.Knowledge.Import;

/// <summary>
/// Reads a PETRARCH/TABARI actor dictionary (see PETRARCH2's <c>dictionaries-format.rst</c>): records of a primary
/// phrase (optionally with <c>[code]</c> groups on the same line), <c>+</c> synonym lines and tab-indented date
/// restrictions <c>[CODE date-date]</c>, <c>[CODE &lt;date]</c>, <c>[CODE &gt;date]</c>, <c>[CODE]</c>. Dates are YYMMDD
/// (00–30 → 20YY, else 19YY, as in KEDS/TABARI) or YYYYMMDD. Comments start with <c>#</c> (or the old <c>;</c>).
/// A primary line without codes that is followed by another primary line joins that record, as PETRARCH does.
/// Lines it cannot read become <see cref="ImportProblem"/>s (file:line); the rest of the file is read.
/// </summary>
public sealed class PetrarchActorReader
{
    public static (ImmutableArray<PetrarchActor> Actors, ImmutableArray<ImportProblem> Problems) Read(TextReader reader, string path)
    {
        var actors = ImmutableArray.CreateBuilder<PetrarchActor>();
        var problems = ImmutableArray.CreateBuilder<ImportProblem>();
        string? phrase = null; int phraseLine = 0; string comment = "";
        var synonyms = new List<string>();
        var codes = new List<PetrarchCode>();

        void Flush()
        {
            if (phrase != null) actors.Add(new PetrarchActor(phrase, phraseLine, [.. synonyms], [.. codes], comment));
            phrase = null; synonyms.Clear(); codes.Clear(); comment = "";
        }

        string? raw;
        int lineNo = 0;
        while ((raw = reader.ReadLine()) != null)
        {
            lineNo++;
            if (raw.Contains("---STOP---", StringComparison.Ordinal)) break;
            var (body, note) = SplitComment(raw);
            if (body.Trim().Length == 0 || body.TrimStart().StartsWith("<!", StringComparison.Ordinal)) continue;
            if (body[0] == '\t' || body[0] == ' ')
            {
                if (phrase == null) { problems.Add(new(path, lineNo, "a date restriction comes before any actor phrase")); continue; }
                if (!body.Contains('[')) { problems.Add(new(path, lineNo, $"indented line '{body.Trim()}' holds no [code]")); continue; }
                ReadCodes(body, path, lineNo, codes, problems);
                continue;
            }
            if (body[0] == '+')
            {
                if (phrase == null) { problems.Add(new(path, lineNo, "a '+' synonym comes before any actor phrase")); continue; }
                var syn = PhraseOf(body[1..]);
                if (syn.Length == 0) problems.Add(new(path, lineNo, "empty '+' synonym"));
                else synonyms.Add(syn);
                if (body.Contains('[')) ReadCodes(body, path, lineNo, codes, problems);
                continue;
            }
            var primary = PhraseOf(body);
            if (primary.Length == 0) { problems.Add(new(path, lineNo, $"cannot read an actor phrase in '{body.Trim()}'")); continue; }
            if (phrase != null && codes.Count > 0) Flush();
            if (phrase == null) { phrase = primary; phraseLine = lineNo; comment = note; }
            else synonyms.Add(primary);   // the previous primary had no code yet: PETRARCH gives it this record's codes
            if (body.Contains('[')) ReadCodes(body, path, lineNo, codes, problems);
        }
        Flush();
        return (actors.ToImmutable(), problems.ToImmutable());
    }

    private static (string Body, string Comment) SplitComment(string line)
    {
        int cut = line.Length;
        int hash = line.IndexOf('#'); if (hash >= 0) cut = hash;
        int semi = line.IndexOf(';'); if (semi >= 0 && semi < cut) cut = semi;
        return (line[..cut].TrimEnd(), cut < line.Length ? line[(cut + 1)..].Trim() : "");
    }

    /// <summary>The phrase part of a line: everything before the first '[' (PETRARCH spelling, underscores kept).</summary>
    private static string PhraseOf(string body)
    {
        int b = body.IndexOf('[');
        return (b >= 0 ? body[..b] : body).Trim();
    }

    private static void ReadCodes(string body, string path, int lineNo, List<PetrarchCode> codes, ImmutableArray<ImportProblem>.Builder problems)
    {
        int i = 0;
        while ((i = body.IndexOf('[', i)) >= 0)
        {
            int close = body.IndexOfAny([']', '}'], i + 1);
            if (close < 0) { problems.Add(new(path, lineNo, $"unclosed '[' in '{body.Trim()}'")); return; }
            var inner = body[(i + 1)..close].Trim();
            i = close + 1;
            if (TryParseRestriction(inner, lineNo, out var code, out var error)) codes.Add(code);
            else problems.Add(new(path, lineNo, error));
        }
    }

    /// <summary>Parses the inside of <c>[…]</c>: a code and an optional date restriction.</summary>
    public static bool TryParseRestriction(string inner, int line, out PetrarchCode code, out string error)
    {
        code = null!; error = "";
        int sp = inner.IndexOfAny([' ', '\t']);
        var c = sp < 0 ? inner : inner[..sp];
        var rest = sp < 0 ? "" : inner[sp..].Trim();
        if (c.Length == 0 || !c.All(ch => ch is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
        {
            error = $"'[{inner}]': the code '{c}' is not upper-case letters";
            return false;
        }
        if (rest.Length == 0) { code = new PetrarchCode(c, null, null, false, line); return true; }
        if (rest[0] is '<' or '>')
        {
            var d = rest[1..].Trim();
            if (!TryParseDate(d, out var date)) { error = $"'[{inner}]': '{d}' is not a date (YYMMDD or YYYYMMDD)"; return false; }
            code = rest[0] == '<' ? new PetrarchCode(c, null, date, true, line) : new PetrarchCode(c, date, null, true, line);
            return true;
        }
        int dash = rest.IndexOf('-');
        if (dash < 0) { error = $"'[{inner}]': expected <date, >date or date-date after the code"; return false; }
        var a = rest[..dash].Trim(); var b = rest[(dash + 1)..].Trim();
        if (!TryParseDate(a, out var from)) { error = $"'[{inner}]': '{a}' is not a date (YYMMDD or YYYYMMDD)"; return false; }
        if (!TryParseDate(b, out var to)) { error = $"'[{inner}]': '{b}' is not a date (YYMMDD or YYYYMMDD)"; return false; }
        if (to < from) { error = $"'[{inner}]': the end date is before the start date"; return false; }
        code = new PetrarchCode(c, from, to, true, line);
        return true;
    }

    /// <summary>YYMMDD (00–30 → 20YY, else 19YY) or YYYYMMDD; any other length is refused rather than guessed.</summary>
    public static bool TryParseDate(string s, out DateOnly date)
    {
        date = default;
        if (!s.All(char.IsAsciiDigit)) return false;
        int y, m, d;
        if (s.Length == 6)
        {
            y = int.Parse(s[..2], CultureInfo.InvariantCulture);
            y += y <= 30 ? 2000 : 1900;
            m = int.Parse(s[2..4], CultureInfo.InvariantCulture); d = int.Parse(s[4..6], CultureInfo.InvariantCulture);
        }
        else if (s.Length == 8)
        {
            y = int.Parse(s[..4], CultureInfo.InvariantCulture);
            m = int.Parse(s[4..6], CultureInfo.InvariantCulture); d = int.Parse(s[6..8], CultureInfo.InvariantCulture);
        }
        else return false;
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }
}
