using System.Collections.Frozen;
using System.Collections.Immutable;
using Entente.Core.Knowledge;

namespace Entente.Core.Time;

/// <summary>A named period or event used as a date anchor ("the Cold War", "Russia's invasion of Ukraine").</summary>
/// <param name="Phrases">The phrases naming it, as written in the data file.</param>
/// <param name="Range">Inclusive day range (a single day for events).</param>
/// <param name="Location">file:line of the row, for messages.</param>
public sealed record Period(ImmutableArray<string> Phrases, DateRange Range, string Notes, string Location);

/// <summary>
/// The named periods of <c>data/time/periods.tsv</c> (<c># kind: periods</c>; columns <c>phrase start end notes</c>).
/// Lookup is case-insensitive, ignores a leading "the", curly apostrophes and repeated spaces.
/// </summary>
public sealed class PeriodTable
{
    public const string Kind = "periods";

    public ImmutableArray<Period> Periods { get; }
    private readonly FrozenDictionary<string, Period> _byPhrase;

    public PeriodTable(IEnumerable<Period> periods)
    {
        Periods = [.. periods];
        var dict = new Dictionary<string, Period>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in Periods)
            foreach (var phrase in p.Phrases)
            {
                var key = Normalize(phrase);
                if (key.Length == 0) continue;
                if (dict.TryGetValue(key, out var other) && other.Range != p.Range)
                {
                    var at = p.Location.LastIndexOf(':');
                    int line = at > 0 && int.TryParse(p.Location[(at + 1)..], out var l) ? l : 0;
                    throw new DataFileException(at > 0 ? p.Location[..at] : p.Location, line,
                        $"phrase '{phrase}' is already defined at {other.Location} with a different range",
                        "keep one row per phrase, or make the phrase more specific");
                }
                dict[key] = p;
            }
        _byPhrase = dict.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static PeriodTable Load(string path)
    {
        var table = DataTable.Load(path, Kind, "phrase", "start");
        var list = new List<Period>(table.Rows.Length);
        foreach (var row in table.Rows)
        {
            var phrases = row.List("phrase");
            if (phrases.IsEmpty) throw row.Error("column 'phrase' is empty", "name the period, e.g. 'the Cold War'");
            var start = row.OptionalDate("start") ?? throw row.Error("column 'start' is empty", "write the first day as YYYY-MM-DD");
            var end = row.OptionalDate("end") ?? start;
            if (end < start) throw row.Error($"end {end:yyyy-MM-dd} is before start {start:yyyy-MM-dd}", "swap the dates");
            list.Add(new Period(phrases, new DateRange(start, end), row["notes"], row.Location));
        }
        return new PeriodTable(list);
    }

    /// <summary>Finds a period by phrase ("The Cold War", "Russia’s invasion of Ukraine").</summary>
    public bool TryFind(string phrase, out Period period)
    {
        var key = Normalize(phrase);
        if (_byPhrase.TryGetValue(key, out var p)) { period = p; return true; }
        period = null!;
        return false;
    }

    /// <summary>All phrases with a leading "the" removed (the recognizer makes "the" optional).</summary>
    internal IEnumerable<string> PhrasesWithoutArticle() => _byPhrase.Keys;

    internal static string Normalize(string phrase)
    {
        var sb = new System.Text.StringBuilder(phrase.Length);
        bool space = false;
        foreach (var ch in phrase.Trim())
        {
            if (char.IsWhiteSpace(ch)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(ch switch { '’' or '‘' => '\'', '–' or '—' => '-', _ => ch });
        }
        var s = sb.ToString();
        return s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
    }
}
