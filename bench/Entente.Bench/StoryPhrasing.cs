namespace Entente.Bench;

/// <summary>
/// Writes one sentence about a story in varied words: several templates per kind (active and passive, subject as the
/// state, its capital or a named official in office on the story's date), an explicit date ("on March 3", "in March 2023"),
/// a relative one consistent with the publication date ("on Tuesday", "last week", "earlier this month") or none.
/// Template ids ("arms.A3") go into the ground truth so extraction failures can be traced to a phrasing.
/// </summary>
internal sealed class StoryPhrasing
{
    private static readonly string[] NumberWords = ["Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Ten", "Twelve"];

    private readonly Random _r;
    private readonly bool _hard;

    /// <param name="hard">Also use phrasings the analyzer is known to miss (passives such as "was signed by", "ordered the
    /// expulsion of", negations such as "has not delivered any"); they are listed last in each kind and marked "hard" in the docs.</param>
    public StoryPhrasing(Random rng, bool hard = false) { _r = rng; _hard = hard; }

    /// <summary>A template index: one of the <paramref name="easy"/> first ones, or of all when hard phrasings are on.</summary>
    private int Pick(int easy, int hard) => _r.Next(_hard ? easy + hard : easy);

    /// <summary>A report of the story in an article published on <paramref name="published"/> (no final period).</summary>
    /// <param name="noDateShare">Probability that the sentence carries no date at all.</param>
    public (string Text, string Template) Report(Story s, DateOnly published, double noDateShare)
    {
        string date = DatePhrase(s.Date, published, noDateShare);
        bool front = date.Length > 0 && _r.Next(5) == 0; // "On March 3, Iran delivered ..."
        string d = front ? "" : date;
        var (text, id) = s.Kind switch
        {
            StoryKind.ArmsDelivery => Arms(s, d),
            StoryKind.Meeting => Meeting(s, d),
            StoryKind.Agreement => Agreement(s, d),
            StoryKind.Sanctions => Sanctions(s, d),
            StoryKind.Strike => Strike(s, d),
            StoryKind.Accusation => Accusation(s, d),
            StoryKind.Expulsion => Expulsion(s, d),
            StoryKind.AidPledge => Aid(s, d),
            _ => throw new ArgumentOutOfRangeException(nameof(s), s.Kind, "unknown story kind"),
        };
        if (front) text = Cap(date.TrimStart()) + ", " + Decap(text);
        return (Cap(text), $"{StoryKinds.Slug(s.Kind)}.{id}");
    }

    /// <summary>A denial of the story by its source party (arms deliveries and strikes), no final period.</summary>
    public (string Text, string Template) Denial(Story s)
    {
        var src = s.Source;
        var (text, id) = s.Kind switch
        {
            StoryKind.ArmsDelivery => Pick(3, 1) switch
            {
                0 => ($"{(_r.Next(2) == 0 ? src.Name : src.Capital)} denied that it had sent {s.Equipment} {s.EquipmentNoun} to {Obj(s.Target)}", "AD1"),
                1 => ($"{Speaker(src, s.Date)} denied reports that {src.Name} had supplied {s.Equipment} {s.EquipmentNoun} to {Obj(s.Target)}", "AD2"),
                2 => ($"{Speaker(src, s.Date)} rejected claims that {src.Name} had delivered {s.Equipment} {s.EquipmentNoun} to {Obj(s.Target)}", "AD4"),
                _ => ($"{src.Name} has not delivered any {s.Equipment} {s.EquipmentNoun} to {s.Target.Name}, officials in {src.Capital} insisted", "AD3"),
            },
            StoryKind.Strike => Pick(2, 3) switch
            {
                0 => ($"{Speaker(src, s.Date)} denied that {src.Name} had attacked {Obj(s.Target)}", "KD2"),
                1 => ($"{Speaker(src, s.Date)} rejected reports that {src.Name} had struck {Obj(s.Target)}", "KD5"),
                2 => ($"{Subj(src, s.Date)} denied that its forces had attacked {Obj(s.Target)}", "KD4"),
                3 => ($"{Subj(src, s.Date)} denied carrying out the attack on {Obj(s.Target)}", "KD1"),
                _ => ($"{Subj(src, s.Date)} rejected claims that its forces had struck {Obj(s.Target)}", "KD3"),
            },
            _ => throw new ArgumentException($"stories of kind {s.Kind} are never denied (hint: only arms deliveries and strikes are)", nameof(s)),
        };
        return (Cap(text), $"{StoryKinds.Slug(s.Kind)}.{id}");
    }

