using System.Globalization;
using Entente.Core.Knowledge;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>What the <c>entente dictionary import-*</c> commands share: checking the source folder, <c>--out</c>, <c>--data</c>
/// and <c>--date</c>, and running an importer with its errors reported as file:line or as a hint about <c>--out</c>.</summary>
internal static class DictionaryImport
{
    public static ValidationResult Validate(string source, string sourceHint, string output, string outHint, string? dataDirectory, string? date)
    {
        if (!Directory.Exists(source)) return ValidationResult.Error($"'{source}': folder not found (hint: {sourceHint})");
        if (string.IsNullOrWhiteSpace(output)) return ValidationResult.Error($"no --out given (hint: {outHint})");
        if (dataDirectory != null && !Directory.Exists(dataDirectory))
            return ValidationResult.Error($"--data '{dataDirectory}': folder not found (hint: point it at the project's data/ folder)");
        if (date != null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return ValidationResult.Error($"--date '{date}': expected YYYY-MM-DD");
        return ValidationResult.Success();
    }

    /// <summary>The knowledge folder to read (<c>--data</c>, else the shipped one) and the header date (<c>--date</c>, else today, UTC).</summary>
    public static (string DataDirectory, string Date) Defaults(string? dataDirectory, string? date)
        => (dataDirectory ?? KnowledgeBase.DefaultDataDirectory(), date ?? DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Runs an importer and prints its report: 0 when done, 1 (with the error on standard error) when a file is wrong or --out cannot be written.</summary>
    public static int Run(Func<IEnumerable<string>> import)
    {
        try
        {
            foreach (var line in import()) Console.WriteLine(line);
            return 0;
        }
        catch (DataFileException ex)
        {
            Console.Error.WriteLine($"entente: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"entente: {ex.Message} (hint: check that --out can be written)");
            return 1;
        }
    }
}
