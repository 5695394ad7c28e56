using System.ComponentModel;
using Entente.Analysis.Network;
using Entente.Analysis.Selection;
using Entente.Core.Pipeline;
using Entente.Corpus;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options of <c>entente network</c>: the filters of <c>entente events</c>, the event selection, the smallest edge, a format and a file.</summary>
public sealed class NetworkSettings : EventFilterSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("graphml, gexf (Gephi) or json.")]
    public string? Format { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("The file to write (default: standard output).")]
    public string? Out { get; init; }

    [CommandOption("--min-events <N>")]
    [Description("Drop edges (directed actor pairs) with fewer than N counted events, and the actors left without edges (default 1).")]
    [DefaultValue(1)]
    public int MinEvents { get; init; } = 1;

    [CommandOption("--min-credibility <N>")]
    [Description("Count events of Admiralty credibility N or better, 1 (confirmed) to 5 (improbable); default 4.")]
    [DefaultValue(4)]
    public int MinCredibility { get; init; } = 4;

    [CommandOption("--exclude-unjudged")]
    [Description("Leave out events whose credibility cannot be judged (6: only outlets of unknown reliability).")]
    public bool ExcludeUnjudged { get; init; }

    [CommandOption("--include-planned")]
    [Description("Count planned events (announced intentions) too.")]
    public bool IncludePlanned { get; init; }

    [CommandOption("--all-events")]
    [Description("Count every event, whatever its status (denied, hypothetical …) and credibility.")]
    public bool AllEvents { get; init; }

    public override ValidationResult Validate()
    {
        if (Format is null)
            return ValidationResult.Error("--format is required (hint: graphml, gexf or json)");
        if (Format is not ("graphml" or "gexf" or "json"))
            return ValidationResult.Error($"--format '{Format}' is unknown (hint: graphml, gexf or json)");
        if (MinEvents < 1)
            return ValidationResult.Error($"--min-events {MinEvents} must be 1 or more (hint: 1 keeps every edge)");
        if (MinCredibility is < 1 or > 5)
            return ValidationResult.Error($"--min-credibility {MinCredibility} is outside 1–5 (hint: 1 confirmed … 5 improbable; the default 4 leaves out improbable events)");
        return base.Validate();
    }

    /// <summary>The shared event selection the options describe.</summary>
    public EventSelection Selection()
        => AllEvents ? EventSelection.All : new EventSelection(MinCredibility, IncludeUnjudged: !ExcludeUnjudged, IncludePlanned: IncludePlanned);
}

/// <summary>
/// <c>entente network</c>: the actor network of the store's counted events (actors as nodes, directed pairs as edges with
/// cooperation and conflict weights, node centralities) as GraphML, GEXF or JSON. An empty selection writes a valid
/// empty graph and says so on standard error.
/// </summary>
public sealed class NetworkCommand : StoreCommand<NetworkSettings>
{
    protected override int Run(CorpusServices services, IEventStore store, NetworkSettings settings, CancellationToken cancel)
    {
        if (!settings.TypeIsKnown(services)) return 2;
        var events = store.Events(settings.Filter());
        var network = new NetworkBuilder(new NetworkOptions(settings.Selection(), settings.MinEvents), services.Knowledge.Cameo).Build(events);
        Stream output;
        try
        {
            output = settings.Out is { } path ? File.Create(path) : Console.OpenStandardOutput();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"entente: error: cannot write '{settings.Out}': {ex.Message} (hint: check that the folder exists and is writable)");
            return 2;
        }
        using (output)
        {
            switch (settings.Format)
            {
                case "graphml": new GraphMlWriter(output).Write(network); break;
                case "gexf": new GexfWriter(output, $"Entente {Analyzer.Version}").Write(network); break;
                default: new NetworkJsonWriter(output).Write(network); break;
            }
        }
        var s = network.Summary;
        if (network.IsEmpty)
            Console.Error.WriteLine($"entente: network: no edges: {s.EventsRead} events in {store.Location} match the filters, "
                + $"{s.EventsCounted} of them counted ({s.Selection}), {s.EdgesDropped} edges below --min-events {s.MinEvents}; wrote an empty graph "
                + "(hint: widen --since/--until, lower --min-events or --min-credibility, or use --all-events)");
        else
            Console.Error.WriteLine($"entente: network: {s.Describe(network.Nodes.Length, network.Edges.Length)}"
                + (settings.Out is { } file ? $" to {file} ({settings.Format})" : ""));
        return 0;
    }
}
