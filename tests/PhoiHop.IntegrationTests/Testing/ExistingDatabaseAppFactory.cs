using PhoiHop.Infrastructure.Data;

namespace PhoiHop.IntegrationTests.Testing;

/// <summary>A second app node over a database another factory created: for behaviour across several nodes.</summary>
public sealed class ExistingDatabaseAppFactory(AppFactory first) : AppFactory
{
    public override DatabaseProvider Provider => first.Provider;

    protected override Task<string> CreateDatabaseAsync(CancellationToken ct) => Task.FromResult(first.ConnectionString);

    // The first factory owns the database and drops it.
    protected override Task DropDatabaseAsync() => Task.CompletedTask;
}
