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
}
