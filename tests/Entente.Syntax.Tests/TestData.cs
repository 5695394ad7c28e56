using Entente.Syntax.Conllu;

namespace Entente.Syntax.Tests;

/// <summary>Paths of the files copied next to the test assembly: the fixtures and the shipped model.</summary>
public static class TestData
{
    /// <summary>A file copied next to the test assembly (fixtures keep their folder).</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static string Fixture(string name) => Path("Fixtures", name);

    public static string MiniTrain => Fixture("mini-train.conllu");
    public static string MiniDev => Fixture("mini-dev.conllu");

    /// <summary>data/models/en-syntax.bin.gz, linked into the output by the project file.</summary>
    public static string ShippedModel => Path("data", "models", "en-syntax.bin.gz");

    public static List<ConlluSentence> Read(string path) => ConlluReader.ReadFile(path).ToList();

    /// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
    public sealed class TempFolder : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("entente-syntax-tests-").FullName;
        public string File(string name) => System.IO.Path.Combine(Root, name);
        public void Dispose()
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
