using Entente.Core.Knowledge;
using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Analysis.Selection;
using Entente.Corpus;
using Entente.Corpus.Model;
using Entente.Corpus.Store;

namespace Entente.Web.Api;

/// <summary>Query-string values checked as the CLI checks its options; a bad value is a 400 that names the parameter and says what is expected.</summary>
public static partial class ApiArgs
{
    [GeneratedRegex("^[A-Za-z0-9]{2,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();

    [GeneratedRegex("^[0-9]{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CameoShape();

    public static ApiRequestException Bad(string detail, string? hint = null) => new(StatusCodes.Status400BadRequest, "Bad request", detail, hint);

    public static string Code(string? value, string name)
    {
        if (value is null || !CodeShape().IsMatch(value.Trim()))
            throw Bad($"{name} '{value}' is not an actor code", "a state's ISO3 code or an organization code, e.g. IRN or NATO");
        return value.Trim().ToUpperInvariant();
    }

    /// <summary>An actor code that the knowledge base knows; an unknown one is a 400 naming the closest known codes.</summary>
    public static string KnownCode(string? value, string name, KnowledgeBase knowledge)
    {
        var code = Code(value, name);
        if (knowledge.Actors.UnknownCode(code) is { } unknown) throw Bad($"{name} {unknown.Detail}", unknown.Hint);
        return code;
    }

    public static string? OptionalCode(string? value, string name) => value is null ? null : Code(value, name);

    /// <summary>A bounding box "minLon,minLat,maxLon,maxLat" (decimal degrees), or null when not given.</summary>
    public static Entente.Corpus.Store.GeoBox? Box(string? value)
    {
        if (value is null) return null;
        return Entente.Corpus.Store.GeoBox.Parse(value, out var error) ?? throw Bad("bbox " + error, "e.g. bbox=30,44,41,53 (minLon,minLat,maxLon,maxLat)");
    }

    public static (string, string)? Dyad(string? value)
    {
        if (value is null) return null;
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts.All(p => CodeShape().IsMatch(p)))
            throw Bad($"dyad '{value}' is not two actor codes", "two codes separated by a comma, e.g. dyad=IRN,RUS");
        return (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant());
    }

    public static string? Cameo(string? value)
    {
        if (value is null) return null;
        if (!CameoShape().IsMatch(value.Trim())) throw Bad($"cameo '{value}' is not a CAMEO code", "2 to 4 digits, e.g. 07 or 072");
        return value.Trim();
    }

    public static string? Type(string? value, CorpusServices corpus)
    {
        if (value is null) return null;
        if (corpus.Knowledge.Cameo.Types.ContainsKey(value.Trim())) return value.Trim();
        var known = string.Join(", ", corpus.Knowledge.Cameo.Types.Keys.Order(StringComparer.Ordinal).Take(12));
        throw Bad($"type '{value}' is not an event type", $"types are listed in data/cameo/event-types.tsv, e.g. {known}, …");
    }

    public static (DateOnly? Since, DateOnly? Until) Span(string? since, string? until)
    {
        DateOnly? s = null, u = null;
        if (since is not null)
            s = PeriodArgument.TryParse(since, end: false, out var d) ? d : throw Bad($"since '{since}' is not a date", "YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-01");
        if (until is not null)
            u = PeriodArgument.TryParse(until, end: true, out var d) ? d : throw Bad($"until '{until}' is not a date", "YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-06-30");
        if (s > u) throw Bad($"since '{since}' is after until '{until}'", "swap them");
        return (s, u);
    }

    public static ReconciledStatus? Status(string? value)
    {
        if (value is null) return null;
        var name = Enum.GetNames<ReconciledStatus>().FirstOrDefault(n => n.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is null
            ? throw Bad($"status '{value}' is unknown", "reported, confirmed, contested, denied, planned, assessed or hypothetical")
            : Enum.Parse<ReconciledStatus>(name);
    }

    public static int Range(int? value, string name, int fallback, int min, int max)
    {
        int v = value ?? fallback;
        if (v < min || v > max) throw Bad($"{name} {v} is out of range", $"{name} is {min} to {max}");
        return v;
    }

    public static bool Flag(string? value, string name) => value?.Trim().ToLowerInvariant() switch
    {
        null or "false" or "0" or "no" => false,
        "" or "true" or "1" or "yes" => true,
        _ => throw Bad($"{name} '{value}' is not a boolean", $"{name}=true or {name}=false"),
    };

    /// <summary>Which merged events count (as the CLI's --min-credibility, --exclude-unjudged, --include-planned, --all-events).</summary>
    public static EventSelection Selection(int? minCredibility, string? excludeUnjudged, string? includePlanned, string? allEvents)
    {
        int min = Range(minCredibility, "min_credibility", 4, 1, 5);
        return Flag(allEvents, "all_events") ? EventSelection.All
            : new EventSelection(min, !Flag(excludeUnjudged, "exclude_unjudged"), Flag(includePlanned, "include_planned"));
    }

    /// <summary>one_sided=include|exclude|only (as the CLI's --one-sided); absent: include.</summary>
    public static OneSidedFilter OneSided(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "include" => OneSidedFilter.Include,
        "exclude" => OneSidedFilter.Exclude,
        "only" => OneSidedFilter.Only,
        _ => throw Bad($"one_sided '{value}' is unknown", "one_sided=include, exclude or only"),
    };

    public static DateOnly? Day(string? value, string name)
    {
        if (value is null) return null;
        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw Bad($"{name} '{value}' is not a date", "YYYY-MM-DD, e.g. 2024-02-27");
    }
}