    // --- kinds; {d} is " on March 3" or "" ---

    private (string, string) Arms(Story s, string d)
    {
        string what = $"{s.Quantity} {s.Equipment} {s.EquipmentNoun}";
        return _r.Next(6) switch
        {
            0 => ($"{Subj(s.Source, s.Date)} delivered {what} to {Obj(s.Target)}{d}", "A1"),
            1 => ($"{Subj(s.Source, s.Date)} has sent {what} to {Obj(s.Target)}{d}, officials said", "A2"),
            2 => ($"{Subj(s.Target, s.Date)} received {what} from {Obj(s.Source)}{d}", "A3"),
            3 => ($"A batch of {what} was delivered to {Obj(s.Target)} by {Obj(s.Source)}{d}", "A4"),
            4 => ($"{Subj(s.Source, s.Date)} supplied {Obj(s.Target)} with {what}{d}", "A5"),
            _ => ($"{Subj(s.Source, s.Date)} shipped {what} to {Obj(s.Target)}{d}, according to {s.Target.Adjective} officials", "A6"),
        };
    }

    private (string, string) Meeting(Story s, string d)
    {
        string city = _r.Next(2) == 0 ? s.Source.Capital : s.Target.Capital;
        return Pick(5, 1) switch
        {
            0 => ($"{Speaker(s.Source, s.Date)} met {Speaker(s.Target, s.Date)} in {city}{d}", "M1"),
            1 => ($"{Speaker(s.Source, s.Date)} held talks with {Speaker(s.Target, s.Date)} in {city}{d}", "M2"),
            2 => ($"{Speaker(s.Source, s.Date)} visited {s.Target.Capital}{d} for talks on {s.Topic}", "M3"),
            3 => ($"{Speaker(s.Target, s.Date)} hosted {Speaker(s.Source, s.Date)} in {s.Target.Capital}{d}", "M4"),
            4 => ($"{Speaker(s.Source, s.Date)} travelled to {s.Target.Capital}{d} for talks with {Speaker(s.Target, s.Date)}", "M6"),
            _ => ($"{Speaker(s.Source, s.Date)} was received by {Speaker(s.Target, s.Date)} in {s.Target.Capital}{d}", "M5"),
        };
    }

    private (string, string) Agreement(Story s, string d) => Pick(5, 2) switch
    {
        0 => ($"{Subj(s.Source, s.Date)} and {Obj(s.Target)} signed an agreement on {s.Topic}{d}", "G1"),
        1 => ($"{Subj(s.Source, s.Date)} signed a deal on {s.Topic} with {Obj(s.Target)}{d}", "G2"),
        2 => ($"{Subj(s.Source, s.Date)} and {Obj(s.Target)} reached an agreement on {s.Topic}{d}", "G6"),
        3 => ($"{Speaker(s.Source, s.Date)} signed a memorandum on {s.Topic} with {Speaker(s.Target, s.Date)}{d}", "G7"),
        4 => ($"{Subj(s.Source, s.Date)} and {Obj(s.Target)} concluded an accord on {s.Topic}{d}", "G5"),
        5 => ($"{Speaker(s.Source, s.Date)} and {Speaker(s.Target, s.Date)} signed a memorandum on {s.Topic}{d}", "G4"),
        _ => ($"An agreement on {s.Topic} was signed by {s.Source.Name} and {s.Target.Name}{d}", "G3"),
    };

    private (string, string) Sanctions(Story s, string d) => Pick(5, 1) switch // governments, not ministers, impose sanctions
    {
        0 => ($"{State(s.Source)} imposed sanctions on {s.Quantity} {s.Target.Adjective} companies{d}", "S1"),
        1 => ($"{State(s.Source)} imposed new sanctions on {Obj(s.Target)}{d} over {s.Topic}", "S2"),
        2 => ($"{State(s.Source)} sanctioned {s.Quantity} {s.Target.Adjective} entities{d}", "S3"),
        3 => ($"New sanctions were imposed on {Obj(s.Target)} by {Obj(s.Source)}{d}", "S4"),
        4 => ($"{State(s.Source)} blacklisted {s.Quantity} {s.Target.Adjective} firms{d}", "S6"),
        _ => ($"{State(s.Source)} announced sanctions against {Obj(s.Target)}{d}", "S5"),
    };

