using Microsoft.AspNetCore.Hosting;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.IntegrationTests.Testing;

/// <summary>A second app node over a database another factory created: for behaviour across several nodes.</summary>
public sealed class ExistingDatabaseAppFactory(AppFactory first, IReadOnlyDictionary<string, string>? settings = null) : AppFactory
{
    public override DatabaseProvider Provider => first.Provider;

    protected override Task<string> CreateDatabaseAsync(CancellationToken ct) => Task.FromResult(first.ConnectionString);

    // The first factory owns the database and drops it.
    protected override Task DropDatabaseAsync() => Task.CompletedTask;

    /// <summary>The first node's settings, then <c>settings</c> (e.g. a smaller bound to reach an edge with a few rows).</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }
}
