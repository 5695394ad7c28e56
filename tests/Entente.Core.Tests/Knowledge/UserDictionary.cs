using Entente.Core.Knowledge;

namespace Entente.Core.Tests.Knowledge;

/// <summary>A user dictionary file written to a fresh temporary folder for one test, deleted afterwards.</summary>
internal static class UserDictionary
{
    /// <summary>The shipped data folder the tests load beside the user file.</summary>
    public static string DataDir => Path.Combine(AppContext.BaseDirectory, "data");

    public static T With<T>(string content, Func<string, T> use)
    {
        var dir = Directory.CreateTempSubdirectory("entente-dictionary-").FullName;
        try
        {
            var file = Path.Combine(dir, "mine.tsv");
            File.WriteAllText(file, content);
            return use(file);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>Asserts that a user file of <paramref name="kind"/> with <paramref name="columns"/> (tab-separated) and one data
    /// row fails to load with its file and line (6: the row after the header) and a message containing <paramref name="message"/>.</summary>
    public static void AssertRowFails(string kind, string columns, string row, string message)
    {
        var content = $"# entente-data: 1\n# kind: {kind}\n# description: test\n# date: 2026-12-07\n{columns}\n{row}";
        With(content, file =>
        {
            var ex = Assert.Throws<DataFileException>(() => KnowledgeBase.Load(DataDir, [file]));
            Assert.StartsWith($"{file}:6: ", ex.Message);
            Assert.Contains(message, ex.Message);
            return 0;
        });
    }
}
