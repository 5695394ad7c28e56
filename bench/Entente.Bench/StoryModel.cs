using System.Collections.Immutable;

namespace Entente.Bench;

/// <summary>The kinds of real-world event the story generator draws.</summary>
internal enum StoryKind { ArmsDelivery, Meeting, Agreement, Sanctions, Strike, Accusation, Expulsion, AidPledge }

/// <summary>
/// An actor of a story: code as in data/actors (ISO3 for states, organisation code), the name, adjective and seat
/// the text uses, and the index into <see cref="Vocabulary.States"/> (-1 for organisations).
/// </summary>
internal sealed record StoryActor(string Code, string Name, string Adjective, string Capital, int VocabState)
{
    public bool IsState => VocabState >= 0;
}

/// <summary>A named official valid from/to (inclusive) for the state with the given code (data/actors/officials.tsv).</summary>
internal sealed record StoryOfficial(string Title, string Name, string Code, DateOnly From, DateOnly To);

/// <summary>An outlet of data/outlets.tsv with its ownership kind and base state.</summary>
internal sealed record StoryOutlet(string Name, string Kind, string Country);

/// <summary>One true real-world event. <paramref name="Thread"/> groups stories with the same dyad and kind.</summary>
internal sealed record Story(
    int Id, StoryKind Kind, StoryActor Source, StoryActor Target, DateOnly Date, int Thread,
    string Equipment, string EquipmentNoun, int Quantity, string Topic, bool Denied)
{
    public string CameoRoot => StoryKinds.CameoRoot(Kind);
}

/// <summary>One sentence of an article that reports (or denies) a story: offsets into the article body.</summary>
/// <param name="Role">lead (the article's news), repeat (the same story again later in the article), earlier (an older story recalled), denial.</param>
internal sealed record StoryMention(
    string ArticleId, int Line, string Url, int Start, int End, string Text, Story Story, string Template, string Role,
    bool IsDenial, bool IsWireCopy, StoryOutlet Outlet, DateOnly Published);

/// <summary>One generated article. <paramref name="Line"/> is its 1-based line in the JSONL output; <paramref name="CopyOf"/> the article it republishes.</summary>
internal sealed record StoryArticle(string Id, int Line, string Url, string Title, DateOnly Published, StoryOutlet Outlet, string Text, string? CopyOf);

/// <summary>The whole generated corpus with its ground truth.</summary>
/// <param name="OutletsReporting">For story id i, at [i - 1]: how many outlets carried it as their news (k, wire copies included; denials and recalls not).</param>
internal sealed record StoryCorpus(ImmutableArray<Story> Stories, ImmutableArray<int> OutletsReporting, ImmutableArray<StoryArticle> Articles, ImmutableArray<StoryMention> Mentions);

/// <summary>Settings of the story generator.</summary>
/// <param name="HardPhrasings">Also use phrasings the analyzer is known to miss (see <see cref="StoryPhrasing"/>).</param>
internal sealed record StoryOptions(int Seed = 42, int Stories = 200, int MaxReports = 40, int FirstYear = 2022, int LastYear = 2025, bool HardPhrasings = false, int MinFiller = 3, int MaxFiller = 12);

internal static class StoryKinds
{
    /// <summary>The CAMEO root (two digits) the analyzer should code for a story of this kind.</summary>
    public static string CameoRoot(StoryKind kind) => kind switch
    {
        StoryKind.ArmsDelivery => "07",
        StoryKind.Meeting => "04",
        StoryKind.Agreement => "05",
        StoryKind.Sanctions => "16",
        StoryKind.Strike => "19",
        StoryKind.Accusation => "11",
        StoryKind.Expulsion => "16",
        StoryKind.AidPledge => "03",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown story kind"),
    };

    /// <summary>Kinds whose two parties are interchangeable (meetings, agreements): either actor order is right.</summary>
    public static bool Symmetric(StoryKind kind) => kind is StoryKind.Meeting or StoryKind.Agreement;

    public static string Slug(StoryKind kind) => kind switch
    {
        StoryKind.ArmsDelivery => "arms_delivery",
        StoryKind.Meeting => "meeting",
        StoryKind.Agreement => "agreement",
        StoryKind.Sanctions => "sanctions",
        StoryKind.Strike => "strike",
        StoryKind.Accusation => "accusation",
        StoryKind.Expulsion => "expulsion",
        StoryKind.AidPledge => "aid_pledge",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown story kind"),
    };
}
