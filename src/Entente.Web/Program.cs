// The web host on its own (dotnet run --project src/Entente.Web -- --db entente.db); `entente serve` runs the same host.
using Entente.Web;

var app = WebHostFactory.Build(WebHostFactory.OptionsFromArgs(args), args);
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
