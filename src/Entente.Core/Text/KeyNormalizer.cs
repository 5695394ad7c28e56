using System.Globalization;

namespace Entente.Core.Text;

/// <summary>
/// Folds a character to its dictionary-key form: lower case, straight quotes, ASCII hyphen, no diacritics
/// ("Erdoğan" and "erdogan" share a key; "Iran’s" and "Iran's" too). A lookup table built once.
/// </summary>
public static class KeyNormalizer
{
    private static readonly char[] Map = Build();

    private static char[] Build()
    {
        var map = new char[0x2300];
        for (int c = 0; c < map.Length; c++)
        {
            char ch = (char)c;
            char folded = char.ToLowerInvariant(ch);
            map[c] = folded;
        }
        // Latin letters with diacritics (U+00C0–U+024F) to their base letter; generated from Unicode NFD.
        const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
        const string Base = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";
        for (int k = 0; k < Accented.Length; k++) map[Accented[k]] = Base[k];
        map['ß'] = 's';
        map['ı'] = 'i';
        map['ł'] = 'l'; map['Ł'] = 'l';
        map['đ'] = 'd'; map['Đ'] = 'd';
        map['ø'] = 'o'; map['Ø'] = 'o';
        foreach (var q in "\u2018\u2019\u201B\u02BC\u00B4`") map[q] = '\'';
        foreach (var q in "\u201C\u201D\u201E\u00AB\u00BB") map[q] = '"';
        foreach (var q in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212") map[q] = '-';
        return map;
    }

    public static char Fold(char c) => c < Map.Length ? Map[c] : char.ToLowerInvariant(c);

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015';
    /// <summary>
    /// A format character that shows nothing and means nothing to the reader: zero-width space, joiners and word joiner,
    /// soft hyphen, byte-order mark, and the bidirectional marks, embeddings and isolates. Inside a word it is part of the
    /// word but left out of its key ("Ru&#x200B;ssia" matches "Russia"); between words it is skipped like a space.
    /// </summary>
    public static bool IsInvisible(char c) => c is '\u00AD' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E')
        or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    public static bool IsLetter(char c) => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
