using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Reports;

/// <summary>
/// The period and body picker of the report pages, bound from the query string: a period kind and a day inside it, or a
/// custom range (from, to), and a body code ('*' for the province).
/// </summary>
public sealed class ReportForm
{
    [FromQuery(Name = "period")] public PeriodKind Period { get; set; } = PeriodKind.Quarter;
    [FromQuery(Name = "on")] public DateOnly? On { get; set; }
    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "bodyCode")] public string? BodyCode { get; set; }

    /// <summary>The range asked for, as the API takes it: a period kind becomes its first and last day.</summary>
    public (string? From, string? To) Range(DateOnly today)
    {
        if (Period == PeriodKind.Custom)
            return (From, To);
        var p = ReportPeriod.Containing(Period, On ?? today);
        return (Iso(p.From), Iso(p.To));
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The query string of a scope, for links from the report to its lists and exports.</summary>
    public static Dictionary<string, string?> Query(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new()
        {
            ["period"] = nameof(PeriodKind.Custom),
            ["from"] = Iso(scope.Period.From),
            ["to"] = Iso(scope.Period.To),
            ["bodyCode"] = scope.BodyCode ?? ReportAccess.ProvinceCode,
        };
    }

    /// <summary>The bodies the user may pick: every body for province readers, else their own.</summary>
    public static async Task<List<(string Code, string Name)>> BodiesAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var own = Infrastructure.Auth.StaffClaims.BodyId(user);
        var all = ReportAccess.MaySeeProvince(user);
        var bodies = await db.Bodies.AsNoTracking().Where(b => all || b.Id == own).Select(b => new { b.Code, b.Name }).ToListAsync(ct);
        return [.. bodies.OrderBy(b => b.Name, Common.Display.VietnameseOrder).Select(b => (b.Code, b.Name))];
    }
}
