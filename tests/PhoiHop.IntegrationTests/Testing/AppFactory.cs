using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PhoiHop.Features.Account;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Localization;

namespace PhoiHop.IntegrationTests.Testing;

/// <summary>
/// The whole app over a database of its own, migrated and seeded with the demo province, with the clock stopped at
/// <see cref="StartInstant"/>. One instance per test class (a class fixture), so classes can run in parallel.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset StartInstant = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(StartInstant);

    /// <summary>Where this factory's attachments go: a fresh folder, outside the source tree.</summary>
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), $"phoihop-files-{Guid.NewGuid():N}");

    public const string TestKey = "dGVzdC1rZXktZm9yLXBob2lob3AtaW50ZWdyYXRpb24=";
    public const string TestIndexKey = "aW5kZXgta2V5LWZvci1waG9paG9wLXRlc3RzLTAwMDA=";

    public string ConnectionString { get; private set; } = "";

    public abstract DatabaseProvider Provider { get; }

    protected abstract Task<string> CreateDatabaseAsync(CancellationToken ct);

    protected abstract Task DropDatabaseAsync();

    /// <summary>Creates the database, then starts the server (in memory, or Kestrel after <c>UseKestrel</c>), which migrates and seeds it.</summary>
    public async ValueTask InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync(TestContext.Current.CancellationToken);
        try
        {
            StartServer();
        }
        catch
        {
            // A fixture that failed to start may never be disposed: drop its database now (dropping is idempotent).
            await DropDatabaseAsync();
            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        // The database and the files are dropped even when stopping the server fails; that failure is still reported.
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            await DropDatabaseAsync();
            if (Directory.Exists(FilesRoot))
                Directory.Delete(FilesRoot, recursive: true);
            GC.SuppressFinalize(this);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, so that the tests see what users see (no developer pages, no lenient defaults) …
        builder.UseEnvironment(Environments.Production);
        // … but with the container checks of Development.
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:PhoiHop", ConnectionString);
        builder.UseSetting("Database:SeedDemo", "true");
        builder.UseSetting("Database:SeedDemoPetitions", "false");
        // Scheduled jobs and the mail sender are run by the tests themselves, at the instants they choose.
        builder.UseSetting("Jobs:Enabled", "false");
        // Personal data keys, fixed for the tests (Production refuses to start without them).
        builder.UseSetting("Protection:CurrentKey", "test-1");
        builder.UseSetting("Protection:Keys:test-1", TestKey);
        builder.UseSetting("Protection:IndexKey", TestIndexKey);
        builder.UseSetting("Files:Root", FilesRoot);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client authenticated as <paramref name="login"/> with a personal API token issued for this call.</summary>
    public async Task<HttpClient> CreateApiClientAsync(string login)
    {
        var secret = await IssueTokenAsync(login, "test");
        var client = CreateBrowserClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public async Task<string> IssueTokenAsync(string login, string name)
    {
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var user = await sp.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(login)
            ?? throw new InvalidOperationException($"No seeded user '{login}'.");
        sp.GetRequiredService<AuditActor>().ActAs(user.Id, $"test:{login}");
        var (token, secret) = ApiToken.Issue(user.Id, user.SecurityStamp, name, Clock.GetUtcNow(), null);
        var db = sp.GetRequiredService<AppDbContext>();
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return secret;
    }

    /// <summary>Registers a time limit for an item of the test, as a module would, and saves it.</summary>
    public async Task<PhoiHop.Features.Calendar.TrackedDeadline> TrackDeadlineAsync(string ruleCode, DateOnly start, string bodyCode, string? title = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<AuditActor>().ActAs(null, "test:arrange");
        var db = sp.GetRequiredService<AppDbContext>();
        var body = await db.Bodies.SingleAsync(b => b.Code == bodyCode, TestContext.Current.CancellationToken);
        var deadline = await sp.GetRequiredService<PhoiHop.Features.Calendar.DeadlineTracker>().TrackAsync(new PhoiHop.Features.Calendar.DeadlineRequest(
            "Tests", Guid.NewGuid().ToString("N"), ruleCode, start, title ?? $"Đơn thử nghiệm {Guid.NewGuid():N}"[..24], "/", body.Id),
            TestContext.Current.CancellationToken);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return deadline;
    }

    public async Task<PhoiHop.Features.Calendar.TrackedDeadline> ReloadDeadlineAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PhoiHop.Features.Calendar.TrackedDeadline>().AsNoTracking()
            .SingleAsync(d => d.Id == id, TestContext.Current.CancellationToken);
    }

    /// <summary>The Vietnamese UI text for a resource key, as the pages show it (the key itself while it has no translation).</summary>
    public string Text(string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = LocalizationModule.Vietnamese;
        try
        {
            return Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
