namespace Entente.Corpus.Model;

/// <summary>Where a document is in its life in the store.</summary>
public enum DocumentState { Pending, Done, Failed, Superseded }

/// <summary>
/// A document as registered in the store. <see cref="Locator"/> is its identity across versions (URL, else the full path,
/// plus ":line" for JSONL); <see cref="ContentHash"/> is the identity of one version.
/// </summary>
public sealed record StoredDocument(
    long Id,
    string ContentHash,
    string Locator,
    int Version,
    string Path,
    string? Url,
    string? Outlet,
    string? Title,
    DateOnly? Published,
    string Format,
    string? Language,
    string? AnalyzerVersion,
    string? DictionaryHash,
    DocumentState State,
    int Mentions,
    DateTimeOffset IngestedAt);

/// <summary>A document that could not be read or analysed, kept so that nothing is lost silently.</summary>
public sealed record FailureRecord(long Id, string Path, int? Line, string Message, string Hint, DateTimeOffset At);

/// <summary>An outlet seen in the store, with its reliability grade and counts.</summary>
public sealed record SourceSummary(string Outlet, string? Country, string? Kind, char Reliability, string Basis, int Documents, int Mentions, int Events, int Denials);
