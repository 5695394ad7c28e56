using System.Collections.Immutable;
using Entente.Core.Events;
using Entente.Core.Sources;
using Entente.Core.Text;
using Entente.Core.Time;

namespace Entente.Core.Pipeline;

public enum EntityKind { State, Organization, Person, Location, Equipment, Date, Quantity, Money, Outlet }

/// <summary>Anything the analyzer recognised, for highlighting: offsets into the document text.</summary>
/// <param name="Range">For dates: the normalised range.</param>
/// <param name="Number">For quantities and money: the value.</param>
public sealed record Entity(string Text, EntityKind Kind, string? Code, int Sentence, int Start, int End, DateRange? Range = null, double? Number = null, string? Category = null);

/// <summary>A citation with the sentence it occurs in.</summary>
public sealed record SentenceCitation(Citation Citation, int Sentence);

/// <summary>The analyzer's result for one document.</summary>
/// <param name="Published">The publication date used as reference (given, from metadata, or inferred).</param>
/// <param name="Skipped">True when the document was not coded (e.g. not English); see <see cref="Warnings"/>.</param>
/// <param name="Doc">The tokens, sentences and recognised spans the results come from; null when skipped. Not written to the outputs.</param>
public sealed record AnalyzedDocument(
    SourceDocument Document,
    string Language,
    DateOnly? Published,
    bool Skipped,
    ImmutableArray<string> Warnings,
    ImmutableArray<SentenceCitation> Citations,
    ImmutableArray<Entity> Entities,
    ImmutableArray<CodedEvent> Events,
    int SentenceCount,
    Doc? Doc = null);
