namespace Entente.Web.Dashboard;

// The models of the small templates several pages share (Slices/Shared/*.cshtml).

/// <summary>A link to an outside page; <see cref="Href"/> is null when the address is not absolute http(s), and the label is shown alone.</summary>
public sealed record ExternalLink(string? Href, string Label);

/// <summary>A row of download buttons after a caption.</summary>
public sealed record DownloadsModel(string Caption, IReadOnlyList<DownloadLink> Links);

/// <summary>One download button; a null <see cref="File"/> opens the URL in a new tab instead (the printable brief).</summary>
public sealed record DownloadLink(string Format, string Label, string? File, string Url);

/// <summary>The &lt;option&gt;s of a select: the one whose value equals <see cref="Current"/> is selected.</summary>
public sealed record OptionList(IReadOnlyList<(string Value, string Label)> Items, string? Current);

/// <summary>What went wrong and what to do (an error box).</summary>
public sealed record AlertModel(string Message, string? Hint);

/// <summary>A hidden form field that keeps a value set elsewhere.</summary>
public sealed record HiddenField(string Name, string Value);
