using System.Globalization;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Bench.Load;

/// <summary>The command line of a load command: <c>--name value</c> pairs and <c>--flag</c> switches.</summary>
internal sealed class LoadOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public LoadOptions(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null)
                    _values[name] = "true";
                name = arg[2..];
            }
            else if (name is not null)
            {
                _values[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{arg}'.");
            }
        }
        if (name is not null)
            _values[name] = "true";
    }

    public DatabaseProvider Provider => String("provider", "postgres").ToUpperInvariant() switch
    {
        "POSTGRES" or "POSTGRESQL" or "PG" => DatabaseProvider.PostgreSQL,
        "SQLITE" => DatabaseProvider.Sqlite,
        var other => throw new ArgumentException($"--provider must be postgres or sqlite, not '{other}'."),
    };

    public string String(string name, string fallback) => _values.TryGetValue(name, out var v) ? v : fallback;

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var v) ? int.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        _values.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => _values.TryGetValue(name, out var v) && v is "true" or "1" or "yes";
}
