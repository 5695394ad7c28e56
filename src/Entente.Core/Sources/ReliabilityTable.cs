using System.Collections.Immutable;
using Entente.Core.Knowledge;

namespace Entente.Core.Sources;

/// <summary>One row of <c>data/reliability.tsv</c>: outlets of this kind and type get this Admiralty grade.</summary>
public sealed record ReliabilityRule(string Kind, string Type, char Grade, string Reason, string Location);

/// <summary>An outlet's Admiralty reliability (A–F) and why: the rule or outlet row that set it.</summary>
public sealed record OutletGrade(char Grade, string Basis);

/// <summary>
/// Source reliability on the NATO Admiralty scale, A (completely reliable) to F (cannot be judged): the first rule of
/// <c>reliability.tsv</c> matching the outlet's kind and type, unless the outlet's own row in <c>outlets.tsv</c> has a
/// <c>reliability</c> column. Immutable.
/// </summary>
public sealed class ReliabilityTable
{
    public const string FileKind = "reliability";

    public ImmutableArray<ReliabilityRule> Rules { get; }

    public ReliabilityTable(IEnumerable<ReliabilityRule> rules) { Rules = [.. rules]; }

    public static ReliabilityTable Empty { get; } = new([]);

    public static bool IsGrade(char c) => c is >= 'A' and <= 'F';

    /// <summary>Builds the rules from files in load order; a later file (a user's <c>--dictionary</c>) is consulted before earlier ones.</summary>
    public static ReliabilityTable FromTables(IEnumerable<DataTable> tables)
    {
        var rules = new List<ReliabilityRule>();
        foreach (var row in tables.Reverse().SelectMany(t => t.Rows))
        {
            var grade = row.Required("grade");
            if (grade.Length != 1 || !IsGrade(grade[0]))
                throw row.Error($"grade '{grade}' is not a letter A–F", "A completely reliable … E unreliable, F cannot be judged");
            rules.Add(new ReliabilityRule(row.Required("kind"), row.Required("type"), grade[0], row["reason"], row.Location));
        }
        return new ReliabilityTable(rules);
    }

    /// <summary>The grade of a named outlet: its own reliability column, else the first matching rule, else F.</summary>
    public OutletGrade Grade(OutletTable outlets, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet) || !outlets.TryFind(outlet, out var info))
            return Match("*", "*") ?? new OutletGrade('F', "outlet not in the outlet table");
        if (info.Reliability is char own) return new OutletGrade(own, $"outlets.tsv row for {info.Name}");
        return Match(info.Kind ?? "unknown", info.Type ?? "") ?? new OutletGrade('F', "no reliability rule matches");
    }

    private OutletGrade? Match(string kind, string type)
    {
        foreach (var r in Rules)
            if ((r.Kind == "*" || string.Equals(r.Kind, kind, StringComparison.OrdinalIgnoreCase))
                && (r.Type == "*" || string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)))
                return new OutletGrade(r.Grade, $"{r.Location} ({r.Reason})");
        return null;
    }
}
