using System.Text;
using System.Text.Json;
using CsCheck;
using Entente.Core.Knowledge;
using Entente.Core.Output;
using Entente.Core.Pipeline;
using Entente.Core.Text;

namespace Entente.Core.Tests.Pipeline;

/// <summary>
/// Property-based tests of the analyzer: thousands of sentences assembled from the shipped vocabulary (state names,
/// adjectives, capitals, agents, event triggers and their inflections, prepositions) with leading conjunctions, odd
/// punctuation and odd Unicode. Whatever the sentence, the analyzer must not throw, every offset must lie inside the
/// text, and the same document must give the same output twice.
/// </summary>
public class AnalyzerPropertyTests
{
    private const long Iterations = 2_000;

    private static readonly Lazy<Vocabulary> Words = new(Vocabulary.Load);

    private sealed record Vocabulary(string[] Actors, string[] Agents, string[] Triggers, string[] Prepositions)
    {
        public static Vocabulary Load()
        {
            var data = TestData.Path("data");
            var states = DataTable.Load(Path.Combine(data, "actors", "states.tsv"), "states", "code", "name");
            var actors = new List<string>();
            foreach (var r in states.Rows)
            {
                actors.Add(r["name"]);
                foreach (var column in new[] { "adjectives", "capitals" })
                    if (r.Optional(column) is { } v) actors.Add(v.Split('|')[0]);
            }
            var agents = DataTable.Load(Path.Combine(data, "actors", "agents.tsv"), "agents", "phrase").Rows.Select(r => r["phrase"].Split('|')[0]).ToArray();
            var triggers = DataTable.Load(Path.Combine(data, "patterns", "events.tsv"), "event-patterns", "trigger").Rows.Select(r => r["trigger"]).Distinct().ToArray();
            var prepositions = DataTable.Load(Path.Combine(data, "english", "word-classes.tsv"), "word-classes", "word", "class").Rows
                .Where(r => r["class"] == "preposition").Select(r => r["word"]).ToArray();
            return new Vocabulary([.. actors], agents, triggers, prepositions);
        }
    }

    private static readonly string[] Leads = ["", "", "And ", "and ", "But ", "Or ", "So ", "Yet ", "Meanwhile, ", "However ", "\u201CAnd ", "- ", "(", "2. "];
    private static readonly string[] Ends = [".", ".", ".", "", "!", "?", " ...", ";", ")", "\u201D.", " \u2014", ":", "\n"];
    private static readonly string[] Inflections = ["", "s", "ed", "ing", "d"];
    private static readonly string[] Odd = ["\u200B", "\u200D", "\u202E", "\u2066", "\u00A0", "\uFEFF", "\u0301", "\uD83D\uDE00", "\uD800", "\t", "'s", "\u2019s", "\"", "&", "<b>", "\u00E9", "\u0000"];
    private static readonly string[] Fillers = ["the", "of", "to", "on", "a", "its", "with", "and", "not", "will", "had", "on 3 March 2024", "200 drones", "last year", "(Reuters, May 2)", "said", "that", "it"];

    private static Gen<string> Actor(Vocabulary v) =>
        Gen.Select(Gen.OneOf(v.Actors), Gen.OneOf(v.Agents), Gen.Int[0, 3], (a, g, k) => k switch
        {
            0 => a,
            1 => a + " " + g,
            2 => "the " + a + " " + g,
            _ => "the " + g,
        });

    private static Gen<string> Sentence(Vocabulary v) =>
        Gen.Select(Gen.OneOf(Leads), Actor(v), Gen.OneOf(v.Triggers), Gen.OneOf(Inflections), Gen.OneOf(v.Prepositions), Actor(v), Gen.OneOf(Ends), Gen.Int[0, 4],
            (lead, subject, trigger, inflection, prep, target, end, shape) => shape switch
                {
                    0 => $"{lead}{subject} {trigger}{inflection} {target}{end}",
                    1 => $"{lead}{trigger}{inflection} of {subject} {prep} {target}{end}",
                    2 => $"{lead}{subject} {trigger}{inflection} {prep} {target}{end}",
                    3 => $"{lead}{target}{end}",
                    _ => $"{lead}{trigger}{inflection} {prep} {subject} and {target}{end}",
                });

