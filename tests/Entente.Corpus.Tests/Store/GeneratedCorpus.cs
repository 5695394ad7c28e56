using System.Globalization;
using System.Text;
using Entente.Core.Reading;
using Entente.Core.Text;

namespace Entente.Corpus.Tests.Store;

/// <summary>
/// A deterministic corpus for concurrency tests (texts written for this test): a dozen episodes, each reported by
/// several outlets in different words, some as wire copies (the same text at two addresses), some denied, so that the
/// merge has events with many mentions across documents.
/// </summary>
internal static class GeneratedCorpus
{
    /// <summary>One episode in several wordings; the last wording of an episode with a denial is the denial.</summary>
    private static readonly string[][] Episodes =
    [
        [
            "Iran delivered a new batch of Shahed drones to Russia on March 4.",
            "On March 4, Tehran shipped dozens of attack drones to Moscow, according to officials.",
            "Russia received Iranian Shahed drones on March 4.",
            "Iran denied sending drones to Russia.",
        ],
        [
            "North Korea sent Russia about 3,000 containers of artillery shells in February.",
            "Pyongyang shipped artillery shells to Moscow in February, South Korea's defence ministry said.",
            "North Korea denied supplying weapons to Russia.",
        ],
        [
            "China launched large military drills around Taiwan on May 23.",
            "The Chinese army began two days of exercises around Taiwan on May 23.",
            "Beijing held military exercises near Taiwan on May 23.",
        ],
        [
            "Russia and Belarus signed a security guarantees treaty in Minsk on December 6.",
            "On December 6, Moscow and Minsk signed a treaty on security guarantees.",
        ],
        [
            "The United States imposed new sanctions on Iran on April 18.",
            "Washington announced sanctions against Iranian drone makers on April 18.",
            "On April 18, the US Treasury sanctioned Iran over its drone programme.",
        ],
        [
            "Turkey's foreign minister met his Greek counterpart in Athens on November 8.",
            "Greece hosted Turkish Foreign Minister Hakan Fidan on November 8.",
        ],
        [
            "Japan protested to China on July 2 after Chinese coast guard ships entered its waters.",
            "Tokyo lodged a protest with Beijing on July 2 over the coast guard incursion.",
        ],
        [
            "Azerbaijan and Armenia held peace talks in Berlin on February 28.",
            "Armenian and Azerbaijani ministers negotiated in Berlin on February 28.",
        ],
        [
            "Pakistan accused Afghanistan of sheltering militants on March 18.",
            "Islamabad blamed Kabul for harbouring militants on March 18.",
            "Afghanistan rejected Pakistan's accusation.",
        ],
        [
            "France completed the withdrawal of its troops from Niger on December 22.",
            "The last French soldiers left Niger on December 22.",
        ],
        [
            "Russia vetoed a UN Security Council resolution on North Korea sanctions on March 28.",
            "Moscow blocked the renewal of the UN panel monitoring sanctions on North Korea on March 28.",
        ],
        [
            "India and Russia signed an agreement on oil supplies on July 9.",
            "New Delhi and Moscow agreed on July 9 to expand oil trade.",
            "Russia promised to supply more oil to India on July 9.",
        ],
    ];

    private static readonly string[] Outlets =
        ["Reuters", "Associated Press", "TASS", "Xinhua", "Yonhap", "Al Jazeera", "Kyodo", "Anadolu Agency", "BBC", "Dawn"];

    /// <summary><paramref name="count"/> documents; every fifth is a wire copy of the one before it at another address.</summary>
    public static List<ReadResult> Documents(int count)
    {
        var docs = new List<ReadResult>(count);
        string? previous = null;
        for (int i = 0; i < count; i++)
        {
            string text;
            if (i % 5 == 4 && previous is not null) text = previous;
            else
            {
                var sb = new StringBuilder();
                sb.Append(CultureInfo.InvariantCulture, $"Report {i + 1}\n\n");
                int sentences = 2 + i % 3;
                for (int s = 0; s < sentences; s++)
                {
                    var episode = Episodes[(i * 5 + s * 7) % Episodes.Length];
                    sb.Append(episode[(i + s) % episode.Length]).Append(' ');
                }
                text = sb.ToString().TrimEnd() + "\n";
            }
            previous = text;
            var outlet = Outlets[i % Outlets.Length];
            var published = new DateOnly(2024, 12, 28).AddDays(i % 3);
            docs.Add(ReadResult.Success(new SourceDocument($"gen/report-{i:D3}.txt", text, "text", Title: $"Report {i + 1}",
                Published: published, Outlet: outlet, Url: $"https://example.org/{outlet.Replace(' ', '-').ToLowerInvariant()}/{i:D3}")));
        }
        return docs;
    }
}
