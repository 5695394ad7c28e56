using System.ComponentModel;
using System.Text.RegularExpressions;
using Entente.Analysis.Selection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options every analysis command shares: the span and which merged events count.</summary>
public partial class AnalysisSettings : StoreSettings
{
    [CommandOption("--since <DATE>")]
    [Description("First day of the span: YYYY, YYYY-MM or YYYY-MM-DD.")]
    public string? Since { get; init; }

    [CommandOption("--until <DATE>")]
    [Description("Last day of the span: YYYY, YYYY-MM or YYYY-MM-DD.")]
    public string? Until { get; init; }

    [CommandOption("--min-credibility <N>")]
    [Description("Count events whose Admiralty credibility is N or better (1 best … 5 improbable; default 4 leaves out only improbable events).")]
    [DefaultValue(4)]
    public int MinCredibility { get; init; } = 4;

    [CommandOption("--exclude-unjudged")]
    [Description("Leave out events whose credibility cannot be judged (6: reported only by outlets of unknown reliability).")]
    public bool ExcludeUnjudged { get; init; }

    [CommandOption("--include-planned")]
    [Description("Also count planned and announced events.")]
    public bool IncludePlanned { get; init; }

    [CommandOption("--all-events")]
    [Description("Count every event, including denied, hypothetical and improbable ones.")]
    public bool AllEvents { get; init; }

    public override ValidationResult Validate()
    {
        if (Since != null && !PeriodArgument.TryParse(Since, end: false, out _))
            return ValidationResult.Error($"--since '{Since}' is not a date (hint: YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-01)");
        if (Until != null && !PeriodArgument.TryParse(Until, end: true, out _))
            return ValidationResult.Error($"--until '{Until}' is not a date (hint: YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-06)");
        if (SinceDay is DateOnly s && UntilDay is DateOnly u && s > u)
            return ValidationResult.Error($"--since '{Since}' is after --until '{Until}' (hint: swap them)");
        if (MinCredibility is < 1 or > 5)
            return ValidationResult.Error($"--min-credibility {MinCredibility} is out of range (hint: 1 confirmed … 5 improbable; 6, not judgeable, is set with --exclude-unjudged)");
        return base.Validate();
    }

    public DateOnly? SinceDay => Since != null && PeriodArgument.TryParse(Since, end: false, out var d) ? d : null;

    public DateOnly? UntilDay => Until != null && PeriodArgument.TryParse(Until, end: true, out var d) ? d : null;

    public EventSelection Selection()
        => AllEvents ? EventSelection.All : new EventSelection(MinCredibility, !ExcludeUnjudged, IncludePlanned);

    [GeneratedRegex("^[A-Za-z0-9]{2,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();

    /// <summary>An actor code argument: null and an error message when it is not shaped like one.</summary>
    public static ValidationResult? CheckCode(string? code, string what)
        => code is null || !CodeShape().IsMatch(code.Trim())
            ? ValidationResult.Error($"{what} '{code}' is not an actor code (hint: a state's ISO3 code or an organization code, e.g. IRN RUS)")
            : null;
}

/// <summary>Options of the commands on one dyad (<c>dyad</c>, <c>brief</c>): the two actors and the period length.</summary>
public abstract class DyadArgumentsSettings : AnalysisSettings
{
    [CommandArgument(0, "<A>")]
    [Description("First actor code (directions are read from it), e.g. IRN.")]
    public string A { get; init; } = "";

    [CommandArgument(1, "<B>")]
    [Description("Second actor code, e.g. RUS.")]
    public string B { get; init; } = "";

    [CommandOption("--by <PERIOD>")]
    [Description("Period length: month, quarter or year (default: month for dyad, quarter for brief).")]
    public string? By { get; init; }

    [CommandOption("--include-one-sided")]
    [Description("Also count one-actor events of A or B (no target named) and acts with A or B on both sides (police and opposition), on the side of the actor that acted; left out by default.")]
    public bool IncludeOneSided { get; init; }

    /// <summary>The period length when --by is not given.</summary>
    protected abstract Analysis.Series.PeriodUnit DefaultUnit { get; }

    public override ValidationResult Validate()
    {
        if (CheckCode(A, "actor") is { } a) return a;
        if (CheckCode(B, "actor") is { } b) return b;
        if (A.Trim().Equals(B.Trim(), StringComparison.OrdinalIgnoreCase))
            return ValidationResult.Error($"'{A}' and '{B}' are the same actor (hint: a dyad is two different actors, e.g. IRN RUS)");
        if (By != null && By.Trim().ToLowerInvariant() is not ("month" or "quarter" or "year"))
            return ValidationResult.Error($"--by '{By}' is not a period length (hint: month, quarter or year)");
        var baseResult = base.Validate();
        if (baseResult.Successful && SinceDay is DateOnly s && UntilDay is DateOnly u)
        {
            try { Analysis.Series.Period.CheckSpan(s, u, By is null ? DefaultUnit : Analysis.Series.Period.ParseUnit(By)); }
            catch (Analysis.Series.SeriesSpanException ex) { return ValidationResult.Error($"--since/--until: {ex.Message} (hint: {ex.Hint})"); }
        }
        return baseResult;
    }

    /// <summary>Whether both codes are known to the knowledge base; prints one line naming the closest known codes and
    /// returns false otherwise (an unknown code would otherwise give an empty series that looks like a real answer).</summary>
    public bool CheckKnownCodes(Core.Knowledge.KnowledgeBase knowledge)
    {
        foreach (var code in new[] { A, B })
            if (knowledge.Actors.UnknownCode(code) is { } unknown)
            {
                Console.Error.WriteLine($"entente: error: {unknown.Detail} (hint: {unknown.Hint})");
                return false;
            }
        return true;
    }

    public Analysis.Series.DyadQuery Query()
        => new(A.Trim().ToUpperInvariant(), B.Trim().ToUpperInvariant(), By is null ? DefaultUnit : Analysis.Series.Period.ParseUnit(By),
            SinceDay, UntilDay, Selection() with { IncludeOneSided = IncludeOneSided });
}