    /// <summary>A sentence with filler words and odd characters spliced in at random token boundaries.</summary>
    private static Gen<string> Spliced(Vocabulary v) =>
        Gen.Select(Sentence(v), Gen.OneOf(Gen.OneOf(Odd), Gen.OneOf(Fillers)).Array[0, 4], Gen.Int.Array[4], (sentence, inserts, positions) =>
            {
                var words = sentence.Split(' ').ToList();
                for (int k = 0; k < inserts.Length; k++)
                    words.Insert((int)((uint)positions[k] % (uint)(words.Count + 1)), inserts[k]);
                return string.Join(' ', words);
            });

    /// <summary>A clause chain long enough to pass the parser's word limit, so that the word-order rules code the sentence.</summary>
    private static readonly string LongTail = string.Concat(Enumerable.Repeat(" while the delegations kept talking in the hall", 40));

    /// <summary>One to four sentences; one document in ten ends its first sentence with a clause chain too long to parse.</summary>
    private static Gen<string> Document(Vocabulary v) =>
        Gen.Select(Gen.OneOf(Sentence(v), Spliced(v)).Array[1, 4], Gen.Int[0, 9],
            (s, k) => k == 0 ? s[0].TrimEnd('.', '!', '?', ';', ':', ')') + LongTail + ". " + string.Join(' ', s[1..]) : string.Join(' ', s));

    private static string Json(AnalyzedDocument d)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, JsonReportWriter.Compact)) JsonReportWriter.WriteDocument(w, d);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void AssertWellFormed(string text, AnalyzedDocument d)
    {
        Assert.DoesNotContain(d.Warnings, w => w.Contains("could not be coded", StringComparison.Ordinal));
        foreach (var e in d.Entities)
            Assert.True(0 <= e.Start && e.Start <= e.End && e.End <= text.Length, $"entity '{e.Text}' at {e.Start}..{e.End} outside the {text.Length}-character text");
        foreach (var ev in d.Events)
        {
            Assert.True(0 <= ev.Evidence.Start && ev.Evidence.Start <= ev.Evidence.End && ev.Evidence.End <= text.Length, $"evidence at {ev.Evidence.Start}..{ev.Evidence.End} outside the text");
            Assert.True(ev.Why.TriggerStart >= ev.Evidence.Start && ev.Why.TriggerEnd <= ev.Evidence.End, $"trigger at {ev.Why.TriggerStart}..{ev.Why.TriggerEnd} outside its sentence");
        }
    }

    [Fact]
    public void Analyzer_NeverThrowsAndKeepsOffsetsInside_WhenSentencesAreGeneratedFromOurVocabulary()
    {
        var v = Words.Value;
        Document(v).Sample(text =>
        {
            var d = TestData.Analyzer.Analyze(new SourceDocument("generated.txt", text, "text", Published: new DateOnly(2024, 3, 1)));
            AssertWellFormed(text, d);
        }, iter: Iterations, threads: 1, print: t => JsonSerializer.Serialize(t));
    }

    /// <summary>Generated documents the property tests once failed on, kept as they were generated (CsCheck seeds in the
    /// comments): each must now be coded in every sentence.</summary>
    [Theory]
    // seed 9QgHiEKW_yK1: a reaction aimed at the previous sentence's actor, whose coordinated followers were looked up in
    // the wrong sentence (IndexOutOfRangeException in TargetFinder.Followers)
    [InlineData("Or hunger strikeing after \u202E Ashgabat elites and 's the \u00E9 Luanda farmers. However Hungarian deny its any \" involvemented beyond Kabul) it its - tariffsed \uFFFD since the interior not minister and the Benin human rights groups\u201D. Yet the Kathmandu media surrender without the Kosovar paramilitary.")]
    public void Analyzer_CodesEverySentence_DocumentOnceFoundByTheProperty(string text)
        => AssertWellFormed(text, TestData.Analyzer.Analyze(new SourceDocument("generated.txt", text, "text", Published: new DateOnly(2024, 3, 1))));

    [Fact]
    public void Analyzer_GivesSameOutputTwice_WhenSentencesAreGeneratedFromOurVocabulary()
    {
        var v = Words.Value;
        Document(v).Sample(text =>
        {
            var doc = new SourceDocument("generated.txt", text, "text", Published: new DateOnly(2024, 3, 1));
            Assert.Equal(Json(TestData.Analyzer.Analyze(doc)), Json(TestData.Analyzer.Analyze(doc)));
        }, iter: Iterations / 4, threads: 1, print: t => JsonSerializer.Serialize(t));
    }
}
