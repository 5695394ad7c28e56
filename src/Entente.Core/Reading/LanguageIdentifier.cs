using Lingua;

namespace Entente.Core.Reading;

/// <summary>
/// Identifies the language of a stretch of text (ISO 639-1, e.g. "en", "ru") with Lingua, restricted to the languages
/// that matter for the corpus, in low-accuracy mode (trigram models only; fine above ~120 characters).
/// The detector is built lazily, once, thread-safely, and shared: <see cref="Shared"/>.
/// Measured (Release, one core of the build machine): <c>Build()</c> takes ~17 ms because Lingua loads models lazily;
/// the first detection loads the models its rule filter selects (~275 ms for Latin-script text, ~35 ms more for the
/// first Cyrillic text); after that a 3000-character slice takes ~5 ms and a sentence ~1.7 ms. Lingua keeps loaded
/// models in static caches, so a second identifier costs almost nothing.
/// </summary>
public sealed class LanguageIdentifier
{
    public const string Undetermined = "und";

    /// <summary>At most this many characters, from the start of the slice, are looked at.</summary>
    public const int MaxChars = 3000;

    private static readonly Language[] Languages =
    [
        Language.English, Language.Russian, Language.Ukrainian, Language.Persian, Language.Arabic, Language.French,
        Language.German, Language.Spanish, Language.Portuguese, Language.Italian, Language.Turkish, Language.Chinese,
        Language.Hebrew, Language.Japanese, Language.Korean,
    ];

    private readonly Lazy<LanguageDetector> _detector;

    public LanguageIdentifier(double minimumRelativeDistance = 0.1)
    {
        _detector = new Lazy<LanguageDetector>(
            () => LanguageDetectorBuilder.FromLanguages(Languages)
                .WithLowAccuracyMode()
                .WithMinimumRelativeDistance(minimumRelativeDistance)
                .Build(),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The process-wide instance (the detector is thread-safe; analysis runs documents in parallel).</summary>
    public static LanguageIdentifier Shared { get; } = new();

    /// <summary>True once the detector has been built.</summary>
    public bool IsBuilt => _detector.IsValueCreated;

    /// <summary>The ISO 639-1 code of the language of <paramref name="text"/>[start..start+length], or "und" when unsure.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishFunctionWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by", "at", "from", "has", "have", "its", "it", "said", "were", "are", "an", "be", "this", "which", "would", "will", "their"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when the first 2,000 characters have at least 60 words, at least 22 % of them English function words
    /// ("the", "of", "and", …) and at most 2 % non-ASCII letters. French, German, Spanish or transliterated text does not
    /// reach that ratio; text that does not pass goes to the model.
    /// </summary>
    public static bool IsClearlyEnglish(ReadOnlySpan<char> text)
    {
        if (text.Length > 2000) text = text[..2000];
        int words = 0, function = 0, letters = 0, nonAscii = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
            words++;
            for (int k = s; k < i; k++) { letters++; if (text[k] > 127) nonAscii++; }
            if (i - s <= 5 && EnglishFunctionWords.Contains(text[s..i])) function++;
        }
        return words >= 60 && function * 100 >= words * 22 && nonAscii * 50 <= letters;
    }

    /// <summary>Texts with fewer letters than this are too short for the trigram model to tell Latin-script languages
    /// apart: "Russia sent drones to Iran on 3 March 2024." comes out Italian, the names weighing more than the words.</summary>
    public const int ShortTextLetters = 200;

    /// <summary>
    /// True when a text is too short for the model to be trusted over English (fewer than <see cref="ShortTextLetters"/>
    /// letters) and its letters are nearly all ASCII (at most 2 % others, as <see cref="IsClearlyEnglish"/>): the
    /// analyzer then codes it as English, with a warning, rather than skip it as another language.
    /// </summary>
    public static bool IsShortAndAsciiHeavy(ReadOnlySpan<char> text)
    {
        int letters = 0, nonAscii = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c > 127) nonAscii++;
            if (letters >= ShortTextLetters) return false;
        }
        return letters > 0 && nonAscii * 50 <= letters;
    }

    public string Identify(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (start + length > text.Length)
            throw new ArgumentOutOfRangeException(nameof(length), $"slice {start}+{length} runs past the text's end ({text.Length})");
        var slice = text.AsSpan(start, length);
        // Fast path: running English prose is dense in a handful of function words and nearly all ASCII letters;
        // such text is English without asking the statistical model (which costs ~1.5 ms and ~1.5 MB per call).
        if (IsClearlyEnglish(slice)) return "en";
        if (slice.Length > MaxChars)
        {
            // cut at whitespace so that no word is split
            int cut = slice[..MaxChars].LastIndexOfAny(' ', '\n', '\t');
            slice = slice[..(cut > MaxChars / 2 ? cut : MaxChars)];
        }
        if (slice.IsWhiteSpace())
            return Undetermined;
        var language = _detector.Value.DetectLanguageOf(slice.ToString());
        return language == Language.Unknown ? Undetermined : language.IsoCode6391().ToString().ToLowerInvariant();
    }

    public string Identify(string text) => Identify(text, 0, text?.Length ?? 0);
}
