using System.ComponentModel;
using Entente.Analysis.Network;
using Entente.Analysis.Selection;
using Entente.Core.Pipeline;
using Entente.Corpus;
using Entente.Corpus.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Entente.Cli.Commands;

/// <summary>Options of <c>entente network</c>: the span and event selection of every analysis, actor/type/CAMEO filters, the smallest edge, a format and a file.</summary>
public sealed partial class NetworkSettings : AnalysisSettings
{
    [CommandOption("--actor <CODE>")]
    [Description("Only events with this actor on either side: its ego network (e.g. IRN).")]
    public string? Actor { get; init; }

    [CommandOption("--type <TYPE>")]
    [Description("Only events of this type from data/cameo/event-types.tsv (e.g. arms_transfer).")]
    public string? Type { get; init; }

    [CommandOption("--cameo <CODE>")]
    [Description("Only events of this CAMEO code or prefix: 07 (provide aid) or 072 (military aid).")]
    public string? Cameo { get; init; }

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

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{2,4}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CameoShape();

    public override ValidationResult Validate()
    {
        if (Format is null)
            return ValidationResult.Error("--format is required (hint: graphml, gexf or json)");
        if (Format is not ("graphml" or "gexf" or "json"))
            return ValidationResult.Error($"--format '{Format}' is unknown (hint: graphml, gexf or json)");
        if (MinEvents < 1)
            return ValidationResult.Error($"--min-events {MinEvents} must be 1 or more (hint: 1 keeps every edge)");
        if (Actor != null && CheckCode(Actor, "--actor") is { } bad) return bad;
        if (Cameo != null && !CameoShape().IsMatch(Cameo.Trim()))
            return ValidationResult.Error($"--cameo '{Cameo}' is not a CAMEO code (hint: 2 to 4 digits, e.g. 07 or 072)");
        return base.Validate();
    }

    /// <summary>The store filter the options describe (call after <see cref="Validate"/> succeeded).</summary>
    public EventFilter Filter() => new(Actor: Actor?.Trim().ToUpperInvariant(), Type: Type?.Trim(), Cameo: Cameo?.Trim(), Since: SinceDay, Until: UntilDay);
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
        if (!EventFilterSettings.TypeIsKnown(settings.Type, services)) return 2;
        var network = AnalysisFactory.Create(services).Network(store, settings.Filter(), new NetworkOptions(settings.Selection(), settings.MinEvents));
        if (CommandOutput.Open(settings.Out) is not { } output) return 2;
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