    private (string, string) Strike(Story s, string d) => _r.Next(5) switch
    {
        0 => ($"{s.Source.Adjective} forces launched {s.Quantity} {s.Equipment} {s.EquipmentNoun} at {Obj(s.Target)}{d}", "K1"),
        1 => ($"{State(s.Source)} struck targets in {Obj(s.Target)}{d}", "K2"),
        2 => ($"{State(s.Source)} carried out air strikes on {Obj(s.Target)}{d}", "K3"),
        3 => ($"{State(s.Source)} attacked {Obj(s.Target)} with {s.Equipment} {s.EquipmentNoun}{d}", "K4"),
        _ => ($"{s.Target.Name} was hit by {s.Source.Adjective} {s.EquipmentNoun}{d}", "K5"),
    };

    private (string, string) Accusation(Story s, string d)
    {
        string offence = StoryVocabulary.Offences[s.Quantity % StoryVocabulary.Offences.Length];
        return _r.Next(5) switch
        {
            0 => ($"{Subj(s.Source, s.Date)} accused {Obj(s.Target)} of {offence}{d}", "C1"),
            1 => ($"{Subj(s.Source, s.Date)} condemned {Obj(s.Target)}{d} for {offence}", "C2"),
            2 => ($"{Subj(s.Source, s.Date)} criticised {Obj(s.Target)}{d} over {offence}", "C3"),
            3 => ($"{s.Target.Name} was accused by {Obj(s.Source)} of {offence}{d}", "C4"),
            _ => ($"{Subj(s.Source, s.Date)} blamed {Obj(s.Target)} for {offence}{d}", "C5"),
        };
    }

    private (string, string) Expulsion(Story s, string d)
    {
        int n = 2 + s.Quantity % 9;
        return Pick(6, 3) switch
        {
            0 => ($"{Subj(s.Source, s.Date)} expelled {n} {s.Target.Adjective} diplomats{d}", "E1"),
            1 => ($"{Subj(s.Source, s.Date)} expelled {s.Target.Name}'s ambassador{d}", "E7"),
            2 => ($"{NumberWords[s.Quantity % NumberWords.Length]} {s.Target.Adjective} diplomats were expelled by {Obj(s.Source)}{d}", "E3"),
            3 => ($"{Subj(s.Source, s.Date)} expelled the {s.Target.Adjective} ambassador{d}", "E4"),
            4 => ($"{Subj(s.Source, s.Date)} expelled {n} {s.Target.Adjective} embassy staff{d}", "E8"),
            5 => ($"{Subj(s.Source, s.Date)} expelled {n} diplomats of {s.Target.Name}{d}", "E9"),
            6 => ($"{Subj(s.Source, s.Date)} expelled {n} diplomats from the {s.Target.Adjective} embassy{d}", "E6"),
            7 => ($"{Subj(s.Source, s.Date)} announced the expulsion of {n} {s.Target.Adjective} diplomats{d}", "E5"),
            _ => ($"{Subj(s.Source, s.Date)} ordered the expulsion of {n} {s.Target.Adjective} diplomats{d}", "E2"),
        };
    }

    private (string, string) Aid(Story s, string d) => Pick(5, 2) switch
    {
        0 => ($"{Subj(s.Source, s.Date)} pledged ${s.Quantity} million in aid to {Obj(s.Target)}{d}", "P1"),
        1 => ($"{Subj(s.Source, s.Date)} promised {Obj(s.Target)} ${s.Quantity} million in reconstruction aid{d}", "P2"),
        2 => ($"{Subj(s.Source, s.Date)} pledged humanitarian aid worth ${s.Quantity} million to {Obj(s.Target)}{d}", "P6"),
        3 => ($"{Subj(s.Source, s.Date)} offered {Obj(s.Target)} a ${s.Quantity} million aid package{d}", "P4"),
        4 => ($"{Subj(s.Source, s.Date)} promised ${s.Quantity} million in aid to {Obj(s.Target)}{d}", "P7"),
        5 => ($"{Subj(s.Source, s.Date)} pledged to provide {Obj(s.Target)} with ${s.Quantity} million{d}", "P3"),
        _ => ($"A ${s.Quantity} million aid package for {Obj(s.Target)} was pledged by {Obj(s.Source)}{d}", "P5"),
    };

