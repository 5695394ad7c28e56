using Entente.Core.Sources;
using Entente.Core.Tests.Time;

namespace Entente.Core.Tests.Sources;

internal static class SourcesFixtures
{
    public static string FixturePath => Path.Combine(Path.GetDirectoryName(TimeFixtures.DataPath("x"))!, "..", "tests", "Entente.Core.Tests", "Sources", "Fixtures", "outlets.tsv");

    public static readonly Lazy<OutletTable> Outlets = new(() => OutletTable.Load(FixturePath));
    public static readonly Lazy<CitationExtractor> Extractor = new(() => new CitationExtractor(Outlets.Value, TimeFixtures.Recognizer.Value));
}
