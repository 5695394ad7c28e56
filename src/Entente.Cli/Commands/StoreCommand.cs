using Spectre.Console;
using System.ComponentModel;
using System.Data.Common;
using Entente.Corpus;
using Entente.Core.Pipeline;
using Entente.Corpus.Store;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options of every command that works on the corpus store.</summary>
public class StoreSettings : KnowledgeSettings
{
    [CommandOption("--db <DB>")]
    [Description("The store: an SQLite file path, or a PostgreSQL connection string \"Host=…;Database=…\" (default: ENTENTE_DB, else entente.db).")]
    public string? Db { get; init; }

    /// <summary>The store the command uses: --db, else ENTENTE_DB, else entente.db.</summary>
    public string ResolvedDb => StoreFactory.Resolve(Db);
}

/// <summary>Settings of a store listing that prints as a table, JSON, CSV or TSV (<c>sources</c>, <c>failures</c>).</summary>
public class TabularStoreSettings : StoreSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (default), json, csv or tsv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    public override ValidationResult Validate()
    {
        if (Format is not ("table" or "json" or "csv" or "tsv"))
            return ValidationResult.Error($"--format '{Format}' is unknown (hint: table, json, csv or tsv)");
        return base.Validate();
    }
}

/// <summary>
/// A command on the store: loads the knowledge, wires the services, opens the store and runs; store errors (a file that
/// is not a store, a server that does not answer, a query that fails) become one line with a hint and exit code 2.
/// </summary>
public abstract class StoreCommand<TSettings> : Command<TSettings> where TSettings : StoreSettings
{
    /// <summary>Whether an SQLite store that does not exist yet is an error (queries) or is created (ingest).</summary>
    protected virtual bool StoreMustExist => true;

    /// <summary>Options of the analyzer, for commands that analyse.</summary>
    protected virtual AnalyzerOptions AnalyzerOptions(TSettings settings) => new();

    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var kb = settings.LoadKnowledge();
        if (kb == null) return 2;
        var services = new CorpusServices(kb, AnalyzerOptions(settings));
        try
        {
            using var store = services.Open(settings.ResolvedDb, StoreMustExist);
            return Run(services, store, settings, cancellationToken);
        }
        catch (StoreException ex)
        {
            return StoreError(ex);
        }
        catch (AggregateException ex) when (ex.InnerException is StoreException se)
        {
            return StoreError(se);
        }
        catch (Analysis.Series.SeriesSpanException ex)
        {
            // a span taken from the stored events (no --since or --until) that is too long to cut into periods
            Console.Error.WriteLine($"entente: error: {ex.Message} (hint: {ex.Hint})");
            return 1;
        }
        catch (Exception ex) when (ex is DbException || ex.InnerException is DbException)
        {
            var db = ex as DbException ?? (DbException)ex.InnerException!;
            Console.Error.WriteLine($"entente: error: {settings.ResolvedDb}: {db.Message} (hint: check that the store is reachable and not damaged; readers and one writer may share an SQLite file)");
            return 2;
        }
    }

    protected abstract int Run(CorpusServices services, IEventStore store, TSettings settings, CancellationToken cancel);

    protected static int StoreError(StoreException ex)
    {
        Console.Error.WriteLine($"entente: error: {ex.Message} (hint: {ex.Hint})");
        return 2;
    }
}
