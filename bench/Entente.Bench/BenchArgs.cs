using System.Globalization;

namespace Entente.Bench;

/// <summary>Command line: a mode followed by <c>--name value</c> options.</summary>
internal sealed class BenchArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string Mode { get; }

    public BenchArgs(string[] args)
    {
        Mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "help";
        for (int i = Mode == "help" ? 0 : 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"unexpected argument '{args[i]}' (hint: options are written --name value)");
            string key = args[i][2..];
            string value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            _values[key] = value;
        }
    }

    public string Text(string name, string fallback) => _values.TryGetValue(name, out var v) ? v : fallback;

    public double Number(string name, double fallback)
    {
        if (!_values.TryGetValue(name, out var v)) return fallback;
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new ArgumentException($"--{name} expects a number, got '{v}' (hint: e.g. --{name} 50)");
    }

    public int Int(string name, int fallback) => (int)Number(name, fallback);

    public bool Has(string name) => _values.ContainsKey(name);

    public int[] Ints(string name, int[] fallback)
        => _values.TryGetValue(name, out var v)
            ? v.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray()
            : fallback;
}
