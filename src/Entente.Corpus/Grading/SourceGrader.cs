using System.Collections.Concurrent;
using Entente.Core.Sources;

namespace Entente.Corpus.Grading;

/// <summary>Admiralty reliability (A–F) of outlets by name, from the outlet table and <c>reliability.tsv</c>. Thread-safe; caches by name.</summary>
public sealed class SourceGrader
{
    private readonly OutletTable _outlets;
    private readonly ReliabilityTable _rules;
    private readonly ConcurrentDictionary<string, OutletGrade> _cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly OutletGrade _unknown;

    public SourceGrader(OutletTable outlets, ReliabilityTable rules)
    {
        _outlets = outlets;
        _rules = rules;
        _unknown = rules.Grade(outlets, null);
    }

    public OutletTable Outlets => _outlets;

    public OutletGrade Grade(string? outlet)
        => string.IsNullOrWhiteSpace(outlet) ? _unknown : _cache.GetOrAdd(outlet, o => _rules.Grade(_outlets, o));

    /// <summary>The outlet's canonical name when the table knows it, else the name as given (trimmed), else null.</summary>
    public string? Canonical(string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet)) return null;
        return _outlets.TryFind(outlet, out var info) ? info.Name : outlet.Trim();
    }
}
