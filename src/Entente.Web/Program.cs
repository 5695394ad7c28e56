// The web host on its own (dotnet run --project src/Entente.Web -- --db entente.db); `entente serve` runs the same host.
using Entente.Web;

var options = WebHostFactory.OptionsFromArgs(args);
foreach (var warning in options.Warnings()) Console.Error.WriteLine($"entente: warning: {warning}");
var app = WebHostFactory.Build(options, args);
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
