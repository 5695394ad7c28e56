using System.ComponentModel;
using Entente.Core.Knowledge;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options shared by every command that loads the knowledge base.</summary>
public class KnowledgeSettings : CommandSettings
{
    [CommandOption("--dictionary <FILE>")]
    [Description("An extra dictionary file (TSV with the data header; its '# kind:' says which table it extends). Repeatable.")]
    public string[] Dictionaries { get; init; } = [];

    [CommandOption("--data <DIR>")]
    [Description("The knowledge folder to use instead of the shipped data/ (or set ENTENTE_DATA).")]
    public string? DataDirectory { get; init; }

    [CommandOption("--no-imported-verbs")]
    [Description("Leave out the event patterns imported from PETRARCH2's verb dictionary (data/imported/petrarch2/verbs.tsv), loaded by default after Entente's own patterns (own patterns win; rows in verbs-dropped.tsv are left out).")]
    public bool NoImportedVerbs { get; init; }

    public override ValidationResult Validate()
    {
        foreach (var d in Dictionaries)
            if (!File.Exists(d)) return ValidationResult.Error($"--dictionary '{d}': file not found (hint: give the path of a .tsv file with a '# kind:' header)");
        if (DataDirectory != null && !Directory.Exists(DataDirectory))
            return ValidationResult.Error($"--data '{DataDirectory}': folder not found (hint: point it at the project's data/ folder)");
        return ValidationResult.Success();
    }

    /// <summary>Loads the knowledge base, or prints the file:line error and returns null.</summary>
    public KnowledgeBase? LoadKnowledge()
    {
        try
        {
            var kb = KnowledgeBase.Resolve(DataDirectory, Dictionaries, !NoImportedVerbs);
            return kb;
        }
        catch (DataFileException ex)
        {
            Console.Error.WriteLine($"entente: {ex.Message}");
            return null;
        }
    }
}
