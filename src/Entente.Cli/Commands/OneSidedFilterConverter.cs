using System.ComponentModel;
using System.Globalization;
using Entente.Corpus.Store;

namespace Entente.Cli.Commands;

/// <summary>
/// Reads <c>--one-sided include|exclude|only</c> (any case) as a <see cref="OneSidedFilter"/>, for Spectre.Console.Cli's
/// option binding; any other word is refused with the words it accepts.
/// </summary>
public sealed class OneSidedFilterConverter : TypeConverter
{
    public const string Accepted = "include, exclude or only";

    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType)
        => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
        => value is string s ? Parse(s) : base.ConvertFrom(context, culture, value)!;

    /// <summary>The filter a word names; <see cref="FormatException"/> (naming the accepted words) for any other.</summary>
    public static OneSidedFilter Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "include" => OneSidedFilter.Include,
        "exclude" => OneSidedFilter.Exclude,
        "only" => OneSidedFilter.Only,
        _ => throw new FormatException($"--one-sided '{value}' is unknown (hint: {Accepted})"),
    };
}
