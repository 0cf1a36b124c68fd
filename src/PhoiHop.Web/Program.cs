using PhoiHop.Features.Audit;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Notifications;
using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions;
using PhoiHop.Features.Regulations;
using PhoiHop.Features.Reports;
using PhoiHop.Features.Search;
using PhoiHop.Infrastructure;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Cli;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Errors;
using PhoiHop.Infrastructure.Files;
using PhoiHop.Infrastructure.Jobs;
using PhoiHop.Infrastructure.Localization;
using PhoiHop.Infrastructure.Security;

var builder = WebApplication.CreateBuilder(CommandLine.WebArguments(args));

// Service defaults: time, logging, health, problem details.
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddAppErrors();
builder.Logging.AddAppLogging(builder.Configuration);

builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
builder.Services.AddAppAuth();
builder.Services.AddAppDataProtection();
// Denouncers' identities are encrypted field by field (Luật Tố cáo 2018, Điều 8(3), 56(1)).
builder.Services.AddPersonalDataProtection();
// Attachments are checked by content and stored by hash, outside wwwroot.
builder.Services.AddAttachmentFiles();

// Modules: one registration each.
builder.Services.AddOrganizations();
builder.Services.AddRegulations();
builder.Services.AddPetitions(builder.Configuration);
builder.Services.AddSearch(builder.Configuration);
builder.Services.AddAudit();
builder.Services.AddNotifications();
builder.Services.AddCalendar();
builder.Services.AddReports();
builder.Services.AddScheduledJobs();

builder.Services.AddAppLocalization();
builder.Services.AddAppWeb();

var app = builder.Build();

// Schema first: the app and every command-line subcommand start on a migrated database.
await app.Services.PrepareDatabaseAsync(allowDemo: !CommandLine.IsCommand(args));
if (CommandLine.IsCommand(args))
    return await CommandLine.RunAsync(app, args);

app.UseAppErrors();
app.UseAppSecurityHeaders();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapAppHealth();
app.MapAppApi();
app.MapRazorPages();
app.MapLocalizationEndpoints();

app.Logger.LogInformation("PhoiHop is ready on {Provider}", app.Services.GetRequiredService<DatabaseOptions>().Provider);
StartupBanner.PrintWhenStarted(app);
await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
