using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Account;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Infrastructure.Cli;

/// <summary>
/// Operator subcommands of the same binary: <c>tokens create</c>, <c>audit verify</c>, <c>admin create</c>,
/// <c>units import</c>, <c>protection new-key</c>. Configuration still comes from appsettings, environment and <c>--Section:Key=value</c>.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["tokens", "audit", "admin", "units", "protection", "search", "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    /// <summary>Arguments the web host sees: for a subcommand, only the <c>--Section:Key=value</c> settings.</summary>
    public static string[] WebArguments(string[] args) =>
        IsCommand(args) ? [.. args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=') && a.Contains(':'))] : args;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var options = Options(args);
        var ct = CancellationToken.None;
        sp.GetRequiredService<AuditActor>().ActAs(null, $"cli:{Environment.UserName}");
        try
        {
            return (args[0], args.Length > 1 ? args[1] : "") switch
            {
                ("tokens", "create") => await CreateTokenAsync(sp, options, ct),
                ("audit", "verify") => await VerifyAuditAsync(sp, ct),
                ("admin", "create") => await CreateAdminAsync(sp, options, ct),
                ("units", "import") => await ImportUnitsAsync(sp, args, ct),
                ("protection", "new-key") => NewProtectionKey(),
                ("protection", "rotate") => await RotateProtectionAsync(sp, ct),
                ("search", "rebuild") => await RebuildSearchAsync(sp, ct),
                _ => Usage(),
            };
        }
        catch (CommandException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static int Usage()
    {
        Console.WriteLine("""
            PhoiHop subcommands:
              tokens create --user <login> [--name <label>] [--days <n>]   create a personal API token (printed alone on the last line)
              audit verify                                                 check the hash chain of the audit log
              admin create --user <login> --password <pw> [--name <full name>] [--body <body code>]
                                                                           create an administrator (the first one on an empty database)
              units import <file.csv>                                      import administrative units (code, name, level, parent code[, valid from, valid to])
              protection new-key                                           print a new random key for Protection:Keys:<id> or Protection:IndexKey
              protection rotate                                            re-encrypt personal data under Protection:CurrentKey (then old keys can go)
              search rebuild                                               rebuild every letter's search document (after Protection:IndexKey changes)
            Settings: --Database:Provider=PostgreSQL --ConnectionStrings:PhoiHop="Host=…"
            """);
        return 2;
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider sp, Dictionary<string, string> options, CancellationToken ct)
    {
        var login = Required(options, "user");
        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(login) ?? throw new CommandException($"No user with login '{login}'.");
        var days = options.TryGetValue("days", out var d) ? int.TryParse(d, out var n) && n is > 0 and <= 3650 ? n : throw new CommandException("--days must be 1–3650.") : (int?)null;
        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var (token, secret) = ApiToken.Issue(user.Id, user.SecurityStamp, options.GetValueOrDefault("name") ?? "cli", now, days is null ? null : now.AddDays(days.Value));
        sp.GetRequiredService<AuditActor>().ActAs(user.Id, $"cli:{user.UserName}");
        var db = sp.GetRequiredService<AppDbContext>();
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        Console.WriteLine($"Token '{token.Name}' for {user.UserName} created{(token.ExpiresAt is { } e ? $", expires {e:yyyy-MM-dd}" : "")}. It is shown once:");
        Console.WriteLine(secret);
        return 0;
    }

    private static async Task<int> RotateProtectionAsync(IServiceProvider sp, CancellationToken ct)
    {
        var rotated = await sp.GetRequiredService<Features.Petitions.ProtectedDataRotation>().RotateAsync(ct);
        Console.WriteLine($"Re-encrypted {rotated} row(s) under the current key.");
        return 0;
    }

    private static async Task<int> RebuildSearchAsync(IServiceProvider sp, CancellationToken ct)
    {
        var rebuilt = await sp.GetRequiredService<Features.Search.SearchRebuild>().RebuildAsync(ct);
        Console.WriteLine($"Rebuilt the search documents of {rebuilt} letter(s).");
        return 0;
    }

    private static async Task<int> VerifyAuditAsync(IServiceProvider sp, CancellationToken ct)
    {
        var report = await sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(ct);
        if (report.IsIntact)
        {
            Console.WriteLine($"Audit chain intact: {report.EntriesChecked} entries verified.");
            return 0;
        }
        Console.WriteLine($"Audit chain BROKEN at entry {report.FirstBrokenSequence}: {report.Problem}. {report.EntriesChecked} entries before it are intact.");
        return 1;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider sp, Dictionary<string, string> options, CancellationToken ct)
    {
        var login = Required(options, "user");
        var password = options.GetValueOrDefault("password") ?? Environment.GetEnvironmentVariable("PHOIHOP_ADMIN_PASSWORD")
            ?? throw new CommandException("Give --password or set PHOIHOP_ADMIN_PASSWORD.");
        var db = sp.GetRequiredService<AppDbContext>();
        Body body;
        if (options.TryGetValue("body", out var code))
        {
            body = await db.Bodies.SingleOrDefaultAsync(b => b.Code == code, ct) ?? throw new CommandException($"No body with code '{code}'.");
        }
        else
        {
            // An empty production database has no bodies yet: the first administrator gets a system body.
            body = await db.Bodies.SingleOrDefaultAsync(b => b.Code == "SYS", ct) ?? await CreateSystemBodyAsync(db, ct);
        }
        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser
        {
            UserName = login,
            FullName = options.GetValueOrDefault("name") ?? login,
            BodyId = body.Id,
            CreatedAt = sp.GetRequiredService<TimeProvider>().GetUtcNow(),
            EmailConfirmed = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            throw new CommandException(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Administrator);
        Console.WriteLine($"Administrator '{login}' created in {body.Name}.");
        return 0;
    }

    private static async Task<Body> CreateSystemBodyAsync(AppDbContext db, CancellationToken ct)
    {
        var country = await db.AdministrativeUnits.SingleOrDefaultAsync(u => u.Code == "VN", ct);
        if (country is null)
        {
            country = AdministrativeUnit.Create("VN", "Việt Nam", AdministrativeLevel.Central, null);
            db.AdministrativeUnits.Add(country);
        }
        var body = Body.Create("SYS", "Quản trị hệ thống", "Quản trị", BodyKind.PlatformOperator, country, documentSymbol: "QTHT");
        db.Bodies.Add(body);
        await db.SaveChangesAsync(ct);
        return body;
    }

    private static async Task<int> ImportUnitsAsync(IServiceProvider sp, string[] args, CancellationToken ct)
    {
        var path = args.Skip(2).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? throw new CommandException("Give the CSV file to import.");
        if (!File.Exists(path))
            throw new CommandException($"File not found: {path}");
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var result = await sp.GetRequiredService<AdministrativeUnitImporter>().ImportAsync(reader, ct);
        foreach (var error in result.Errors)
            Console.WriteLine(error);
        Console.WriteLine(result.IsSuccess
            ? $"Imported: {result.Added} added, {result.Updated} updated."
            : $"Nothing imported: {result.Errors.Count} error(s).");
        return result.IsSuccess ? 0 : 1;
    }

    private static int NewProtectionKey()
    {
        Console.WriteLine(PersonalDataCipher.GenerateKey());
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 2; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Contains(':'))
                continue;
            var key = args[i][2..];
            if (key.Contains('='))
            {
                var parts = key.Split('=', 2);
                options[parts[0]] = parts[1];
            }
            else if (i + 1 < args.Length)
            {
                options[key] = args[++i];
            }
        }
        return options;
    }

    private static string Required(Dictionary<string, string> options, string key) =>
        options.TryGetValue(key, out var value) && value.Length > 0 ? value : throw new CommandException($"--{key} is required.");

    private sealed class CommandException(string message) : Exception(message);
}
