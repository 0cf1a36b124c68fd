namespace PhoiHop.IntegrationTests.Testing;

/// <summary>
/// Base of the tests that run on both databases: each test class is abstract and has two nested concrete classes,
/// <c>Sqlite</c> and <c>Postgres</c>, each with its own <see cref="AppFactory"/> fixture.
/// </summary>
public abstract class AppTests(AppFactory app)
{
    protected AppFactory App { get; } = app;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;
}