    // --- actor and date words ---

    /// <summary>Subject: the state's name, its capital or one of its officials in office on <paramref name="date"/>.</summary>
    private string Subj(StoryActor a, DateOnly date)
    {
        if (!a.IsState) return a.Name;
        return _r.Next(4) switch { 0 or 1 => a.Name, 2 => a.Capital, _ => Speaker(a, date) };
    }

    /// <summary>Subject for acts of a government or its forces (sanctions, strikes): the name or the capital, never an official.</summary>
    private string State(StoryActor a) => !a.IsState || _r.Next(3) != 0 ? a.Name : a.Capital;

    private string Obj(StoryActor a) => !a.IsState || _r.Next(3) != 0 ? a.Name : a.Capital;

    /// <summary>A named official of the actor in office on the date, or "the Polish foreign minister".</summary>
    private string Speaker(StoryActor a, DateOnly date)
    {
        if (!a.IsState) return $"{a.Name} officials";
        int count = 0;
        foreach (var o in StoryVocabulary.Officials)
            if (o.Code == a.Code && o.From <= date && date <= o.To) count++;
        if (count == 0) return $"the {a.Adjective} foreign minister";
        int pick = _r.Next(count);
        foreach (var o in StoryVocabulary.Officials)
        {
            if (o.Code != a.Code || o.From > date || date > o.To) continue;
            if (pick-- == 0) return _r.Next(2) == 0 ? $"{a.Adjective} {o.Title} {o.Name}" : o.Name;
        }
        throw new InvalidOperationException("unreachable: an official was counted but not found");
    }

    /// <summary>
    /// " on March 3", " on March 3, 2023", " in March 2023", " on Tuesday", " last week", " earlier this month",
    /// " last month" or "" — relative forms only when they are true for an article published on <paramref name="published"/>.
    /// </summary>
    public string DatePhrase(DateOnly date, DateOnly published, double noDateShare)
    {
        if (_r.NextDouble() < noDateShare) return "";
        int delta = published.DayNumber - date.DayNumber;
        string month = Vocabulary.Months[date.Month - 1];
        if (_r.Next(3) == 0)
        {
            var relative = new List<string>(4);
            if (delta >= 1 && delta <= 6) relative.Add($" on {date.DayOfWeek}");
            if (delta == 1) relative.Add(" yesterday");
            if (delta >= 7 && delta <= 13) relative.Add(" last week");
            if (delta >= 2 && date.Month == published.Month && date.Year == published.Year) relative.Add(" earlier this month");
            var prev = published.AddMonths(-1);
            if (date.Month == prev.Month && date.Year == prev.Year && delta > 13) relative.Add(" last month");
            if (relative.Count > 0) return relative[_r.Next(relative.Count)];
        }
        bool sameYear = date.Year == published.Year;
        return _r.Next(5) switch
        {
            0 or 1 when sameYear => $" on {month} {date.Day}",
            0 or 1 or 2 => $" on {month} {date.Day}, {date.Year}",
            3 when delta > 20 => sameYear ? $" in {month}" : $" in {month} {date.Year}",
            _ => sameYear ? $" on {month} {date.Day}" : $" on {month} {date.Day}, {date.Year}",
        };
    }

    /// <summary>Lower-cases a sentence-initial common word ("A batch", "New sanctions", "Four") after a fronted date; names stay.</summary>
    private static string Decap(string s)
    {
        int sp = s.IndexOf(' ');
        string first = sp < 0 ? s : s[..sp];
        return first is "A" or "An" or "New" || Array.IndexOf(NumberWords, first) >= 0 ? char.ToLowerInvariant(s[0]) + s[1..] : s;
    }

    public static string Cap(string s) => s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;
}
