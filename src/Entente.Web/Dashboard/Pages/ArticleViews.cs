using Entente.Core.Pipeline;
using static Entente.Web.Dashboard.Html;

namespace Entente.Web.Dashboard.Pages;

/// <summary>The article form's values (Slices/ArticleForm.cshtml), kept when the page comes back with an error.</summary>
public sealed record ArticleFormModel(string? Text, string? Title, string? Outlet, string? Url, string? Published)
{
    public static readonly ArticleFormModel Empty = new(null, null, null, null, null);
}

/// <summary>The article page (Slices/Article.cshtml): the form, after what went wrong when something did.</summary>
public sealed record ArticleModel(PageFrame Frame, AlertModel? Error, ArticleFormModel Form);

/// <summary>An analysis (Slices/ArticleAnalysis.cshtml): what could not be read, each document analysed, and the form to store it (one document only).</summary>
public sealed record AnalysisModel(PageFrame Frame, string Source, IReadOnlyList<AlertModel> Errors, IReadOnlyList<AnalyzedView> Documents, StoreFormModel? Store, bool Several);

/// <summary>A document analysed: its heading (when it has a title or date), counts, warnings, its text cut into highlighted pieces, and the coded events.</summary>
public sealed record AnalyzedView(string? Heading, int Sentences, int Entities, string Language, string? ResolvedAgainst, IReadOnlyList<string> Warnings,
    IReadOnlyList<MarkedSpan> Text, IReadOnlyList<CodedEventView> Events);

/// <summary>A coded event as the analysis lists it, with its evidence sentence and the trigger marked.</summary>
public sealed record CodedEventView(string Source, string Target, string Type, string Cameo, string Goldstein, string Status, string When, string Confidence,
    string? Quantity, string? Equipment, string? Cites, IReadOnlyList<MarkedSpan> Evidence);

/// <summary>The "Add to the store" form: the text and the fields given, carried as hidden fields.</summary>
public sealed record StoreFormModel(string Text, IReadOnlyList<HiddenField> Fields);

/// <summary>After storing (Slices/Stored.cshtml): what changed, and the dyads the text's events link.</summary>
public sealed record StoredModel(PageFrame Frame, bool Unchanged, int Mentions, int EventsTouched, IReadOnlyList<(string Url, string Label)> Dyads);

/// <summary>Builds the views of an analysed document.</summary>
internal static class ArticleViews
{
    public static AnalyzedView Document(AnalyzedDocument d)
    {
        var doc = d.Document;
        var triggers = d.Events.Select(ev => new Mark(ev.Why.TriggerStart, ev.Why.TriggerEnd, "trigger", $"trigger: {ev.Type.Replace('_', ' ')} ({ev.Cameo})"));
        return new AnalyzedView(doc.Title is not null || d.Published is not null ? doc.Title ?? doc.DisplayName : null, d.SentenceCount, d.Entities.Length, d.Language,
            d.Published is DateOnly p ? D(p) : null, [.. d.Warnings], Highlighter.Spans(doc.Text, triggers.Concat(ArticleMarks.Of(d.Entities))),
            [.. d.Events.Select(ev =>
            {
                int s = ev.Evidence.Start;
                return new CodedEventView(ev.Source.IsUnstated ? EventRows.NoSource : ev.Source.Name, ev.Target.IsUnstated ? EventRows.NoTarget : ev.Target.Name,
                    ev.Type.Replace('_', ' '), ev.Cameo, F(ev.Goldstein, "+0.0;−0.0;0"), EventRows.StatusName(ev.Status), ev.Date is { } dt ? dt.Range.ToString() : "undated",
                    F(ev.Confidence), ev.Quantity?.Text, ev.Equipment.IsDefaultOrEmpty ? null : string.Join(", ", ev.Equipment.Select(x => x.Name)),
                    ev.Sources.IsDefaultOrEmpty ? null : string.Join(", ", ev.Sources.Select(x => x.Outlet)),
                    Highlighter.Spans(ev.Evidence.Text, [new Mark(ev.Why.TriggerStart - s, ev.Why.TriggerEnd - s, "trigger")]));
            })]);
    }

    public static StoreFormModel StoreForm(AnalyzedDocument d)
    {
        var doc = d.Document;
        return new StoreFormModel(doc.Text, [.. new[] { ("title", doc.Title), ("outlet", doc.Outlet), ("url", doc.Url), ("published", D(doc.Published)) }
            .Where(f => !string.IsNullOrEmpty(f.Item2)).Select(f => new HiddenField(f.Item1, f.Item2!))]);
    }
}
